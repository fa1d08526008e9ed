"""Fixtures for people and shifts (tests/shift uses them too): a real journal, a moved clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.checkout import Journal
from pos_app.checkout.records import Records
from pos_app.shift import ShiftBook
from pos_app.staff import Person, Role, StaffDirectory

START_MS = 1_765_000_000_000


class Clock:
    """The time the journal and the lock-out read; tests move it instead of waiting."""

    def __init__(self) -> None:
        self.ms = START_MS

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Iterator[Journal]:
    opened = Journal(tmp_path / "journal" / "register.sqlite3", now_ms=clock)
    yield opened
    opened.close()


@pytest.fixture
def records(journal: Journal) -> Records:
    return Records(journal)


@pytest.fixture
def staff(records: Records, clock: Clock) -> StaffDirectory:
    return StaffDirectory(records, now_ms=clock)


@pytest.fixture
def book(journal: Journal, records: Records, staff: StaffDirectory) -> ShiftBook:
    return ShiftBook(journal, records, staff, currency="usd", training=True)


OWNER_PIN, MANAGER_PIN, CASHIER_PIN = "204060", "13579", "86420"


@pytest.fixture
async def team(staff: StaffDirectory) -> dict[Role, Person]:
    """An owner set up at first start, who adds a manager and a cashier, then signs out."""
    owner = await staff.set_up_owner("Olga", OWNER_PIN)
    manager = await staff.add("Mo", Role.MANAGER, MANAGER_PIN)
    cashier = await staff.add("Cleo", Role.CASHIER, CASHIER_PIN)
    staff.sign_out()
    return {Role.OWNER: owner, Role.MANAGER: manager, Role.CASHIER: cashier}
