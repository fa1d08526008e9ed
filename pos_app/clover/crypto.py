"""Card-number encryption for /v1/tokens: Clover's raw RSA key blob and RSA-OAEP(SHA-1)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .errors import EncryptionKeyError, InvalidRequest

__all__ = ["PAN_PREFIX", "CardEncryptionKey", "encrypt_pan", "key_from_keys_json"]

PAN_PREFIX = "00000000"
_MODULUS_BYTES = 256  # 2048-bit
_MAX_EXPONENT = 2**32


class CardEncryptionKey:
    """Clover's TransArmor public key (TA_PUBLIC_KEY_DEV/PROD from keys.json).

    The base64 decodes to raw components, not DER or PEM: bytes [0:256] are the modulus and
    bytes [256:] the public exponent (left-padded with zeros), both unsigned big-endian.
    """

    __slots__ = ("_key", "name")

    def __init__(self, public_key: rsa.RSAPublicKey, name: str = "") -> None:
        self._key = public_key
        self.name = name

    @classmethod
    def from_base64(cls, blob: str, name: str = "") -> CardEncryptionKey:
        """Parse and check the keys.json value; EncryptionKeyError if it is not a sane key."""
        if blob.lstrip().startswith("-----BEGIN"):
            raise _key_error(f"{name or 'key'} is PEM; keys.json holds raw modulus + exponent")
        try:
            raw = base64.b64decode(blob.strip(), validate=True)
        except (binascii.Error, ValueError, AttributeError) as exc:
            raise _key_error(f"{name or 'key'} is not base64") from exc
        if raw[:2] == b"\x30\x82" and len(raw) != 2 * _MODULUS_BYTES:
            raise _key_error(
                f"{name or 'key'} is DER; expected 512 raw bytes (256-byte modulus then exponent)"
            )
        if not _MODULUS_BYTES < len(raw) <= 2 * _MODULUS_BYTES:
            raise _key_error(
                f"{name or 'key'} decodes to {len(raw)} bytes; expected 512 "
                "(256-byte modulus then exponent)"
            )
        modulus = int.from_bytes(raw[:_MODULUS_BYTES], "big")
        exponent = int.from_bytes(raw[_MODULUS_BYTES:], "big")
        if modulus.bit_length() != 8 * _MODULUS_BYTES or modulus % 2 == 0:
            raise _key_error(f"{name or 'key'} modulus is not a 2048-bit RSA modulus")
        if not 3 <= exponent < _MAX_EXPONENT or exponent % 2 == 0:
            raise _key_error(f"{name or 'key'} exponent {exponent} is not a usual RSA exponent")
        return cls(rsa.RSAPublicNumbers(exponent, modulus).public_key(), name)

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        return self._key

    def encrypt_pan(self, pan: str) -> str:
        """base64(RSA-OAEP(MGF1-SHA1, SHA1, no label) of "00000000" + the card's digits)."""
        digits = "".join(pan.split())
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise InvalidRequest(
                "Card number must be 12 to 19 digits",
                code="invalid_number",
                type="invalid_request_error",
                param="card.number",
            )
        ciphertext = self._key.encrypt(
            (PAN_PREFIX + digits).encode("ascii"),
            padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None),  # noqa: S303 - Clover's recipe
        )
        return base64.b64encode(ciphertext).decode("ascii")

    def __repr__(self) -> str:
        return f"CardEncryptionKey({self.name!r})"


def encrypt_pan(key: CardEncryptionKey, pan: str) -> str:
    """Encrypt a card number for `card.encrypted_pan` (see CardEncryptionKey.encrypt_pan)."""
    return key.encrypt_pan(pan)


def key_from_keys_json(data: Mapping[str, Any], key_name: str) -> CardEncryptionKey:
    """Pick `key_name` (TA_PUBLIC_KEY_DEV or _PROD) out of keys.json and parse it."""
    blob = data.get(key_name)
    if not isinstance(blob, str) or not blob:
        raise _key_error(f"keys.json has no {key_name}")
    return CardEncryptionKey.from_base64(blob, key_name)


def _key_error(message: str) -> EncryptionKeyError:
    return EncryptionKeyError(message, code="invalid_encryption_key")
