"""Typed views of Clover's orders: the order with its items and payments, and an order return."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._json import ModelError, get_int, get_list, get_str, require_str
from .models import Charge, Refund

__all__ = ["LineItem", "Order", "OrderItem", "OrderReturn"]

Json = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class LineItem:
    """An item to put on a new order: unit `amount` in cents times `quantity`."""

    description: str
    amount: int
    quantity: int = 1
    type: str = "sku"  # "sku", or "tax" for the sale's tax

    def to_json(self, currency: str) -> dict[str, Any]:
        return {"type": self.type, "description": self.description, "amount": self.amount,
                "quantity": self.quantity, "currency": currency}


@dataclass(frozen=True, slots=True)
class OrderItem:
    """An item of an order as Clover holds it (`parent` names it in a return)."""

    type: str
    amount: int
    quantity: int
    description: str | None = None
    parent: str | None = None

    @property
    def total(self) -> int:
        return self.amount * self.quantity

    @classmethod
    def from_json(cls, data: Json) -> OrderItem:
        amount = get_int(data, "amount")
        if amount is None:
            raise ModelError("order item has no 'amount'")
        return cls(type=get_str(data, "type") or "sku", amount=amount,
                   quantity=get_int(data, "quantity") or 1,
                   description=get_str(data, "description"), parent=get_str(data, "parent"))


@dataclass(frozen=True, slots=True)
class Order:
    """An order: its items, total, what was paid and returned, and its payments (charges)."""

    id: str
    amount: int
    currency: str | None = None
    status: str | None = None  # created, paid or returned
    amount_paid: int = 0
    amount_returned: int = 0
    created: int | None = None
    items: tuple[OrderItem, ...] = ()
    payments: tuple[Charge, ...] = ()
    charge_id: str | None = None  # on a pay answer: the payment that call made

    def payment(self, charge_id: str | None) -> Charge | None:
        return next((c for c in self.payments if c.id == charge_id), None)

    @classmethod
    def from_json(cls, data: Json) -> Order:
        amount = get_int(data, "amount")
        if amount is None:
            raise ModelError("order has no 'amount'")
        return cls(
            id=require_str(data, "id"),
            amount=amount,
            currency=(get_str(data, "currency") or "").lower() or None,
            status=get_str(data, "status"),
            amount_paid=get_int(data, "amount_paid") or 0,
            amount_returned=get_int(data, "amount_returned") or 0,
            created=get_int(data, "created"),
            items=tuple(OrderItem.from_json(i) for i in get_list(data, "items")
                        if isinstance(i, dict)),
            payments=tuple(Charge.from_json(c) for c in get_list(data, "payments")
                           if isinstance(c, dict)),
            charge_id=get_str(data, "charge"),
        )


@dataclass(frozen=True, slots=True)
class OrderReturn:
    """A return of all or some of an order's items, and the refunds it made."""

    id: str
    amount: int
    order_id: str | None = None
    refunds: tuple[Refund, ...] = ()

    @classmethod
    def from_json(cls, data: Json) -> OrderReturn:
        amount = get_int(data, "amount")
        if amount is None:
            raise ModelError("order return has no 'amount'")
        return cls(id=require_str(data, "id"), amount=amount, order_id=get_str(data, "order"),
                   refunds=tuple(Refund.from_json(r) for r in get_list(data, "refunds")
                                 if isinstance(r, dict)))
