"""The installed `pos-app` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pos_app import __version__

POS_APP = Path(sys.executable).parent / "pos-app"


def test_version_is_printed_by_the_installed_command() -> None:
    result = subprocess.run(
        [str(POS_APP), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"pos-app {__version__}"


def test_sandbox_serve_refuses_a_malformed_port_with_a_clear_message() -> None:
    result = subprocess.run(
        [str(POS_APP), "sandbox", "serve", "--port", "eighty"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert "--port: invalid int value: 'eighty'" in result.stderr
