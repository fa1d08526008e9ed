"""Card details as keyed or swiped (kept in memory only), brand detection and local checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pos_app.card_numbers import GIFT_CARD_LENGTHS, luhn_valid
from pos_app.card_numbers import detect_brand as _detect_brand

from .errors import InvalidRequest

__all__ = [
    "EXPIRED_CARD",
    "CardDetails",
    "detect_brand",
    "luhn_valid",
    "normalize_gift_card_number",
]

_SEPARATORS = re.compile(r"[\s-]")
# Said at the register for a past expiry date: such a card is never sent to Clover.
EXPIRED_CARD = "This card has expired — ask for another card or another way to pay."


def _digits(value: str) -> str:
    return _SEPARATORS.sub("", value)


def detect_brand(number: str) -> str | None:
    """Clover's brand name for a card number (spaces and dashes allowed), or None."""
    return _detect_brand(_digits(number))


@dataclass(frozen=True, slots=True, repr=False)
class CardDetails:
    """A card as the cashier keyed or swiped it. Never logged, stored or shown beyond last 4."""

    number: str
    exp_month: int
    exp_year: int  # 2 or 4 digits
    cvv: str | None = None
    name: str | None = None
    zip: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "number", _digits(self.number))

    @property
    def first6(self) -> str:
        return self.number[:6]

    @property
    def last4(self) -> str:
        return self.number[-4:]

    @property
    def brand(self) -> str | None:
        return detect_brand(self.number)

    @property
    def exp_year_4(self) -> int:
        return self.exp_year + 2000 if self.exp_year < 100 else self.exp_year

    def expired(self, today: date) -> bool:
        """True once the expiry month is over (a card is good through its last day)."""
        return (self.exp_year_4, self.exp_month) < (today.year, today.month)

    def __repr__(self) -> str:
        return f"CardDetails(brand={self.brand!r}, last4={self.last4!r}, exp=<hidden>)"

    __str__ = __repr__

    def validate(self) -> None:
        """Raise InvalidRequest for what Clover would refuse anyway, before anything is sent."""
        if not self.number.isdigit() or not 12 <= len(self.number) <= 19:
            raise _bad("Card number must be 12 to 19 digits", "invalid_number", "card.number")
        if not luhn_valid(self.number):
            raise _bad("Card number fails the check digit", "invalid_number", "card.number")
        if not 1 <= self.exp_month <= 12:
            raise _bad("Expiry month must be 1 to 12", "invalid_expiry_month", "card.exp_month")
        if not (0 <= self.exp_year < 100 or 2000 <= self.exp_year <= 2099):
            raise _bad("Expiry year must be YY or YYYY", "invalid_expiry_year", "card.exp_year")
        if self.cvv is not None and not (self.cvv.isdigit() and 3 <= len(self.cvv) <= 4):
            raise _bad("Security code must be 3 or 4 digits", "invalid_cvc", "card.cvv")


def normalize_gift_card_number(number: str) -> str:
    """The gift card number's digits; InvalidRequest unless 6, 13, 16 or 19 digits (no Luhn)."""
    digits = _digits(number)
    if not digits.isdigit() or len(digits) not in GIFT_CARD_LENGTHS:
        raise InvalidRequest(
            "Gift card number must be 6, 13, 16 or 19 digits",
            user_message="Gift card number must be 6, 13, 16 or 19 digits — check it.",
            code="invalid_number",
            type="invalid_request_error",
            param="gift_card.number",
        )
    return digits


def _bad(message: str, code: str, param: str) -> InvalidRequest:
    return InvalidRequest(message, code=code, type="invalid_request_error", param=param)
