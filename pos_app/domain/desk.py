"""Gift card desk operations outside a sale (cashout, refund, voids) as journaled records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .tender import new_key

__all__ = ["DeskOp", "DeskOpKind", "DeskOpState"]


class DeskOpKind(StrEnum):
    CASHOUT = "cashout"  # pay a card's balance out in cash
    REFUND = "refund"  # give a past gift card payment back to the card
    CARD_REFUND = "card_refund"  # give a past card payment back to the card (its charge)
    CASH_REFUND = "cash_refund"  # hand a past cash payment back (no Clover request)
    VOID_REFUND = "void_refund"  # undo a refund or a reload (`/v1/refunds/{id}/cancel`)
    VOID_TRANSACTION = "void_transaction"  # undo an activation, reload or cashout by its id

    @property
    def is_refund(self) -> bool:
        """A refund of a past sale's payment (its target: a charge id, or a cash tender id)."""
        return self in (DeskOpKind.REFUND, DeskOpKind.CARD_REFUND, DeskOpKind.CASH_REFUND)

    @property
    def label(self) -> str:
        return {
            "cashout": "Cash out",
            "refund": "Refund to gift card",
            "card_refund": "Refund to card",
            "cash_refund": "Cash refund",
            "void_refund": "Void refund",
            "void_transaction": "Void",
        }[self.value]


class DeskOpState(StrEnum):
    PENDING = "pending"  # journaled before the request is sent
    DONE = "done"
    FAILED = "failed"  # a definite no: nothing changed
    UNKNOWN = "unknown"  # no answer: check before trying again


@dataclass(slots=True)
class DeskOp:
    """One desk operation. Never a card number: last 4 digits and Clover's ids only."""

    kind: DeskOpKind
    amount: int | None = None  # asked for (refund); what was paid out (cashout)
    currency: str = "usd"
    training: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    state: DeskOpState = DeskOpState.PENDING
    idempotency_key: str = field(default_factory=new_key)
    created_ms: int = 0
    last4: str | None = None
    target_id: str | None = None  # the charge refunded (a cash tender's id for a cash refund),
    #                               or the refund/transaction voided
    sale_id: str | None = None  # a refund's sale
    result_id: str | None = None  # Clover's id for this operation
    balance_after: int | None = None
    approved_by: str | None = None  # the manager who approved it
    message: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeskOp:
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        values["kind"] = DeskOpKind(values["kind"])
        values["state"] = DeskOpState(values["state"])
        return cls(**values)
