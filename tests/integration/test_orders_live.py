"""Orders through the app's client against a real `--strict` sandbox over loopback HTTP."""

from __future__ import annotations

import pytest

from pos_app.clover import (
    CardDetails,
    CloverClient,
    InvalidRequest,
    LineItem,
    NotFound,
    Order,
)

from .conftest import LiveSandbox

GIFT, SCV = "7777373100001234", "4321"  # $40.00
VISA = CardDetails("4111 1111 1111 1111", 12, 2030, "123")
ITEMS = [
    LineItem("Coffee beans", 1899, 2),
    LineItem("Mug", 1500),
    LineItem("Sales tax", 427, type="tax"),
]
TOTAL = 1899 * 2 + 1500 + 427  # 5725


async def _order(client: CloverClient) -> Order:
    return await client.create_order(ITEMS, "usd", external_reference_id="SALE 17")


async def test_a_split_tender_order_reads_back_with_its_lines_and_both_payments(
    client: CloverClient, live: LiveSandbox
) -> None:
    order = await _order(client)
    assert (order.amount, order.status, order.amount_paid) == (TOTAL, "created", 0)

    gift = await client.create_gift_card_token(GIFT, security_code=SCV)
    hold = await client.pay_order(order.id, gift.id, TOTAL, "usd", capture=False,
                                  partial_redemption=True)
    assert (hold.amount, hold.captured, hold.order_id) == (4000, False, order.id)
    card = await client.pay_order(order.id, (await client.create_card_token(VISA)).id,
                                  TOTAL - 4000, "usd")
    assert (card.amount, card.captured, card.last4) == (1725, True, "1111")
    held = await client.get_order(order.id)
    assert (held.status, held.amount_paid) == ("created", 1725)  # the hold is not paid yet

    captured = await client.capture_charge(hold.id, hold.amount)
    assert captured.captured

    read = await client.get_order(order.id)
    assert (read.status, read.amount_paid, read.amount_returned) == ("paid", TOTAL, 0)
    assert [(i.description, i.amount, i.quantity, i.type) for i in read.items] == [
        ("Coffee beans", 1899, 2, "sku"), ("Mug", 1500, 1, "sku"), ("Sales tax", 427, 1, "tax")]
    assert [(p.id, p.amount, p.is_gift_card) for p in read.payments] == [
        (hold.id, 4000, True), (card.id, 1725, False)]
    assert (await client.get_charge(card.id)).order_id == order.id
    assert live.gift_card(GIFT)["balance"] == 0


async def test_an_order_refuses_too_much_a_paid_order_and_a_spent_token(
    client: CloverClient,
) -> None:
    order = await _order(client)
    token = (await client.create_card_token(VISA)).id

    with pytest.raises(InvalidRequest) as too_much:
        await client.pay_order(order.id, token, TOTAL + 1, "usd")
    assert (too_much.value.code, too_much.value.param) == ("invalid_charge_amount", "amount")
    paid = await client.pay_order(order.id, token, TOTAL, "usd")  # the refusal spent no token
    assert paid.amount == TOTAL

    with pytest.raises(InvalidRequest) as spent:
        await client.pay_order((await _order(client)).id, token, 100, "usd")
    assert spent.value.code == "token_already_used"
    with pytest.raises(InvalidRequest) as already:
        await client.pay_order(order.id, (await client.create_card_token(VISA)).id, 100, "usd")
    assert already.value.code == "order_already_paid"
    with pytest.raises(NotFound):
        await client.get_order("NOSUCHORDER00")


async def test_a_released_hold_leaves_its_amount_to_pay_again(client: CloverClient) -> None:
    order = await _order(client)
    gift = await client.create_gift_card_token(GIFT, security_code=SCV)
    hold = await client.pay_order(order.id, gift.id, TOTAL, "usd", capture=False,
                                  partial_redemption=True)
    with pytest.raises(InvalidRequest):  # 4000 held: only 1725 left
        await client.pay_order(order.id, (await client.create_card_token(VISA)).id, 2000, "usd")

    await client.capture_charge(hold.id, 0)  # the cashier took the gift card off
    card = await client.pay_order(order.id, (await client.create_card_token(VISA)).id, TOTAL,
                                  "usd")
    read = await client.get_order(order.id)
    assert (card.amount, read.status, read.amount_paid) == (TOTAL, "paid", TOTAL)


async def test_returning_an_order_refunds_its_payments_newest_first(
    client: CloverClient, live: LiveSandbox
) -> None:
    order = await _order(client)
    gift = await client.create_gift_card_token(GIFT, security_code=SCV)
    redeemed = await client.pay_order(order.id, gift.id, TOTAL, "usd", partial_redemption=True)
    card = await client.pay_order(order.id, (await client.create_card_token(VISA)).id,
                                  TOTAL - redeemed.amount, "usd")
    with pytest.raises(InvalidRequest):
        await client.return_order((await _order(client)).id)  # not paid: nothing to return

    mug = next(i.parent for i in order.items if i.description == "Mug")
    assert mug is not None
    one = await client.return_order(order.id, [mug])
    assert one.amount == 1500
    assert [(r.charge_id, r.amount) for r in one.refunds] == [(card.id, 1500)]

    rest = await client.return_order(order.id)
    assert rest.amount == TOTAL - 1500
    assert [(r.charge_id, r.amount) for r in rest.refunds] == [(card.id, 225), (redeemed.id, 4000)]
    read = await client.get_order(order.id)
    assert (read.status, read.amount_paid, read.amount_returned) == ("returned", 0, TOTAL)
    assert live.gift_card(GIFT)["balance"] == 4000
    with pytest.raises(InvalidRequest):
        await client.return_order(order.id)
