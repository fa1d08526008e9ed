"""Refund routes: refund or void a charge, read a refund, cancel (void) a refund or reload."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from . import parsing as p
from .endpoint import Call, endpoint
from .listing import list_query
from .refunds import cancel_refund, get_refund, list_refunds, refund
from .state import SandboxState


async def create_refund(state: SandboxState, call: Call) -> dict[str, Any]:
    body = call.body
    charge = p.object_ref(body, "charge")
    amount = p.amount(body, required=False)
    extras = {
        "reason": p.text(body, "reason", 64),
        "external_reference_id": p.external_reference_id(body),
        "metadata": p.metadata(body),
    }
    kept = {name: value for name, value in extras.items() if value is not None}
    return refund(state.db, state.clock.now_ms(), charge, amount, kept)


async def retrieve_refund(state: SandboxState, call: Call) -> dict[str, Any]:
    return get_refund(state.db, call.path("id"))


async def list_all(state: SandboxState, call: Call) -> dict[str, Any]:
    rows, more = list_refunds(state.db, list_query(call.request.query_params))
    return {"object": "list", "url": "/v1/refunds", "data": rows, "has_more": more}


async def cancel(state: SandboxState, call: Call) -> dict[str, Any]:
    p.text(call.body, "reason", 64)
    return cancel_refund(state.db, state.clock.now_ms(), call.path("id"))


def routes(state: SandboxState) -> list[Route]:
    return [
        Route("/v1/refunds", endpoint(state, create_refund, "bearer"), methods=["POST"]),
        Route("/v1/refunds", endpoint(state, list_all, "bearer"), methods=["GET"]),
        Route("/v1/refunds/{id}", endpoint(state, retrieve_refund, "bearer"), methods=["GET"]),
        Route("/v1/refunds/{id}/cancel", endpoint(state, cancel, "bearer"), methods=["POST"]),
    ]
