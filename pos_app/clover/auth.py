"""Credentials: a static merchant API token, or an OAuth v2 session refreshed single-flight."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pos_app.redact import register_secret

from ._json import get_int, require_str
from .errors import AuthenticationError

__all__ = [
    "Credentials",
    "OAuthCredentials",
    "OAuthTokens",
    "Refresher",
    "StaticCredentials",
]

log = logging.getLogger("pos_app.clover")

# (client_id, refresh_token) -> a new pair; the client's refresh_oauth.
Refresher = Callable[[str, str], Awaitable["OAuthTokens"]]
PakmsKeyCallback = Callable[[str], Awaitable[None]]
TokensCallback = Callable[["OAuthTokens"], Awaitable[None]]

RECONNECT = "Clover sign-in has expired — a manager must reconnect Clover in Settings."


@dataclass(frozen=True, slots=True)
class OAuthTokens:
    """An OAuth v2 token pair; expirations are unix seconds (None if Clover sent none)."""

    access_token: str = field(repr=False)
    access_token_expiration: int | None
    refresh_token: str = field(repr=False)
    refresh_token_expiration: int | None

    def __post_init__(self) -> None:
        register_secret(self.access_token)
        register_secret(self.refresh_token)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OAuthTokens:
        return cls(
            access_token=require_str(data, "access_token"),
            access_token_expiration=_seconds(get_int(data, "access_token_expiration")),
            refresh_token=require_str(data, "refresh_token"),
            refresh_token_expiration=_seconds(get_int(data, "refresh_token_expiration")),
        )


def _seconds(value: int | None) -> int | None:
    # Clover documents seconds; a value this large can only be milliseconds.
    return value // 1000 if value is not None and value > 100_000_000_000 else value


class Credentials(Protocol):
    """What the client needs to authenticate: a Bearer token, and the PAKMS key if known."""

    @property
    def pakms_key(self) -> str | None: ...

    async def remember_pakms_key(self, key: str) -> None:
        """Keep a PAKMS key the client fetched (and hand it to the app to store)."""

    async def access_token(self, refresh: Refresher) -> str:
        """The Bearer token to send now, refreshed first if it is about to expire."""

    async def handle_unauthorized(self, rejected: str, refresh: Refresher) -> bool:
        """A request sent with `rejected` got 401: True if a retry with a new token may work."""


class _PakmsKeyHolder:
    def __init__(self, pakms_key: str | None, on_pakms_key: PakmsKeyCallback | None) -> None:
        self._pakms_key = pakms_key
        self._on_pakms_key = on_pakms_key
        register_secret(pakms_key)

    @property
    def pakms_key(self) -> str | None:
        return self._pakms_key

    async def remember_pakms_key(self, key: str) -> None:
        register_secret(key)
        self._pakms_key = key
        if self._on_pakms_key is not None:
            await self._on_pakms_key(key)


class StaticCredentials(_PakmsKeyHolder):
    """A merchant API token (Ecommerce API Tokens page, or the sandbox's token): never expires."""

    def __init__(
        self,
        api_token: str,
        *,
        pakms_key: str | None = None,
        on_pakms_key: PakmsKeyCallback | None = None,
    ) -> None:
        super().__init__(pakms_key, on_pakms_key)
        register_secret(api_token)
        self._api_token = api_token

    async def access_token(self, refresh: Refresher) -> str:
        return self._api_token

    async def handle_unauthorized(self, rejected: str, refresh: Refresher) -> bool:
        return False

    def __repr__(self) -> str:
        return "StaticCredentials(<hidden>)"


class OAuthCredentials(_PakmsKeyHolder):
    """An OAuth v2 session. Refresh tokens are single-use, so refreshes are single-flight.

    The token is refreshed `refresh_margin` seconds before it expires, and once after a 401.
    A new pair goes to `on_tokens` (the app writes it to the keyring) before it is used.
    """

    def __init__(
        self,
        client_id: str,
        tokens: OAuthTokens,
        *,
        on_tokens: TokensCallback | None = None,
        pakms_key: str | None = None,
        on_pakms_key: PakmsKeyCallback | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(pakms_key, on_pakms_key)
        self.client_id = client_id
        self._tokens = tokens
        self._on_tokens = on_tokens
        self._margin = refresh_margin
        self._clock = clock
        self._lock = asyncio.Lock()

    @property
    def tokens(self) -> OAuthTokens:
        return self._tokens

    def _expiring(self, tokens: OAuthTokens) -> bool:
        expires = tokens.access_token_expiration
        return expires is not None and self._clock() >= expires - self._margin

    async def access_token(self, refresh: Refresher) -> str:
        tokens = self._tokens
        if not self._expiring(tokens):
            return tokens.access_token
        async with self._lock:
            if self._tokens is tokens:  # nobody refreshed while we waited for the lock
                await self._refresh(refresh)
            return self._tokens.access_token

    async def handle_unauthorized(self, rejected: str, refresh: Refresher) -> bool:
        async with self._lock:
            if self._tokens.access_token == rejected:
                await self._refresh(refresh)
            # Else another request already replaced the token: retry with the new one.
            return True

    async def _refresh(self, refresh: Refresher) -> None:
        """Spend the refresh token; the caller holds the lock."""
        old = self._tokens
        expires = old.refresh_token_expiration
        if expires is not None and self._clock() >= expires:
            raise AuthenticationError(
                "OAuth refresh token has expired", user_message=RECONNECT, code="refresh_expired"
            )
        new = await refresh(self.client_id, old.refresh_token)
        if self._on_tokens is not None:
            try:
                await self._on_tokens(new)
            except Exception:
                # The old refresh token is already spent: the new pair is the only one that
                # works, so keep using it; the app will have to reconnect after a restart.
                log.exception("Could not store the refreshed Clover tokens")
        self._tokens = new
        log.info("Clover access token refreshed")

    def __repr__(self) -> str:
        return f"OAuthCredentials(client_id={self.client_id!r}, tokens=<hidden>)"
