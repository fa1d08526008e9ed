"""Gift card activation/reload/cashout answers, and the one-time number of a virtual card."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._json import get_bool, get_dict, get_int, get_str, require_str
from .models import GiftCardBalances

__all__ = ["GiftCardTransaction", "NewGiftCard"]


@dataclass(frozen=True, slots=True, repr=False)
class NewGiftCard:
    """The number and security code of a just-activated virtual card: shown once, never logged."""

    number: str
    security_code: str | None

    @property
    def last4(self) -> str:
        return self.number[-4:]

    def __repr__(self) -> str:
        return f"NewGiftCard(number='****{self.last4}', security_code='****')"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class GiftCardTransaction:
    """The answer to activate, reload or cashout."""

    id: str
    amount: int | None = None
    currency: str | None = None
    created: int | None = None
    status: str | None = None
    paid: bool | None = None
    ref_num: str | None = None
    auth_code: str | None = None
    last4: str | None = None
    gift_card: GiftCardBalances | None = None
    new_card: NewGiftCard | None = None  # virtual activation only

    @property
    def approved(self) -> bool:
        return self.status == "succeeded" and self.paid is not False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GiftCardTransaction:
        card = get_dict(data, "gift_card", "giftCard")
        number = get_str(card, "number", "card_number")
        new_card = (
            NewGiftCard(number, get_str(card, "security_card_value", "security_code"))
            if number
            else None
        )
        source = get_dict(data, "source")
        return cls(
            id=require_str(data, "id"),
            amount=get_int(data, "amount"),
            currency=(get_str(data, "currency") or "").lower() or None,
            created=get_int(data, "created"),
            status=get_str(data, "status"),
            paid=get_bool(data, "paid"),
            ref_num=get_str(data, "ref_num"),
            auth_code=get_str(data, "auth_code"),
            last4=get_str(source, "last4") or (new_card.last4 if new_card else None),
            gift_card=GiftCardBalances.from_json(card) if card else None,
            new_card=new_card,
        )
