"""`pos-app selftest`: a scripted split-tender sale on the in-process sandbox, no window."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from pos_app.clover import CardDetails
from pos_app.domain import GiftCardInput, SaleState, StoreInfo, build_receipt
from pos_app.runtime import build_runtime, demo_cashier_on_shift
from pos_app.storage import AppPaths, Settings

__all__ = ["run_selftest"]

GIFT_CARD = GiftCardInput("7777373100001234", "4321")  # the sandbox's seeded $40.00 card
CARD = CardDetails("4111111111111111", 12, 2030, "123")  # the sandbox's approving Visa


async def _sale(root: Path) -> tuple[bool, str]:
    paths = AppPaths.under(root).ensure()
    runtime = build_runtime(paths, Settings(store_name="Counter POS self-test"), None)
    try:
        # As a cashier starts: training's demo cashier signs in and opens the shift.
        await demo_cashier_on_shift(runtime.staff, runtime.shifts)
        checkout = runtime.checkout
        checkout.add_item("Self-test item", 6250)
        gift = await checkout.pay_gift_card(GIFT_CARD)
        lines = [gift.message]
        card = await checkout.pay_card(CARD)
        lines.append(card.message)
        sale = checkout.sale
        assert sale is not None
        receipt = build_receipt(sale, StoreInfo("Counter POS self-test", "", "Self-test passed"))
        ok = sale.state is SaleState.COMPLETED and sale.paid == sale.total
        return ok, "\n".join(lines) + "\n\n" + receipt.render_text()
    finally:
        await runtime.aclose()


def run_selftest() -> int:
    """Run the sale, print what the cashier would see and the receipt; 0 when it completed."""
    with tempfile.TemporaryDirectory(prefix="pos-selftest-") as folder:
        ok, text = asyncio.run(_sale(Path(folder)))
    print(text, end="")
    print("selftest: OK" if ok else "selftest: FAILED", flush=True)
    return 0 if ok else 1
