"""Card charges: approvals, every decline trigger, authorization and capture, refunds, listing."""

from __future__ import annotations

import re

import pytest

from .conftest import Api, error_of

APPROVED_CARDS = [
    "4111111111111111",
    "4005571702222222",
    "5555555555554444",
    "5146315000000055",
    "6011111111111117",
    "6011361000006668",
]


@pytest.mark.parametrize("pan", APPROVED_CARDS)
async def test_approved_card_charge_shape(api: Api, pan: str) -> None:
    token = await api.card_token(pan)
    response = await api.charge(token, 2599, external_reference_id="SALE 42", description="Coffee")
    assert response.status_code == 200
    charge = response.json()
    assert re.fullmatch(r"[A-Z0-9]{13}", charge["id"])
    assert charge["object"] == "charge"
    assert (charge["amount"], charge["amount_refunded"], charge["refunded"]) == (2599, 0, False)
    assert (charge["captured"], charge["paid"], charge["status"]) == (True, True, "succeeded")
    assert charge["outcome"] == {"network_status": "approved_by_network", "type": "authorized"}
    assert charge["source"]["id"] == token
    assert charge["source"]["first6"] == pan[:6]
    assert charge["source"]["last4"] == pan[-4:]
    assert charge["payment_method_details"] == "card"
    assert charge["external_reference_id"] == "SALE 42"
    assert re.fullmatch(r"[0-9]{6}", charge["ref_num"])
    # Read back from the ledger, the charge names its token only by its last 4 characters.
    masked = {**charge, "source": {**charge["source"], "id": f"clv_****{token[-4:]}"}}
    assert (await api.get(f"/v1/charges/{charge['id']}")).json() == masked


@pytest.mark.parametrize("pan", ["378282246310005", "371449635398431"])
async def test_amex_takes_a_four_digit_cvv(api: Api, pan: str) -> None:
    token = await api.card_token(pan, cvv="1234")
    response = await api.charge(token, 100)
    assert response.json()["source"]["brand"] == "AMEX"
    assert response.json()["paid"] is True


@pytest.mark.parametrize(
    ("pan", "type_", "code", "decline"),
    [
        ("4000000000000002", "card_error", "card_declined", "generic_decline"),
        ("4000000000009995", "card_error", "card_declined", "insufficient_funds"),
        ("4000000000000069", "card_error", "expired_card", None),
        ("4000000000000127", "card_error", "incorrect_cvc", None),
        ("4000000000000119", "api_error", "processing_error", None),
        ("5105105105105100", "card_error", "card_declined", "do_not_honor"),
    ],
)
async def test_decline_triggers_store_a_failed_charge(
    api: Api, pan: str, type_: str, code: str, decline: str | None
) -> None:
    token = await api.card_token(pan)
    response = await api.charge(token, 1000)
    assert response.status_code == 400
    body = response.json()
    error = body["error"]
    assert (error["type"], error["code"], error.get("declineCode")) == (type_, code, decline)
    assert body["message"] == error["message"]
    assert error["doc_url"].startswith("https://docs.clover.com/")
    stored = (await api.get(f"/v1/charges/{error['charge']}")).json()
    assert (stored["status"], stored["paid"], stored["captured"]) == ("failed", False, False)
    assert stored["failure_code"] == code
    assert pan not in response.text


async def test_past_expiry_declines_any_card(api: Api) -> None:
    token = await api.card_token("4111111111111111", exp_month="01", exp_year="2020")
    error = error_of(await api.charge(token, 100))
    assert (error["type"], error["code"]) == ("card_error", "expired_card")


@pytest.mark.parametrize(
    ("body", "code", "param"),
    [
        ({"amount": 0}, "invalid_charge_amount", "amount"),
        ({"amount": "12.50"}, "invalid_charge_amount", "amount"),
        ({"amount": 100_000_000}, "amount_too_large", "amount"),
        ({"amount": None}, "missing", "amount"),
        ({"currency": "eur"}, "invalid_request", "currency"),
        ({"capture": "maybe"}, "invalid_request", "capture"),
        ({"external_reference_id": "THIRTEEN CHAR"}, "invalid_request", "external_reference_id"),
        ({"external_reference_id": "bad-char"}, "invalid_request", "external_reference_id"),
        ({"description": "x" * 256}, "invalid_request", "description"),
        ({"source": None}, "missing", "source"),
    ],
)
async def test_charge_body_validation(
    api: Api, body: dict[str, object], code: str, param: str
) -> None:
    token = await api.card_token("4111111111111111")
    request = {"source": token, "amount": 100, "currency": "usd", **body}
    request = {k: v for k, v in request.items() if v is not None}
    error = error_of(await api.post("/v1/charges", request))
    assert (error["type"], error["code"], error["param"]) == ("invalid_request_error", code, param)


async def test_card_authorization_then_partial_capture(api: Api) -> None:
    token = await api.card_token("5555555555554444")
    auth = (await api.charge(token, 5000, capture="false")).json()
    assert (auth["captured"], auth["paid"], auth["amount"]) == (False, True, 5000)
    too_much = await api.post(f"/v1/charges/{auth['id']}/capture", {"amount": 5001})
    assert error_of(too_much)["code"] == "invalid_charge_amount"
    captured = (await api.post(f"/v1/charges/{auth['id']}/capture", {"amount": "4200"})).json()
    assert (captured["captured"], captured["amount"]) == (True, 4200)
    twice = await api.post(f"/v1/charges/{auth['id']}/capture", {})
    assert error_of(twice)["code"] == "charge_already_captured"
    missing = await api.post("/v1/charges/AAAAAAAAAAAAA/capture", {})
    assert missing.status_code == 404
    assert error_of(missing)["code"] == "resource_missing"


async def test_card_refunds_void_within_25_minutes_then_refund(api: Api) -> None:
    first = (await api.charge(await api.card_token("4111111111111111"), 3000)).json()
    partial = (await api.post("/v1/refunds", {"charge": first["id"], "amount": 1000})).json()
    assert partial["object"] == "refund"
    assert partial["metadata"]["refundType"] == "VOID"
    assert partial["metadata"]["gatewayResponseCode"] == "00"
    over = await api.post("/v1/refunds", {"charge": first["id"], "amount": 2001})
    assert error_of(over)["code"] == "invalid_charge_amount"
    api.sandbox.clock.advance(26 * 60)
    rest = (await api.post("/v1/refunds", {"charge": first["id"]})).json()
    assert (rest["amount"], rest["metadata"]["refundType"]) == (2000, "REFUND")
    charge = (await api.get(f"/v1/charges/{first['id']}")).json()
    assert (charge["amount_refunded"], charge["refunded"]) == (3000, True)
    nothing = await api.post("/v1/refunds", {"charge": first["id"]})
    assert error_of(nothing)["code"] == "charge_already_refunded"
    unknown = await api.post("/v1/refunds", {"charge": "ZZZZZZZZZZZZZ"})
    assert unknown.status_code == 404
    fetched = (await api.get(f"/v1/refunds/{partial['id']}")).json()
    assert (fetched["status"], fetched["amount"]) == ("succeeded", 1000)
    cancel = await api.post(f"/v1/refunds/{partial['id']}/cancel", {"reason": "USER_CANCEL"})
    assert error_of(cancel)["code"] == "invalid_request"


async def test_refund_of_an_uncaptured_authorization_releases_it(api: Api) -> None:
    auth = (await api.charge(await api.card_token("4111111111111111"), 800, capture=False)).json()
    released = (await api.post("/v1/refunds", {"charge": auth["id"]})).json()
    assert (released["amount"], released["metadata"]["refundType"]) == (800, "VOID")
    capture = await api.post(f"/v1/charges/{auth['id']}/capture", {})
    assert error_of(capture)["code"] == "charge_already_refunded"


async def test_list_charges_pages_newest_first(api: Api) -> None:
    ids = []
    for amount in range(101, 106):
        ids.append(
            (await api.charge(await api.card_token("4111111111111111"), amount)).json()["id"]
        )
    await api.post("/v1/activate", {"promotion_code": "67062"})  # not a charge: never listed
    page = (await api.get("/v1/charges", limit=2)).json()
    assert page["object"] == "list"
    assert [c["id"] for c in page["data"]] == ids[::-1][:2]
    assert page["has_more"] is True
    rest = (await api.get("/v1/charges", limit=10, starting_after=page["data"][-1]["id"])).json()
    assert [c["id"] for c in rest["data"]] == ids[::-1][2:]
    assert rest["has_more"] is False
    created = page["data"][0]["created"]
    window = await api.get("/v1/charges", **{"created[gte]": created, "created[lte]": created})
    assert ids[-1] in [c["id"] for c in window.json()["data"]]
    api.sandbox.clock.advance(60)
    later = (await api.get("/v1/charges", **{"created[gte]": api.sandbox.clock.now_ms()})).json()
    assert later["data"] == []
    for bad in ("0", "101", "x"):
        assert error_of(await api.get("/v1/charges", limit=bad))["param"] == "limit"
