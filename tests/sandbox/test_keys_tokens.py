"""keys.json, PAKMS, card and gift card tokens, single use, and authentication."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import hashes

from .conftest import Api, encrypt, encrypt_pan, error_of


async def test_keys_json_is_raw_modulus_and_padded_exponent(api: Api) -> None:
    response = await api.client.get("/assets/keys.json", headers={"authorization": ""})
    assert response.status_code == 200
    keys = response.json()
    assert set(keys) == {"TA_PUBLIC_KEY_DEV", "TA_PUBLIC_KEY_PROD"}
    for blob in keys.values():
        assert len(blob) == 684
        raw = base64.b64decode(blob)
        assert len(raw) == 512
        assert raw[-3:] == b"\x01\x00\x01"
        assert raw[256:-3] == bytes(253)
        assert raw[0] >= 0x80  # a full 2048-bit modulus


async def test_encrypted_pan_round_trips_to_a_card_token(api: Api) -> None:
    keys = await api.keys()
    for name in ("TA_PUBLIC_KEY_DEV", "TA_PUBLIC_KEY_PROD"):
        card = {
            "encrypted_pan": encrypt_pan(keys, "6011361000006668", name),
            "exp_month": 12,
            "exp_year": "2030",
            "cvv": "123",
            "first6": "601136",
            "last4": "6668",
            "brand": "DISCOVER",
        }
        response = await api.tokenize({"card": card})
        assert response.status_code == 200
        body = response.json()
        assert body["object"] == "token"
        assert body["id"].startswith("clv_")
        assert len(body["id"]) == 26
        assert body["card"] == {
            "exp_month": "12",
            "exp_year": "2030",
            "first6": "601136",
            "last4": "6668",
            "brand": "DISCOVER",
        }


async def test_pakms_apikey_needs_bearer_and_gates_tokens(api: Api) -> None:
    response = await api.get("/pakms/apikey")
    body = response.json()
    assert body["active"] is True
    assert body["apiAccessKey"] == api.sandbox.pakms_key
    assert len(body["apiAccessKey"]) == 32
    assert {"createdTime", "developerAppUuid", "merchantUuid", "modifiedTime"} <= set(body)
    unauthorized = await api.client.get("/pakms/apikey", headers={"authorization": "Bearer nope"})
    assert unauthorized.status_code == 401
    wrong_key = await api.client.post(
        "/v1/tokens", json={"gift_card": {"number": "600123"}}, headers={"apikey": "0" * 32}
    )
    assert wrong_key.status_code == 401
    # Header names are case-insensitive: the docs write `apiKey`.
    ok = await api.client.post(
        "/v1/tokens",
        json={"gift_card": {"number": "600123"}},
        headers={"apiKey": api.sandbox.pakms_key},
    )
    assert ok.status_code == 200


async def test_unauthorized_body_shape(api: Api) -> None:
    response = await api.client.get("/v1/charges", headers={"authorization": ""})
    assert response.status_code == 401
    body = response.json()
    assert body["message"] == "401 Unauthorized"
    assert body["error"]["type"] == "authentication_error"
    assert body["error"]["code"] == "unauthorized"


async def test_raw_number_is_accepted_in_place_of_encrypted_pan(api: Api) -> None:
    response = await api.tokenize(
        {
            "card": {
                "number": "4111 1111 1111 1111",
                "exp_month": "1",
                "exp_year": "31",
                "cvv": "999",
            }
        }
    )
    assert response.status_code == 200
    assert response.json()["card"]["exp_month"] == "01"
    assert response.json()["card"]["exp_year"] == "2031"


@pytest.mark.parametrize(
    ("card", "code", "param"),
    [
        ({"encrypted_pan": "bm90IGEga2V5"}, "invalid_request", "card.encrypted_pan"),
        ({"encrypted_pan": "%%%"}, "invalid_request", "card.encrypted_pan"),
        ({"number": "4111111111111112"}, "invalid_number", "card.number"),
        ({"number": "41111"}, "invalid_number", "card.number"),
        ({"exp_month": "13"}, "invalid_expiry_month", "card.exp_month"),
        ({"exp_month": "0"}, "invalid_expiry_month", "card.exp_month"),
        ({"exp_year": "203"}, "invalid_expiry_year", "card.exp_year"),
        ({"cvv": "12"}, "invalid_cvc", "card.cvv"),
        ({"cvv": "12345"}, "invalid_cvc", "card.cvv"),
        ({"first6": "400000"}, "invalid_request", "card.first6"),
        ({"last4": "0000"}, "invalid_request", "card.last4"),
        ({"brand": "AMEX"}, "invalid_request", "card.brand"),
    ],
)
async def test_card_token_validation(api: Api, card: dict[str, str], code: str, param: str) -> None:
    body = {
        "number": "4111111111111111",
        "exp_month": "12",
        "exp_year": "2030",
        "cvv": "123",
        **card,
    }
    if "encrypted_pan" in card:
        del body["number"]
    response = await api.tokenize({"card": body})
    assert response.status_code == 400
    error = error_of(response)
    assert (error["code"], error["param"]) == (code, param)
    assert "4111" not in response.text


async def test_encrypted_pan_without_prefix_or_with_another_hash_is_refused(api: Api) -> None:
    keys = await api.keys()
    no_prefix = encrypt(keys, b"4111111111111111")
    wrong_hash = encrypt(keys, b"000000004111111111111111", hashes.SHA256)
    for encrypted in (no_prefix, wrong_hash):
        card = {"encrypted_pan": encrypted, "exp_month": "12", "exp_year": "2030", "cvv": "123"}
        response = await api.tokenize({"card": card})
        assert response.status_code == 400
        assert error_of(response)["code"] == "invalid_request"


async def test_gift_card_token_shape_and_alias(api: Api) -> None:
    response = await api.tokenize(
        {"gift_card": {"card_number": "7777373100005003", "security_code": "12345678"}}
    )
    assert response.status_code == 200
    assert response.json()["giftCard"] == {"last4": "5003"}
    assert response.json()["object"] == "token"


@pytest.mark.parametrize(
    ("gift", "param"),
    [
        (
            {"number": "98765441066", "security_code": "785577", "foreign_access_code": "67755"},
            "gift_card.number",
        ),
        ({"number": "12345"}, "gift_card.number"),
        ({"number": "7777373100005003x"}, "gift_card.number"),
        ({}, "gift_card.number"),
        ({"number": "7777373100005003", "security_code": "123"}, "gift_card.security_code"),
        ({"number": "7777373100005003", "security_code": "123456789"}, "gift_card.security_code"),
    ],
)
async def test_gift_card_token_validation(api: Api, gift: dict[str, str], param: str) -> None:
    response = await api.tokenize({"gift_card": gift})
    assert response.status_code == 400
    error = error_of(response)
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "invalid_request",
        param,
    )


async def test_tokens_are_single_use_and_unknown_tokens_are_missing(api: Api) -> None:
    token = await api.gift_token("600123")
    first = await api.post("/v1/balance_inquiry", {"source": token})
    assert first.status_code == 200
    second = await api.post("/v1/balance_inquiry", {"source": token})
    error = error_of(second)
    assert (second.status_code, error["code"], error["param"]) == (
        400,
        "token_already_used",
        "source",
    )
    unknown = await api.post("/v1/balance_inquiry", {"source": "clv_" + "x" * 22})
    error = error_of(unknown)
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "resource_missing",
        "source",
    )
    assert "clv_" not in unknown.text


async def test_a_refused_request_does_not_spend_the_token_but_a_decline_does(api: Api) -> None:
    token = await api.gift_token("7777373100000909", "9090")
    malformed = await api.post("/v1/charges", {"source": token, "amount": "ten", "currency": "usd"})
    assert error_of(malformed)["code"] == "invalid_charge_amount"
    declined = await api.charge(token, 100)
    assert error_of(declined)["declineCode"] == "insufficient_funds"
    again = await api.charge(token, 100)
    assert error_of(again)["code"] == "token_already_used"
