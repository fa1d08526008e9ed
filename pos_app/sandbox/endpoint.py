"""The request pipeline of every route: auth, strict headers, JSON body, idempotency, errors."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import SandboxError, invalid, unauthorized
from .idempotency import Answer, body_hash
from .state import SandboxState

Auth = Literal["none", "apikey", "bearer", "admin"]
Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it."""

    request: Request
    body: dict[str, Any]

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def query(self, name: str) -> str | None:
        return self.request.query_params.get(name)


Handler = Callable[[SandboxState, Call], Awaitable[dict[str, Any]]]


def bearer_token(headers: Mapping[str, str]) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, if there is one."""
    header = headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def authenticate(state: SandboxState, request: Request, auth: Auth) -> None:
    if auth == "none":
        return
    if auth == "apikey":
        key = request.headers.get("apikey")
        if key is None or not _same(key, state.pakms["apiAccessKey"]):
            raise unauthorized()
        return
    token = bearer_token(request.headers)
    if token is None:
        raise unauthorized()
    if _same(token, state.config.api_token):
        return
    if auth == "bearer" and state.oauth.access_valid(token):
        return
    raise unauthorized()


def check_strict(request: Request, headers: tuple[str, ...]) -> None:
    """Strict mode: the headers Clover requires on money calls, present and not empty.

    Any non-empty `User-Agent` will do: Clover's reference writes `<application>/<version>`,
    but nothing shows Clover refusing another form (`node`, `WooCommerce Clover`)."""
    for name in headers:
        if request.headers.get(name, "").strip():
            continue
        message = f"The {name} header is required."
        if name == "idempotency-key" and request.headers.get("idempotency_key") is not None:
            message += " (idempotency_key, with an underscore, is not read: see docs/sandbox.md)"
        raise invalid("missing", name, message)


def parse_body(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise invalid("invalid_request", None, "The body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise invalid("invalid_request", None, "The body must be a JSON object.")
    return body


def respond(answer: Answer) -> Response:
    headers = {"idempotent-replayed": "true"} if answer.replayed else None
    return JSONResponse(answer.body, status_code=answer.status, headers=headers)


def endpoint(
    state: SandboxState,
    handler: Handler,
    auth: Auth,
    *,
    strict_headers: tuple[str, ...] = (),
    idempotent: bool = True,
) -> Endpoint:
    """Wrap a handler; POSTs with an `idempotency-key` go through the idempotency store."""
    idempotent = idempotent and auth != "admin"

    async def run(request: Request) -> Response:
        if auth != "admin":
            state.seen.record(request.method, request.url.path,
                              request.headers.get("x-forwarded-for"))
        try:
            authenticate(state, request, auth)
            if state.config.strict:
                check_strict(request, strict_headers)
            raw = await request.body() if request.method == "POST" else b""

            async def call() -> tuple[int, dict[str, Any]]:
                try:
                    return 200, await handler(state, Call(request, parse_body(raw)))
                except SandboxError as exc:
                    return exc.status, exc.body()

            key = request.headers.get("idempotency-key")
            if request.method == "POST" and key and idempotent:
                digest = body_hash(raw)
                return respond(
                    await state.idempotency.run(key, "POST", request.url.path, digest, call)
                )
            status, body = await call()
            return respond(Answer(status, body))
        except SandboxError as exc:
            return JSONResponse(exc.body(), status_code=exc.status)

    return run
