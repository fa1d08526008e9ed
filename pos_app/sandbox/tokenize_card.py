"""Validation of `POST /v1/tokens` bodies: the card and gift card rules of the contract."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pos_app.card_numbers import GIFT_CARD_LENGTHS, detect_brand, luhn_valid

from .errors import SandboxError, invalid
from .keys import KeyPair, PanDecryptionError
from .seed import TEST_CARDS_BY_NUMBER
from .tokens import CardToken, Decline, GiftToken

_BRAND_ALIASES = {
    "VISA": "VISA",
    "MC": "MC",
    "MASTERCARD": "MC",
    "AMEX": "AMEX",
    "AMERICAN_EXPRESS": "AMEX",
    "DISCOVER": "DISCOVER",
    "DINERS_CLUB": "DINERS_CLUB",
    "DINERS": "DINERS_CLUB",
    "JCB": "JCB",
}


def card_error(code: str, param: str) -> SandboxError:
    return SandboxError(400, "card_error", code, param=param)


def _text(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    return value.strip() if isinstance(value, str) else None


def _pan(card: dict[str, Any], keys: KeyPair) -> str:
    encrypted = card.get("encrypted_pan")
    if encrypted is not None:
        if not isinstance(encrypted, str):
            raise invalid("invalid_request", "card.encrypted_pan", "The card data is not valid.")
        try:
            pan = keys.decrypt_pan(encrypted)
        except PanDecryptionError:
            raise invalid(
                "invalid_request", "card.encrypted_pan", "The card data is not valid."
            ) from None
    else:
        raw = _text(card.get("number"))
        if raw is None:
            raise invalid("missing", "card.encrypted_pan")
        pan = re.sub(r"[ -]", "", raw)
    if not re.fullmatch(r"[0-9]{12,19}", pan) or not luhn_valid(pan) or detect_brand(pan) is None:
        raise card_error("invalid_number", "card.number")
    return pan


def _expiry(card: dict[str, Any]) -> tuple[str, str]:
    month = _text(card.get("exp_month"))
    if month is None or not re.fullmatch(r"[0-9]{1,2}", month) or not 1 <= int(month) <= 12:
        raise card_error("invalid_expiry_month", "card.exp_month")
    year = _text(card.get("exp_year"))
    if year is None or not re.fullmatch(r"[0-9]{2}|[0-9]{4}", year):
        raise card_error("invalid_expiry_year", "card.exp_year")
    return f"{int(month):02d}", year if len(year) == 4 else f"20{year}"


def tokenize_card(card: dict[str, Any], keys: KeyPair, today: tuple[int, int]) -> CardToken:
    """Check a `card` object; the card's outcome is resolved now and kept with the token."""
    pan = _pan(card, keys)
    exp_month, exp_year = _expiry(card)
    cvv = _text(card.get("cvv"))
    if cvv is None or not re.fullmatch(r"[0-9]{3,4}", cvv):
        raise card_error("invalid_cvc", "card.cvv")
    brand = detect_brand(pan)
    assert brand is not None
    for name, actual in (("first6", pan[:6]), ("last4", pan[-4:])):
        given = _text(card.get(name))
        if given is not None and given != actual:
            raise invalid("invalid_request", f"card.{name}", "The card data is not consistent.")
    given_brand = _text(card.get("brand"))
    if given_brand is not None and _BRAND_ALIASES.get(given_brand.upper()) != brand:
        raise invalid("invalid_request", "card.brand", "The card data is not consistent.")
    decline: Decline | None = None
    seeded = TEST_CARDS_BY_NUMBER.get(pan)
    if (int(exp_year), int(exp_month)) < today:
        decline = Decline("card_error", "expired_card")
    elif seeded is not None and seeded.error_type and seeded.error_code:
        decline = Decline(seeded.error_type, seeded.error_code, seeded.decline_code)
    return CardToken(brand, pan[:6], pan[-4:], exp_month, exp_year, decline)


def tokenize_gift_card(gift: dict[str, Any], hasher: Callable[[str, str], str]) -> GiftToken:
    """Check a `gift_card` object (`number`, or its old name `card_number`) and hash it."""
    number = _text(gift.get("number", gift.get("card_number")))
    digits_only = number is not None and number.isascii() and number.isdigit()
    if number is None or not digits_only or len(number) not in GIFT_CARD_LENGTHS:
        raise invalid("invalid_request", "gift_card.number", "The gift card number is not valid.")
    scv = gift.get("security_code")
    if scv is not None and (not isinstance(scv, str) or not 4 <= len(scv) <= 8):
        raise invalid(
            "invalid_request", "gift_card.security_code", "The security code is not valid."
        )
    fac = gift.get("foreign_access_code")
    if fac is not None and (not isinstance(fac, str) or not 1 <= len(fac) <= 32):
        raise invalid(
            "invalid_request", "gift_card.foreign_access_code", "The access code is not valid."
        )
    return GiftToken(
        number_hash=hasher("number", number),
        last4=number[-4:],
        first6=number[:6] if len(number) >= 16 else None,
        scv_hash=None if scv is None else hasher("scv", scv),
        fac_hash=None if fac is None else hasher("fac", fac),
    )
