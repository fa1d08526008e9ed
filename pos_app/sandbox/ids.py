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
