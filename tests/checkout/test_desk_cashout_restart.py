"""A cash-out a restart cut short (its card token was in memory only): swiping the card again
asks Clover about that same cash-out, with its key, and never pays out a second one."""

from __future__ import annotations

import pytest

from pos_app.checkout import Journal
from pos_app.checkout.desk import DeskError, GiftCardDesk
from pos_app.clover import CloverClient
from pos_app.domain import DeskOp, DeskOpKind, DeskOpState, GiftCardInput
from pos_app.sandbox import Sandbox

from .conftest import no_sleep

GIFT_50 = GiftCardInput("7777373100005003", "12345678")
GIFT_40 = GiftCardInput("7777373100001234", "4321")
MANAGER = "Mia (manager)"


def cashouts_in(box: Sandbox) -> int:
    with box.state.db.tx() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM charges WHERE kind = 'cashout'")
                   .fetchone()[0])


def new_desk(client: CloverClient, journal: Journal) -> GiftCardDesk:
    """The register after a restart: a desk with no card token in memory."""
    return GiftCardDesk(client, journal, sleep=no_sleep, reconcile_attempts=2)


async def test_a_cashout_journaled_but_never_sent_is_paid_out_once_the_card_is_swiped_again(
    box: Sandbox, box_client: CloverClient, journal: Journal
) -> None:
    journal.save_desk_op(DeskOp(DeskOpKind.CASHOUT, last4="5003", approved_by=MANAGER),
                         "journaled")  # the register stopped before sending it
    desk = new_desk(box_client, journal)
    [lost] = await desk.recover()
    assert lost.state is DeskOpState.UNKNOWN
    assert "swipe the card on the Gift cards screen and press Cash out" in lost.message

    again = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert again.op.id == lost.op.id  # the same cash-out, not a second one
    assert again.state is DeskOpState.DONE
    assert again.cash_to_pay == 5000
    assert again.message == "Pay the customer $50.00 in cash · card balance $0.00"
    assert box.gift_card_state(GIFT_50.number)["balance"] == 0
    assert cashouts_in(box) == 1
    assert journal.unfinished_desk_ops() == []


async def test_a_cashout_that_went_through_before_the_restart_is_not_paid_twice(
    box: Sandbox, box_client: CloverClient, journal: Journal
) -> None:
    first = new_desk(box_client, journal)
    box.faults.add("POST /v1/cashout", "timeout", count=100, phase="after")
    cut = await first.cashout(GIFT_50, approved_by=MANAGER)  # Clover paid it, no answer came
    assert cut.state is DeskOpState.UNKNOWN
    box.faults.clear()
    desk = new_desk(box_client, journal)  # restarted: the token is gone

    again = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert again.op.id == cut.op.id
    assert again.state is DeskOpState.UNKNOWN  # Clover says the key was used: still a check
    assert again.cash_to_pay == 0
    assert again.message.startswith("Gift card ····5003 holds $0.00 now: it most likely went "
                                    "through before the restart.")
    assert cashouts_in(box) == 1
    assert box.gift_card_state(GIFT_50.number)["balance"] == 0


async def test_another_card_is_not_taken_for_the_lost_cashout(
    box: Sandbox, box_client: CloverClient, journal: Journal
) -> None:
    journal.save_desk_op(DeskOp(DeskOpKind.CASHOUT, last4="5003", approved_by=MANAGER),
                         "journaled")
    desk = new_desk(box_client, journal)
    [lost] = await desk.recover()

    with pytest.raises(DeskError, match="this cash-out was of gift card ····5003"):
        await desk.retry(lost.op.id, GIFT_40)

    assert cashouts_in(box) == 0
    assert box.gift_card_state(GIFT_40.number)["balance"] == 4000
