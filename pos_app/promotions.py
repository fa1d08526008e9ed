"""Virtual gift card promotion codes the register knows: a fixed value or a range of amounts.

Clover refuses a virtual activation whose amount doesn't fit its promotion code, but only when
the card is activated, after the sale is paid. The register checks the amount when the card
goes on the sale instead, against the codes it knows (Settings, or the training sandbox's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos_app.money import MoneyError, format_cents, parse_money

__all__ = ["Promotion", "PromotionError", "format_promotions", "parse_promotions"]

_CODE = re.compile(r"[A-Za-z0-9]{1,32}")


class PromotionError(ValueError):
    """A promotion list or an amount that can't be used; `user_message` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class Promotion:
    """A promotion code: `value` for a fixed-value (denominated) card, else any amount from
    `low` to `high` (cents)."""

    code: str
    value: int | None = None
    low: int = 100
    high: int = 50_000

    def amount_for(self, amount: int | None, currency: str = "usd") -> int:
        """The amount the card is sold for (`None`: its fixed value), or PromotionError."""
        def fmt(cents: int) -> str:
            return format_cents(cents, currency)

        if self.value is not None:
            if amount is not None and amount != self.value:
                raise PromotionError(
                    f"Promotion {self.code} is a {fmt(self.value)} card — it can't be sold for "
                    f"{fmt(amount)}. Leave the amount blank or enter {fmt(self.value)}.")
            return self.value
        if amount is None:
            raise PromotionError(f"Enter the amount for promotion {self.code} "
                                 f"({fmt(self.low)} to {fmt(self.high)}).")
        if not self.low <= amount <= self.high:
            raise PromotionError(f"Promotion {self.code} cards are sold for {fmt(self.low)} to "
                                 f"{fmt(self.high)} — not {fmt(amount)}.")
        return amount

    def __str__(self) -> str:
        if self.value is not None:
            return f"{self.code}={_plain(self.value)}"
        return f"{self.code}={_plain(self.low)}-{_plain(self.high)}"


def _plain(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _cents(text: str, code: str) -> int:
    try:
        return parse_money(text.strip()).cents
    except MoneyError:
        raise PromotionError(f"Promotion {code}: {text.strip()!r} isn't an amount like "
                             "50.00.") from None


def parse_promotions(text: str) -> tuple[Promotion, ...]:
    """`67062=50.00, 67063=1.00-500.00` (commas or new lines between codes)."""
    found: dict[str, Promotion] = {}
    for raw in re.split(r"[,\n]", text or ""):
        part = raw.strip()
        if not part:
            continue
        code, sep, amounts = part.partition("=")
        code = code.strip()
        if not sep or not _CODE.fullmatch(code):
            raise PromotionError(f"{part!r}: write each promotion as CODE=50.00 (a fixed value) "
                                 "or CODE=1.00-500.00 (a range).")
        low, dash, high = amounts.partition("-")
        if dash:
            promotion = Promotion(code, None, _cents(low, code), _cents(high, code))
            if not 0 < promotion.low <= promotion.high:
                raise PromotionError(f"Promotion {code}: the range must go from more than "
                                     "$0.00 up to at least as much.")
        else:
            value = _cents(low, code)
            if value <= 0:
                raise PromotionError(f"Promotion {code}: the value must be more than $0.00.")
            promotion = Promotion(code, value)
        found[code] = promotion
    return tuple(found.values())


def format_promotions(promotions: tuple[Promotion, ...]) -> str:
    return ", ".join(str(p) for p in promotions)
