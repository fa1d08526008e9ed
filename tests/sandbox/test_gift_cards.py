"""Gift card checks, activation (virtual and physical), reload, balance inquiry and cashout."""

from __future__ import annotations

import pytest

from pos_app.sandbox.seed import GIFT_CARDS

from .conftest import Api, error_of


@pytest.mark.parametrize(
    ("number", "scv", "fac", "decline"),
    [
        ("7777373100007777", "1234", None, "card_not_found"),
        ("7777373100006666", "6666", None, "card_closed"),
        ("7777373100009580", "9580", None, "card_inactive"),
        ("7777373100005003", None, None, "invalid_security_code"),
        ("7777373100005003", "1234", None, "invalid_security_code"),
        ("8888160000000016", None, None, "invalid_access_code"),
        ("8888160000000016", None, "12345", "invalid_access_code"),
    ],
)
async def test_every_gift_card_check(
    api: Api, number: str, scv: str | None, fac: str | None, decline: str
) -> None:
    before = api.card(number)["balance"] if decline != "card_not_found" else None
    response = await api.gift_charge(number, scv, 100)
    assert response.status_code == 400
    error = error_of(response)
    assert (error["type"], error["code"], error["declineCode"]) == (
        "card_error",
        "card_declined",
        decline,
    )
    assert number not in response.text
    if before is not None:
        assert api.card(number)["balance"] == before


async def test_seeded_cards_match_the_contract(api: Api) -> None:
    for seeded in GIFT_CARDS:
        state = api.card(seeded.number)
        assert (state["status"], state["balance"], state["last4"]) == (
            seeded.state,
            seeded.balance,
            seeded.number[-4:],
        )


async def test_card_without_code_and_foreign_card_with_access_code(api: Api) -> None:
    short = (await api.gift_charge("600123", None, 500)).json()
    assert short["source"] == {"id": short["source"]["id"], "brand": "GIFT_CARD", "last4": "0123"}
    foreign = (await api.gift_charge("8888160000000016", None, 500, fac="67755")).json()
    assert foreign["source"]["first6"] == "888816"
    assert foreign["gift_card"]["new_balance"] == 7000
    thirteen = (await api.gift_charge("7777130000013", "1313", 100)).json()
    assert "first6" not in thirteen["source"]


async def test_balance_inquiry_shows_locked_funds(api: Api) -> None:
    await api.gift_charge("7777373100001234", "4321", 1500, capture=False)
    token = await api.gift_token("7777373100001234", "4321")
    response = await api.post("/v1/balance_inquiry", {"source": token})
    assert response.json() == {
        "status": "succeeded",
        "gift_card": {
            "expiration_date": "3025-01-01",
            "previous_balance": 4000,
            "new_balance": 4000,
            "lock_amount": 1500,
        },
    }


async def test_activate_virtual_denominated(api: Api) -> None:
    response = await api.post("/v1/activate", {"promotion_code": "67062"})
    body = response.json()
    assert (body["amount"], body["paid"], body["status"]) == (5000, True, "succeeded")
    card = body["gift_card"]
    assert len(card["number"]) == 16
    assert body["source"]["last4"] == card["number"][-4:]
    assert (card["previous_balance"], card["new_balance"]) == (0, 5000)
    token = await api.gift_token(card["number"], card["security_card_value"])
    spend = (await api.charge(token, 1200)).json()
    assert spend["gift_card"]["new_balance"] == 3800
    assert api.card(card["number"])["balance"] == 3800
    matching = await api.post("/v1/activate", {"promotion_code": "67062", "amount": "5000"})
    assert matching.json()["amount"] == 5000
    wrong = await api.post("/v1/activate", {"promotion_code": "67062", "amount": 4000})
    assert (error_of(wrong)["code"], error_of(wrong)["param"]) == (
        "invalid_charge_amount",
        "amount",
    )


async def test_activate_virtual_non_denominated(api: Api) -> None:
    missing = await api.post("/v1/activate", {"promotion_code": "67063"})
    assert (error_of(missing)["code"], error_of(missing)["param"]) == ("missing", "amount")
    too_big = await api.post("/v1/activate", {"promotion_code": "67063", "amount": 50_001})
    assert error_of(too_big)["code"] == "invalid_charge_amount"
    ok = (
        await api.post(
            "/v1/activate", {"promotion_code": "67063", "amount": 2000, "currency": "usd"}
        )
    ).json()
    assert ok["gift_card"]["new_balance"] == 2000
    unknown = await api.post("/v1/activate", {"promotion_code": "99999"})
    assert (error_of(unknown)["code"], error_of(unknown)["param"]) == (
        "invalid_request",
        "promotion_code",
    )


async def test_activate_physical_cards(api: Api) -> None:
    denominated = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009585", "9585")}
    )
    body = denominated.json()
    assert (body["amount"], body["source"]["last4"]) == (5000, "9585")
    assert "number" not in body["gift_card"]
    assert api.card("7777373100009585") | {"locks": []} == {
        "last4": "9585",
        "status": "active",
        "balance": 5000,
        "lock_amount": 0,
        "locks": [],
    }
    again = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009585", "9585")}
    )
    assert error_of(again)["declineCode"] == "already_active"
    wrong = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009586", "9586"), "amount": 2500}
    )
    assert error_of(wrong)["code"] == "invalid_charge_amount"
    assert api.card("7777373100009586")["status"] == "inactive"
    no_amount = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009580", "9580")}
    )
    assert error_of(no_amount)["code"] == "missing"
    open_value = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009581", "9581"), "amount": 3300}
    )
    assert open_value.json()["gift_card"]["new_balance"] == 3300
    bad_code = await api.post(
        "/v1/activate", {"source": await api.gift_token("7777373100009582", "0000")}
    )
    assert error_of(bad_code)["declineCode"] == "invalid_security_code"


async def test_reload_and_its_limit(api: Api) -> None:
    token = await api.gift_token("7777373100005003", "12345678")
    reload = (
        await api.post("/v1/reload", {"source": token, "amount": 500, "currency": "usd"})
    ).json()
    assert reload["source"] == {"id": token, "last4": "5003"}
    assert (reload["gift_card"]["previous_balance"], reload["gift_card"]["new_balance"]) == (
        5000,
        5500,
    )
    over = await api.post(
        "/v1/reload",
        {
            "source": await api.gift_token("7777373100005003", "12345678"),
            "amount": 194_501,
            "currency": "usd",
        },
    )
    assert error_of(over)["declineCode"] == "balance_limit_exceeded"
    exact = await api.post(
        "/v1/reload",
        {
            "source": await api.gift_token("7777373100005003", "12345678"),
            "amount": 194_500,
            "currency": "usd",
        },
    )
    assert exact.json()["gift_card"]["new_balance"] == 200_000
    inactive = await api.post(
        "/v1/reload",
        {
            "source": await api.gift_token("7777373100009583", "9583"),
            "amount": 100,
            "currency": "usd",
        },
    )
    assert error_of(inactive)["declineCode"] == "card_inactive"


async def test_cashout_pays_the_balance_and_is_refused_while_held(api: Api) -> None:
    hold = (await api.gift_charge("7777373100001234", "4321", 1000, capture=False)).json()
    refused = await api.post(
        "/v1/cashout", {"source": await api.gift_token("7777373100001234", "4321")}
    )
    assert error_of(refused)["declineCode"] == "funds_locked"
    await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": 0})
    cashout = (
        await api.post("/v1/cashout", {"source": await api.gift_token("7777373100001234", "4321")})
    ).json()
    assert (cashout["amount"], cashout["gift_card"]["new_balance"]) == (4000, 0)
    assert api.balance("7777373100001234") == 0
    empty = await api.post(
        "/v1/cashout", {"source": await api.gift_token("7777373100001234", "4321")}
    )
    assert error_of(empty)["declineCode"] == "insufficient_funds"


async def test_card_token_is_refused_by_gift_card_operations(api: Api) -> None:
    token = await api.card_token("4111111111111111")
    response = await api.post("/v1/balance_inquiry", {"source": token})
    assert (error_of(response)["code"], error_of(response)["param"]) == (
        "invalid_request",
        "source",
    )
