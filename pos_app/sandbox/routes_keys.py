"""Key routes: the public encryption key file and the PAKMS apiAccessKey."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from .endpoint import Call, endpoint
from .state import SandboxState


async def keys_json(state: SandboxState, call: Call) -> dict[str, Any]:
    return dict(state.keys.keys_json())


async def pakms_apikey(state: SandboxState, call: Call) -> dict[str, Any]:
    return dict(state.pakms)


def routes(state: SandboxState) -> list[Route]:
    return [
        Route("/assets/keys.json", endpoint(state, keys_json, "none"), methods=["GET"]),
        Route("/pakms/apikey", endpoint(state, pakms_apikey, "bearer"), methods=["GET"]),
    ]
