"""`Sandbox`: one Clover-compatible gateway — its ASGI app, ledger, controls and transport."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import (
    routes_admin,
    routes_charges,
    routes_giftcards,
    routes_keys,
    routes_oauth,
    routes_orders,
    routes_refunds,
    routes_seen,
    routes_tokens,
)
from .admin import ensure_seeded, gift_card_state, reset
from .asgi import FaultLayer
from .clock import SandboxClock
from .config import SandboxConfig
from .db import Database
from .errors import error_body
from .faults import FaultPlan
from .idempotency import IdempotencyStore
from .ids import hex_key, object_id
from .keys import KeyPair, shared_private_key
from .oauth import OAuthStore
from .ratelimit import RateLimiter
from .state import SandboxState
from .tokens import TokenStore


def _load_keys(db: Database) -> KeyPair:
    """The stored key of a file ledger; in-memory ledgers share one process-wide key."""
    if db.path is None:
        return KeyPair(shared_private_key())
    pem = db.meta_get("private_key_pem")
    if pem is None:
        pem = db.meta_default("private_key_pem", KeyPair(shared_private_key()).to_pem())
    return KeyPair.from_pem(pem)


def _pakms(db: Database, api_token: str, now_ms: int) -> dict[str, Any]:
    created = int(db.meta_default("pakms_created", str(now_ms)))
    # Derived from the merchant's token, so the key itself is never written to the ledger.
    salt = db.meta_default("pakms_salt", hex_key())
    key = hmac.new(salt.encode(), api_token.encode(), hashlib.sha256).hexdigest()[:32]
    return {
        "active": True,
        "apiAccessKey": key,
        "createdTime": created,
        "developerAppUuid": db.meta_default("developer_app_uuid", object_id()),
        "merchantUuid": db.meta_default("merchant_uuid", object_id()),
        "modifiedTime": created,
    }


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = "resource_missing" if exc.status_code == 404 else "invalid_request"
    return JSONResponse(
        error_body("invalid_request_error", code, exc.detail), status_code=exc.status_code
    )


class Sandbox:
    """A Clover-compatible gateway on a SQLite ledger, served in-process or over HTTP."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.clock = SandboxClock()
        db = Database(self.config.db_path)
        self.faults = FaultPlan()
        routes_by_module = (
            routes_keys,
            routes_tokens,
            routes_charges,
            routes_refunds,
            routes_orders,
            routes_giftcards,
            routes_oauth,
        )
        self._state = SandboxState(
            config=self.config,
            clock=self.clock,
            db=db,
            keys=_load_keys(db),
            tokens=TokenStore(),
            idempotency=IdempotencyStore(db, self.clock),
            oauth=OAuthStore(db, self.clock, self.config.access_ttl_seconds),
            faults=self.faults,
            pakms=_pakms(db, self.config.api_token, self.clock.now_ms()),
        )
        ensure_seeded(self._state)
        api_routes: list[BaseRoute] = [r for m in routes_by_module for r in m.routes(self._state)]
        known = frozenset(
            f"{method} {route.path}"
            for route in api_routes
            if isinstance(route, Route)
            for method in (route.methods or ())
            if method != "HEAD"
        )
        self.faults.known_routes = known
        starlette = Starlette(
            routes=[*api_routes, *routes_admin.routes(self._state),
                    *routes_seen.routes(self._state)],
            exception_handlers={HTTPException: _http_error},
        )
        self.limiter = RateLimiter(self.config.rate_limit, self.config.concurrency_limit)
        self.app = FaultLayer(
            starlette, api_routes, self.faults, self.limiter, self.config.hang_seconds
        )

    @property
    def state(self) -> SandboxState:
        return self._state

    @property
    def api_token(self) -> str:
        return self.config.api_token

    @property
    def pakms_key(self) -> str:
        """The `apiAccessKey` that `POST /v1/tokens` wants in its `apikey` header."""
        return str(self._state.pakms["apiAccessKey"])

    @property
    def keys(self) -> KeyPair:
        return self._state.keys

    def transport(self) -> httpx.ASGITransport:
        """A new in-process transport over this sandbox (no socket, no port)."""
        return httpx.ASGITransport(app=self.app)

    def gift_card_state(self, number: str) -> dict[str, Any]:
        """`{"last4", "status", "balance", "lock_amount", "locks"}`; KeyError if unknown."""
        return gift_card_state(self._state, number)

    def issue_oauth_pair(self, access_ttl_seconds: int | None = None) -> dict[str, Any]:
        return self._state.oauth.issue_pair(access_ttl_seconds)

    def reset(self) -> None:
        reset(self._state)

    def close(self) -> None:
        self._state.db.close()
