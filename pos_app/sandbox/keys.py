"""The TransArmor-style RSA key pair: the published keys.json blob and PAN decryption."""

from __future__ import annotations

import base64
import binascii
import threading

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PAN_PREFIX = "00000000"
_KEY_BYTES = 256  # RSA-2048
# SHA-1 is what Clover's TransArmor encryption uses (OAEP with MGF1-SHA-1); it is not our choice.
_SHA1 = hashes.SHA1()  # noqa: S303
_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=_SHA1), algorithm=_SHA1, label=None)

_shared_lock = threading.Lock()
_shared_key: rsa.RSAPrivateKey | None = None


class PanDecryptionError(ValueError):
    """The encrypted PAN could not be decrypted or lacks the eight-zero prefix."""


def shared_private_key() -> rsa.RSAPrivateKey:
    """One key per process for in-memory ledgers: generating a key costs ~100 ms."""
    global _shared_key  # noqa: PLW0603 - a lazily built process-wide cache
    with _shared_lock:
        if _shared_key is None:
            _shared_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return _shared_key


class KeyPair:
    """The sandbox's private key and the public blob it publishes as keys.json."""

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        if private_key.key_size != _KEY_BYTES * 8:
            raise ValueError("the sandbox key must be RSA-2048")
        self._private = private_key

    @classmethod
    def from_pem(cls, pem: str) -> KeyPair:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise TypeError("the stored sandbox key is not an RSA key")
        return cls(key)

    def to_pem(self) -> str:
        return self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")

    def public_blob(self) -> str:
        """Base64 of the 256-byte modulus followed by the zero-padded 256-byte exponent."""
        numbers = self._private.public_key().public_numbers()
        raw = numbers.n.to_bytes(_KEY_BYTES, "big") + numbers.e.to_bytes(_KEY_BYTES, "big")
        return base64.b64encode(raw).decode("ascii")

    def keys_json(self) -> dict[str, str]:
        """The body of `GET /assets/keys.json` (one key serves DEV and PROD)."""
        blob = self.public_blob()
        return {"TA_PUBLIC_KEY_DEV": blob, "TA_PUBLIC_KEY_PROD": blob}

    def decrypt_pan(self, encrypted_b64: str) -> str:
        """Decrypt an `encrypted_pan` and strip the prefix; raises PanDecryptionError."""
        try:
            ciphertext = base64.b64decode(encrypted_b64, validate=True)
            plain = self._private.decrypt(ciphertext, _OAEP).decode("ascii")
        except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
            raise PanDecryptionError("undecryptable") from exc
        if not plain.startswith(PAN_PREFIX):
            raise PanDecryptionError("missing prefix")
        return plain[len(PAN_PREFIX) :]
