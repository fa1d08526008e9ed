"""A shift of the cash drawer and what happened to the drawer during it (pure data)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["DrawerEvent", "DrawerKind", "Shift", "ShiftState"]


class ShiftState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DrawerKind(StrEnum):
    FLOAT = "float"  # the cash counted into the drawer when the shift opened
    DROP = "drop"  # cash taken out to the safe
    PAY_IN = "pay_in"  # cash put in (change from the bank, say)
    PAY_OUT = "pay_out"  # cash paid out (a delivery, say)
    NO_SALE = "no_sale"  # the drawer opened without a sale

    @property
    def label(self) -> str:
        return {"float": "Float", "drop": "Cash drop", "pay_in": "Pay-in",
                "pay_out": "Pay-out", "no_sale": "No-sale"}[self.value]

    @property
    def sign(self) -> int:
        """How the event moves the cash the drawer should hold."""
        return {"float": 1, "drop": -1, "pay_in": 1, "pay_out": -1, "no_sale": 0}[self.value]


@dataclass(slots=True)
class Shift:
    """One shift on one register; at most one is open per register (the journal enforces it)."""

    opened_ms: int
    opened_by: str  # the person's name, as the audit and the report print it
    float_cents: int
    register: str = "1"
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    number: int = 0
    state: ShiftState = ShiftState.OPEN
    training: bool = False
    closed_ms: int | None = None
    closed_by: str | None = None
    counted_cents: int | None = None  # the blind count
    expected_cents: int | None = None  # what the journal says the drawer should hold

    @property
    def over_short(self) -> int | None:
        if self.counted_cents is None or self.expected_cents is None:
            return None
        return self.counted_cents - self.expected_cents


@dataclass(frozen=True, slots=True)
class DrawerEvent:
    shift_id: str
    kind: DrawerKind
    amount: int
    at_ms: int
    person: str
    reason: str = ""
    approved_by: str = ""
    seq: int = 0
