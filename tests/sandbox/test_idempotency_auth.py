"""Idempotency keys, rate and concurrency limits, strict-mode headers and OAuth tokens."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from pos_app.sandbox import Sandbox, SandboxConfig

from .conftest import BASE_URL, Api, error_of

CARD, SCV = "7777190000000000019", "191919"  # $500.00


async def test_replay_returns_the_same_answer_without_moving_money(api: Api) -> None:
    token = await api.gift_token(CARD, SCV)
    first = await api.charge(token, 1000, key="key-1")
    replay = await api.charge(token, 1000, key="key-1")
    assert replay.status_code == first.status_code == 200
    assert replay.json() == first.json()
    assert replay.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert api.balance(CARD) == 49_000
    listed = (await api.get("/v1/charges")).json()["data"]
    assert [c["id"] for c in listed] == [first.json()["id"]]


async def test_same_key_with_another_body_is_refused(api: Api) -> None:
    token = await api.gift_token(CARD, SCV)
    await api.charge(token, 1000, key="key-2")
    other = await api.charge(token, 1001, key="key-2")
    error = error_of(other)
    assert (other.status_code, error["type"], error["code"]) == (
        400,
        "idempotency_error",
        "idempotency_key_reused",
    )
    elsewhere = await api.post("/v1/refunds", {"charge": "X"}, **{"idempotency-key": "key-2"})
    assert error_of(elsewhere)["type"] == "idempotency_error"
    assert api.balance(CARD) == 49_000


async def test_declines_are_stored_and_replayed(api: Api) -> None:
    token = await api.card_token("4000000000000002")
    first = await api.charge(token, 500, key="decline")
    replay = await api.charge(token, 500, key="decline")
    assert replay.status_code == 400
    assert replay.json() == first.json()
    assert error_of(replay)["declineCode"] == "generic_decline"


async def test_concurrent_requests_with_one_key_make_one_charge(api: Api) -> None:
    token = await api.gift_token(CARD, SCV)
    answers = await asyncio.gather(*(api.charge(token, 2500, key="same") for _ in range(10)))
    assert {a.status_code for a in answers} == {200}
    assert len({a.json()["id"] for a in answers}) == 1
    assert sum(a.headers.get("idempotent-replayed") == "true" for a in answers) == 9
    assert api.balance(CARD) == 47_500


async def test_virtual_card_secrets_are_replayed_but_never_stored(api: Api) -> None:
    first = await api.post("/v1/activate", {"promotion_code": "67062"}, **{"idempotency-key": "v"})
    replay = await api.post("/v1/activate", {"promotion_code": "67062"}, **{"idempotency-key": "v"})
    assert replay.json() == first.json()
    number = first.json()["gift_card"]["number"]
    scv = first.json()["gift_card"]["security_card_value"]
    conn = api.sandbox.state.db._conn
    dump = "\n".join(conn.iterdump())
    assert number not in dump
    assert scv not in dump
    assert CARD not in dump


async def test_rate_limit_per_token() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=5, concurrency_limit=0))
    headers = {"authorization": f"Bearer {sandbox.api_token}"}
    async with httpx.AsyncClient(
        transport=sandbox.transport(), base_url=BASE_URL, headers=headers
    ) as client:
        statuses = [(await client.get("/v1/charges")).status_code for _ in range(5)]
        limited = await client.get("/v1/charges")
        keys = await client.get("/assets/keys.json")
        other_token = await client.get("/v1/charges", headers={"authorization": "Bearer other"})
    sandbox.close()
    assert statuses == [200] * 5
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert limited.headers["X-RateLimit-tokenLimit"] == "5"
    assert (error_of(limited)["type"], error_of(limited)["code"]) == (
        "rate_limit_error",
        "rate_limit",
    )
    assert keys.status_code == 200
    assert other_token.status_code == 401  # limited per token, and this one is not limited yet


async def test_concurrency_limit_per_token() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=0, concurrency_limit=2))
    sandbox.faults.add("GET /v1/charges", "latency", count=3, phase="after", latency_ms=150)
    headers = {"authorization": f"Bearer {sandbox.api_token}"}
    async with httpx.AsyncClient(
        transport=sandbox.transport(), base_url=BASE_URL, headers=headers
    ) as client:
        answers = await asyncio.gather(*(client.get("/v1/charges") for _ in range(3)))
        after = await client.get("/v1/charges")
    sandbox.close()
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 200, 429]
    limited = next(a for a in answers if a.status_code == 429)
    assert limited.headers["X-RateLimit-tokenConcurrentLimit"] == "2"
    assert after.status_code == 200


@pytest.mark.parametrize("config", [SandboxConfig(strict=True, rate_limit=0, concurrency_limit=0)])
async def test_strict_mode_requires_clover_headers(api: Api) -> None:
    token = await api.gift_token(CARD, SCV)
    body = {"source": token, "amount": 100, "currency": "usd"}
    good = {
        "x-forwarded-for": "10.0.0.7",
        "user-agent": "CounterPOS/0.1.0",
        "idempotency-key": "strict-1",
    }
    for missing in good:
        # Emptied rather than left out: httpx would send its own User-Agent in its place.
        response = await api.post("/v1/charges", body, **(good | {missing: " "}))
        error = error_of(response)
        assert (error["code"], error["param"]) == ("missing", missing)
    # Any non-empty User-Agent will do (issue 15): httpx's default one included.
    ok = await api.post("/v1/charges", body, **(good | {"user-agent": "python-httpx/0.28.1"}))
    assert ok.status_code == 200
    capture_hold = (
        await api.post(
            "/v1/charges",
            {**body, "source": await api.gift_token(CARD, SCV), "capture": False},
            **(good | {"idempotency-key": "strict-2"}),
        )
    ).json()
    no_ip = await api.post(
        f"/v1/charges/{capture_hold['id']}/capture", {}, **{"user-agent": "CounterPOS/0.1.0"}
    )
    assert error_of(no_ip)["param"] == "x-forwarded-for"
    captured = await api.post(
        f"/v1/charges/{capture_hold['id']}/capture",
        {},
        **{"user-agent": "CounterPOS/0.1.0", "x-forwarded-for": "10.0.0.7"},
    )
    assert captured.status_code == 200
    assert api.balance(CARD) == 49_800


async def test_default_mode_accepts_the_docs_curl_examples(api: Api) -> None:
    token = await api.gift_token(CARD, SCV)
    response = await api.client.post(
        "/v1/charges",
        content=b'{"source": "%s", "amount": 100, "currency": "usd", '
        b'"capture": "true", "partial_redemption": "true", "return_gateway_response": "true"}'
        % token.encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200
    bad_json = await api.client.post("/v1/charges", content=b"{nope")
    assert error_of(bad_json)["code"] == "invalid_request"


async def test_oauth_access_tokens_expire_and_refresh_tokens_work_once(api: Api) -> None:
    pair = api.sandbox.issue_oauth_pair(access_ttl_seconds=60)
    assert set(pair) == {
        "access_token",
        "access_token_expiration",
        "refresh_token",
        "refresh_token_expiration",
    }
    bearer = {"authorization": f"Bearer {pair['access_token']}"}
    assert (await api.client.get("/pakms/apikey", headers=bearer)).status_code == 200
    admin = await api.client.post("/_sandbox/reset", headers=bearer)
    assert admin.status_code == 401  # admin routes take only the sandbox's own token
    api.sandbox.clock.advance(61)
    assert (await api.client.get("/pakms/apikey", headers=bearer)).status_code == 401
    refresh = {"client_id": "APP", "refresh_token": pair["refresh_token"]}
    renewed = await api.client.post(
        "/oauth/v2/refresh", json=refresh, headers={"authorization": ""}
    )
    assert renewed.status_code == 200
    fresh = renewed.json()
    assert fresh["refresh_token"] != pair["refresh_token"]
    assert fresh["access_token_expiration"] > api.sandbox.clock.now()
    new_bearer = {"authorization": f"Bearer {fresh['access_token']}"}
    assert (await api.client.get("/pakms/apikey", headers=new_bearer)).status_code == 200
    reused = await api.client.post("/oauth/v2/refresh", json=refresh)
    assert (reused.status_code, reused.json()) == (401, {"message": "Invalid refresh token"})
    unknown = await api.client.post("/oauth/v2/refresh", json={"refresh_token": "nope"})
    assert unknown.status_code == 401
