"""Order routes: create, list, read, pay (a charge of the order), and return."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from . import parsing as p
from .charges import ChargeRequest, charge_card, charge_gift_card
from .endpoint import Call, endpoint
from .errors import invalid
from .listing import list_query, page
from .order_store import check_payable, find_order, load_order, render_order
from .orders import create_order, get_order, return_order
from .routes_charges import STRICT_CAPTURE, charge_extras
from .state import SandboxState
from .tokens import CardToken

STRICT_PAY = STRICT_CAPTURE  # x-forwarded-for and User-Agent (facts sheet §0.3)


async def create(state: SandboxState, call: Call) -> dict[str, Any]:
    return create_order(state.db, state.clock.now_ms(), call.body)


async def retrieve(state: SandboxState, call: Call) -> dict[str, Any]:
    return get_order(state.db, call.path("id"))


async def list_all(state: SandboxState, call: Call) -> dict[str, Any]:
    query = list_query(call.request.query_params)
    with state.db.tx() as conn:
        rows, more = page(conn, "orders", [], [], query)
        data = [render_order(conn, load_order(conn, row["id"])) for row in rows]
    return {"object": "list", "url": "/v1/orders", "data": data, "has_more": more}


async def pay(state: SandboxState, call: Call) -> dict[str, Any]:
    """Pay all or part of what is left: a charge of the order (`capture: false` holds it)."""
    body, oid = call.body, call.path("id")
    if body.get("customer") is not None:
        raise invalid("invalid_request", "customer", "The sandbox pays orders by source only.")
    if p.parse_int(body.get("tip_amount", 0)) != 0:
        raise invalid("invalid_request", "tip_amount", "The sandbox takes no tips on orders.")
    asked = p.amount(body, required=False)
    currency = None if body.get("currency") is None else p.currency(body, required=True)
    partial = body.get("partial_redemption")
    if partial is not None:
        partial = p.parse_bool(body, "partial_redemption", False)
    capture = p.parse_bool(body, "capture", True)
    extras = charge_extras(body)
    source = p.source_id(body)
    now = state.clock.now_ms()
    with state.db.tx() as conn:  # refused here, the token is not spent
        amount = check_payable(conn, oid, asked, currency, now)
        order = load_order(conn, oid)
    req = ChargeRequest(
        amount=amount,
        currency=order.currency,
        capture=capture,
        partial_redemption=partial,
        extras=extras,
        order_id=oid,
    )
    token = state.tokens.spend(source)
    if isinstance(token, CardToken):
        charge = charge_card(state.db, now, token, req)
    else:
        charge = charge_gift_card(state.db, now, state.hold_ms, token, req)
    with state.db.tx() as conn:
        found = find_order(conn, oid)
        assert found is not None
        answer = render_order(conn, found)
    # The payment this call made (the order's `charge` is its newest approved one).
    answer["charge"] = charge["id"]
    return answer


async def returns(state: SandboxState, call: Call) -> dict[str, Any]:
    return return_order(state.db, state.clock.now_ms(), call.path("id"), call.body)


def routes(state: SandboxState) -> list[Route]:
    return [
        Route("/v1/orders", endpoint(state, create, "bearer"), methods=["POST"]),
        Route("/v1/orders", endpoint(state, list_all, "bearer"), methods=["GET"]),
        Route("/v1/orders/{id}", endpoint(state, retrieve, "bearer"), methods=["GET"]),
        Route(
            "/v1/orders/{id}/pay",
            endpoint(state, pay, "bearer", strict_headers=STRICT_PAY),
            methods=["POST"],
        ),
        Route("/v1/orders/{id}/returns", endpoint(state, returns, "bearer"), methods=["POST"]),
    ]
