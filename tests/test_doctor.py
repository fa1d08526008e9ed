"""`pos-app doctor`: its checks on real folders, journals and keyrings, and its exit codes."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from pos_app import __version__
from pos_app.doctor import QtReport, diagnose, probe_qt, render
from pos_app.domain import GiftCardInput
from pos_app.runtime import build_runtime
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings, save_settings
from tests.storage.memory_keyring import MemoryKeyring

POS_APP = Path(sys.executable).parent / "pos-app"
TOKEN = "doctor-test-api-token-0123456789"  # a test value, never a real token


@pytest.fixture(scope="module")
def qt() -> QtReport:
    """What Qt finds on this machine, probed once the way the command does (a child process)."""
    report = probe_qt(env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert report.ok, report.error
    return report


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "register")


def secure_store() -> SecretStore:
    return SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,))


def line(text: str, name: str) -> str:
    """The report's line for check `name`."""
    found = [row for row in text.splitlines() if row[6:].split("  ")[0].strip() == name]
    assert len(found) == 1, text
    return found[0]


def test_a_fresh_training_register_with_a_secure_keyring_can_sell(
    paths: AppPaths, qt: QtReport
) -> None:
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0
    assert text.rstrip().endswith("doctor: OK, this register can sell")
    assert line(text, "qt").startswith("ok    qt             platform offscreen")
    assert "font families" in line(text, "fonts")
    assert line(text, "keyring").startswith("ok")
    assert "secure; holds no Counter POS secret" in line(text, "keyring")
    assert "training: the built-in sandbox" in line(text, "environment")
    assert f"{paths.data_dir} (made at first start)" in line(text, "data folder")
    assert not paths.data_dir.exists()  # the doctor looked; it made nothing


def test_an_insecure_keyring_is_a_warning_in_training_and_a_failure_when_required(
    paths: AppPaths, qt: QtReport
) -> None:
    store = SecretStore(fail.Keyring())
    text, code = render(diagnose(paths, store, qt))
    assert code == 0
    assert line(text, "keyring").startswith("warn")
    assert "NOT secure" in line(text, "keyring")

    text, code = render(diagnose(paths, store, qt, require_secure_keyring=True))
    assert code == 1
    assert line(text, "keyring").startswith("FAIL")
    assert text.rstrip().endswith("doctor: 1 problem(s) would stop a sale: keyring")


def test_a_real_environment_without_a_connected_account_cannot_sell(
    paths: AppPaths, qt: QtReport
) -> None:
    paths.ensure()
    save_settings(paths.settings_path, Settings(environment="sandbox"))
    store = secure_store()
    text, code = render(diagnose(paths, store, qt))
    assert code == 1
    assert "no Clover account is connected" in line(text, "keyring")
    assert "https://scl-sandbox.dev.clover.com" in line(text, "environment")

    store.set(SecretName.API_TOKEN, TOKEN)
    text, code = render(diagnose(paths, store, qt))
    assert code == 0
    assert "secure; holds api_token" in line(text, "keyring")
    assert TOKEN not in text  # which secrets are there, never what they are


def test_an_unfinished_sale_in_the_journal_is_reported_for_recovery(
    paths: AppPaths, qt: QtReport
) -> None:
    async def ring_up_and_stop() -> None:
        runtime = build_runtime(paths.ensure(), Settings(), None)
        runtime.checkout.add_item("Jacket", 8000)
        await runtime.checkout.pay_gift_card(GiftCardInput("7777373100005003", "12345678"))
        await runtime.client.aclose()  # a power cut: the sale is never settled
        runtime.journal.close()
        runtime.sandbox.close()  # type: ignore[union-attr]

    asyncio.run(ring_up_and_stop())
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0  # the app settles it at its next start
    journal = line(text, "journal")
    assert journal.startswith("warn")
    assert "1 unfinished sale(s) [#1 tendering $80.00 (training)]" in journal
    assert "-rw-------" in journal


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_bytes(b"this is not a database " * 200), "file is not a database"),
        (lambda p: sqlite3.connect(p).execute("PRAGMA user_version = 999").connection.commit(),
         "written by a newer Counter POS"),
    ],
    ids=["damaged", "newer"],
)
def test_a_journal_the_app_cannot_open_stops_a_sale(
    paths: AppPaths, qt: QtReport, make: object, expected: str
) -> None:
    paths.ensure()
    make(paths.journal_path)  # type: ignore[operator]
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 1
    assert line(text, "journal").startswith("FAIL")
    assert expected in line(text, "journal")
    assert "would stop a sale: journal" in text


def test_folders_that_are_not_private_or_not_folders_are_reported(
    paths: AppPaths, qt: QtReport
) -> None:
    paths.ensure()
    paths.log_dir.chmod(0o755)
    paths.data_dir.rmdir()
    paths.data_dir.write_text("a file where the data folder should be")
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 1
    assert "is not a folder" in line(text, "data folder")
    assert line(text, "log folder").startswith("warn")
    assert "drwxr-xr-x: other users can look in" in line(text, "log folder")


def test_settings_the_app_cannot_use_are_reported(paths: AppPaths, qt: QtReport) -> None:
    paths.ensure()
    paths.settings_path.write_text('{"currency": "eur"}')
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0
    assert line(text, "settings").startswith("warn")
    assert "The currency must be USD or CAD." in line(text, "settings")


def test_the_receipt_printer_setting_is_looked_for_and_missing_printers_only_warn(
    paths: AppPaths, qt: QtReport, tmp_path: Path
) -> None:
    paths.ensure()
    # This machine has no printer: the default is missing, and so is a named one.
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0
    assert line(text, "printer").startswith("warn  printer        no default printer")
    save_settings(paths.settings_path, Settings(receipt_printer="Front-Counter-TM88"))
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0
    assert "receipt printer 'Front-Counter-TM88' not found" in line(text, "printer")
    # What the probe reports when CUPS knows the printer.
    with_printer = dataclasses.replace(qt, printers=("Front-Counter-TM88",))
    text, _ = render(diagnose(paths, secure_store(), with_printer))
    assert line(text, "printer").startswith("ok    printer        receipt printer 'Front-")
    save_settings(paths.settings_path, Settings(receipt_printer=f"pdf:{tmp_path / 'receipts'}"))
    text, _ = render(diagnose(paths, secure_store(), qt))
    receipts = tmp_path / "receipts"
    assert line(text, "printer") == f"ok    printer        receipts as PDF files in {receipts}"


def test_the_esc_pos_stack_lays_out_a_check_page_for_the_set_paper(
    paths: AppPaths, qt: QtReport
) -> None:
    paths.ensure()
    text, _ = render(diagnose(paths, secure_store(), qt))
    assert "ESC/POS layout works (80 mm paper, check page" in line(text, "escpos")
    save_settings(paths.settings_path, Settings(receipt_printer="escpos:net:192.0.2.10",
                                                receipt_paper_mm=58))
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0
    assert line(text, "escpos").startswith("ok    escpos         ESC/POS layout works (58 mm")
    assert line(text, "escpos").endswith("; receipts go to 192.0.2.10:9100)")
    assert "an ESC/POS receipt printer" in line(text, "printer")
    # A logo is laid out too (Pillow); one that cannot be read is named.
    logo = Path(__file__).resolve().parents[1] / "resources" / "counter-pos.png"
    save_settings(paths.settings_path, Settings(receipt_logo=str(logo)))
    text, _ = render(diagnose(paths, secure_store(), qt))
    assert line(text, "escpos").startswith("ok")
    assert f"logo {logo})" in line(text, "escpos")
    broken = paths.data_dir / "logo.png"
    broken.write_bytes(b"not a picture")
    save_settings(paths.settings_path, Settings(receipt_logo=str(broken)))
    text, code = render(diagnose(paths, secure_store(), qt))
    assert code == 0  # a sale completes without its logo
    assert line(text, "escpos").startswith(f"warn  escpos         ESC/POS receipts cannot be "
                                           f"laid out with the logo {broken}")


def test_qt_that_cannot_start_stops_a_sale(paths: AppPaths) -> None:
    report = probe_qt(env={**os.environ, "QT_QPA_PLATFORM": "no-such-platform"})
    assert not report.ok
    text, code = render(diagnose(paths, secure_store(), report))
    assert code == 1
    assert line(text, "qt").startswith("FAIL  qt             Qt cannot start a window")
    assert "no-such-platform" in line(text, "qt")


def run_command(*args: str) -> subprocess.CompletedProcess[str]:
    # No D-Bus session: keyring finds no backend on this machine (HOME is a temp folder).
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(POS_APP), "doctor", *args], capture_output=True, text=True,
                          timeout=120, check=False, env=env)


def test_the_command_exits_0_when_a_training_register_can_sell() -> None:
    result = run_command()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("doctor: OK, this register can sell")
    assert f"pos-app {__version__} (source install" in result.stdout


def test_the_command_exits_1_without_a_secure_keyring_when_one_is_required() -> None:
    result = run_command("--require-secure-keyring")
    assert result.returncode == 1
    assert "would stop a sale: keyring" in result.stdout
