; Inno Setup 6 script for Counter POS on Windows 10/11 (x64). Build on Windows, from the
; repository root, after PyInstaller has made dist\pos-app (packaging\windows\build-windows.ps1
; does both):  iscc /DAppVersion=0.1.0 packaging\windows\counter-pos.iss
; Installs the one-folder app in Program Files, a Start menu entry (and, if chosen, a desktop
; icon). The uninstaller removes the whole folder; each user's settings, journal and logs
; (%LOCALAPPDATA%\CounterPOS) and Credential Locker entries (service "CounterPOS") stay.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\counter-pos.iss
#endif

[Setup]
AppId={{6F0C7C1E-4E39-4B5B-9B8E-2C8B1F3A9D41}
AppName=Counter POS
AppVersion={#AppVersion}
AppVerName=Counter POS {#AppVersion}
AppPublisher=Counter POS
DefaultDirName={autopf}\Counter POS
DefaultGroupName=Counter POS
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=counter-pos-{#AppVersion}-setup
SetupIconFile=..\..\resources\counter-pos.ico
UninstallDisplayIcon={app}\pos-app.exe
Compression=lzma2/ultra64
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
CloseApplications=yes
; An upgrade installs over the same AppId: the old files are replaced, user data is untouched.
UsePreviousAppDir=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that this one no longer ships (a dropped Qt plugin, say).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\pos-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Counter POS"; Filename: "{app}\pos-app.exe"
Name: "{autodesktop}\Counter POS"; Filename: "{app}\pos-app.exe"; Tasks: desktopicon

[Run]
; The installer checks the register before offering to start it; the report stays in the log.
Filename: "{app}\pos-app-cli.exe"; Parameters: "doctor"; Flags: runhidden waituntilterminated; StatusMsg: "Checking this computer (pos-app doctor)…"
Filename: "{app}\pos-app.exe"; Description: "{cm:LaunchProgram,Counter POS}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"
