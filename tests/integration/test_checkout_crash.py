"""SIGKILL the register at every journal step of a sale; a restart's recovery must settle it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.checkout import Journal, recover
from pos_app.clover import CloverClient
from pos_app.domain import Sale, SaleState

from .checkout_helpers import (
    GIFT_40,
    all_charges,
    ledger_problems,
    make_checkout,
    settle_until_finished,
)
from .conftest import LiveSandbox

ROOT = Path(__file__).resolve().parents[2]


def _child(
    live: LiveSandbox, journal: Path, script: str, step: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.integration.crash_child", live.url, live.token,
         str(journal), script, step],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}, check=False,
    )


def _writes(live: LiveSandbox, tmp_path: Path, script: str) -> int:
    live.reset()
    done = _child(live, tmp_path / f"count-{script}.sqlite3", script, "none")
    match = re.search(r"journal writes: (\d+)", done.stdout)
    assert done.returncode == 0 and match, done.stderr[-2000:]
    return int(match.group(1))


async def _recover_and_check(client: CloverClient, live: LiveSandbox, journal_path: Path,
                             start: dict[str, int]) -> list[str]:
    checkout = make_checkout(client, journal_path)
    try:
        await recover(checkout)
        sales = checkout.journal.sales_between(0, 2**62)
        for sale in sales:
            await settle_until_finished(checkout, sale)
        if not sales:  # died before the sale reached the journal: nothing may have moved
            return await _nothing_moved(client, live, start)
        assert len(sales) == 1
        if checkout.journal.unfinished():
            return [f"still unfinished after recovery: {sales[0].attention}"]
        return await ledger_problems(client, live, sales[0], start)
    finally:
        await checkout.aclose()
        checkout.journal.close()


async def _nothing_moved(client: CloverClient, live: LiveSandbox,
                         start: dict[str, int]) -> list[str]:
    empty = Sale(state=SaleState.CANCELLED)
    return await ledger_problems(client, live, empty, start) + [
        f"charge {c.id} with no sale" for c in await all_charges(client)
    ]


@pytest.mark.slow
@pytest.mark.timeout(900)
async def test_recovery_settles_a_sale_killed_at_every_journal_step(
    live: LiveSandbox, client: CloverClient, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lost: list[str] = []
    runs = 0
    # The order flow once: its own steps (ring up the order, pay it, return it); the cancel
    # path reverses each payment by its charge id, as without orders.
    for script in ("split", "cancel", "order"):
        writes = _writes(live, tmp_path, script)
        for number in range(1, writes + 1):
            for mode in ("before", "after"):
                live.reset()
                start = {GIFT_40.number: live.gift_card(GIFT_40.number)["balance"]}
                journal = tmp_path / f"{script}-{mode}-{number}.sqlite3"
                died = _child(live, journal, script, f"{mode}:{number}")
                assert died.returncode == -9, died.stderr[-2000:]
                if not journal.exists():
                    Journal(journal).close()
                problems = await _recover_and_check(client, live, journal, start)
                runs += 1
                if problems:
                    lost.append(f"{script} killed {mode} journal write {number}: {problems}")
    with capsys.disabled():
        print(f"\ncrash scenarios: {runs} run, {len(lost)} lost or double-took money")
    assert not lost, "\n".join(lost)
