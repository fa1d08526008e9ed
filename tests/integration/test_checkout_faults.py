"""Every request of a split-tender sale meets every fault; money must never be lost or doubled."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pos_app.checkout import CheckoutController, CheckoutError, TenderResult
from pos_app.clover import CloverClient, Hosts, StaticCredentials
from pos_app.domain import Sale, SaleState, TenderState

from .checkout_helpers import GIFT_40, VISA, ledger_problems, make_checkout, settle_until_finished
from .conftest import FAST_RETRY, LiveSandbox

FAULTS: dict[str, dict[str, Any]] = {
    "timeout before the ledger commits": {"kind": "timeout", "phase": "before"},
    "connection dropped after it commits": {"kind": "drop", "phase": "after"},
    "503": {"kind": "error", "status": 503},
    "429": {"kind": "error", "status": 429, "retry_after": 0},
}
COUNTS = (1, 4)  # once (the client's own retries absorb it), and more than it retries


@dataclass(frozen=True)
class Script:
    name: str
    total: int
    steps: tuple[tuple[str, str], ...]  # (cashier step, request route it sends)
    orders: bool = False  # the sale is recorded as a Clover order
    cashier: tuple[str, ...] = ("gift", "card")


SPLIT = Script("gift card then card", 6250, (
    ("gift", "POST /v1/tokens"), ("gift", "POST /v1/charges"),
    ("card", "POST /v1/tokens"), ("card", "POST /v1/charges"),
    ("card", "POST /v1/charges/{id}/capture"),
))
CANCEL = Script("gift card, part on card, cancel", 10000, (
    ("cancel", "POST /v1/charges/{id}/capture"), ("cancel", "POST /v1/refunds"),
), cashier=("gift", "card", "cancel"))
# The order flow, on the requests it alone sends (capture, release and refund of its payments
# are the charge requests above): ring up the order, pay it twice, and return it on a void.
SPLIT_ORDER = Script("order: gift card then card", 6250, (
    ("gift", "POST /v1/orders"), ("gift", "POST /v1/orders/{id}/pay"),
    ("card", "POST /v1/orders/{id}/pay"),
), orders=True)
VOID_ORDER = Script("order: paid, then voided", 6250, (
    ("void", "POST /v1/orders/{id}/returns"),
), orders=True, cashier=("gift", "card", "void"))
SCENARIOS = [
    (script, step, route, fault, count)
    for script in (SPLIT, CANCEL, SPLIT_ORDER, VOID_ORDER)
    for step, route in script.steps
    for fault in FAULTS
    # A fault seen once is absorbed by the client's own retries, the same way on every route
    # (the charge routes show it): the order routes run the one that outlasts them.
    for count in (COUNTS if not script.orders else COUNTS[-1:])
]


async def _until_settled(checkout: CheckoutController, result: TenderResult | None) -> None:
    for _ in range(5):
        if result is None or result.tender.state.settled:
            return
        result = await checkout.check_again()


async def _cashier(checkout: CheckoutController, step: str, script: Script) -> None:
    """What a cashier does: repeat a step the register says to try again, check unknowns."""
    actions: dict[str, Callable[[], Awaitable[Any]]] = {
        "gift": lambda: checkout.pay_gift_card(GIFT_40),
        "card": lambda: checkout.pay_card(VISA, amount=3000 if script is CANCEL else None),
        "cancel": checkout.cancel,
        "void": lambda: checkout.reverse_completed(_sale_id(checkout), approved_by="Dana"),
    }
    for _ in range(6):
        try:
            result = await actions[step]()
        except CheckoutError:
            continue
        if isinstance(result, Sale):
            return
        await _until_settled(checkout, result)
        if result.tender.state is not TenderState.DECLINED:
            return


def _sale_id(checkout: CheckoutController) -> str:
    assert checkout.sale is not None
    return checkout.sale.id


async def _run(checkout: CheckoutController, script: Script, fault_step: str,
               add_fault: Callable[[], None]) -> Sale:
    checkout.add_item("Jacket", script.total)
    for step in script.cashier:
        if step == fault_step:
            add_fault()
        await _cashier(checkout, step, script)
    sale = checkout.sale
    assert sale is not None
    await settle_until_finished(checkout, sale)  # the fault is used up by now
    return sale


@pytest.mark.slow
@pytest.mark.timeout(900)
async def test_no_fault_loses_or_doubles_money(
    live: LiveSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost: list[str] = []
    outcomes: dict[SaleState, int] = {}
    for index, (script, step, route, fault, count) in enumerate(SCENARIOS):
        live.reset()
        live.admin("DELETE", "/_sandbox/faults")
        start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
        async with CloverClient(Hosts.local(live.url), StaticCredentials(live.token),
                                retry=FAST_RETRY, deadline=1.0) as client:
            checkout = make_checkout(client, tmp_path / f"journal-{index}.sqlite3",
                                     record_orders=script.orders)
            sale = await _run(checkout, script, step,
                              functools.partial(live.fault, route, count=count, **FAULTS[fault]))
            live.admin("DELETE", "/_sandbox/faults")
            problems = await ledger_problems(client, live, sale, start)
            await checkout.aclose()
            checkout.journal.close()
        outcomes[sale.state] = outcomes.get(sale.state, 0) + 1
        if problems:
            lost.append(f"{script.name} / {route} / {fault} ×{count}: {problems}")
    with capsys.disabled():
        print(f"\nfault scenarios: {len(SCENARIOS)} run, {len(lost)} lost or double-took money"
              f" ({', '.join(f'{n} {s.value}' for s, n in outcomes.items())})")
    assert not lost, "\n".join(lost)
