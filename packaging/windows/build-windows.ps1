# Builds the Windows installer: the frozen app (PyInstaller, packaging\pos-app.spec), a check
# of it (selftest; doctor must find the Credential Locker secure), then Inno Setup.
# Run from the repository root in PowerShell on Windows 10/11 x64 with Python 3.11 (python.org)
# and Inno Setup 6 (iscc.exe on PATH):  powershell -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install -q -e ".[build]"
$version = (.venv\Scripts\python -c "import pos_app; print(pos_app.__version__)").Trim()
.venv\Scripts\python -m PyInstaller --noconfirm --clean packaging\pos-app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$cli = "dist\pos-app\pos-app-cli.exe"
$got = (& $cli --version).Trim()
if ($got -ne "pos-app $version") { throw "the frozen app says '$got'" }
& $cli selftest
if ($LASTEXITCODE -ne 0) { throw "the frozen selftest failed" }
# Credential Locker (keyring's WinVaultKeyring) must be found and secure in the frozen app.
& $cli doctor --require-secure-keyring
if ($LASTEXITCODE -ne 0) { throw "the frozen doctor found a problem (see above)" }

iscc "/DAppVersion=$version" packaging\windows\counter-pos.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\counter-pos-$version-setup.exe"
