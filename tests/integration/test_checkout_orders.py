"""Sales recorded as Clover orders (the "Record sales as Clover orders" setting), over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from pos_app.checkout import CheckoutController, CheckoutError, GiftCardDesk
from pos_app.clover import CloverClient
from pos_app.domain import DeskOpState, SaleState, TenderState

from .checkout_helpers import GIFT_40, VISA, ledger_problems, make_checkout
from .conftest import LiveSandbox

TAX_8875 = 88_750  # 8.875 %


@pytest.fixture
async def checkout(client: CloverClient, tmp_path: Path) -> AsyncIterator[CheckoutController]:
    controller = make_checkout(client, tmp_path / "journal.sqlite3", record_orders=True,
                               tax_rate_ppm=TAX_8875)
    yield controller
    await controller.aclose()
    controller.journal.close()


async def _split_sale(checkout: CheckoutController) -> None:
    checkout.add_item("Jacket", 4500)
    checkout.add_item("Socks", 600, quantity=2)
    gift = await checkout.pay_gift_card(GIFT_40)
    assert (gift.state, gift.remaining_due) == (TenderState.AUTHORIZED, 2206)
    card = await checkout.pay_card(VISA)
    assert card.sale_state is SaleState.COMPLETED


async def test_a_split_tender_sale_is_one_order_with_its_lines_and_both_payments(
    checkout: CheckoutController, client: CloverClient, live: LiveSandbox
) -> None:
    start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
    await _split_sale(checkout)
    sale = checkout.sale
    assert sale is not None and sale.order_id is not None
    assert checkout.journal.load(sale.id).order_id == sale.order_id  # journaled

    order = await client.get_order(sale.order_id)
    assert (order.status, order.amount, order.amount_paid) == ("paid", 6206, 6206)
    assert [(i.description, i.amount, i.quantity, i.type) for i in order.items] == [
        ("Jacket", 4500, 1, "sku"), ("Socks", 600, 2, "sku"), ("Sales tax", 506, 1, "tax")]
    assert [(p.id, p.amount, p.captured, p.is_gift_card) for p in order.payments] == [
        (sale.tenders[0].charge_id, 4000, True, True),
        (sale.tenders[1].charge_id, 2206, True, False)]
    assert await ledger_problems(client, live, sale, start) == []


async def test_cancelling_an_order_sale_releases_the_hold_and_voids_the_card(
    checkout: CheckoutController, client: CloverClient, live: LiveSandbox
) -> None:
    start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
    checkout.add_item("Boots", 10000)
    await checkout.pay_gift_card(GIFT_40)
    await checkout.pay_card(VISA, amount=3000)

    sale = await checkout.cancel()

    assert sale.state is SaleState.CANCELLED
    assert [t.state for t in sale.tenders] == [TenderState.VOIDED, TenderState.VOIDED]
    assert sale.order_id is not None
    order = await client.get_order(sale.order_id)
    assert (order.status, order.amount_paid) == ("created", 0)
    # The hold was released (captured for 0); the card charge was voided in full.
    assert [(p.amount, p.captured, p.amount_refunded) for p in order.payments] == [
        (0, False, 0), (3000, True, 3000)]
    assert await ledger_problems(client, live, sale, start) == []


async def test_voiding_a_completed_order_sale_returns_the_order(
    checkout: CheckoutController, client: CloverClient, live: LiveSandbox
) -> None:
    start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
    await _split_sale(checkout)
    sale = checkout.sale
    assert sale is not None and sale.order_id is not None

    voided = await checkout.reverse_completed(sale.id, approved_by="Dana")

    assert voided.state is SaleState.CANCELLED
    assert [t.state for t in voided.tenders] == [TenderState.VOIDED, TenderState.VOIDED]
    assert all(t.refund_id for t in voided.tenders)
    order = await client.get_order(sale.order_id)
    assert (order.status, order.amount_paid, order.amount_returned) == ("returned", 0, 6206)
    assert live.gift_card(GIFT_40.number)["balance"] == start[GIFT_40.number]
    assert await ledger_problems(client, live, voided, start) == []


async def test_with_the_setting_off_a_sale_is_bare_charges_as_before(
    client: CloverClient, live: LiveSandbox, tmp_path: Path
) -> None:
    checkout = make_checkout(client, tmp_path / "off.sqlite3", record_orders=False)
    try:
        checkout.add_item("Jacket", 6250)
        await checkout.pay_gift_card(GIFT_40)
        await checkout.pay_card(VISA)
        sale = checkout.sale
        assert sale is not None and sale.state is SaleState.COMPLETED
        assert sale.order_id is None
        orders = {(await client.get_charge(t.charge_id or "")).order_id for t in sale.tenders}
        assert len(orders) == 2  # Clover's own one-charge orders, with no items of the sale
    finally:
        await checkout.aclose()
        checkout.journal.close()


async def test_an_order_clover_did_not_answer_takes_no_payment_and_is_asked_for_again(
    checkout: CheckoutController, client: CloverClient, live: LiveSandbox
) -> None:
    checkout.add_item("Scarf", 2500)
    live.fault("POST /v1/orders", "error", status=503, count=10)
    with pytest.raises(CheckoutError, match="nothing was charged"):
        await checkout.pay_card(VISA)
    sale = checkout.sale
    assert sale is not None and sale.tenders == [] and sale.order_id is None
    key = sale.order_key
    assert key is not None
    live.admin("DELETE", "/_sandbox/faults")

    result = await checkout.pay_card(VISA)

    assert result.sale_state is SaleState.COMPLETED
    assert sale.order_key == key  # the same order was asked for again
    assert (await client.get_order(sale.order_id or "")).status == "paid"


async def test_a_voided_order_sale_the_desk_partly_refunded_gives_back_only_the_rest(
    checkout: CheckoutController, client: CloverClient, live: LiveSandbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The desk refunded part of a payment, so the order can't be returned whole: the void
    reverses payment by payment. The return is still tried here (the path is forced), so
    Clover's refusal of it is met for real and the void goes on without it."""
    start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
    await _split_sale(checkout)
    sale = checkout.sale
    assert sale is not None and sale.order_id is not None
    desk = GiftCardDesk(client, checkout.journal)
    gift = sale.tenders[0]
    done = await desk.refund(gift.charge_id or "", 1500, approved_by="Maria", sale_id=sale.id)
    assert done.op.state is DeskOpState.DONE
    monkeypatch.setattr("pos_app.checkout.controller.returnable", lambda _sale: True)

    voided = await checkout.reverse_completed(sale.id, approved_by="Dana")

    assert voided.state is SaleState.CANCELLED
    assert voided.return_key is None  # refused, so not under way
    order = await client.get_order(sale.order_id)
    assert (order.amount_paid, order.amount_returned) == (0, 0)  # refunds, not a return
    assert live.gift_card(GIFT_40.number)["balance"] == start[GIFT_40.number]  # never twice
