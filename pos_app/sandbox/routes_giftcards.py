"""Gift card routes: activate (virtual or physical), reload, balance inquiry, cashout."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from . import giftcard_ops as ops
from . import parsing as p
from .endpoint import Call, endpoint
from .errors import invalid
from .state import SandboxState


async def activate(state: SandboxState, call: Call) -> dict[str, Any]:
    body = call.body
    amount = p.amount(body, required=False)
    currency = p.currency(body, required=False)
    code = body.get("promotion_code")
    if code is not None:
        if body.get("source") is not None:
            raise invalid(
                "invalid_request",
                "promotion_code",
                "Send either a promotion_code or a source, not both.",
            )
        value = ops.check_promotion(str(code), amount)
        return ops.activate_virtual(state.db, state.clock.now_ms(), value, currency)
    source = p.source_id(body)
    token = state.tokens.spend_gift(source)
    return ops.activate_physical(state.db, state.clock.now_ms(), token, amount, currency)


async def reload(state: SandboxState, call: Call) -> dict[str, Any]:
    body = call.body
    amount = p.amount(body)
    assert amount is not None
    currency = p.currency(body, required=False)
    token = state.tokens.spend_gift(p.source_id(body))
    return ops.reload(state.db, state.clock.now_ms(), token, amount, currency)


async def balance_inquiry(state: SandboxState, call: Call) -> dict[str, Any]:
    token = state.tokens.spend_gift(p.source_id(call.body))
    return ops.balance_inquiry(state.db, state.clock.now_ms(), token)


async def cashout(state: SandboxState, call: Call) -> dict[str, Any]:
    token = state.tokens.spend_gift(p.source_id(call.body))
    return ops.cashout(state.db, state.clock.now_ms(), token)


def routes(state: SandboxState) -> list[Route]:
    return [
        Route("/v1/activate", endpoint(state, activate, "bearer"), methods=["POST"]),
        Route("/v1/reload", endpoint(state, reload, "bearer"), methods=["POST"]),
        Route("/v1/balance_inquiry", endpoint(state, balance_inquiry, "bearer"), methods=["POST"]),
        Route("/v1/cashout", endpoint(state, cashout, "bearer"), methods=["POST"]),
    ]
