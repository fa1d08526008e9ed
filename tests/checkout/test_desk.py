"""The gift card desk against the sandbox: what the cashier reads and what the ledger holds."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path

import pytest

from pos_app.checkout import Journal
from pos_app.checkout.desk import NO_APPROVAL, DeskBusy, DeskError, GiftCardDesk
from pos_app.clover import Charge, CloverClient, Hosts, StaticCredentials
from pos_app.domain import DeskOp, DeskOpKind, DeskOpState, GiftCardInput
from pos_app.sandbox import Sandbox
from tests.integration.conftest import FAST_RETRY, LiveSandbox

from .conftest import no_sleep

GIFT_100 = GiftCardInput("7777130000013", "1313")
GIFT_50 = GiftCardInput("7777373100005003", "12345678")
GIFT_500 = GiftCardInput("7777190000000000019", "191919")
GIFT_EMPTY = GiftCardInput("7777373100000909", "9090")
GIFT_INACTIVE = GiftCardInput("7777373100009580", "9580")
GIFT_CLOSED = GiftCardInput("7777373100006666", "6666")
MANAGER = "Mia (manager)"


def make_desk(client: CloverClient, journal: Journal, attempts: int = 3) -> GiftCardDesk:
    return GiftCardDesk(client, journal, sleep=no_sleep, reconcile_attempts=attempts)


@pytest.fixture
def desk(client: CloverClient, journal: Journal) -> GiftCardDesk:
    return make_desk(client, journal)


def balance(live: LiveSandbox, card: GiftCardInput) -> int:
    return int(live.gift_card(card.number)["balance"])


async def redeem(client: CloverClient, card: GiftCardInput, amount: int) -> Charge:
    """A past gift card payment (redeemed at once), as a sale would have made it."""
    token = await client.create_gift_card_token(card.number, card.security_code)
    return await client.create_charge(token.id, amount, "usd", capture=True,
                                      partial_redemption=True)


def cashouts_in(box: Sandbox) -> int:
    with box.state.db.tx() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM charges WHERE kind = 'cashout'")
                   .fetchone()[0])


def states_seen(desk: GiftCardDesk) -> list[DeskOpState]:
    seen: list[DeskOpState] = []
    desk.op_changed.connect(lambda op: seen.append(op.state))
    return seen


# -- balance ------------------------------------------------------------------------------------

async def test_balance_of_a_100_dollar_card_shows_100(desk: GiftCardDesk) -> None:
    result = await desk.balance(GIFT_100)
    assert result.ok
    assert (result.balance, result.locked, result.available) == (10000, 0, 10000)
    assert result.message == "Gift card ····0013 balance $100.00"


async def test_balance_after_a_hold_shows_the_locked_amount(
    desk: GiftCardDesk, client: CloverClient
) -> None:
    token = await client.create_gift_card_token(GIFT_100.number, GIFT_100.security_code)
    await client.create_charge(token.id, 2500, "usd", capture=False, partial_redemption=True)

    result = await desk.balance(GIFT_100)

    assert (result.balance, result.locked, result.available) == (10000, 2500, 7500)
    assert result.message == ("Gift card ····0013 balance $100.00 · on hold $25.00"
                              " · available $75.00")


@pytest.mark.parametrize(("card", "wording"), [
    (GIFT_INACTIVE, "This gift card isn't active yet"),
    (GIFT_CLOSED, "This gift card is closed"),
])
async def test_inactive_and_closed_cards_say_so(
    desk: GiftCardDesk, card: GiftCardInput, wording: str
) -> None:
    result = await desk.balance(card)
    assert not result.ok
    assert result.message.startswith(wording)
    assert result.balance is None


async def test_a_mistyped_card_number_is_refused_before_anything_is_sent(
    desk: GiftCardDesk, journal: Journal
) -> None:
    with pytest.raises(DeskError, match="6, 13, 16 or 19 digits"):
        await desk.balance(GiftCardInput("12345"))
    assert not desk.busy


# -- cash-out -----------------------------------------------------------------------------------

async def test_cashout_pays_out_the_balance_and_empties_the_card(
    desk: GiftCardDesk, live: LiveSandbox, journal: Journal
) -> None:
    result = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert result.state is DeskOpState.DONE
    assert result.message == "Pay the customer $50.00 in cash · card balance $0.00"
    assert result.cash_to_pay == 5000
    assert balance(live, GIFT_50) == 0
    saved = journal.load_desk_op(result.op.id)
    assert (saved.state, saved.amount, saved.last4, saved.approved_by) == (
        DeskOpState.DONE, 5000, "5003", MANAGER)


async def test_cashout_without_a_manager_is_refused_and_the_balance_is_unchanged(
    desk: GiftCardDesk, live: LiveSandbox, journal: Journal
) -> None:
    with pytest.raises(DeskError, match="manager must approve"):
        await desk.cashout(GIFT_50, approved_by="  ")
    assert balance(live, GIFT_50) == 5000
    assert journal.desk_ops_between(0, 2**62) == []


async def test_a_store_that_needs_no_manager_for_cashouts_pays_out_and_journals_it(
    desk: GiftCardDesk, live: LiveSandbox, journal: Journal
) -> None:
    desk.cashout_requires_manager = False  # Settings: "A manager must approve…" unticked
    result = await desk.cashout(GIFT_50, approved_by="")

    assert result.state is DeskOpState.DONE and result.cash_to_pay == 5000
    assert balance(live, GIFT_50) == 0
    saved = journal.load_desk_op(result.op.id)
    assert saved.approved_by == NO_APPROVAL  # the journal says nobody had to approve it


async def test_cashout_of_an_empty_card_pays_nothing(desk: GiftCardDesk) -> None:
    result = await desk.cashout(GIFT_EMPTY, approved_by=MANAGER)
    assert result.state is DeskOpState.FAILED
    assert result.message == "Gift card ····0909 has a $0.00 balance — nothing to pay out."
    assert result.cash_to_pay == 0


async def test_cashout_of_a_card_with_a_hold_is_refused_with_the_reason(
    desk: GiftCardDesk, client: CloverClient, live: LiveSandbox
) -> None:
    token = await client.create_gift_card_token(GIFT_50.number, GIFT_50.security_code)
    await client.create_charge(token.id, 1000, "usd", capture=False, partial_redemption=True)

    result = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert result.state is DeskOpState.FAILED
    assert "on hold for a sale" in result.message and "Nothing changed." in result.message
    assert balance(live, GIFT_50) == 5000


async def test_two_presses_of_cash_out_pay_out_once(desk: GiftCardDesk, live: LiveSandbox) -> None:
    first = asyncio.ensure_future(desk.cashout(GIFT_50, approved_by=MANAGER))
    second = asyncio.ensure_future(desk.cashout(GIFT_50, approved_by=MANAGER))
    results = await asyncio.gather(first, second, return_exceptions=True)

    assert isinstance(results[1], DeskBusy)
    assert not isinstance(results[0], BaseException)
    assert results[0].cash_to_pay == 5000
    assert balance(live, GIFT_50) == 0


# -- refunds and voids --------------------------------------------------------------------------

async def test_refund_of_a_past_payment_puts_it_back_and_its_void_takes_it_off(
    desk: GiftCardDesk, client: CloverClient, live: LiveSandbox
) -> None:
    payment = await redeem(client, GIFT_100, 3000)
    assert balance(live, GIFT_100) == 7000

    refund = await desk.refund(payment.id, None, approved_by=MANAGER)

    assert refund.state is DeskOpState.DONE
    assert refund.message == "Refunded $30.00 to gift card ····0013 · card balance $100.00"
    assert balance(live, GIFT_100) == 10000

    assert refund.op.result_id is not None
    void = await desk.void_refund(refund.op.result_id, approved_by=MANAGER, last4="0013")

    assert void.state is DeskOpState.DONE
    assert void.message == "Voided: $30.00 taken back off gift card ····0013 · card balance $70.00"
    assert balance(live, GIFT_100) == 7000


async def test_a_partial_refund_refunds_that_much_and_no_more_than_is_left(
    desk: GiftCardDesk, client: CloverClient, live: LiveSandbox
) -> None:
    payment = await redeem(client, GIFT_100, 3000)

    result = await desk.refund(payment.id, 1000, approved_by=MANAGER)

    assert result.message == "Refunded $10.00 to gift card ····0013 · card balance $80.00"
    assert balance(live, GIFT_100) == 8000
    with pytest.raises(DeskError, match=r"Only \$20.00 of this payment is left to refund"):
        await desk.refund(payment.id, 2500, approved_by=MANAGER)
    with pytest.raises(DeskError, match="manager must approve"):
        await desk.refund(payment.id, 500, approved_by="")
    assert balance(live, GIFT_100) == 8000


@pytest.mark.parametrize("how", ["void_refund", "void_transaction"])
async def test_void_of_a_reload_takes_the_reload_off_the_card(
    desk: GiftCardDesk, client: CloverClient, live: LiveSandbox, how: str
) -> None:
    token = await client.create_gift_card_token(GIFT_100.number, GIFT_100.security_code)
    reload = await client.reload(token.id, 2000)
    assert balance(live, GIFT_100) == 12000

    void = getattr(desk, how)
    result = await void(reload.id, approved_by=MANAGER, last4="0013")

    assert result.state is DeskOpState.DONE
    assert result.message == ("Voided: $20.00 taken back off gift card ····0013"
                              " · card balance $100.00")
    assert balance(live, GIFT_100) == 10000


async def test_void_of_a_cashout_puts_the_balance_back_and_asks_for_the_cash(
    desk: GiftCardDesk, live: LiveSandbox
) -> None:
    cashout = await desk.cashout(GIFT_50, approved_by=MANAGER)
    assert cashout.op.result_id is not None

    result = await desk.void_transaction(cashout.op.result_id, approved_by=MANAGER,
                                         last4="5003")

    assert result.message == ("Cash-out voided: $50.00 is back on gift card ····5003 — take "
                              "$50.00 cash back from the customer · card balance $50.00")
    assert balance(live, GIFT_50) == 5000


# -- lost answers and retries -------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["timeout", "drop"])
async def test_cashout_whose_answer_is_lost_after_clover_paid_out_ends_done_with_one_payout(
    box: Sandbox, box_client: CloverClient, journal: Journal, kind: str
) -> None:
    desk = make_desk(box_client, journal)
    seen = states_seen(desk)
    # Every attempt of the client's own retries commits (or replays) and then loses the answer.
    box.faults.add("POST /v1/cashout", kind, count=FAST_RETRY.max_attempts, phase="after")

    result = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert result.state is DeskOpState.DONE
    assert result.message == "Pay the customer $50.00 in cash · card balance $0.00"
    assert seen == [DeskOpState.PENDING, DeskOpState.UNKNOWN, DeskOpState.DONE]
    assert box.gift_card_state(GIFT_50.number)["balance"] == 0
    assert cashouts_in(box) == 1


async def test_cashout_with_no_answer_at_all_waits_for_a_definite_one(
    box: Sandbox, box_client: CloverClient, journal: Journal
) -> None:
    desk = make_desk(box_client, journal, attempts=2)
    box.faults.add("POST /v1/cashout", "timeout", count=100, phase="after")

    result = await desk.cashout(GIFT_50, approved_by=MANAGER)

    assert result.state is DeskOpState.UNKNOWN
    assert result.cash_to_pay == 0
    assert result.message.startswith(
        "Check card ····5003's balance: a cash-out may or may not have gone through")
    box.faults.clear()
    [settled] = await desk.recover()  # the same desk still holds the card's token in memory
    assert settled.message == "Pay the customer $50.00 in cash · card balance $0.00"
    assert box.gift_card_state(GIFT_50.number)["balance"] == 0
    assert cashouts_in(box) == 1


async def test_a_503_on_refund_is_retried_with_the_same_key_and_refunds_once(
    desk: GiftCardDesk, client: CloverClient, live: LiveSandbox
) -> None:
    payment = await redeem(client, GIFT_100, 3000)
    # Clover refunds, then the answer is a 503: more times than the client itself retries.
    live.fault("POST /v1/refunds", "error", status=503, phase="after", count=4)

    result = await desk.refund(payment.id, None, approved_by=MANAGER)

    assert result.state is DeskOpState.DONE
    assert result.message == "Refunded $30.00 to gift card ····0013 · card balance $100.00"
    assert balance(live, GIFT_100) == 10000
    assert (await client.get_charge(payment.id)).amount_refunded == 3000


async def test_a_refund_with_no_answer_is_unknown_never_failed(
    box: Sandbox, box_client: CloverClient, journal: Journal
) -> None:
    desk = make_desk(box_client, journal, attempts=2)
    payment = await redeem(box_client, GIFT_100, 3000)
    box.faults.add("POST /v1/refunds", "drop", count=100)

    result = await desk.refund(payment.id, None, approved_by=MANAGER)

    assert result.state is DeskOpState.UNKNOWN
    assert "may or may not have gone through" in result.message
    assert [op.id for op in journal.unfinished_desk_ops()] == [result.op.id]
    box.faults.clear()
    [settled] = await desk.recover()
    assert settled.state is DeskOpState.DONE
    assert box.gift_card_state(GIFT_100.number)["balance"] == 10000


async def test_clover_out_of_reach_is_a_definite_no(journal: Journal) -> None:
    with socket.socket() as probe:  # a port nobody listens on: connections are refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with CloverClient(Hosts.local(f"http://127.0.0.1:{port}"), StaticCredentials("t"),
                            retry=FAST_RETRY) as offline:
        desk = make_desk(offline, journal)
        result = await desk.void_refund("ABC123DE45F6G", approved_by=MANAGER)
    assert result.state is DeskOpState.FAILED
    assert result.message.startswith("Void refund not done: Can't reach Clover")
    assert result.message.endswith("Nothing changed.")
    assert journal.unfinished_desk_ops() == []


# -- recovery after a crash ---------------------------------------------------------------------

@pytest.mark.parametrize("crash", ["before the request left", "after Clover refunded"])
async def test_recover_finishes_a_refund_journaled_before_a_crash(
    client: CloverClient, live: LiveSandbox, journal_path: Path, crash: str
) -> None:
    payment = await redeem(client, GIFT_100, 3000)
    before = Journal(journal_path)
    op = DeskOp(kind=DeskOpKind.REFUND, target_id=payment.id, last4="0013", approved_by=MANAGER)
    before.save_desk_op(op, "refund journaled")
    if crash == "after Clover refunded":
        await client.create_refund(payment.id, reason="requested_by_customer",
                                   idempotency_key=op.idempotency_key)
    before.close()

    reopened = Journal(journal_path)
    [result] = await make_desk(client, reopened).recover()

    assert result.state is DeskOpState.DONE
    assert result.message == "Refunded $30.00 to gift card ····0013 · card balance $100.00"
    assert balance(live, GIFT_100) == 10000
    assert reopened.load_desk_op(op.id).state is DeskOpState.DONE
    assert reopened.unfinished_desk_ops() == []
    reopened.close()


async def test_recover_leaves_a_cashout_whose_card_token_is_gone_to_a_manager(
    client: CloverClient, live: LiveSandbox, journal: Journal
) -> None:
    op = DeskOp(kind=DeskOpKind.CASHOUT, last4="1234", approved_by=MANAGER)
    journal.save_desk_op(op, "cash-out journaled")
    desk = make_desk(client, journal)

    [result] = await desk.recover()

    assert result.state is DeskOpState.UNKNOWN
    assert result.message.startswith(
        "Check card ····1234's balance: a cash-out may or may not have gone through")
    assert balance(live, GiftCardInput("7777373100001234")) == 4000  # nothing was sent
    with pytest.raises(DeskError, match="amount the cash-out paid out"):
        desk.resolve(op.id, went_through=True, approved_by=MANAGER)
    settled = desk.resolve(op.id, went_through=False, approved_by=MANAGER)
    assert settled.state is DeskOpState.FAILED
    assert journal.unfinished_desk_ops() == []


async def test_recover_never_sends_a_training_operation_to_a_real_account(
    client: CloverClient, live: LiveSandbox, journal: Journal
) -> None:
    payment = await redeem(client, GIFT_100, 3000)
    op = DeskOp(kind=DeskOpKind.REFUND, target_id=payment.id, training=True)
    journal.save_desk_op(op, "training refund journaled")

    assert await make_desk(client, journal).recover() == []
    assert balance(live, GIFT_100) == 7000
    assert journal.load_desk_op(op.id).state is DeskOpState.PENDING


# -- card data at rest --------------------------------------------------------------------------

async def test_the_journal_and_the_log_hold_no_card_number_code_or_token(
    desk: GiftCardDesk, journal_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    results = [await desk.balance(GIFT_500), await desk.cashout(GIFT_500, approved_by=MANAGER),
               await desk.cashout(GIFT_50, approved_by=MANAGER)]
    assert [r.ok if hasattr(r, "ok") else r.done for r in results] == [True, True, True]

    secrets = [GIFT_500.number, GIFT_50.number, "191919", "12345678", "clv_"]
    on_disk = b"".join(p.read_bytes() for p in journal_path.parent.iterdir() if p.is_file())
    shown = " ".join(r.message for r in results)
    assert [s for s in secrets if s.encode() in on_disk] == []
    assert [s for s in secrets if s in caplog.text or s in shown] == []
    assert b"5003" in on_disk  # the last 4 digits are kept, to tell cards apart
