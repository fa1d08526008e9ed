"""After the suite: search every file the tests made the app write for test card data."""

from __future__ import annotations

import re
from pathlib import Path

from pos_app.sandbox.seed import GIFT_CARDS, TEST_CARDS
from pos_app.staff.demo import DEMO_PEOPLE

# Security codes used by the tests besides the seeded ones (CVVs typed for test cards).
EXTRA_CODES = ("123",)
# PINs the tests type (the demo people's and tests/staff's): never in any file, the journal
# included (it keeps scrypt hashes only). PINs shorter than 5 digits are not scanned: they
# turn up by chance in amounts and ids.
TEST_PINS = ("204060", "13579", "86420", "97531")
# Where a PIN hash belongs: the journal. Anywhere else (a log, a CSV, a PDF) it is a leak.
_HASH_HOME = (".sqlite3", ".sqlite3-wal", ".sqlite3-shm")
_SKIP_SUFFIXES = (".py", ".pyc")


def secrets_to_find() -> dict[str, re.Pattern[bytes]]:
    """Each test card number and security code, matched as a whole word (not inside a hex id)."""
    values = {card.number for card in TEST_CARDS} | {card.number for card in GIFT_CARDS}
    # A code equal to its card's last 4 digits can't be told apart from them (last 4 are allowed).
    codes = {code for card in GIFT_CARDS for code in (card.scv, card.fac)
             if code and code != card.number[-4:]}
    codes.update(code for code in EXTRA_CODES if len(code) >= 4)
    codes.update(pin for _name, _role, pin, _hash in DEMO_PEOPLE)
    codes.update(TEST_PINS)
    return {
        value: re.compile(rb"(?<![0-9A-Za-z-])" + re.escape(value.encode()) + rb"(?![0-9A-Za-z-])")
        for value in sorted(values | {code for code in codes if len(code) >= 4})
    }


def scan(root: Path) -> tuple[int, list[str]]:
    """(files scanned, 'file: what' for each file holding a test card number or code)."""
    patterns = secrets_to_find()
    found: list[str] = []
    count = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix in _SKIP_SUFFIXES or path.is_symlink():
            continue
        count += 1
        data = path.read_bytes()
        hits = [value for value, pattern in patterns.items() if pattern.search(data)]
        if not path.name.endswith(_HASH_HOME):
            hits += [f"PIN hash of {name}" for name, _role, _pin, pin_hash in DEMO_PEOPLE
                     if pin_hash.encode() in data]
        if hits:
            masked = ", ".join(f"····{hit[-4:]}" if hit.isdigit() else hit for hit in hits)
            found.append(f"{path.relative_to(root)}: {masked}")
    return count, found
