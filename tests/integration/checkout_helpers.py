"""Builders for checkout tests: a controller over real HTTP, cards, and the sandbox's ledger."""

from __future__ import annotations

from pathlib import Path

from pos_app.checkout import CheckoutConfig, CheckoutController, Journal
from pos_app.clover import CardDetails, CloverClient
from pos_app.domain import GiftCardInput

VISA = CardDetails("4111111111111111", 12, 2030, "123")
DECLINED_VISA = CardDetails("4000000000000002", 12, 2030, "123")
GIFT_100 = GiftCardInput("7777130000013", "1313")
GIFT_40 = GiftCardInput("7777373100001234", "4321")
GIFT_25 = GiftCardInput("600123")
GIFT_50 = GiftCardInput("7777373100005003", "12345678")
GIFT_EMPTY = GiftCardInput("7777373100000909", "9090")
GIFT_INACTIVE = GiftCardInput("7777373100009580", "9580")

TEST_NUMBERS = [card.number for card in (VISA, DECLINED_VISA)] + [
    card.number for card in (GIFT_100, GIFT_40, GIFT_25, GIFT_50, GIFT_EMPTY, GIFT_INACTIVE)
]
TEST_CODES = ["1313", "4321", "12345678", "9090", "9580"]


def make_checkout(client: CloverClient, journal_path: Path, **config: object) -> CheckoutController:
    settings = {"reconcile_delay": 0.01, "attention_delays": (0.05, 0.1, 0.2), **config}
    return CheckoutController(client, Journal(journal_path), CheckoutConfig(**settings))  # type: ignore[arg-type]
