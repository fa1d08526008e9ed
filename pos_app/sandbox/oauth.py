"""OAuth token pairs the sandbox issues: expiring access tokens and single-use refresh tokens."""

from __future__ import annotations

import secrets
from typing import Any

from .clock import SandboxClock
from .db import Database

REFRESH_TTL_SECONDS = 365 * 24 * 3600


class OAuthStore:
    """Token pairs, stored hashed in the ledger database (so a restarted server keeps them)."""

    def __init__(self, db: Database, clock: SandboxClock, access_ttl_seconds: int) -> None:
        self._db = db
        self._clock = clock
        self._access_ttl = access_ttl_seconds

    def _hash(self, token: str) -> str:
        return self._db.hash_secret("oauth", token)

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
