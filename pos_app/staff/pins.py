"""PINs: 4 to 8 digits, kept only as a slow salted scrypt hash (never logged, never shown)."""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = ["PinError", "check_pin_format", "hash_pin", "verify_pin"]

# scrypt cost: about 50 ms per try on a counter PC (and 16 MiB of memory), so a stolen journal
# can't be brute-forced through the 10^4..10^8 PINs cheaply. Stored with the hash, so it can grow.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


class PinError(ValueError):
    """A PIN that can't be used; `user_message` says what to type (never the PIN itself)."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise PinError("A PIN is 4 to 8 digits.")


def _kdf(salt: bytes, n: int, r: int, p: int) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p)


def hash_pin(pin: str) -> str:
    """`scrypt$n$r$p$salt$hash` (base64): what the journal keeps instead of the PIN."""
    check_pin_format(pin)
    salt = os.urandom(16)
    digest = _kdf(salt, _N, _R, _P).derive(pin.encode())
    return "$".join((_SCHEME, str(_N), str(_R), str(_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches `stored`; a malformed PIN or hash is simply no match."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME or not (pin.isascii() and pin.isdigit()):
            return False
        expected = base64.b64decode(digest)
        _kdf(base64.b64decode(salt), int(n), int(r), int(p)).verify(pin.encode(), expected)
    except (ValueError, InvalidKey):
        return False
    return True  # Scrypt.verify compares in constant time
