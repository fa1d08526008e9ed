"""Fixtures for shifts: the same real journal, clock and people as the staff tests use."""

from __future__ import annotations

from tests.staff.conftest import (
    CASHIER_PIN,
    MANAGER_PIN,
    OWNER_PIN,
    START_MS,
    Clock,
    book,
    clock,
    journal,
    records,
    staff,
    team,
)

__all__ = ["CASHIER_PIN", "MANAGER_PIN", "OWNER_PIN", "START_MS", "Clock", "book", "clock",
           "journal", "records", "staff", "team"]
