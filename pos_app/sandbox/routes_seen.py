"""`/_sandbox/seen/forwarded_for`: which `x-forwarded-for` the last requests carried (admin)."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from .endpoint import Call, endpoint
from .state import SandboxState


async def seen(state: SandboxState, call: Call) -> dict[str, Any]:
    return {"requests": state.seen.all()}


async def forget(state: SandboxState, call: Call) -> dict[str, Any]:
    state.seen.clear()
    return {"requests": []}


def routes(state: SandboxState) -> list[Route]:
    return [
        Route("/_sandbox/seen/forwarded_for", endpoint(state, seen, "admin"), methods=["GET"]),
        Route("/_sandbox/seen/forwarded_for", endpoint(state, forget, "admin"),
              methods=["DELETE"]),
    ]
