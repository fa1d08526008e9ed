"""Suite-wide settings: no real display, no user folders touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists: tests never need a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders at a temporary folder, so no test writes to the user's."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any file written during it (journals, logs, settings, sandbox ledgers,
    anything under pytest's temporary folder) holds a test card number or security code."""
    from tests.secret_scan import scan  # noqa: PLC0415 - only once the suite has run

    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None or session.config.option.collectonly:
        return
    root = factory.getbasetemp()
    count, found = scan(root)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    line = f"secret scan: {count} files written, {len(found)} with a test card number or code"
    if reporter is not None:
        reporter.write("\n")
        reporter.write_line(line)
    if found:
        if reporter is not None:
            for item in found:
                reporter.write_line(f"  {item}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
