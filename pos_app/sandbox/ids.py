"""Random identifiers in Clover's formats (charge ids, token ids, reference numbers)."""

from __future__ import annotations

import secrets
import string

_UPPER_DIGITS = string.ascii_uppercase + string.digits
_ALNUM = string.ascii_letters + string.digits


def object_id() -> str:
    """A 13-character `[A-Z0-9]` id, as Clover uses for charges, refunds and transactions."""
    return "".join(secrets.choice(_UPPER_DIGITS) for _ in range(13))


def token_id() -> str:
    """A `clv_` token id followed by 22 letters and digits."""
    return "clv_" + "".join(secrets.choice(_ALNUM) for _ in range(22))


def masked_token(token: str) -> str:
    """How a token id is kept on disk: `clv_****` and its last 4 characters (tokens never are)."""
    return f"clv_****{token[-4:]}"


def digits(count: int) -> str:
    """`count` random decimal digits (reference numbers, auth codes, new card numbers)."""
    return "".join(secrets.choice(string.digits) for _ in range(count))


def hex_key() -> str:
    """32 lowercase hex characters (the PAKMS apiAccessKey)."""
    return secrets.token_hex(16)


def auth_code() -> str:
    """A 6-character `[A-Z0-9]` approval code (not all digits: it can't pass for a card's
    security code in a secret scan)."""
    return secrets.choice(string.ascii_uppercase) + "".join(
        secrets.choice(_UPPER_DIGITS) for _ in range(5))


def ref_num() -> str:
    """A 6-digit reference number, never one of the seeded cards' security codes (so a secret
    scan of a file holding it can't mistake it for one)."""
    from .seed import GIFT_CARDS  # noqa: PLC0415 - the seed list, read only here

    reserved = {code for card in GIFT_CARDS for code in (card.scv, card.fac) if code}
    while True:
        found = digits(6)
        if found not in reserved:
            return found
