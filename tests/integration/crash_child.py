"""A register that SIGKILLs itself at one journal step of a scripted sale (for the crash test).

Usage: python -m tests.integration.crash_child URL TOKEN JOURNAL SCRIPT STEP
SCRIPT is "split", "cancel" or "order" (the split sale as a Clover order, then voided).
STEP is "before:N" (die as the N-th journal write starts, so it never lands) or "after:N"
(die right after it is durable), or "none" to count the writes: it prints `journal writes: N`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from pos_app.checkout import Journal
from pos_app.clover import CloverClient, Hosts, StaticCredentials

from .checkout_helpers import GIFT_40, VISA, make_checkout
from .conftest import FAST_RETRY


def _arm(journal: Journal, step: str) -> list[int]:
    """Count every journal write at the one place they all go through (the writer thread's
    queue), and SIGKILL the process at the chosen one."""
    writes = [0]
    mode, _, number = step.partition(":")
    target = int(number) if number else 0
    submit = journal._submit

    def submit_then_maybe_die(write: Callable[[], Any]) -> Future[Any]:
        def write_then_maybe_die() -> Any:
            writes[0] += 1
            if mode == "before" and writes[0] == target:
                os.kill(os.getpid(), signal.SIGKILL)
            done = write()
            if mode == "after" and writes[0] == target:
                os.kill(os.getpid(), signal.SIGKILL)
            return done

        return submit(write_then_maybe_die)

    journal._submit = submit_then_maybe_die  # type: ignore[method-assign]
    return writes


async def main(url: str, token: str, journal_path: str, script: str, step: str) -> None:
    async with CloverClient(Hosts.local(url), StaticCredentials(token), retry=FAST_RETRY) as api:
        # "order": the split sale recorded as a Clover order, then voided (the order returned).
        order = script == "order"
        checkout = make_checkout(api, Path(journal_path), record_orders=order)
        writes = _arm(checkout.journal, step)
        checkout.add_item("Jacket", 10000 if script == "cancel" else 6250)
        await checkout.pay_gift_card(GIFT_40)
        await checkout.pay_card(VISA, amount=3000 if script == "cancel" else None)
        if script == "cancel":
            await checkout.cancel()
        if order:
            assert checkout.sale is not None
            await checkout.reverse_completed(checkout.sale.id, approved_by="Dana")
        await checkout.aclose()
        print(f"journal writes: {writes[0]}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:6]))
