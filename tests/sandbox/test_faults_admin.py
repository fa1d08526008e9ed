"""Fault injection (every kind and phase) and the `/_sandbox/` admin endpoints."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from pos_app.sandbox import SandboxConfig

from .conftest import Api, error_of

CARD, SCV = "7777373100005003", "12345678"  # $50.00
FAST = SandboxConfig(rate_limit=0, concurrency_limit=0, hang_seconds=0.2)


async def test_latency_before_and_after(api: Api) -> None:
    api.sandbox.faults.add("GET /v1/charges", "latency", latency_ms=120)
    api.sandbox.faults.add("GET /v1/charges", "latency", phase="after", latency_ms=120)
    for _ in range(2):
        started = time.monotonic()
        response = await api.get("/v1/charges")
        assert response.status_code == 200
        assert time.monotonic() - started >= 0.11
    assert api.sandbox.faults.pending() == []  # each fault applied once, then gone


async def test_error_before_commits_nothing_and_keeps_the_token(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "error", status=503, retry_after=2)
    token = await api.gift_token(CARD, SCV)
    failed = await api.charge(token, 1000, key="e1")
    assert failed.status_code == 503
    assert failed.headers["retry-after"] == "2"
    assert (error_of(failed)["type"], error_of(failed)["code"]) == ("api_error", "server_error")
    assert api.balance(CARD) == 5000
    retried = await api.charge(token, 1000, key="e1")
    assert retried.status_code == 200
    assert "idempotent-replayed" not in retried.headers
    assert api.balance(CARD) == 4000


async def test_error_as_html_page_and_as_429(api: Api) -> None:
    api.sandbox.faults.add("GET /v1/charges", "error", status=502, html=True)
    api.sandbox.faults.add("GET /v1/charges", "error", status=429)
    page = await api.get("/v1/charges")
    assert page.status_code == 502
    assert page.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in page.text
    limited = await api.get("/v1/charges")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert error_of(limited)["type"] == "rate_limit_error"


async def test_error_after_commits_then_answers_5xx(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "error", phase="after", status=500)
    token = await api.gift_token(CARD, SCV)
    failed = await api.charge(token, 600, key="e2")
    assert failed.status_code == 500
    assert api.balance(CARD) == 4400
    retried = await api.charge(token, 600, key="e2")
    assert (retried.status_code, retried.headers["idempotent-replayed"]) == (200, "true")
    assert api.balance(CARD) == 4400


async def test_drop_before_commits_nothing(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "drop")
    token = await api.gift_token(CARD, SCV)
    with pytest.raises(httpx.RemoteProtocolError):
        await api.charge(token, 1500, key="d1")
    assert api.balance(CARD) == 5000
    retried = await api.charge(token, 1500, key="d1")
    assert retried.status_code == 200
    assert "idempotent-replayed" not in retried.headers  # nothing was stored for the drop
    assert api.balance(CARD) == 3500


async def test_drop_after_commits_and_the_same_key_returns_the_same_charge(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "drop", phase="after")
    token = await api.gift_token(CARD, SCV)
    with pytest.raises(httpx.RemoteProtocolError):
        await api.charge(token, 1500, key="d2")
    assert api.balance(CARD) == 3500  # the money moved although the client saw no answer
    [charge] = (await api.get("/v1/charges")).json()["data"]
    retried = await api.charge(token, 1500, key="d2")
    assert retried.status_code == 200
    assert retried.headers["idempotent-replayed"] == "true"
    assert retried.json()["id"] == charge["id"]
    assert api.balance(CARD) == 3500
    assert len((await api.get("/v1/charges")).json()["data"]) == 1


async def test_drop_after_on_capture_then_retry(api: Api) -> None:
    hold = (await api.gift_charge(CARD, SCV, 2000, capture=False)).json()
    api.sandbox.faults.add("POST /v1/charges/{id}/capture", "drop", phase="after")
    path = f"/v1/charges/{hold['id']}/capture"
    with pytest.raises(httpx.RemoteProtocolError):
        await api.post(path, {"amount": 2000}, **{"idempotency-key": "c1"})
    assert (api.card(CARD)["balance"], api.card(CARD)["lock_amount"]) == (3000, 0)
    retried = await api.post(path, {"amount": 2000}, **{"idempotency-key": "c1"})
    assert (retried.status_code, retried.json()["amount"]) == (200, 2000)
    assert api.balance(CARD) == 3000


@pytest.mark.parametrize("config", [FAST])
async def test_timeout_before_hangs_then_drops_and_commits_nothing(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "timeout")
    token = await api.gift_token(CARD, SCV)
    started = time.monotonic()
    with pytest.raises(httpx.RemoteProtocolError):
        await api.charge(token, 900, key="t1")
    assert time.monotonic() - started >= 0.19
    assert api.balance(CARD) == 5000
    retried = await api.charge(token, 900, key="t1")
    assert retried.status_code == 200
    assert "idempotent-replayed" not in retried.headers
    assert api.balance(CARD) == 4100


@pytest.mark.parametrize("config", [FAST])
async def test_timeout_after_commits_and_the_retry_gets_the_answer(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "timeout", phase="after")
    token = await api.gift_token(CARD, SCV)
    with pytest.raises(httpx.RemoteProtocolError):
        await api.charge(token, 900, key="t2")
    assert api.balance(CARD) == 4100
    retried = await api.charge(token, 900, key="t2")
    assert retried.headers["idempotent-replayed"] == "true"
    assert api.balance(CARD) == 4100


async def test_timeout_ends_when_the_client_gives_up(api: Api) -> None:
    api.sandbox.faults.add("POST /v1/charges", "timeout", phase="after")  # hang_seconds is 30
    token = await api.gift_token(CARD, SCV)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(api.charge(token, 700, key="t3"), 0.2)
    assert time.monotonic() - started < 2
    assert api.balance(CARD) == 4300
    retried = await api.charge(token, 700, key="t3")
    assert (retried.status_code, retried.headers["idempotent-replayed"]) == (200, "true")


async def test_faults_apply_count_times_in_order_and_wildcard(api: Api) -> None:
    api.sandbox.faults.add("*", "error", count=2, status=504)
    api.sandbox.faults.add("GET /v1/charges", "error", status=500)
    assert (await api.get("/pakms/apikey")).status_code == 504
    assert (await api.get("/v1/charges")).status_code == 504
    assert (await api.get("/v1/charges")).status_code == 500
    assert (await api.get("/v1/charges")).status_code == 200
    api.sandbox.faults.add("*", "error")
    assert (await api.post("/_sandbox/clock", {"advance_seconds": 0})).status_code == 200
    api.sandbox.faults.clear()
    assert (await api.get("/v1/charges")).status_code == 200
    with pytest.raises(ValueError, match="unknown route"):
        api.sandbox.faults.add("POST /v1/charge", "drop")
    with pytest.raises(ValueError, match="kind"):
        api.sandbox.faults.add("*", "explode")


async def test_admin_faults_over_http(api: Api) -> None:
    queued = await api.post(
        "/_sandbox/faults",
        {"route": "GET /v1/charges/{id}", "kind": "error", "status": 502, "count": 2},
    )
    assert queued.json()["queued"]["count"] == 2
    assert (await api.get("/v1/charges/AAAAAAAAAAAAA")).status_code == 502
    assert (await api.client.delete("/_sandbox/faults")).status_code == 200
    assert (await api.get("/v1/charges/AAAAAAAAAAAAA")).status_code == 404
    bad = await api.post("/_sandbox/faults", {"route": "*", "kind": "nope"})
    assert bad.status_code == 400
    other_token = await api.client.post(
        "/_sandbox/faults",
        json={"route": "*", "kind": "drop"},
        headers={"authorization": "Bearer x"},
    )
    assert other_token.status_code == 401
    assert api.sandbox.faults.pending() == []


async def test_admin_clock_lookup_oauth_and_reset(api: Api) -> None:
    before = api.sandbox.clock.now_ms()
    moved = (await api.post("/_sandbox/clock", {"advance_seconds": 3600})).json()
    assert moved["now"] >= before + 3_600_000
    hold = (await api.gift_charge(CARD, SCV, 1000, capture=False)).json()
    state = (await api.post("/_sandbox/gift_cards/lookup", {"number": CARD})).json()
    assert state["lock_amount"] == 1000
    assert state["locks"][0]["charge"] == hold["id"]
    assert state["locks"][0]["lock_id"] == hold["gift_card"]["lock_id"]
    assert (await api.post("/_sandbox/gift_cards/lookup", {"number": "600999"})).status_code == 404
    pair = (await api.post("/_sandbox/oauth/issue", {"access_ttl_seconds": 5})).json()
    bearer = {"authorization": f"Bearer {pair['access_token']}"}
    assert (await api.client.get("/v1/charges", headers=bearer)).status_code == 200
    assert (await api.post("/_sandbox/reset")).json() == {"reset": True}
    assert api.card(CARD) == {
        "last4": "5003",
        "status": "active",
        "balance": 5000,
        "lock_amount": 0,
        "locks": [],
    }
    assert (await api.get("/v1/charges")).json()["data"] == []
