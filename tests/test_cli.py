"""The installed `pos-app` command."""

from __future__ import annotations

import os
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


def test_selftest_runs_a_split_tender_sale_and_prints_its_receipt() -> None:
    result = subprocess.run(
        [str(POS_APP), "selftest"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "Gift card ····1234 paid $40.00 · card balance $0.00 · Remaining due $22.50" in out
    assert "Visa ····1111 paid $22.50 · Sale complete" in out
    assert out.count("TRAINING — NO VALUE") == 2
    assert "4111111111111111" not in out
    assert out.rstrip().endswith("selftest: OK")


def test_the_app_command_opens_the_cashier_window_in_training_mode() -> None:
    # HOME and the XDG folders point at a temporary folder (tests/conftest.py).
    result = subprocess.run(
        [str(POS_APP)], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "COUNTER_POS_QUIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "window shown" in result.stdout
    assert "ready" in result.stdout  # the screens were built and shown after the frame


def test_settle_heap_puts_the_start_up_heap_out_of_the_collectors_reach() -> None:
    import gc  # noqa: PLC0415

    from pos_app.runtime import settle_heap  # noqa: PLC0415

    try:
        settle_heap()
        assert gc.get_freeze_count() > 1000  # every module, class and function loaded
        assert gc.isenabled()  # what sales make is still collected
    finally:
        gc.unfreeze()
