"""The outermost ASGI layer: fault injection, then rate limits, then the Starlette app."""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import logging
from collections.abc import Sequence

import httpx
from starlette.datastructures import Headers
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .endpoint import bearer_token
from .errors import error_body
from .faults import Fault, FaultPlan
from .ratelimit import RateLimiter

UNLIMITED_PATHS = ("/assets/keys.json",)
ADMIN_PREFIX = "/_sandbox/"


class SandboxConnectionDropped(httpx.RemoteProtocolError):
    """Raised on purpose to drop a connection: an httpx client sees a protocol error."""

    def __init__(self) -> None:
        super().__init__("connection dropped by a sandbox fault")


class DroppedConnectionLogFilter(logging.Filter):
    """Hide uvicorn's "Exception in ASGI application" records for deliberate drops."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, SandboxConnectionDropped)


_LOG_FILTER = DroppedConnectionLogFilter()


def install_log_filter() -> None:
    logging.getLogger("uvicorn.error").addFilter(_LOG_FILTER)


def limit_key(scope: Scope) -> str | None:
    """The credential a request is limited under (its Bearer token, else its apikey)."""
    headers = Headers(scope=scope)
    token = bearer_token(headers)
    if token is not None:
        return "bearer:" + token
    apikey = headers.get("apikey")
    return None if apikey is None else "apikey:" + apikey


async def _send(
    send: Send,
    status: int,
    data: bytes,
    content_type: bytes,
    headers: Sequence[tuple[str, str]] = (),
) -> None:
    raw = [(b"content-type", content_type), (b"content-length", str(len(data)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


async def _send_json(
    send: Send, status: int, body: object, headers: Sequence[tuple[str, str]] = ()
) -> None:
    await _send(send, status, json.dumps(body).encode(), b"application/json", headers)


async def send_error_fault(send: Send, fault: Fault, rate_limit: int = 16) -> None:
    """Answer a 5xx (or 429) the way a gateway in trouble does, JSON or an HTML page."""
    headers: list[tuple[str, str]] = []
    retry_after = (
        fault.retry_after if fault.retry_after is not None else (1 if fault.status == 429 else None)
    )
    if retry_after is not None:
        headers.append(("retry-after", str(retry_after)))
    if fault.html:
        try:
            phrase = http.HTTPStatus(fault.status).phrase
        except ValueError:
            phrase = "Error"
        page = (
            f"<html><head><title>{fault.status} {phrase}</title></head><body><center>"
            f"<h1>{fault.status} {phrase}</h1></center><hr><center>nginx</center></body></html>"
        )
        await _send(send, fault.status, page.encode(), b"text/html", headers)
        return
    if fault.status == 429:
        headers.append(("X-RateLimit-tokenLimit", str(rate_limit)))
        body = error_body("rate_limit_error", "rate_limit")
    else:
        body = error_body("api_error", "server_error")
    await _send_json(send, fault.status, body, headers)


async def drop(send: Send) -> None:
    """Start a response that promises a body, then fail: the connection closes mid-response."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    raise SandboxConnectionDropped


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


class FaultLayer:
    """Route matching for faults, fault handling, rate limiting, then the inner app."""

    def __init__(
        self,
        inner: ASGIApp,
        routes: Sequence[BaseRoute],
        faults: FaultPlan,
        limiter: RateLimiter,
        hang_seconds: float,
    ) -> None:
        self.inner = inner
        self.routes = routes
        self.faults = faults
        self.limiter = limiter
        self.hang_seconds = hang_seconds

    def route_of(self, scope: Scope) -> str | None:
        """ "METHOD /template" of the route a request matches, if any."""
        for route in self.routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return f"{scope['method']} {getattr(route, 'path', '')}"
        return None

    async def hang(self, receive: Receive) -> None:
        """Wait until the client goes away or `hang_seconds` pass."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_until_disconnect(receive), self.hang_seconds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        path: str = scope["path"]
        route = None if path.startswith(ADMIN_PREFIX) else self.route_of(scope)
        fault = None if route is None else self.faults.take(route)
        if fault is not None and fault.phase == "before":
            await self._misbehave(fault, receive, send)
            if fault.kind != "latency":
                return
        key = None
        if not path.startswith(ADMIN_PREFIX) and path not in UNLIMITED_PATHS:
            key = limit_key(scope)
        if key is not None:
            hit = self.limiter.try_acquire(key)
            if hit is not None:
                await _send_json(
                    send,
                    429,
                    error_body("rate_limit_error", "rate_limit"),
                    [("retry-after", "1"), (hit, str(self.limiter.limit_for(hit)))],
                )
                return
        try:
            if fault is not None and fault.phase == "after":
                await self._after(fault, scope, receive, send)
            else:
                await self.inner(scope, receive, send)
        finally:
            if key is not None:
                self.limiter.release(key)

    async def _misbehave(self, fault: Fault, receive: Receive, send: Send) -> None:
        """Wait (latency), answer an error, or drop the connection (at once or after a hang)."""
        if fault.kind == "latency":
            await asyncio.sleep(fault.latency_ms / 1000)
        elif fault.kind == "error":
            await send_error_fault(send, fault, self.limiter.rate)
        elif fault.kind == "drop":
            await drop(send)
        else:  # timeout
            await self.hang(receive)
            await drop(send)

    async def _after(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request to completion (committed, idempotency stored), then misbehave."""
        held: list[Message] = []

        async def keep(message: Message) -> None:
            held.append(message)

        await self.inner(scope, receive, keep)
        await self._misbehave(fault, receive, send)  # drop and timeout raise
        if fault.kind == "latency":
            for message in held:
                await send(message)
