"""`POST /oauth/v2/refresh`: a single-use refresh token for a new token pair."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from .endpoint import Call, endpoint
from .errors import PlatformError
from .state import SandboxState


async def refresh(state: SandboxState, call: Call) -> dict[str, Any]:
    token = call.body.get("refresh_token")
    pair = state.oauth.refresh(token) if isinstance(token, str) and token else None
    if pair is None:
        raise PlatformError(401, "Invalid refresh token")
    return pair


def routes(state: SandboxState) -> list[Route]:
    # Not idempotent: a stored answer would keep a live token pair in the database in clear.
    refresh_endpoint = endpoint(state, refresh, "none", idempotent=False)
    return [Route("/oauth/v2/refresh", refresh_endpoint, methods=["POST"])]
