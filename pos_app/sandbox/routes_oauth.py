"""OAuth v2 routes: the authorize page (Approve / Deny), the PKCE code exchange and refresh."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .endpoint import Call, endpoint
from .errors import PlatformError
from .oauth_page import AuthorizeRequest, error_page, page, redirect_to
from .state import SandboxState


async def refresh(state: SandboxState, call: Call) -> dict[str, Any]:
    token = call.body.get("refresh_token")
    pair = state.oauth.refresh(token) if isinstance(token, str) and token else None
    if pair is None:
        raise PlatformError(401, "Invalid refresh token")
    return pair


async def token(state: SandboxState, call: Call) -> dict[str, Any]:
    """`POST /oauth/v2/token` of a low-trust app: the code and its PKCE verifier, no secret."""
    fields = [call.body.get(name) for name in ("client_id", "code", "code_verifier")]
    if not all(isinstance(value, str) and value for value in fields):
        raise PlatformError(400, "client_id, code and code_verifier are required")
    client_id, code, verifier = (str(value) for value in fields)
    pair = state.oauth.exchange_code(client_id, code, verifier)
    if pair is None:
        raise PlatformError(401, "Invalid authorization code")
    return pair


def _authorize_page(state: SandboxState) -> Any:
    async def show(request: Request) -> Response:
        ask = AuthorizeRequest.parse(dict(request.query_params))
        if ask.redirect_error is not None:  # never send the browser to an unchecked address
            return HTMLResponse(error_page(ask.redirect_error), status_code=400)
        if ask.error is not None:
            return RedirectResponse(redirect_to(ask, error="invalid_request"), status_code=302)
        return HTMLResponse(page(ask, str(state.pakms["merchantUuid"])))

    return show


def _authorize_decision(state: SandboxState) -> Any:
    async def decide(request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        ask = AuthorizeRequest.parse(form)
        if ask.redirect_error is not None:
            return HTMLResponse(error_page(ask.redirect_error), status_code=400)
        if ask.error is not None:
            return RedirectResponse(redirect_to(ask, error="invalid_request"), status_code=302)
        if form.get("decision") != "approve":
            return RedirectResponse(redirect_to(ask, error="access_denied"), status_code=302)
        code = state.oauth.issue_code(ask.client_id, ask.redirect_uri, ask.code_challenge)
        merchant = str(state.pakms["merchantUuid"])
        return RedirectResponse(redirect_to(ask, code=code, merchant_id=merchant),
                                status_code=302)

    return decide


def routes(state: SandboxState) -> list[Route]:
    # Not idempotent: a stored answer would keep a live token pair in the database in clear.
    refresh_endpoint = endpoint(state, refresh, "none", idempotent=False)
    token_endpoint = endpoint(state, token, "none", idempotent=False)
    return [
        Route("/oauth/v2/refresh", refresh_endpoint, methods=["POST"]),
        Route("/oauth/v2/token", token_endpoint, methods=["POST"]),
        Route("/oauth/v2/authorize", _authorize_page(state), methods=["GET"]),
        Route("/oauth/v2/authorize", _authorize_decision(state), methods=["POST"]),
    ]
