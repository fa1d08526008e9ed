"""Card data a cashier swiped or keyed, held in memory only; every printable form is masked."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GiftCardInput"]


@dataclass(frozen=True, slots=True, repr=False)
class GiftCardInput:
    """A gift card's number and (optional) security code or foreign access code."""

    number: str
    security_code: str | None = None
    foreign_access_code: str | None = None

    @property
    def last4(self) -> str:
        digits = "".join(ch for ch in self.number if ch.isdigit())
        return digits[-4:]

    def __repr__(self) -> str:
        code = ", security_code='****'" if self.security_code else ""
        return f"GiftCardInput(number='····{self.last4}'{code})"

    __str__ = __repr__
