"""Tenders of a sale (gift card, card, cash), their states, and what each did at Clover."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["BRAND_NAMES", "Tender", "TenderKind", "TenderState", "brand_name", "new_key",
           "new_reference"]


class TenderKind(StrEnum):
    GIFT_CARD = "gift_card"
    CARD = "card"
    CASH = "cash"

    @property
    def label(self) -> str:
        return {"gift_card": "Gift card", "card": "Card", "cash": "Cash"}[self.value]


class TenderState(StrEnum):
    """pending → authorized → captured, or declined, or unknown → … → voided / refunded."""

    PENDING = "pending"  # journaled; the request is (about to be) in flight
    AUTHORIZED = "authorized"  # a gift card hold
    CAPTURED = "captured"  # money taken (card charge, redeemed gift card, cash)
    DECLINED = "declined"  # a definite no: nothing was taken
    UNKNOWN = "unknown"  # no answer: being reconciled, never treated as declined
    VOIDED = "voided"  # reversed (hold released, charge voided, cash handed back)
    REFUNDED = "refunded"  # reversed by a refund (after the void window)

    @property
    def counts_as_paid(self) -> bool:
        return self in (TenderState.AUTHORIZED, TenderState.CAPTURED)

    @property
    def settled(self) -> bool:
        """A definite state no reconciliation needs to revisit."""
        return self not in (TenderState.PENDING, TenderState.UNKNOWN)


# Clover's brand codes as a cashier and a customer read them ("MC" is not "Mc").
BRAND_NAMES = {
    "VISA": "Visa",
    "MC": "Mastercard",
    "MASTERCARD": "Mastercard",
    "AMEX": "Amex",
    "DISCOVER": "Discover",
    "JCB": "JCB",
    "DINERS_CLUB": "Diners Club",
    "GIFT_CARD": "Gift card",
}


def brand_name(brand: str) -> str:
    """`MC` → `Mastercard`; an unknown code reads as its words (`UNION_PAY` → `Union Pay`)."""
    return BRAND_NAMES.get(brand.upper(), brand.replace("_", " ").title())


def new_key() -> str:
    """An idempotency key: made once, journaled, reused on every retry of the same request."""
    return str(uuid.uuid4())


def new_reference() -> str:
    """Clover's `external_reference_id` for a tender (12 characters), used to look it up."""
    return secrets.token_hex(6).upper()


@dataclass(slots=True)
class Tender:
    """One tender of a sale. Card data never lives here: last 4 digits and Clover's ids only."""

    kind: TenderKind
    amount_asked: int
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    state: TenderState = TenderState.PENDING
    amount_approved: int = 0
    idempotency_key: str = field(default_factory=new_key)
    reference: str = field(default_factory=new_reference)
    capture_key: str | None = None  # made when capture is journaled
    reversal_key: str | None = None  # made when a reversal is journaled
    reversing: bool = False  # a reversal was journaled and may be in flight
    capture_mode: bool = True  # False: a gift card hold (capture later)
    created_ms: int = 0
    last4: str | None = None
    brand: str | None = None
    charge_id: str | None = None
    refund_id: str | None = None
    auth_code: str | None = None
    ref_num: str | None = None
    balance_left: int | None = None  # a gift card's spendable balance after this tender
    cash_tendered: int = 0
    change_due: int = 0
    refunded_before: int = 0  # given back at the desk before the sale was voided (cents)
    message: str | None = None  # what the cashier was last told about it
    # Removed by the cashier before the sale ended: what it took was given back (and said)
    # then, so a later cancel must not say it again (cash handed back twice).
    removed: bool = False

    @property
    def unrefunded(self) -> int:
        """What a void still gives back: the amount paid less the desk's refunds of it."""
        return max(0, self.amount_approved - self.refunded_before)

    @property
    def paid(self) -> int:
        """What this tender contributes to the sale right now."""
        return self.amount_approved if self.state.counts_as_paid else 0

    @property
    def label(self) -> str:
        if self.kind is TenderKind.CASH:
            return "Cash"
        brand = self.brand if self.kind is TenderKind.CARD else None
        name = brand_name(brand) if brand else self.kind.label
        return f"{name} ····{self.last4}" if self.last4 else name

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["state"] = self.state.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tender:
        known = {name for name in cls.__dataclass_fields__}
        values = {key: value for key, value in data.items() if key in known}
        values["kind"] = TenderKind(values["kind"])
        values["state"] = TenderState(values["state"])
        return cls(**values)
