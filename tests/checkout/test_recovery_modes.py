"""Recovery at start-up settles only the sales of the mode the register runs in."""

from __future__ import annotations

from pos_app.checkout import CheckoutConfig, CheckoutController, Journal, recover
from pos_app.clover import CloverClient
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.sale import SaleState
from tests.integration.conftest import LiveSandbox

GIFT_100 = GiftCardInput("7777130000013", "1313")


def _balance(live: LiveSandbox) -> int:
    return int(live.gift_card(GIFT_100.number)["balance"])


async def _held_sale(client: CloverClient, journal: Journal, *, training: bool) -> str:
    """A sale whose gift card hold was taken, then the register stopped (the sale stays
    TENDERING in the journal, the hold on the card)."""
    checkout = CheckoutController(client, journal, CheckoutConfig(training=training))
    checkout.add_item("Coat", 12500)  # more than the card holds: a second tender is due
    result = await checkout.pay_gift_card(GIFT_100)
    assert result.sale_state is SaleState.TENDERING
    assert checkout.sale is not None
    return checkout.sale.id


async def test_a_sale_of_the_other_mode_is_left_for_that_mode(
    client: CloverClient, live: LiveSandbox, journal: Journal
) -> None:
    sale_id = await _held_sale(client, journal, training=True)
    real = CheckoutController(client, journal, CheckoutConfig(training=False))

    assert await recover(real) == []
    assert journal.load(sale_id).state is SaleState.TENDERING  # untouched, still unfinished
    assert live.gift_card(GIFT_100.number)["lock_amount"] == 10_000  # the hold is still on

    training = CheckoutController(client, journal, CheckoutConfig(training=True))
    (action,) = await recover(training)  # back in its own mode: the hold is released
    assert action.sale_id == sale_id and action.after is SaleState.CANCELLED
    assert _balance(live) == 10_000
    assert live.gift_card(GIFT_100.number)["lock_amount"] == 0
    assert journal.unfinished() == []
