"""OAuth v2 as the sandbox plays it: PKCE authorization codes, expiring access tokens and
single-use refresh tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from typing import Any

from .clock import SandboxClock
from .db import Database

REFRESH_TTL_SECONDS = 365 * 24 * 3600
CODE_TTL_SECONDS = 600  # sandbox choice: Clover does not say how long a code lives
# RFC 7636: 43 to 128 characters of the unreserved set.
_VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")


def s256(verifier: str) -> str:
    """The S256 code challenge of a verifier: base64url of its SHA-256, no padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class OAuthStore:
    """Token pairs, stored hashed in the ledger database (so a restarted server keeps them)."""

    def __init__(self, db: Database, clock: SandboxClock, access_ttl_seconds: int) -> None:
        self._db = db
        self._clock = clock
        self._access_ttl = access_ttl_seconds

    def _hash(self, token: str) -> str:
        return self._db.hash_secret("oauth", token)

    def issue_code(self, client_id: str, redirect_uri: str, code_challenge: str) -> str:
        """A single-use authorization code bound to the app, its redirect and its challenge."""
        code = secrets.token_urlsafe(24)
        with self._db.tx() as conn:
            conn.execute(
                "INSERT INTO oauth_codes (code_hash, client_id, redirect_uri, code_challenge,"
                " expires) VALUES (?, ?, ?, ?, ?)",
                (self._db.hash_secret("oauth_code", code), client_id, redirect_uri,
                 code_challenge, int(self._clock.now()) + CODE_TTL_SECONDS),
            )
        return code

    def exchange_code(self, client_id: str, code: str, code_verifier: str) -> dict[str, Any] | None:
        """Spend a code for a token pair; None when the code is unknown, used, expired, issued
        to another app, or the verifier does not match its challenge (the code is spent then
        too: a second guess gets nothing)."""
        code_hash = self._db.hash_secret("oauth_code", code)
        with self._db.tx() as conn:
            row = conn.execute(
                "SELECT client_id, code_challenge FROM oauth_codes"
                " WHERE code_hash = ? AND used = 0 AND expires > ?",
                (code_hash, int(self._clock.now())),
            ).fetchone()
            if row is None:
                return None
            conn.execute("UPDATE oauth_codes SET used = 1 WHERE code_hash = ?", (code_hash,))
        if not hmac.compare_digest(str(row["client_id"]), client_id):
            return None
        if not _VERIFIER.fullmatch(code_verifier):
            return None
        if not hmac.compare_digest(s256(code_verifier), str(row["code_challenge"])):
            return None
        return self.issue_pair()

    def issue_pair(self, access_ttl_seconds: int | None = None) -> dict[str, Any]:
        """A new pair, shaped like the answer of `POST /oauth/v2/refresh` (expiries in unix s)."""
        now = int(self._clock.now())
        ttl = self._access_ttl if access_ttl_seconds is None else access_ttl_seconds
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        pair = {
            "access_token": access,
            "access_token_expiration": now + ttl,
            "refresh_token": refresh,
            "refresh_token_expiration": now + REFRESH_TTL_SECONDS,
        }
        with self._db.tx() as conn:
            conn.executemany(
                "INSERT INTO oauth_tokens (token_hash, kind, expires) VALUES (?, ?, ?)",
                [
                    (self._hash(access), "access", pair["access_token_expiration"]),
                    (self._hash(refresh), "refresh", pair["refresh_token_expiration"]),
                ],
            )
        return pair

    def access_valid(self, token: str) -> bool:
        with self._db.tx() as conn:
            row = conn.execute(
                "SELECT 1 FROM oauth_tokens"
                " WHERE token_hash = ? AND kind = 'access' AND expires > ?",
                (self._hash(token), int(self._clock.now())),
            ).fetchone()
        return row is not None

    def refresh(self, refresh_token: str) -> dict[str, Any] | None:
        """Spend a refresh token for a new pair; None when it is unknown, used or expired."""
        with self._db.tx() as conn:
            spent = conn.execute(
                "UPDATE oauth_tokens SET used = 1 WHERE token_hash = ? AND kind = 'refresh'"
                " AND used = 0 AND expires > ?",
                (self._hash(refresh_token), int(self._clock.now())),
            ).rowcount
        return self.issue_pair() if spent == 1 else None
