"""Money in integer minor units with a currency: parsing what a cashier types, and formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Self

from pos_app.lang import N_, is_french, phrase

__all__ = [
    "CURRENCIES",
    "MAX_CENTS",
    "Money",
    "MoneyError",
    "format_cents",
    "parse_money",
    "tax_on",
]

CURRENCIES = ("usd", "cad")
MAX_CENTS = 99_999_999  # $999,999.99: the largest amount a cashier may type
PPM = 1_000_000  # tax rates are parts per million: 8.875 % is 88_750

_AMOUNT = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d*))?")
# French groups thousands with a space (any of them: a cashier may paste "1 234,56 $").
_FR_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d*)?")
NBSP, NNBSP = "\u00a0", "\u202f"  # before "$" / between thousands, as fr-CA prints them


class MoneyError(ValueError):
    """An amount the register cannot take; `user_message` says what to type instead."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: `cents` minor units of `currency` (lower-case ISO code)."""

    cents: int
    currency: str = "usd"

    def __post_init__(self) -> None:
        if isinstance(self.cents, bool) or not isinstance(self.cents, int):
            raise TypeError("Money.cents must be an int (never a float)")
        if self.currency not in CURRENCIES:
            raise MoneyError(f"Unsupported currency {self.currency!r}")

    @classmethod
    def zero(cls, currency: str = "usd") -> Self:
        return cls(0, currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"Can't mix {self.currency.upper()} and {other.currency.upper()}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.cents - other.cents, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.cents < other.cents

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.cents <= other.cents

    def __bool__(self) -> bool:
        return self.cents != 0

    def format(self) -> str:
        return format_cents(self.cents, self.currency)

    def __str__(self) -> str:
        return self.format()


def format_cents(cents: int, currency: str = "usd") -> str:
    """`$1,234.56`, `-$5.00`; in Canadian French `1 234,56 $`, `-5,00 $` with a narrow no-break
    space between thousands and a no-break space before `$` (the Office québécois de la langue
    française's form, as Qt's fr_CA locale prints it)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    if is_french():
        symbol = "$" if currency in CURRENCIES else currency.upper()
        grouped = f"{whole:,}".replace(",", NNBSP)
        return f"{sign}{grouped},{frac:02d}{NBSP}{symbol}"
    symbol = "$" if currency in CURRENCIES else currency.upper() + " "
    return f"{sign}{symbol}{whole:,}.{frac:02d}"


def _french_amount(raw: str) -> str:
    """French as typed (`12,50`, `12.50`, `1 234,56`, `12,50 $`) in the English form the
    parser reads: a lone comma is the decimal mark; spaces only between groups of thousands."""
    raw = raw.removesuffix("$").rstrip()
    if _FR_GROUPED.fullmatch(raw):
        raw = re.sub(r"[ \u00a0\u202f]", "", raw)
    if "," in raw and "." not in raw:
        return raw.replace(",", ".") if raw.count(",") == 1 else raw
    return raw


def parse_money(text: str, currency: str = "usd", *, allow_zero: bool = False) -> Money:
    """What a cashier typed (`12.5`, `12.50`, `$12.50`, `1,234.56`) as exact Money.

    Refuses negatives, more than two decimals, more than $999,999.99, and anything else
    with a message that says what to type.
    """
    raw = (text or "").strip()
    if is_french():
        raw = _french_amount(raw)
    if not raw:
        raise MoneyError(N_("Enter an amount, like 12.50."))
    if raw.startswith("-") or raw.startswith("(") or "-" in raw:
        raise MoneyError(N_("The amount can't be negative."))
    for prefix in ("CA$", "ca$", "C$", "c$", "US$", "us$", "$"):
        if raw.startswith(prefix):
            raw = raw[len(prefix):].lstrip()  # "$ 12.50" is still an amount
            break
    if any(char.isspace() for char in raw):  # "12 50" is not $1,250.00
        raise MoneyError(N_("That isn't an amount — type digits with no spaces, like 12.50."))
    match = _AMOUNT.fullmatch(raw)
    if not match or not (match.group("whole") or match.group("frac")):
        raise MoneyError(N_("That isn't an amount — type digits like 12.50."))
    frac = match.group("frac") or ""
    if len(frac) > 2:
        raise MoneyError(N_("Use at most two decimals (cents), like 12.50."))
    digits = (match.group("whole") or "0").replace(",", "").lstrip("0") or "0"
    if len(digits) > len(str(MAX_CENTS // 100)):  # before int(): 4301+ digits raise ValueError
        raise MoneyError(_too_large())
    whole = int(digits)
    if whole > MAX_CENTS // 100:
        raise MoneyError(_too_large())
    cents = whole * 100 + int(frac.ljust(2, "0"))
    if cents > MAX_CENTS:
        raise MoneyError(_too_large())
    if cents == 0 and not allow_zero:
        raise MoneyError(phrase(N_("The amount must be more than {zero}."),
                                zero=format_cents(0, currency)))
    return Money(cents, currency)


def _too_large() -> str:
    return phrase(N_("The amount is too large: at most {most}."), most=format_cents(MAX_CENTS))


def tax_on(cents: int, rate_ppm: int) -> int:
    """Tax on a taxable amount, rounded half up to the cent (half a cent or more rounds up).

    Integer arithmetic only: `cents * rate_ppm / 1e6`, +0.5 and floored, so
    $10.00 at 8.875 % is $0.89 (88.75 c) and $2.00 at 6.25 % is $0.13 (12.5 c).
    """
    if cents < 0 or rate_ppm < 0:
        raise MoneyError(N_("Tax is computed on non-negative amounts and rates only."))
    return (cents * rate_ppm * 2 + PPM) // (2 * PPM)
