"""A sale: its lines, tax, total, tender ledger and state (pure Python, amounts in cents)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pos_app.lang import N_, phrase
from pos_app.money import MAX_CENTS, MoneyError, format_cents, tax_on

from .tender import Tender, TenderKind, TenderState, new_key

__all__ = ["LineKind", "LineState", "Sale", "SaleLine", "SaleState"]

MAX_QUANTITY = 999


class SaleState(StrEnum):
    OPEN = "open"  # ringing up items
    TENDERING = "tendering"  # at least one tender was tried
    PAID = "paid"  # tenders cover the total; holds being captured, gift cards activated
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # every tender reversed
    NEEDS_ATTENTION = "needs_attention"  # a capture/reversal/activation failed: being retried

    @property
    def finished(self) -> bool:
        return self in (SaleState.COMPLETED, SaleState.CANCELLED)


class LineKind(StrEnum):
    ITEM = "item"
    GIFT_CARD = "gift_card"  # sell (activate) a gift card when the sale is paid
    RELOAD = "reload"  # add value to a gift card when the sale is paid


class LineState(StrEnum):
    """For gift card lines: done once Clover activated or reloaded the card."""

    PENDING = "pending"
    IN_FLIGHT = "in_flight"  # journaled before the activation/reload is sent
    DONE = "done"
    FAILED = "failed"
    VOIDED = "voided"


@dataclass(slots=True)
class SaleLine:
    kind: LineKind
    description: str
    unit_price: int
    quantity: int = 1
    taxable: bool = True
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    state: LineState = LineState.PENDING
    last4: str | None = None  # the gift card's last 4 digits
    promotion_code: str | None = None  # a virtual gift card, made at activation
    idempotency_key: str = field(default_factory=new_key)
    reversal_key: str | None = None
    transaction_id: str | None = None  # Clover's activation/reload id, to void it
    balance_after: int | None = None
    message: str | None = None
    original_price: int | None = None  # the unit price before a price override, kept to show

    @property
    def price_changed(self) -> bool:
        return self.original_price is not None and self.original_price != self.unit_price

    def __post_init__(self) -> None:
        if not 1 <= self.quantity <= MAX_QUANTITY:
            raise MoneyError(
                phrase(N_("Quantity must be 1 to {MAX_QUANTITY}."), MAX_QUANTITY=MAX_QUANTITY)
            )
        if not 0 <= self.unit_price <= MAX_CENTS or self.unit_price * self.quantity > MAX_CENTS:
            raise MoneyError(N_("The line is too large: at most $999,999.99."))
        if self.kind is not LineKind.ITEM:
            self.taxable = False  # a gift card is money, not goods: never taxed

    @property
    def amount(self) -> int:
        return self.unit_price * self.quantity

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SaleLine:
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        values["kind"] = LineKind(values["kind"])
        values["state"] = LineState(values["state"])
        return cls(**values)


@dataclass(slots=True)
class Sale:
    """A sale and its tender ledger.

    Tax rule: one tax per sale, on the sum of the taxable lines, at `tax_rate_ppm` parts per
    million, rounded half up to the cent (`money.tax_on`). Gift card lines are never taxed.
    """

    currency: str = "usd"
    tax_rate_ppm: int = 0
    training: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    number: int = 0
    state: SaleState = SaleState.OPEN
    created_ms: int = 0
    finished_ms: int | None = None
    lines: list[SaleLine] = field(default_factory=list)
    tenders: list[Tender] = field(default_factory=list)
    cancel_requested: bool = False
    attention: str | None = None  # what a manager must know while it needs attention
    # Recorded as a Clover order: its key is journaled before the order is asked for, its id
    # once Clover answered; `return_key` is journaled before the whole order is returned.
    order_key: str | None = None
    order_id: str | None = None
    return_key: str | None = None

    # -- totals --------------------------------------------------------------------------------

    @property
    def subtotal(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def tax(self) -> int:
        return tax_on(sum(line.amount for line in self.lines if line.taxable), self.tax_rate_ppm)

    @property
    def total(self) -> int:
        return self.subtotal + self.tax

    @property
    def paid(self) -> int:
        return sum(tender.paid for tender in self.tenders)

    @property
    def remaining_due(self) -> int:
        return max(0, self.total - self.paid)

    @property
    def change_due(self) -> int:
        return sum(t.change_due for t in self.tenders
                   if t.kind is TenderKind.CASH and t.state.counts_as_paid)

    @property
    def unsettled(self) -> list[Tender]:
        """Tenders whose outcome is not known yet (pending or unknown)."""
        return [tender for tender in self.tenders if not tender.state.settled]

    def fmt(self, cents: int) -> str:
        return format_cents(cents, self.currency)

    def line(self, line_id: str) -> SaleLine:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(line_id)

    def tender(self, tender_id: str) -> Tender:
        for tender in self.tenders:
            if tender.id == tender_id:
                return tender
        raise KeyError(tender_id)

    @property
    def refused_lines(self) -> list[SaleLine]:
        """Gift card lines Clover refused for good (a 4xx, never a timeout): resending them can't
        succeed, so the sale waits for a manager to give the customer's money back."""
        return [line for line in self.lines
                if line.kind is not LineKind.ITEM and line.state is LineState.FAILED]

    @property
    def holds_money(self) -> bool:
        """Some tender took (or may have taken) money, or its reversal isn't confirmed yet:
        while it does, the sale's items are what was paid for and can't change."""
        return any(t.state.counts_as_paid or not t.state.settled or t.reversing
                   for t in self.tenders)

    @property
    def reversible(self) -> list[Tender]:
        """Tenders that took (or may have taken) money, newest first: what a cancel undoes."""
        return [t for t in reversed(self.tenders)
                if t.state in (TenderState.AUTHORIZED, TenderState.CAPTURED, TenderState.PENDING,
                               TenderState.UNKNOWN)]

    # -- persistence ---------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "number": self.number, "currency": self.currency,
            "tax_rate_ppm": self.tax_rate_ppm, "training": self.training,
            "state": self.state.value, "created_ms": self.created_ms,
            "finished_ms": self.finished_ms, "cancel_requested": self.cancel_requested,
            "attention": self.attention,
            "order_key": self.order_key, "order_id": self.order_id,
            "return_key": self.return_key,
            "lines": [line.to_json() for line in self.lines],
            "tenders": [tender.to_json() for tender in self.tenders],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sale:
        return cls(
            id=data["id"], number=data["number"], currency=data["currency"],
            tax_rate_ppm=data["tax_rate_ppm"], training=data["training"],
            state=SaleState(data["state"]), created_ms=data["created_ms"],
            finished_ms=data.get("finished_ms"), cancel_requested=data["cancel_requested"],
            attention=data.get("attention"),
            order_key=data.get("order_key"), order_id=data.get("order_id"),
            return_key=data.get("return_key"),
            lines=[SaleLine.from_json(line) for line in data["lines"]],
            tenders=[Tender.from_json(tender) for tender in data["tenders"]],
        )
