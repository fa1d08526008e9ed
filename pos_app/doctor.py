"""`pos-app doctor`: what support and installers need to know; whether this register can sell."""

from __future__ import annotations

import json
import os
import platform
import stat
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pos_app import __version__
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings, read_settings

PDF_PREFIX = "pdf:"  # as ui/receipt_view.py's (the doctor loads no widget module)

__all__ = ["Check", "QtReport", "Status", "diagnose", "probe_qt", "render", "run_doctor"]

PROBE_TIMEOUT = 60.0  # seconds; Qt that has not started by then will not start for a cashier


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"  # worth telling support; a sale still goes through
    FAIL = "FAIL"  # this would stop a sale


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: what was looked at, what was found."""

    name: str
    status: Status
    detail: str


@dataclass(frozen=True, slots=True)
class QtReport:
    """What a Qt GUI process started like the app's finds (from `probe_qt`)."""

    ok: bool
    platform: str = ""
    font_families: int = 0
    default_font: str = ""
    printers: tuple[str, ...] = ()
    default_printer: str = ""
    error: str = ""
    plugins: str = ""


def self_command() -> list[str]:
    """How to start this same program again: the frozen executable, or `python -m pos_app`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "pos_app"]


def qt_probe_main() -> int:
    """Run in a child process (`pos-app doctor --probe-qt`): start Qt as the app does and print
    what it finds as JSON. A child, because Qt aborts the process when no platform starts."""
    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415
    from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415

    app = QGuiApplication([sys.argv[0]])
    report = {
        "platform": app.platformName(),
        "font_families": len(QFontDatabase.families()),
        "default_font": QFontInfo(app.font()).family(),
        "printers": list(QPrinterInfo.availablePrinterNames()),
        "default_printer": QPrinterInfo.defaultPrinterName(),
        "plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
    }
    print(json.dumps(report), flush=True)
    return 0


def probe_qt(command: list[str] | None = None, env: dict[str, str] | None = None) -> QtReport:
    """Start the Qt probe in a child process and read its report."""
    command = [*(command or self_command()), "doctor", "--probe-qt"]
    try:
        # This same program, started again: no input from outside reaches the command.
        done = subprocess.run(command, capture_output=True, text=True,  # noqa: S603
                              timeout=PROBE_TIMEOUT, env=env, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return QtReport(ok=False, error=f"{type(exc).__name__}: {exc}")
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = [line for line in done.stderr.strip().splitlines() if line.strip()][-3:]
        return QtReport(ok=False, error=f"exit status {done.returncode}: {' / '.join(last)}")
    try:
        data = json.loads(lines[-1])
    except ValueError:
        return QtReport(ok=False, error=f"unreadable probe output: {lines[-1][:200]}")
    return QtReport(ok=True, platform=str(data["platform"]),
                    font_families=int(data["font_families"]),
                    default_font=str(data["default_font"]),
                    printers=tuple(str(p) for p in data["printers"]),
                    default_printer=str(data["default_printer"]), plugins=str(data["plugins"]))


def _version() -> Check:
    kind = "frozen bundle" if getattr(sys, "frozen", False) else "source install"
    try:
        import PySide6  # noqa: PLC0415

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the app cannot run at all then
        return Check("version", Status.FAIL, f"pos-app {__version__}: PySide6 is missing")
    return Check("version", Status.OK,
                 f"pos-app {__version__} ({kind}, {sys.executable}); Python "
                 f"{platform.python_version()}, {qt}, {platform.system()} {platform.machine()}")


def _printer(report: QtReport, setting: str) -> Check:
    """The receipt printer the settings name (see ui/receipt_view.py): a printer not found is
    worth a call to support, but a sale completes without a receipt."""
    setting = setting.strip()
    found = ", ".join(report.printers) or "none"
    if setting.lower().startswith("escpos:"):
        return Check("printer", Status.OK, "an ESC/POS receipt printer (see escpos)")
    if setting.startswith(PDF_PREFIX):
        folder = Path(setting[len(PDF_PREFIX):]).expanduser()
        existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("/"))
        if existing.is_dir() and os.access(existing, os.W_OK | os.X_OK):
            return Check("printer", Status.OK, f"receipts as PDF files in {folder}")
        return Check("printer", Status.WARN,
                     f"receipts as PDF files in {folder}, which cannot be written")
    if setting:
        if setting in report.printers:
            return Check("printer", Status.OK, f"receipt printer {setting!r} found")
        return Check("printer", Status.WARN,
                     f"receipt printer {setting!r} not found (printers here: {found})")
    if report.default_printer:
        return Check("printer", Status.OK,
                     f"the default printer {report.default_printer!r} (printers here: {found})")
    return Check("printer", Status.WARN,
                 f"no default printer (printers here: {found}): receipts will not print; "
                 "choose one, or pdf:FOLDER, in Settings")


def _escpos(settings: Settings) -> Check:
    """The ESC/POS stack (python-escpos and Pillow, loaded on first print) lays out a check
    page: a frozen bundle that lost one of its data files fails here, not at the first sale."""
    from pos_app.hardware.escpos_layout import PAPER_WIDTHS, check_page_bytes  # noqa: PLC0415
    from pos_app.hardware.printer_target import PrinterTarget  # noqa: PLC0415

    paper = PAPER_WIDTHS[settings.receipt_paper_mm]
    logo = Path(settings.receipt_logo).expanduser() if settings.receipt_logo else None
    try:
        size = len(check_page_bytes(["Counter POS doctor"], paper, logo))
    except Exception as exc:  # whatever broke, support needs its name
        with_logo = f" with the logo {logo}" if logo else ""
        return Check("escpos", Status.WARN, f"ESC/POS receipts cannot be laid out{with_logo}: "
                     f"{type(exc).__name__}: {exc}")
    used = f", logo {logo}" if logo else ""
    if PrinterTarget.is_escpos(settings.receipt_printer):
        used += f"; receipts go to {PrinterTarget.parse(settings.receipt_printer).where}"
    return Check("escpos", Status.OK,
                 f"ESC/POS layout works ({paper.mm} mm paper, check page {size} bytes{used})")


def _qt_checks(report: QtReport, setting: str) -> list[Check]:
    shown = os.environ.get("QT_QPA_PLATFORM") or "(auto)"
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "none"
    if not report.ok:
        return [Check("qt", Status.FAIL,
                      f"Qt cannot start a window (QT_QPA_PLATFORM={shown}, display {display}): "
                      f"{report.error}"),
                Check("printer", Status.WARN, "not looked for (Qt did not start)")]
    checks = [Check("qt", Status.OK,
                    f"platform {report.platform} (QT_QPA_PLATFORM={shown}, display {display}); "
                    f"plugins in {report.plugins}")]
    if report.font_families == 0:
        checks.append(Check("fonts", Status.FAIL,
                            "no font found: the screens would show no text (install a font, "
                            "e.g. fonts-dejavu-core)"))
    else:
        checks.append(Check("fonts", Status.OK, f"{report.font_families} font families; "
                            f"the window uses {report.default_font!r}"))
    checks.append(_printer(report, setting))
    return checks


def _mode(path: Path) -> str:
    return stat.filemode(path.stat().st_mode)


def _folder(name: str, folder: Path) -> Check:
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), Path("/"))
        if os.access(parent, os.W_OK | os.X_OK):
            return Check(name, Status.OK, f"{folder} (made at first start)")
        return Check(name, Status.FAIL, f"{folder} cannot be made: {parent} is not writable")
    if not folder.is_dir():
        return Check(name, Status.FAIL, f"{folder} is not a folder")
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        return Check(name, Status.FAIL, f"{folder} {_mode(folder)}: not writable by this user")
    if folder.stat().st_mode & 0o077:
        return Check(name, Status.WARN, f"{folder} {_mode(folder)}: other users can look in "
                     "(the app makes it private at its next start)")
    return Check(name, Status.OK, f"{folder} {_mode(folder)}")


def _file(name: str, path: Path) -> Check:
    if not path.exists():
        return Check(name, Status.OK, f"{path} (not made yet)")
    if not os.access(path, os.R_OK | os.W_OK):
        return Check(name, Status.FAIL, f"{path} {_mode(path)}: not writable by this user")
    if path.stat().st_mode & 0o077:
        return Check(name, Status.WARN, f"{path} {_mode(path)}: readable by other users")
    return Check(name, Status.OK, f"{path} {_mode(path)}")


def _journal(path: Path) -> Check:
    """Opens the journal as the app does at start (which also brings its schema up to date)."""
    from pos_app.checkout import Journal, JournalError  # noqa: PLC0415 - the checkout stack

    if not path.exists():
        return Check("journal", Status.OK, f"{path} (made at first start)")
    try:
        journal = Journal(path)
    except JournalError as exc:
        return Check("journal", Status.FAIL, f"{path}: {exc.user_message}")
    try:
        sales = journal.unfinished()
        ops = journal.unfinished_desk_ops()
    finally:
        journal.close()
    state = f"{path} {_mode(path)}, schema {journal.schema_version}"
    if not sales and not ops:
        return Check("journal", Status.OK, f"{state}; no unfinished sale")
    listed = "; ".join(f"#{s.number} {s.state.value} {s.fmt(s.total)}"
                       f"{' (training)' if s.training else ''}" for s in sales)
    return Check("journal", Status.WARN,
                 f"{state}; {len(sales)} unfinished sale(s) [{listed}] and {len(ops)} "
                 "unfinished gift card operation(s): settled when the app next starts")


def _environment(settings: Settings) -> Check:
    if settings.environment == "training":
        return Check("environment", Status.OK,
                     "training: the built-in sandbox, in-process, no host (no real money)")
    from pos_app.clover import Hosts  # noqa: PLC0415

    hosts = Hosts.for_environment(settings.environment)
    return Check("environment", Status.OK,
                 f"{settings.environment}: tokens {hosts.token}, charges {hosts.scl}, "
                 f"OAuth {hosts.api}, keys {hosts.keys_url}")


def _keyring(store: SecretStore, settings: Settings, *, require_secure: bool) -> Check:
    training = settings.environment == "training"
    if not store.secure:
        status = Status.WARN if training and not require_secure else Status.FAIL
        why = ("training mode needs none" if status is Status.WARN
               else "the Clover connection cannot be kept")
        return Check("keyring", status,
                     f"{store.backend_name}: NOT secure ({store.insecure_reason}); {why}")
    stored = [name.value for name in SecretName if store.get(name) is not None]
    held = f"holds {', '.join(stored)}" if stored else "holds no Counter POS secret"
    if not training and SecretName.API_TOKEN.value not in stored:
        return Check("keyring", Status.FAIL,
                     f"{store.backend_name}: secure, but {held}: no Clover account is "
                     "connected, so the register runs in training mode (Settings → Clover)")
    return Check("keyring", Status.OK, f"{store.backend_name}: secure; {held}")


def diagnose(
    paths: AppPaths,
    store: SecretStore,
    qt: QtReport,
    *,
    require_secure_keyring: bool = False,
) -> list[Check]:
    """Every check, in the order the report prints them. Changes nothing but bringing an
    existing journal's schema up to date, which the app's next start would do anyway."""
    loaded = read_settings(paths.settings_path)
    checks = [_version(), *_qt_checks(qt, loaded.settings.receipt_printer),
              _escpos(loaded.settings)]
    checks.append(_keyring(store, loaded.settings, require_secure=require_secure_keyring))
    checks.append(_environment(loaded.settings))
    checks.append(_folder("data folder", paths.data_dir))
    checks.append(_journal(paths.journal_path))
    checks.append(_folder("config folder", paths.config_dir))
    settings_check = _file("settings", paths.settings_path)
    if loaded.problems:
        settings_check = Check("settings", Status.WARN, f"{paths.settings_path}: "
                               + "; ".join(str(p) for p in loaded.problems))
    checks.append(settings_check)
    checks.append(_folder("log folder", paths.log_dir))
    checks.append(_file("log", paths.log_path))
    return checks


def render(checks: Iterable[Check]) -> tuple[str, int]:
    """The printed report and the exit code: 1 if anything would stop a sale, else 0."""
    checks = list(checks)
    width = max(len(check.name) for check in checks)
    lines = [f"{check.status.value:<4}  {check.name:<{width}}  {check.detail}" for check in checks]
    failed = [check.name for check in checks if check.status is Status.FAIL]
    if failed:
        lines.append(f"doctor: {len(failed)} problem(s) would stop a sale: {', '.join(failed)}")
    else:
        lines.append("doctor: OK, this register can sell")
    return "\n".join(lines) + "\n", 1 if failed else 0


def run_doctor(
    *,
    require_secure_keyring: bool = False,
    paths: AppPaths | None = None,
    store_factory: Callable[[], SecretStore] = SecretStore.detect,
    qt_probe: Callable[[], QtReport] = probe_qt,
) -> int:
    """Print the report for this user's register; returns the exit code."""
    checks = diagnose(paths or AppPaths.default(), store_factory(), qt_probe(),
                      require_secure_keyring=require_secure_keyring)
    text, code = render(checks)
    print(text, end="", flush=True)
    return code
