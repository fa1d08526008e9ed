"""PKCE (RFC 7636, S256) for Clover's OAuth v2 low-trust flow: verifier, challenge, state, URL."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode

from pos_app.redact import register_secret

__all__ = ["PkceSession", "code_challenge"]


def code_challenge(verifier: str) -> str:
    """S256: base64url (no padding) of the SHA-256 of the verifier's ASCII."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class PkceSession:
    """One sign-in attempt: a fresh verifier (kept in memory only) and an unguessable state."""

    verifier: str = field(repr=False)
    state: str = field(repr=False)

    @classmethod
    def new(cls) -> PkceSession:
        # 64 random bytes give 86 characters of the unreserved set (RFC 7636 wants 43-128).
        session = cls(verifier=secrets.token_urlsafe(64), state=secrets.token_urlsafe(24))
        register_secret(session.verifier)
        return session

    @property
    def challenge(self) -> str:
        return code_challenge(self.verifier)

    def authorize_url(self, authorize_url: str, client_id: str, redirect_uri: str) -> str:
        """The page the browser opens: the app, where to come back, the challenge, the state."""
        query = urlencode({
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "code_challenge": self.challenge,
            "code_challenge_method": "S256",
            "state": self.state,
        })
        return f"{authorize_url}?{query}"

    def state_matches(self, returned: str | None) -> bool:
        """True only for this attempt's own state (compared in constant time)."""
        return returned is not None and hmac.compare_digest(returned.encode(),
                                                            self.state.encode())
