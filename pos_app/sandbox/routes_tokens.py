"""`POST /v1/tokens`: card and gift card tokenization (authenticated by the PAKMS apikey)."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from .endpoint import Call, endpoint
from .errors import invalid
from .state import SandboxState
from .tokenize_card import tokenize_card, tokenize_gift_card


async def create_token(state: SandboxState, call: Call) -> dict[str, Any]:
    card, gift = call.body.get("card"), call.body.get("gift_card")
    if isinstance(card, dict):
        token = state.tokens.add(tokenize_card(card, state.keys, state.today()))
        return {
            "id": token.id,
            "object": "token",
            "card": {
                "exp_month": token.exp_month,
                "exp_year": token.exp_year,
                "first6": token.first6,
                "last4": token.last4,
                "brand": token.brand,
            },
        }
    if isinstance(gift, dict):
        gift_token = state.tokens.add(tokenize_gift_card(gift, state.db.hash_secret))
        return {"id": gift_token.id, "object": "token", "giftCard": {"last4": gift_token.last4}}
    raise invalid("missing", "card", "A card or gift_card object is required.")


def routes(state: SandboxState) -> list[Route]:
    return [Route("/v1/tokens", endpoint(state, create_token, "apikey"), methods=["POST"])]
