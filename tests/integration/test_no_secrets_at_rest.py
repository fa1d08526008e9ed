"""Card numbers, security codes, tokens and secrets never reach a log line or a file on disk."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pos_app.clover import CardDeclined, CardDetails, CloverClient, Hosts, StaticCredentials
from pos_app.sandbox import Sandbox, SandboxConfig

GIFT, CODE = "7777373100005003", "12345678"
VISA, DECLINED, CVV = "4111111111111111", "4000000000000002", "987"
TOKEN = "merchant-secret-token-1234"


async def _a_day_of_business(api: CloverClient) -> list[str]:
    """Runs sales, declines and a virtual card; returns every token and secret it saw."""
    seen: list[str] = [await api.api_access_key()]
    gift = await api.create_gift_card_token(GIFT, security_code=CODE)
    hold = await api.create_charge(gift.id, 2500, "usd", capture=False, partial_redemption=True)
    card = await api.create_card_token(CardDetails(VISA, 12, 2030, CVV))
    await api.create_charge(card.id, 1000, "usd")
    await api.capture_charge(hold.id, hold.amount)
    bad = await api.create_card_token(CardDetails(DECLINED, 12, 2030, CVV))
    with pytest.raises(CardDeclined):
        await api.create_charge(bad.id, 1000, "usd")
    virtual = await api.activate_virtual("67063", 2000)
    assert virtual.new_card is not None
    seen += [gift.id, card.id, bad.id, virtual.new_card.number, virtual.new_card.security_code]
    return seen


def _every_byte_written_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


async def test_a_day_of_business_leaves_no_card_data_in_logs_or_the_ledger_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "ledger.sqlite3"
    sandbox = Sandbox(SandboxConfig(db_path=db, api_token=TOKEN, rate_limit=0))
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included, no filter
    async with CloverClient(
        Hosts.local(), StaticCredentials(TOKEN), transport=sandbox.transport()
    ) as api:
        seen = await _a_day_of_business(api)
    sandbox.close()

    secrets = [GIFT, CODE, VISA, DECLINED, TOKEN, *seen]
    logged = caplog.text
    assert logged  # the client did log its requests
    assert [s for s in secrets if s in logged] == []
    on_disk = _every_byte_written_under(tmp_path)
    # CVV "987" is too short to look for in a binary file; the numbers and codes are not.
    assert [s for s in secrets if s.encode() in on_disk] == []
