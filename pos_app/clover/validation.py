"""Checks on what the register is about to send, raised as InvalidRequest before any I/O."""

from __future__ import annotations

import re

from .errors import InvalidRequest

__all__ = [
    "MAX_AMOUNT",
    "check_amount",
    "check_currency",
    "check_description",
    "check_ecomind",
    "check_external_reference_id",
    "check_id",
    "check_idempotency_key",
    "check_refund_reason",
    "check_source",
]

MAX_AMOUNT = 99_999_999  # $999,999.99: above it Clover answers amount_too_large
CURRENCIES = frozenset({"usd", "cad"})  # the Ecommerce API runs in the US and Canada only
REFUND_REASONS = frozenset({"duplicate", "fraudulent", "requested_by_customer"})
ECOMINDS = frozenset({"ecom", "moto"})
_EXTERNAL_REFERENCE = re.compile(r"[A-Za-z0-9 ]{1,12}")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")
_PROMOTION_CODE = re.compile(r"[A-Za-z0-9]{1,32}")


def _invalid(message: str, param: str, code: str = "invalid_request") -> InvalidRequest:
    return InvalidRequest(
        message, code=code, type="invalid_request_error", param=param,
        user_message=f"{message} — check it and try again.",
    )


def check_amount(amount: object, *, allow_zero: bool = False, param: str = "amount") -> int:
    """An amount in cents: a whole int (not a float, not a bool), positive, at most $999,999.99."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise _invalid("Amount must be a whole number of cents", param, "invalid_charge_amount")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise _invalid("Amount must be more than zero", param, "invalid_charge_amount")
    if amount > MAX_AMOUNT:
        raise _invalid("Amount is over $999,999.99", param, "amount_too_large")
    return amount


def check_currency(currency: str) -> str:
    """A lowercase ISO code Clover's Ecommerce API takes: usd or cad."""
    code = currency.strip().lower() if isinstance(currency, str) else ""
    if code not in CURRENCIES:
        raise _invalid("Currency must be usd or cad", "currency")
    return code


def check_external_reference_id(value: str | None) -> str | None:
    """At most 12 letters, digits and spaces (it shows in settlement records)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _EXTERNAL_REFERENCE.fullmatch(value):
        raise _invalid("Reference must be 1 to 12 letters, digits or spaces",
                       "external_reference_id")
    return value


def check_description(value: str | None) -> str | None:
    if value is not None and len(value) > 255:
        raise _invalid("Description must be at most 255 characters", "description")
    return value


def check_ecomind(value: str | None) -> str | None:
    if value is not None and value not in ECOMINDS:
        raise _invalid("ecomind must be ecom or moto", "ecomind")
    return value


def check_refund_reason(value: str | None) -> str | None:
    if value is not None and value not in REFUND_REASONS:
        raise _invalid("Refund reason must be duplicate, fraudulent or requested_by_customer",
                       "reason")
    return value


def check_id(value: str, param: str) -> str:
    """A Clover id that goes into a URL path: letters, digits, `_` and `-` only."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _invalid(f"{param} is not a valid Clover id", param)
    return value


def check_source(source: str) -> str:
    """A `clv_` token or a customer id."""
    if not isinstance(source, str) or not _ID.fullmatch(source):
        raise _invalid("Card token is missing or malformed", "source")
    return source


def check_idempotency_key(key: str | None) -> str | None:
    if key is not None and (not isinstance(key, str) or not _IDEMPOTENCY_KEY.fullmatch(key)):
        raise _invalid("Idempotency key must be 1 to 255 printable characters", "idempotency-key")
    return key


def check_security_code(code: str | None) -> str | None:
    """A gift card security code (SCV): 4 to 8 characters."""
    if code is None:
        return None
    if not 4 <= len(code.strip()) <= 8:
        raise _invalid(
            "Gift card security code must be 4 to 8 characters", "gift_card.security_code"
        )
    return code.strip()


def check_access_code(code: str | None) -> str | None:
    """A non-Fiserv gift card's foreign access code."""
    if code is None:
        return None
    if not code.strip() or len(code) > 32:
        raise _invalid(
            "Gift card access code is missing or too long", "gift_card.foreign_access_code"
        )
    return code.strip()


def check_promotion_code(code: str) -> str:
    if not isinstance(code, str) or not _PROMOTION_CODE.fullmatch(code):
        raise _invalid("Promotion code must be 1 to 32 letters or digits", "promotion_code")
    return code


def check_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise _invalid("limit must be 1 to 100", "limit")
    return limit
