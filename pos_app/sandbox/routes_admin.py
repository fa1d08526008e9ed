"""`/_sandbox/` routes: faults, clock, gift card lookup, OAuth pairs and reset (admin token)."""

from __future__ import annotations

import dataclasses
from typing import Any

from starlette.routing import Route

from . import parsing as p
from .admin import gift_card_state, reset
from .endpoint import Call, endpoint
from .errors import invalid, not_found
from .state import SandboxState


def _int_or_none(body: dict[str, Any], name: str) -> int | None:
    if body.get(name) is None:
        return None
    value = p.parse_int(body[name])
    if value is None:
        raise invalid("invalid_request", name)
    return value


async def add_fault(state: SandboxState, call: Call) -> dict[str, Any]:
    body = call.body
    route, kind, phase = body.get("route"), body.get("kind"), body.get("phase", "before")
    if not isinstance(route, str) or not isinstance(kind, str) or not isinstance(phase, str):
        raise invalid("missing", "route", "route and kind are required strings.")
    try:
        fault = state.faults.add(
            route,
            kind,
            count=_int_or_none(body, "count") or 1,
            phase=phase,
            latency_ms=_int_or_none(body, "latency_ms") or 0,
            status=_int_or_none(body, "status") or 503,
            retry_after=_int_or_none(body, "retry_after"),
            html=p.parse_bool(body, "html", False),
        )
    except ValueError as exc:
        raise invalid("invalid_request", None, str(exc)) from None
    return {"queued": dataclasses.asdict(fault)}


async def clear_faults(state: SandboxState, call: Call) -> dict[str, Any]:
    state.faults.clear()
    return {"queued": []}


async def advance_clock(state: SandboxState, call: Call) -> dict[str, Any]:
    raw = call.body.get("advance_seconds")
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise invalid("invalid_request", "advance_seconds")
    state.clock.advance(float(raw))
    return {"now": state.clock.now_ms()}


async def lookup_card(state: SandboxState, call: Call) -> dict[str, Any]:
    number = call.body.get("number")
    if not isinstance(number, str):
        raise invalid("missing", "number")
    try:
        return gift_card_state(state, number)
    except KeyError:
        raise not_found("number") from None


async def issue_oauth(state: SandboxState, call: Call) -> dict[str, Any]:
    return state.oauth.issue_pair(_int_or_none(call.body, "access_ttl_seconds"))


async def reset_ledger(state: SandboxState, call: Call) -> dict[str, Any]:
    reset(state)
    return {"reset": True}


def routes(state: SandboxState) -> list[Route]:
    def admin(path: str, handler: Any, method: str = "POST") -> Route:
        return Route(f"/_sandbox/{path}", endpoint(state, handler, "admin"), methods=[method])

    return [
        admin("faults", add_fault),
        admin("faults", clear_faults, "DELETE"),
        admin("clock", advance_clock),
        admin("gift_cards/lookup", lookup_card),
        admin("oauth/issue", issue_oauth),
        admin("reset", reset_ledger),
    ]
