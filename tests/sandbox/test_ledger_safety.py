"""Money safety under concurrency, and a file ledger that survives a restart."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import httpx
import pytest

from pos_app.sandbox import Sandbox, SandboxConfig

from .conftest import BASE_URL, Api

CARD, SCV = "7777190000000000019", "191919"  # $500.00


async def test_100_concurrent_redemptions_never_overdraw(api: Api) -> None:
    tokens = [await api.gift_token(CARD, SCV) for _ in range(100)]
    answers = await asyncio.gather(*(api.charge(token, 700) for token in tokens))
    approved = [a.json()["amount"] for a in answers if a.status_code == 200]
    declined = [a.json()["error"]["declineCode"] for a in answers if a.status_code == 400]
    assert sum(approved) == 50_000
    assert len(approved) + len(declined) == 100
    assert set(declined) == {"insufficient_funds"}
    assert api.card(CARD)["balance"] == 0


async def test_concurrent_holds_and_redemptions_keep_the_invariants(api: Api) -> None:
    tokens = [await api.gift_token(CARD, SCV) for _ in range(100)]
    answers = await asyncio.gather(
        *(api.charge(token, 300 + i * 7, capture=i % 2 == 0) for i, token in enumerate(tokens))
    )
    redeemed = sum(
        a.json()["amount"] for a in answers if a.status_code == 200 and a.json()["captured"]
    )
    held = sum(
        a.json()["amount"] for a in answers if a.status_code == 200 and not a.json()["captured"]
    )
    state = api.card(CARD)
    assert redeemed + held == 50_000
    assert state["balance"] == 50_000 - redeemed
    assert state["lock_amount"] == held
    assert sum(lock["amount"] for lock in state["locks"]) == held


def test_ledger_refuses_a_negative_balance_even_if_code_tried(tmp_path: Path) -> None:
    sandbox = Sandbox(SandboxConfig(db_path=tmp_path / "ledger.db"))
    sandbox.close()
    conn = sqlite3.connect(tmp_path / "ledger.db")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE gift_cards SET balance = -1 WHERE last4 = '5003'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE gift_cards SET locked = balance + 1 WHERE last4 = '5003'")
    conn.close()


def test_two_servers_on_one_file_never_overdraw(tmp_path: Path) -> None:
    """Two processes' worth of connections racing on the same card (threads, real SQLite locks)."""
    path = tmp_path / "shared.db"
    Sandbox(SandboxConfig(db_path=path)).close()
    results: list[int] = []
    lock = threading.Lock()

    async def spend(sandbox: Sandbox) -> None:
        headers = {"authorization": f"Bearer {sandbox.api_token}"}
        async with httpx.AsyncClient(
            transport=sandbox.transport(), base_url=BASE_URL, headers=headers
        ) as client:
            api = Api(sandbox, client)
            for _ in range(40):
                response = await api.charge(await api.gift_token(CARD, SCV), 1500)
                if response.status_code == 200:
                    with lock:
                        results.append(response.json()["amount"])

    def worker() -> None:
        sandbox = Sandbox(SandboxConfig(db_path=path, rate_limit=0, concurrency_limit=0))
        try:
            asyncio.run(spend(sandbox))
        finally:
            sandbox.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    final = Sandbox(SandboxConfig(db_path=path))
    try:
        assert sum(results) == 50_000
        assert final.gift_card_state(CARD)["balance"] == 0
    finally:
        final.close()


async def test_file_ledger_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    first = Sandbox(SandboxConfig(db_path=path, api_token="tok"))
    headers = {"authorization": "Bearer tok"}
    async with httpx.AsyncClient(
        transport=first.transport(), base_url=BASE_URL, headers=headers
    ) as client:
        api = Api(first, client)
        keys = await api.keys()
        token = await api.card_token("4111111111111111")
        charge = (await api.charge(token, 1234)).json()
        redeemed = await api.charge(await api.gift_token(CARD, SCV), 10_000, key="persist")
    pakms = first.pakms_key
    first.close()

    second = Sandbox(SandboxConfig(db_path=path, api_token="tok"))
    async with httpx.AsyncClient(
        transport=second.transport(), base_url=BASE_URL, headers=headers
    ) as client:
        api = Api(second, client)
        assert await api.keys() == keys
        assert second.pakms_key == pakms
        assert second.gift_card_state(CARD)["balance"] == 40_000  # not re-seeded
        fetched = (await api.get(f"/v1/charges/{charge['id']}")).json()
        masked = f"clv_****{token[-4:]}"  # the ledger never keeps a whole token id
        assert fetched == {**charge, "source": {**charge["source"], "id": masked}}
        replay = await api.post(
            "/v1/charges", {"source": "clv_gone", "amount": 1}, **{"idempotency-key": "other"}
        )
        assert replay.status_code == 400
        # The same key and body after the restart still answers the stored charge.
        again = await api.client.post(
            "/v1/charges",
            content=redeemed.request.content,
            headers={"idempotency-key": "persist", "content-type": "application/json"},
        )
        assert again.json()["id"] == redeemed.json()["id"]
        assert second.gift_card_state(CARD)["balance"] == 40_000
        # A key made before the restart decrypts a PAN after it.
        assert (await api.charge(await api.card_token("5555555555554444"), 50)).status_code == 200
    second.close()
    stored = path.read_bytes()
    assert b"4111111111111111" not in stored
    assert CARD.encode() not in stored
