"""Whole sales through the checkout controller against a real sandbox server over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from pos_app.checkout import CheckoutController, CheckoutError
from pos_app.clover import CloverClient
from pos_app.domain import LineState, SaleState, StoreInfo, TenderState, build_receipt

from .checkout_helpers import (
    DECLINED_VISA,
    GIFT_25,
    GIFT_40,
    GIFT_100,
    GIFT_EMPTY,
    GIFT_INACTIVE,
    VISA,
    make_checkout,
)
from .conftest import LiveSandbox


@pytest.fixture
async def checkout(client: CloverClient, tmp_path: Path) -> AsyncIterator[CheckoutController]:
    controller = make_checkout(client, tmp_path / "journal.sqlite3")
    yield controller
    await controller.aclose()
    controller.journal.close()


def balance(live: LiveSandbox, number: str) -> tuple[int, int]:
    state = live.gift_card(number)
    return state["balance"], state["lock_amount"]


async def test_gift_card_covers_the_whole_sale(checkout: CheckoutController, live: LiveSandbox):
    checkout.add_item("Coffee beans", 1800)
    checkout.add_item("Mug", 700, quantity=2)

    result = await checkout.pay_gift_card(GIFT_100)

    assert result.sale_state is SaleState.COMPLETED
    assert result.paid == 3200
    assert result.message == "Gift card ····0013 paid $32.00 · card balance $68.00 · Sale complete"
    assert balance(live, GIFT_100.number) == (6800, 0)
    assert checkout.sale is not None
    sale = checkout.journal.load(checkout.sale.id)
    assert sale.state is SaleState.COMPLETED
    assert [t.state for t in sale.tenders] == [TenderState.CAPTURED]


async def test_gift_card_pays_part_and_a_card_pays_the_rest(
    checkout: CheckoutController, live: LiveSandbox
):
    checkout.add_item("Jacket", 6250)

    first = await checkout.pay_gift_card(GIFT_40)

    assert first.message == (
        "Gift card ····1234 paid $40.00 · card balance $0.00 · Remaining due $22.50"
    )
    assert first.state is TenderState.AUTHORIZED  # a hold until the sale is paid
    assert first.remaining_due == 2250
    assert balance(live, GIFT_40.number) == (4000, 4000)

    second = await checkout.pay_card(VISA)

    assert second.sale_state is SaleState.COMPLETED
    assert second.paid == 2250
    assert balance(live, GIFT_40.number) == (0, 0)
    sale = checkout.sale
    assert sale is not None
    assert [t.state for t in sale.tenders] == [TenderState.CAPTURED, TenderState.CAPTURED]
    assert sum(t.amount_approved for t in sale.tenders) == sale.total == 6250
    receipt = build_receipt(sale, StoreInfo("Corner Shop")).render_text()
    assert "Gift card ····1234" in receipt
    assert "Visa ····1111" in receipt
    assert "Card balance $0.00" in receipt
    assert "4111111111111111" not in receipt


async def test_gift_card_and_cash_with_change(checkout: CheckoutController, live: LiveSandbox):
    checkout.add_item("Scarf", 3000)
    await checkout.pay_gift_card(GIFT_25)

    result = await checkout.pay_cash(2000)

    assert result.sale_state is SaleState.COMPLETED
    assert result.message == "Cash $20.00 · Change due $15.00 · Sale complete"
    assert checkout.sale is not None
    assert checkout.sale.change_due == 1500
    assert balance(live, GIFT_25.number) == (0, 0)


async def test_a_declined_card_then_another_card(checkout: CheckoutController):
    checkout.add_item("Boots", 12000)

    declined = await checkout.pay_card(DECLINED_VISA)

    assert declined.state is TenderState.DECLINED
    assert declined.message.startswith("Card declined — ask for another card")
    assert declined.remaining_due == 12000
    approved = await checkout.pay_card(VISA)
    assert approved.sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    assert checkout.sale.paid == 12000


async def test_cancel_after_a_hold_releases_it(checkout: CheckoutController, live: LiveSandbox):
    checkout.add_item("Lamp", 15000)
    held = await checkout.pay_gift_card(GIFT_100)
    assert held.remaining_due == 5000
    assert balance(live, GIFT_100.number) == (10000, 10000)

    sale = await checkout.cancel()

    assert sale.state is SaleState.CANCELLED
    assert [t.state for t in sale.tenders] == [TenderState.VOIDED]
    assert balance(live, GIFT_100.number) == (10000, 0)


async def test_cancel_after_two_tenders_reverses_both(
    checkout: CheckoutController, live: LiveSandbox, client: CloverClient
):
    checkout.add_item("Chair", 10000)
    await checkout.pay_gift_card(GIFT_40)
    card = await checkout.pay_card(VISA, amount=3000)
    assert card.remaining_due == 3000

    sale = await checkout.cancel()

    assert sale.state is SaleState.CANCELLED
    assert balance(live, GIFT_40.number) == (4000, 0)
    charge_id = sale.tenders[1].charge_id
    assert charge_id is not None
    charge = await client.get_charge(charge_id)
    assert charge.amount_refunded == 3000
    assert {t.state for t in sale.tenders} == {TenderState.VOIDED}


async def test_a_gift_card_with_zero_balance_is_declined(checkout: CheckoutController):
    checkout.add_item("Book", 1500)

    result = await checkout.pay_gift_card(GIFT_EMPTY)

    assert result.state is TenderState.DECLINED
    assert result.remaining_due == 1500
    # Said plainly (the pay screen shows the remaining due large above it).
    assert result.message == ("Not enough funds on the card — ask for another card or "
                              "another way to pay.")


async def test_two_gift_cards_and_a_card(checkout: CheckoutController, live: LiveSandbox):
    checkout.add_item("Bicycle", 15000)

    await checkout.pay_gift_card(GIFT_40)
    second = await checkout.pay_gift_card(GIFT_25)
    assert second.remaining_due == 15000 - 4000 - 2500
    last = await checkout.pay_card(VISA)

    assert last.sale_state is SaleState.COMPLETED
    assert balance(live, GIFT_40.number) == (0, 0)
    assert balance(live, GIFT_25.number) == (0, 0)
    assert checkout.sale is not None
    assert [t.amount_approved for t in checkout.sale.tenders] == [4000, 2500, 8500]


async def test_selling_and_reloading_gift_cards_inside_a_sale(
    checkout: CheckoutController, live: LiveSandbox
):
    checkout.add_item("Candle", 1200)
    sold = await checkout.add_gift_card(GIFT_INACTIVE, 3000)
    reload = await checkout.add_reload(GIFT_100, 2000)
    assert checkout.sale is not None
    assert checkout.sale.total == 1200 + 3000 + 2000

    result = await checkout.pay_card(VISA)

    assert result.sale_state is SaleState.COMPLETED
    assert sold.state is LineState.DONE
    assert reload.state is LineState.DONE
    assert live.gift_card(GIFT_INACTIVE.number)["status"] == "active"
    assert balance(live, GIFT_INACTIVE.number) == (3000, 0)
    assert balance(live, GIFT_100.number) == (12000, 0)


async def test_gift_card_lines_are_checked_before_they_go_on_the_sale(
    checkout: CheckoutController,
):
    with pytest.raises(CheckoutError, match="already active"):
        await checkout.add_gift_card(GIFT_100, 2000)
    with pytest.raises(CheckoutError, match="isn't active"):
        await checkout.add_reload(GIFT_INACTIVE, 2000)
    assert checkout.sale is None or not checkout.sale.lines


async def test_tax_is_added_once_on_taxable_lines(client: CloverClient, tmp_path: Path):
    checkout = make_checkout(client, tmp_path / "j.sqlite3", tax_rate_ppm=88750)
    checkout.add_item("Shirt", 1000)  # 8.875 % of $10.00 = 88.75 c → 89 c
    sale = checkout.sale
    assert sale is not None
    assert (sale.subtotal, sale.tax, sale.total) == (1000, 89, 1089)
    result = await checkout.pay_card(VISA)
    assert result.paid == 1089
    checkout.journal.close()


async def test_a_second_press_while_paying_is_refused(checkout: CheckoutController):
    checkout.add_item("Hat", 2500)
    first = asyncio.ensure_future(checkout.pay_card(VISA))
    await asyncio.sleep(0)
    with pytest.raises(CheckoutError, match="still working"):
        await checkout.pay_card(VISA)
    result = await first
    assert result.sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    assert len(checkout.sale.tenders) == 1


async def test_reversing_a_completed_sale_voids_its_reload_and_its_tenders(
    checkout: CheckoutController, live: LiveSandbox
):
    checkout.add_item("Candle", 6000)
    await checkout.add_reload(GIFT_100, 2000)
    await checkout.pay_gift_card(GIFT_40)
    done = await checkout.pay_cash(4000)
    assert done.sale_state is SaleState.COMPLETED
    assert balance(live, GIFT_100.number) == (12000, 0)
    assert balance(live, GIFT_40.number) == (0, 0)
    assert checkout.sale is not None

    sale = await checkout.reverse_completed(checkout.sale.id)

    assert sale.state is SaleState.CANCELLED
    assert sale.lines[1].state is LineState.VOIDED
    assert balance(live, GIFT_100.number) == (10000, 0)
    assert balance(live, GIFT_40.number) == (4000, 0)
    assert [t.state for t in sale.tenders] == [TenderState.VOIDED, TenderState.VOIDED]
