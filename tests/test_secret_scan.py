"""The end-of-suite secret scan finds card data in a file, and passes masked data."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.secret_scan import scan


def test_scan_finds_a_card_number_and_a_code_but_not_last_four() -> None:
    # Outside pytest's temporary folder, which the scan itself covers at the end of the run.
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "clean.log").write_text(
            "Visa ····1111 paid $10.00 at 1763131300000, key 5d134743-c91b-4321-a275\n")
        (root / "leaky.log").write_text('{"number": "4111111111111111"}\n')
        (root / "code.json").write_text('{"scv": "12345678"}\n')

        count, found = scan(root)

    assert count == 3
    assert found == ["code.json: ····5678", "leaky.log: ····1111"]


def test_scan_finds_a_pin_anywhere_and_a_pin_hash_outside_the_journal() -> None:
    from pos_app.staff.demo import DEMO_PEOPLE  # noqa: PLC0415

    name, _role, pin, pin_hash = DEMO_PEOPLE[2]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "register.sqlite3").write_text(f"hash {pin_hash}\n")  # where it belongs
        (root / "app.log").write_text(f"signed in with {pin}\n")
        (root / "report.csv").write_text(f"{pin_hash}\n")

        count, found = scan(root)

    assert count == 3
    assert found == [f"app.log: ····{pin[-4:]}", f"report.csv: PIN hash of {name}"]
