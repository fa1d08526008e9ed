"""Card reads (masked), cashier-facing swipe errors, and card-versus-gift-card classification."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pos_app.card_numbers import GIFT_CARD_LENGTHS, detect_brand, luhn_valid
from pos_app.lang import N_

__all__ = ["CardKind", "CardRead", "CardSource", "SwipeError", "classify", "parse_manual"]

CardKind = Literal["gift_card", "card"]
CardSource = Literal["track2", "track1", "manual"]

BANK_CARD_LENGTHS = range(13, 20)
_KINDS: tuple[CardKind, ...] = ("gift_card", "card")
_SEPARATORS = re.compile(r"[\s-]+")

# Cashier-facing messages. None of them may ever include input or digits.
MESSAGES = {
    "bad_read": N_("Swipe again — the card didn't read."),
    "unreadable": N_("That isn't a card this register can read — swipe again or key it in."),
    "mismatch": N_("The card read two different numbers — swipe again."),
    "bad_expiry": N_("The card's expiry date didn't read — swipe again or key it in."),
    "not_digits": N_("A card number is digits only — check it and key it again."),
    "bad_length": (
        N_("That number is the wrong length for a card or gift card — check it and key it again.")
    ),
    "bad_check_digit": N_("That card number doesn't add up — check it and key it again."),
    "not_gift_card": (
        N_("That isn't a gift card number — gift card numbers are six, thirteen, sixteen or "
        "nineteen digits.")
    ),
}


class SwipeError(ValueError):
    """A swipe or keyed number that can't be used; `user_message` is safe to show the cashier."""

    def __init__(self, reason: str) -> None:
        self.reason = reason  # a short code ("bad_read", "mismatch", …) for diagnostics
        self.user_message = MESSAGES.get(reason, MESSAGES["unreadable"])
        super().__init__(self.user_message)


@dataclass(frozen=True, slots=True, repr=False)
class CardRead:
    """A card as the reader or the cashier gave it. Kept in memory only; prints last 4 only."""

    kind: CardKind
    number: str = field(repr=False)
    exp_month: int | None = field(default=None, repr=False)
    exp_year: int | None = field(default=None, repr=False)  # 4 digits
    name: str | None = field(default=None, repr=False)
    service_code: str | None = field(default=None, repr=False)
    source: CardSource = "manual"

    @property
    def last4(self) -> str:
        return self.number[-4:]

    @property
    def masked(self) -> str:
        """The number as a receipt or screen may show it: `•••• 1111`."""
        return f"•••• {self.last4}"

    @property
    def brand(self) -> str | None:
        """Clover's brand name for a bank card; None for a gift card."""
        return detect_brand(self.number) if self.kind == "card" else None

    def __repr__(self) -> str:
        return f'CardRead(kind={self.kind!r}, number={self.masked!r}, source={self.source!r})'

    __str__ = __repr__


def classify(number: str, *, bank_signal: bool) -> CardKind | None:
    """'card' for a Luhn-valid 13-19 digit number with a bank signal (track 1 format B, a
    track 2 expiry plus a known brand, or a known brand when keyed); else 'gift_card' for
    6, 13, 16 or 19 digits (gift cards carry no Luhn digit); else None."""
    if bank_signal and len(number) in BANK_CARD_LENGTHS and luhn_valid(number):
        return "card"
    if len(number) in GIFT_CARD_LENGTHS:
        return "gift_card"
    return None


def parse_manual(number: str, *, expect: str | None = None) -> CardRead:
    """A keyed number (spaces and dashes allowed). `expect` ('card' or 'gift_card') says what
    the screen asked for; without it the number is classified as a swipe would be."""
    if expect is not None and expect not in _KINDS:
        raise ValueError("expect must be 'card', 'gift_card' or None")
    digits = _SEPARATORS.sub("", number)
    if not digits or not (digits.isascii() and digits.isdigit()):
        raise SwipeError("not_digits")
    if expect == "gift_card":
        if len(digits) not in GIFT_CARD_LENGTHS:
            raise SwipeError("not_gift_card")
        return CardRead(kind="gift_card", number=digits, source="manual")
    if expect == "card":
        if len(digits) not in BANK_CARD_LENGTHS:
            raise SwipeError("bad_length")
        if not luhn_valid(digits):
            raise SwipeError("bad_check_digit")
        return CardRead(kind="card", number=digits, source="manual")
    kind = classify(digits, bank_signal=detect_brand(digits) is not None)
    if kind is None:
        raise SwipeError("bad_length")
    return CardRead(kind=kind, number=digits, source="manual")
