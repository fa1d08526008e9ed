"""Lenient request parsing: string booleans, digit-string amounts, ids and text limits."""

from __future__ import annotations

import re
from typing import Any

from .errors import invalid
from .seed import MAX_CHARGE_AMOUNT

CURRENCIES = frozenset({"usd", "cad"})
_EXTERNAL_REF = re.compile(r"[A-Za-z0-9 ]{1,12}")


def parse_bool(body: dict[str, Any], name: str, default: bool) -> bool:
    """A JSON boolean or the strings "true"/"false" (the docs send strings)."""
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise invalid("invalid_request", name)


def parse_int(value: object) -> int | None:
    """An integer or a digit string; None when it is neither (floats are refused)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,18}", value.strip()):
        return int(value.strip())
    return None


def amount(
    body: dict[str, Any], *, required: bool = True, minimum: int = 1, name: str = "amount"
) -> int | None:
    """A charge-style amount in cents: `missing`, `invalid_charge_amount`, `amount_too_large`."""
    raw = body.get(name)
    if raw is None:
        if required:
            raise invalid("missing", name)
        return None
    value = parse_int(raw)
    if value is None or value < minimum:
        raise invalid("invalid_charge_amount", name)
    if value > MAX_CHARGE_AMOUNT:
        raise invalid("amount_too_large", name)
    return value


def currency(body: dict[str, Any], *, required: bool) -> str:
    raw = body.get("currency")
    if raw is None:
        if required:
            raise invalid("missing", "currency")
        return "usd"
    if not isinstance(raw, str) or raw.strip().lower() not in CURRENCIES:
        raise invalid("invalid_request", "currency")
    return raw.strip().lower()


def text(body: dict[str, Any], name: str, max_len: int) -> str | None:
    raw = body.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str) or len(raw) > max_len:
        raise invalid("invalid_request", name)
    return raw


def external_reference_id(body: dict[str, Any]) -> str | None:
    """At most 12 letters, digits and spaces. A JSON integer (a shop's order id, as published
    plugins send it) is accepted as Clover accepts it, and kept as its text."""
    raw = body.get("external_reference_id")
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not _EXTERNAL_REF.fullmatch(raw):
        raise invalid("invalid_request", "external_reference_id")
    return raw


def source_id(body: dict[str, Any]) -> str:
    raw = body.get("source")
    if raw is None or raw == "":
        raise invalid("missing", "source")
    if not isinstance(raw, str):
        raise invalid("invalid_request", "source")
    return raw


def object_ref(body: dict[str, Any], name: str) -> str:
    raw = body.get(name)
    if raw is None or raw == "":
        raise invalid("missing", name)
    if not isinstance(raw, str):
        raise invalid("invalid_request", name)
    return raw


def metadata(body: dict[str, Any]) -> dict[str, Any] | None:
    raw = body.get("metadata")
    if raw is None:
        return None
    if not isinstance(raw, dict) or len(str(raw)) > 500:
        raise invalid("invalid_request", "metadata")
    return raw


def ecomind(body: dict[str, Any]) -> str | None:
    raw = body.get("ecomind")
    if raw is None:
        return None
    if raw not in ("ecom", "moto"):
        raise invalid("invalid_request", "ecomind")
    return str(raw)


def query_int(raw: str | None, name: str, low: int, high: int) -> int | None:
    """A query parameter that must be an integer in [low, high]."""
    if raw is None:
        return None
    value = parse_int(raw)
    if value is None or not low <= value <= high:
        raise invalid("invalid_request", name)
    return value
