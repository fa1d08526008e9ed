"""The one core every Clover call goes through: headers, auth, retries, errors, logging."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from pos_app import APP_NAME, __version__

from ._json import ModelError
from .auth import RECONNECT, Credentials, OAuthTokens
from .calls import Auth, Call, decode_json, final_error, parse_model, reason
from .crypto import CardEncryptionKey
from .environments import Hosts
from .errors import (
    AuthenticationError,
    CloverError,
    ConnectionFailed,
    NoResponse,
    OutcomeUnknown,
    RateLimited,
    error_from_response,
)
from .models import PakmsKey
from .transport import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, Host, HostPool, RetryPolicy

__all__ = ["Auth", "BaseClient"]

log = logging.getLogger("pos_app.clover")

USER_AGENT = f"{APP_NAME}/{__version__}"
SIGN_IN_AGAIN = "Clover did not accept the sign-in — press Connect to Clover to start again."
# Raised before a single byte of the request left: nothing can have happened.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class BaseClient:
    """Owns the HTTP clients and the request loop; `CloverClient` adds the endpoints."""

    def __init__(
        self,
        hosts: Hosts,
        credentials: Credentials,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeouts: httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        forwarded_for: str = "127.0.0.1",
        encryption_key: CardEncryptionKey | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.hosts = hosts
        self.credentials = credentials
        self.retry = retry if retry is not None else RetryPolicy()
        self.forwarded_for = forwarded_for
        self._deadline = deadline
        self._sleep = sleep
        self._rand = rand
        self._pool = HostPool(
            headers={"User-Agent": USER_AGENT, "accept": "application/json"},
            timeout=timeouts,
            transport=transport,
        )
        self._pakms_lock = asyncio.Lock()
        self._encryption_key = encryption_key  # the app may pass the one it cached
        self._key_lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def warm_up(self) -> None:
        """Get the HTTP clients ready (TLS set-up on a worker thread): call once at start-up so
        the first sale doesn't pay for it on the event loop."""
        await self._pool.warm_up([self._url(host, "/") for host in Host])

    async def aclose(self) -> None:
        """Close every HTTP connection (an injected transport stays open: its owner closes it)."""
        await self._pool.aclose()

    def _url(self, host: Host, path: str) -> str:
        if host is Host.KEYS:
            return self.hosts.keys_url
        base = {Host.TOKEN: self.hosts.token, Host.SCL: self.hosts.scl, Host.API: self.hosts.api}
        return base[host].rstrip("/") + path

    # -- credentials ---------------------------------------------------------------------------

    async def fetch_pakms_key(self) -> PakmsKey:
        """GET {scl}/pakms/apikey: the merchant's public key for tokenization."""
        data = await self._request("GET", Host.SCL, "/pakms/apikey")
        return parse_model(PakmsKey.from_json, data, mutating=False)

    async def api_access_key(self) -> str:
        """The PAKMS key from the credentials, else fetched once and handed back to them."""
        key = self.credentials.pakms_key
        if key:
            return key
        async with self._pakms_lock:
            key = self.credentials.pakms_key
            if not key:
                key = (await self.fetch_pakms_key()).api_access_key
                await self.credentials.remember_pakms_key(key)
            return key

    async def refresh_oauth(self, client_id: str, refresh_token: str) -> OAuthTokens:
        """POST {api}/oauth/v2/refresh: spend the (single-use) refresh token for a new pair.

        A lost answer is retried with the same idempotency key and refresh token; if Clover
        still refuses or never answers, the old token may be spent: AuthenticationError.
        """
        body = {"client_id": client_id, "refresh_token": refresh_token}
        try:
            data = await self._request("POST", Host.API, "/oauth/v2/refresh", body=body,
                                       auth=Auth.NONE)
            return OAuthTokens.from_json(data)
        except (ConnectionFailed, RateLimited):
            raise  # refused or never sent: the refresh token is still good
        except (CloverError, ModelError) as exc:
            raise AuthenticationError(
                f"OAuth refresh failed: {exc}", user_message=RECONNECT,
                status=getattr(exc, "status", None), code=getattr(exc, "code", None),
            ) from exc

    async def exchange_oauth_code(self, client_id: str, code: str, verifier: str) -> OAuthTokens:
        """POST {api}/oauth/v2/token: a low-trust app's code and PKCE verifier for a token pair.

        No client secret: a desktop app cannot keep one. Codes are single-use, so a failure
        after the code may have been spent means signing in again: AuthenticationError.
        """
        body = {"client_id": client_id, "code": code, "code_verifier": verifier}
        try:
            data = await self._request("POST", Host.API, "/oauth/v2/token", body=body,
                                       auth=Auth.NONE)
            return OAuthTokens.from_json(data)
        except (ConnectionFailed, RateLimited):
            raise
        except (CloverError, ModelError) as exc:
            raise AuthenticationError(
                f"OAuth code exchange failed: {exc}", user_message=SIGN_IN_AGAIN,
                status=getattr(exc, "status", None), code=getattr(exc, "code", None),
            ) from exc

    async def _auth_headers(self, auth: Auth) -> tuple[dict[str, str], str | None]:
        if auth is Auth.BEARER:
            token = await self.credentials.access_token(self.refresh_oauth)
            return {"Authorization": f"Bearer {token}"}, token
        if auth is Auth.APIKEY:
            return {"apikey": await self.api_access_key()}, None
        return {}, None

    # -- the request loop ----------------------------------------------------------------------

    async def _request(
        self,
        method: str,
        host: Host,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
        auth: Auth = Auth.BEARER,
        idempotency_key: str | None = None,
        mutating: bool | None = None,
    ) -> dict[str, Any]:
        """Send with retries; the decoded JSON object, or a typed CloverError.

        `mutating` (default: POST) says a lost answer is an unknown outcome, not just no answer.
        The idempotency key is made once here and sent unchanged on every attempt.
        """
        call = Call(
            method=method,
            host=host,
            path=path,
            auth=auth,
            mutating=method == "POST" if mutating is None else mutating,
            key=(idempotency_key or str(uuid.uuid4())) if method == "POST" else None,
            content=json.dumps(body, separators=(",", ":")).encode() if body is not None else None,
            params=dict(params or {}),
            budget=self.retry.max_attempts,
        )
        while True:
            call.attempt += 1
            outcome = await self._attempt(call)
            if isinstance(outcome, dict):
                return outcome
            if outcome is None:  # a new token after a 401: send again at once
                continue
            if call.attempt >= call.budget:
                raise final_error(outcome, call)
            delay = self.retry.backoff(call.attempt - call.replays, self._rand)
            retry_after = outcome.retry_after if isinstance(outcome, RateLimited) else None
            if retry_after is not None:
                if retry_after > self.retry.max_retry_after:
                    raise final_error(outcome, call)
                delay = retry_after
            log.warning("Clover %s %s failed (%s); retrying in %.2f s (attempt %d of %d)",
                        method, path, reason(outcome), delay, call.attempt + 1, call.budget)
            await self._sleep(delay)

    async def _attempt(self, call: Call) -> dict[str, Any] | CloverError | None:
        """One send: the JSON on success, a retryable error, or None to replay after a 401.

        Errors that must not be retried are raised.
        """
        try:
            auth_headers, sent_token = await self._auth_headers(call.auth)
        except CloverError as exc:
            raise final_error(exc, call) from exc
        headers = {**auth_headers, **self._headers(call)}
        started = time.monotonic()
        try:
            response = await self._send(call, headers)
        except _NOT_SENT as exc:
            self._log_attempt(call, type(exc).__name__, started)
            error: CloverError = ConnectionFailed(
                f"Can't connect to Clover ({type(exc).__name__})", idempotency_key=call.key
            )
            error.__cause__ = exc
            return error
        except (httpx.RequestError, TimeoutError) as exc:
            name = type(exc).__name__ if isinstance(exc, httpx.RequestError) else "Deadline"
            self._log_attempt(call, name, started)
            call.maybe_executed = call.maybe_executed or call.mutating
            cls = OutcomeUnknown if call.mutating else NoResponse
            error = cls(f"No answer from Clover ({name})", idempotency_key=call.key)
            error.__cause__ = exc
            return error
        self._log_attempt(call, response.status_code, started)
        if response.is_success:
            return decode_json(response, call)
        error = error_from_response(response, mutating=call.mutating)
        error.idempotency_key = call.key
        status = response.status_code
        if status == 401 and sent_token is not None and not call.auth_replayed:
            call.auth_replayed = True
            try:
                replay = await self.credentials.handle_unauthorized(sent_token, self.refresh_oauth)
            except CloverError as exc:
                raise final_error(exc, call) from exc
            if replay:
                call.budget += 1  # the replay after a refresh is not a retry
                call.replays += 1
                return None
        if status >= 500:
            call.maybe_executed = call.maybe_executed or call.mutating
            return error
        if status == 429:
            return error
        raise final_error(error, call)

    def _headers(self, call: Call) -> dict[str, str]:
        headers: dict[str, str] = {}
        if call.content is not None:
            headers["content-type"] = "application/json"
        if call.key is not None:
            headers["idempotency-key"] = call.key
        if call.method == "POST" and call.host is Host.SCL:
            headers["x-forwarded-for"] = self.forwarded_for
        return headers

    async def _send(self, call: Call, headers: dict[str, str]) -> httpx.Response:
        url = self._url(call.host, call.path)
        client = self._pool.client_for(url)
        # httpx's timeouts do not apply to an ASGI transport; this deadline always does.
        async with asyncio.timeout(self._deadline):
            return await client.request(
                call.method, url, headers=headers, content=call.content, params=call.params
            )

    @staticmethod
    def _log_attempt(call: Call, status: int | str, started: float) -> None:
        # Never bodies, headers or query values: only what identifies the attempt.
        elapsed_ms = (time.monotonic() - started) * 1000
        log.debug("%s %s -> %s in %.0f ms (attempt %d)", call.method, call.path, status,
                  elapsed_ms, call.attempt)

