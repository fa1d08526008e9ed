"""Calls as published Clover integrations send them, to a real `--strict` sandbox over HTTP."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from .conftest import LiveSandbox

VISA, DECLINED_VISA = "4111111111111111", "4000000000000002"
GIFT, SCV = "7777373100005003", "12345678"  # $50.00


class Raw:
    """Plain JSON over HTTP with the headers a shop plugin sends (its own User-Agent)."""

    def __init__(self, http: httpx.AsyncClient, agent: str = "WooCommerce Clover") -> None:
        self.http = http
        self.agent = agent

    def headers(self, **extra: str) -> dict[str, str]:
        return {
            "user-agent": self.agent,
            "x-forwarded-for": "203.0.113.9",
            "idempotency-key": str(uuid.uuid4()),
            **extra,
        }

    async def token(self, body: dict[str, Any]) -> str:
        key = (await self.http.get("/pakms/apikey")).json()["apiAccessKey"]
        response = await self.http.post("/v1/tokens", json=body, headers={"apikey": key})
        assert response.status_code == 200, response.text
        return str(response.json()["id"])

    async def card_charge(self, amount: int, number: str = VISA, **extra: Any) -> httpx.Response:
        card = {"number": number, "exp_month": "12", "exp_year": "2030", "cvv": "123"}
        source = await self.token({"card": card})
        body = {"source": source, "amount": amount, "currency": "usd", **extra}
        return await self.http.post("/v1/charges", json=body, headers=self.headers())

    async def refund(self, body: dict[str, Any]) -> httpx.Response:
        return await self.http.post("/v1/refunds", json=body, headers=self.headers())


@pytest.fixture
async def raw(live: LiveSandbox) -> AsyncIterator[Raw]:
    auth = {"authorization": f"Bearer {live.token}"}
    async with httpx.AsyncClient(
        base_url=live.url, headers=auth, trust_env=False, timeout=10
    ) as http:
        yield Raw(http)


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert body["message"] == body["error"]["message"]
    return dict(body["error"])


async def test_a_refund_whose_reference_is_a_json_number_is_accepted_and_kept_as_text(
    raw: Raw,
) -> None:
    charge = (await raw.card_charge(2500, external_reference_id=1001)).json()
    refund = await raw.refund({"charge": charge["id"], "external_reference_id": 100234})

    assert refund.status_code == 200, refund.text
    assert refund.json()["external_reference_id"] == "100234"
    read_back = (await raw.http.get(f"/v1/refunds/{refund.json()['id']}")).json()
    assert read_back["external_reference_id"] == "100234"
    assert charge["external_reference_id"] == "1001"
    too_long = await raw.refund({"charge": charge["id"], "external_reference_id": 10**13})
    assert error_of(too_long)["param"] == "external_reference_id"


async def test_refunds_are_listed_newest_first_and_paged_like_charges(
    raw: Raw, live: LiveSandbox
) -> None:
    refund_ids = []
    for amount in (1000, 1100, 1200):
        charge = (await raw.card_charge(amount)).json()
        refund_ids.append((await raw.refund({"charge": charge["id"]})).json()["id"])
        live.advance_clock(1)

    first = await raw.http.get("/v1/refunds", params={"limit": 2})
    assert first.status_code == 200, first.text
    page = first.json()
    assert (page["object"], page["url"], page["has_more"]) == ("list", "/v1/refunds", True)
    assert [r["id"] for r in page["data"]] == refund_ids[:0:-1]
    assert [r["amount"] for r in page["data"]] == [1200, 1100]
    rest = (await raw.http.get(
        "/v1/refunds", params={"limit": 2, "starting_after": page["data"][-1]["id"]})).json()
    assert ([r["id"] for r in rest["data"]], rest["has_more"]) == ([refund_ids[0]], False)
    back = (await raw.http.get(
        "/v1/refunds", params={"limit": 1, "ending_before": refund_ids[0]})).json()
    assert [r["id"] for r in back["data"]] == [refund_ids[1]]


async def test_the_charge_list_reads_both_forms_of_date_filter_and_refuses_unknown_ones(
    raw: Raw, live: LiveSandbox
) -> None:
    created = []
    for amount in (500, 600, 700):
        created.append((await raw.card_charge(amount)).json()["created"])
        live.advance_clock(2)
    middle = created[1]

    async def amounts(**params: Any) -> list[int]:
        response = await raw.http.get("/v1/charges", params={"limit": 100, **params})
        assert response.status_code == 200, response.text
        return [c["amount"] for c in response.json()["data"]]

    assert await amounts(**{"created.gt": middle}) == [700]
    assert await amounts(**{"created.gte": middle}) == [700, 600]
    assert await amounts(**{"created.lt": middle}) == [500]
    assert await amounts(**{"created.lte": middle}) == [600, 500]
    assert await amounts(**{"created[gt]": middle}) == [700]
    assert await amounts(**{"created[gte]": middle, "created[lte]": middle}) == [600]
    assert await amounts(**{"created.gte": created[0], "created.lt": created[2]}) == [600, 500]

    unknown = await raw.http.get("/v1/charges", params={"created.after": middle})
    assert unknown.status_code == 400
    error = error_of(unknown)
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error", "invalid_request", "created.after")
    bad_value = await raw.http.get("/v1/charges", params={"created.gt": "yesterday"})
    assert error_of(bad_value)["param"] == "created.gt"


@pytest.mark.parametrize("agent", ["node", "WooCommerce Clover", "CounterPOS/1.0"])
async def test_strict_mode_takes_any_non_empty_user_agent(raw: Raw, agent: str) -> None:
    raw.agent = agent
    response = await raw.card_charge(800)
    assert response.status_code == 200, response.text
    assert response.json()["paid"] is True


async def test_strict_mode_refuses_an_empty_user_agent_and_an_underscored_key(raw: Raw) -> None:
    raw.agent = ""
    no_agent = await raw.card_charge(800)
    assert no_agent.status_code == 400
    assert error_of(no_agent)["param"] == "user-agent"

    raw.agent = "node"
    card = {"number": VISA, "exp_month": "12", "exp_year": "2030", "cvv": "123"}
    body = {"source": await raw.token({"card": card}), "amount": 800, "currency": "usd"}
    headers = raw.headers()
    headers["idempotency_key"] = headers.pop("idempotency-key")
    underscored = await raw.http.post("/v1/charges", json=body, headers=headers)
    error = error_of(underscored)
    assert (error["code"], error["param"]) == ("missing", "idempotency-key")
    assert "idempotency_key" in error["message"]


async def test_a_decline_sends_both_spellings_of_the_decline_code(raw: Raw) -> None:
    response = await raw.card_charge(900, number=DECLINED_VISA)

    assert response.status_code == 400
    error = error_of(response)
    assert error["declineCode"] == error["decline_code"] == "generic_decline"
    assert error["charge"]


async def test_a_refund_keeps_the_callers_metadata_beside_the_gateways(raw: Raw) -> None:
    charge = (await raw.card_charge(1500)).json()
    refund = await raw.refund(
        {"charge": charge["id"], "metadata": {"shop_order": "1001", "note": "damaged"}})

    assert refund.status_code == 200, refund.text
    metadata = refund.json()["metadata"]
    assert (metadata["shop_order"], metadata["note"]) == ("1001", "damaged")
    assert (metadata["refundType"], metadata["gatewayResponseCode"]) == ("VOID", "00")
    read_back = (await raw.http.get(f"/v1/refunds/{refund.json()['id']}")).json()
    assert read_back["metadata"] == metadata
