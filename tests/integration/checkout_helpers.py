"""Builders for checkout tests: a controller over real HTTP, cards, and the sandbox's ledger."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pos_app.checkout import CheckoutBusy, CheckoutConfig, CheckoutController, Journal
from pos_app.clover import CardDetails, Charge, CloverClient
from pos_app.domain import GiftCardInput, Sale, SaleState, TenderKind, TenderState

from .conftest import LiveSandbox

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


async def all_charges(client: CloverClient) -> list[Charge]:
    """Every charge the sandbox holds (it is reset before each scenario)."""
    charges: list[Charge] = []
    cursor: str | None = None
    while True:
        page = await client.list_charges(created_gte=0, starting_after=cursor)
        charges.extend(page.data)
        if not page.has_more or not page.data:
            return charges
        cursor = page.data[-1].id


def _net(charge: Charge) -> int:
    """What a charge has taken and kept: captured amount less refunds (a hold takes nothing)."""
    return (charge.amount or 0) - charge.amount_refunded if charge.captured else 0


async def ledger_problems(
    client: CloverClient, live: LiveSandbox, sale: Sale, start: dict[str, int]
) -> list[str]:
    """Where the sandbox's ledger disagrees with how the sale ended ([] when money is right).

    Completed: the tenders add up to the total and each card/gift card took exactly its tender.
    Cancelled: every gift card balance is back where it started and no card charge kept money.
    Either way no gift card keeps a lock, and no charge exists that no tender owns.
    """
    problems: list[str] = []
    if sale.state not in (SaleState.COMPLETED, SaleState.CANCELLED):
        return [f"sale ended {sale.state.value}: {sale.attention}"]
    completed = sale.state is SaleState.COMPLETED
    tenders = {t.reference: t for t in sale.tenders}
    charges = await all_charges(client)
    seen: dict[str, int] = {}
    for charge in charges:
        ref = charge.external_reference_id or ""
        if ref not in tenders:
            problems.append(f"charge {charge.id} belongs to no tender (net {_net(charge)})")
            continue
        seen[ref] = seen.get(ref, 0) + 1
        tender = tenders[ref]
        want = tender.amount_approved if completed and tender.state is TenderState.CAPTURED else 0
        if _net(charge) != want:
            problems.append(f"{tender.label} took {_net(charge)}, ledger says {want}")
    problems += [f"tender {ref} has {n} charges" for ref, n in seen.items() if n > 1]
    if completed:
        taken = sum(t.amount_approved for t in sale.tenders if t.state is TenderState.CAPTURED)
        if taken != sale.total:
            problems.append(f"tenders {taken} != total {sale.total}")
    if sale.order_id is not None:  # recorded as an order: it holds what the tenders kept
        order = await client.get_order(sale.order_id)
        kept = sum(t.amount_approved for t in sale.tenders if completed
                   and t.kind is not TenderKind.CASH and t.state is TenderState.CAPTURED)
        if order.amount_paid != kept or order.amount != sale.total:
            problems.append(f"order {order.id}: paid {order.amount_paid} of {order.amount}, "
                            f"the sale kept {kept} of {sale.total}")
    for number, before in start.items():
        state = live.gift_card(number)
        spent = sum(t.amount_approved for t in sale.tenders
                    if completed and t.kind is TenderKind.GIFT_CARD
                    and t.state is TenderState.CAPTURED and t.last4 == number[-4:])
        if state["balance"] != before - spent or state["lock_amount"]:
            problems.append(f"gift card ····{number[-4:]}: balance {state['balance']} lock "
                            f"{state['lock_amount']}, expected {before - spent} lock 0")
    return problems


async def settle_until_finished(checkout: CheckoutController, sale: Sale) -> None:
    """What the app's background retries do for an unfinished sale, run to the end here."""
    for _ in range(20):
        if sale.state.finished:
            return
        try:
            with checkout._working():
                await checkout.settle(sale)
        except CheckoutBusy:
            await asyncio.sleep(0.05)
