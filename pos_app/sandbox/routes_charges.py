"""Charge routes: create (card or gift card), capture, get one, list."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from . import parsing as p
from .charge_store import list_charges, render_charge
from .charges import ChargeRequest, capture, charge_card, charge_gift_card, get_charge
from .endpoint import Call, endpoint
from .giftcards import expire_locks
from .listing import list_query
from .state import SandboxState
from .tokens import CardToken

STRICT_CHARGE = ("x-forwarded-for", "user-agent", "idempotency-key")
STRICT_CAPTURE = ("x-forwarded-for", "user-agent")


def charge_extras(body: dict[str, Any]) -> dict[str, Any]:
    extras = {
        "external_reference_id": p.external_reference_id(body),
        "description": p.text(body, "description", 255),
        "metadata": p.metadata(body),
        "ecomind": p.ecomind(body),
    }
    return {name: value for name, value in extras.items() if value is not None}


async def create_charge(state: SandboxState, call: Call) -> dict[str, Any]:
    body = call.body
    amount = p.amount(body)
    assert amount is not None
    partial = body.get("partial_redemption")
    if partial is not None:
        partial = p.parse_bool(body, "partial_redemption", False)
    req = ChargeRequest(
        amount=amount,
        currency=p.currency(body, required=True),
        capture=p.parse_bool(body, "capture", True),
        partial_redemption=partial,
        extras=charge_extras(body),
    )
    source = p.source_id(body)
    # Everything above can refuse the request without spending the token; from here it is spent.
    token = state.tokens.spend(source)
    now = state.clock.now_ms()
    if isinstance(token, CardToken):
        return charge_card(state.db, now, token, req)
    return charge_gift_card(state.db, now, state.hold_ms, token, req)


async def capture_charge(state: SandboxState, call: Call) -> dict[str, Any]:
    amount = p.amount(call.body, required=False, minimum=0)
    return capture(state.db, state.clock.now_ms(), call.path("id"), amount)


async def retrieve_charge(state: SandboxState, call: Call) -> dict[str, Any]:
    return get_charge(state.db, state.clock.now_ms(), call.path("id"))


async def list_all(state: SandboxState, call: Call) -> dict[str, Any]:
    query = list_query(call.request.query_params)
    with state.db.tx() as conn:
        expire_locks(conn, state.clock.now_ms())
        rows, more = list_charges(conn, query)
    return {
        "object": "list",
        "url": "/v1/charges",
        "data": [render_charge(row) for row in rows],
        "has_more": more,
    }


def routes(state: SandboxState) -> list[Route]:
    return [
        Route(
            "/v1/charges",
            endpoint(state, create_charge, "bearer", strict_headers=STRICT_CHARGE),
            methods=["POST"],
        ),
        Route("/v1/charges", endpoint(state, list_all, "bearer"), methods=["GET"]),
        Route("/v1/charges/{id}", endpoint(state, retrieve_charge, "bearer"), methods=["GET"]),
        Route(
            "/v1/charges/{id}/capture",
            endpoint(state, capture_charge, "bearer", strict_headers=STRICT_CAPTURE),
            methods=["POST"],
        ),
    ]
