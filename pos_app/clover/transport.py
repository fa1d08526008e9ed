"""HTTP plumbing: one httpx.AsyncClient per host, timeouts, and the retry/backoff policy."""

from __future__ import annotations

import asyncio
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import Enum
from urllib.parse import urlsplit

import httpx

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "Host",
    "HostPool",
    "RetryPolicy",
    "parse_retry_after",
]

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)
# httpx's ASGITransport ignores the timeouts above, so every attempt also runs under this.
DEFAULT_DEADLINE = 30.0


class Host(Enum):
    """Which of an environment's hosts a request goes to."""

    TOKEN = "token"  # noqa: S105 - a host name, not a secret
    SCL = "scl"
    API = "api"
    KEYS = "keys"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter.

    Retried: connection failures, timeouts, dropped connections, 429 and 5xx. Never other 4xx.
    """

    max_attempts: int = 3
    base_delay: float = 0.25
    max_delay: float = 4.0
    max_retry_after: float = 30.0  # a longer Retry-After means: give up now

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based): full jitter."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return float(rand()) * ceiling


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


class _Borrowed(httpx.AsyncBaseTransport):
    """Lends an injected transport to several clients; its owner closes it, not them."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


def _tls_context() -> ssl.SSLContext:
    """What httpx would build for each client (certifi's CAs): built once and shared."""
    import certifi  # noqa: PLC0415

    return ssl.create_default_context(cafile=certifi.where())


class HostPool:
    """Lazily creates one AsyncClient per origin (scheme, host, port) and closes them all.

    The clients share one TLS context: loading the CA bundle takes tens of milliseconds,
    which `warm_up` spends on a worker thread instead of the event loop (the UI's thread).
    """

    def __init__(
        self,
        *,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._headers = headers
        self._timeout = timeout
        self._transport = _Borrowed(transport) if transport is not None else None
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._closed = False
        self._tls: ssl.SSLContext | None = None

    async def warm_up(self, urls: list[str]) -> None:
        """Build the TLS context off the loop and a client for each of `urls`, before the
        first payment needs them."""
        if self._transport is None and self._tls is None:
            self._tls = await asyncio.to_thread(_tls_context)
        for url in urls:
            self.client_for(url)

    def _verify(self) -> ssl.SSLContext | bool:
        if self._transport is not None:
            return True  # an injected transport (the in-process sandbox) makes no TLS
        if self._tls is None:
            self._tls = _tls_context()
        return self._tls

    def client_for(self, url: str) -> httpx.AsyncClient:
        if self._closed:
            raise RuntimeError("the Clover client is closed")
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        client = self._clients.get(origin)
        if client is None:
            client = httpx.AsyncClient(
                headers=self._headers,
                timeout=self._timeout,
                transport=self._transport,
                verify=self._verify(),
                trust_env=False,
                follow_redirects=False,
            )
            self._clients[origin] = client
        return client

    async def aclose(self) -> None:
        self._closed = True
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()
