"""The sandbox's seeded test data: test cards, gift cards and promotion codes (none is real)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedCard:
    """A test credit card and what charging it does (`error_code` None: approved)."""

    number: str
    brand: str
    error_type: str | None = None
    error_code: str | None = None
    decline_code: str | None = None

    @property
    def approved(self) -> bool:
        return self.error_code is None


@dataclass(frozen=True)
class SeedGiftCard:
    """A seeded gift card; `balance` and `denomination` are cents."""

    number: str
    scv: str | None
    fac: str | None
    balance: int
    state: str  # active | inactive | closed
    denomination: int | None = None


@dataclass(frozen=True)
class Promotion:
    """A virtual gift card promotion: a fixed value (denominated) or a range of amounts."""

    code: str
    denomination: int | None
    min_amount: int = 100
    max_amount: int = 50_000


TEST_CARDS: tuple[SeedCard, ...] = (
    SeedCard("4111111111111111", "VISA"),
    SeedCard("4005571702222222", "VISA"),
    SeedCard("5555555555554444", "MC"),
    SeedCard("5146315000000055", "MC"),
    SeedCard("378282246310005", "AMEX"),
    SeedCard("371449635398431", "AMEX"),
    SeedCard("6011111111111117", "DISCOVER"),
    SeedCard("6011361000006668", "DISCOVER"),
    SeedCard("4000000000000002", "VISA", "card_error", "card_declined", "generic_decline"),
    SeedCard("4000000000009995", "VISA", "card_error", "card_declined", "insufficient_funds"),
    SeedCard("4000000000000069", "VISA", "card_error", "expired_card"),
    SeedCard("4000000000000127", "VISA", "card_error", "incorrect_cvc"),
    SeedCard("4000000000000119", "VISA", "api_error", "processing_error"),
    SeedCard("5105105105105100", "MC", "card_error", "card_declined", "do_not_honor"),
)
TEST_CARDS_BY_NUMBER: dict[str, SeedCard] = {card.number: card for card in TEST_CARDS}

_INACTIVE = "777737310000958"
GIFT_CARDS: tuple[SeedGiftCard, ...] = (
    SeedGiftCard("600123", None, None, 2_500, "active"),
    SeedGiftCard("7777130000013", "1313", None, 10_000, "active"),
    SeedGiftCard("7777373100005003", "12345678", None, 5_000, "active"),
    SeedGiftCard("7777373100001234", "4321", None, 4_000, "active"),
    SeedGiftCard("7777190000000000019", "191919", None, 50_000, "active"),
    SeedGiftCard("8888160000000016", None, "67755", 7_500, "active"),
    SeedGiftCard("7777373100000909", "9090", None, 0, "active"),
    SeedGiftCard("7777373100006666", "6666", None, 1_500, "closed"),
    # Inactive physical cards: 9580-9584 non-denominated, 9585-9589 denominated $50.00.
    *(
        SeedGiftCard(f"{_INACTIVE}{i}", f"958{i}", None, 0, "inactive", 5_000 if i >= 5 else None)
        for i in range(10)
    ),
)
GIFT_CARDS_BY_NUMBER: dict[str, SeedGiftCard] = {card.number: card for card in GIFT_CARDS}

PROMOTIONS: dict[str, Promotion] = {
    "67062": Promotion("67062", 5_000),
    "67063": Promotion("67063", None),
}

GIFT_CARD_BALANCE_LIMIT = 200_000  # a reload may not take a card above $2,000.00
GIFT_CARD_EXPIRATION = "3025-01-01"
MAX_CHARGE_AMOUNT = 99_999_999
