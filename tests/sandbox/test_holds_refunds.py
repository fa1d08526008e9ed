"""Gift card redemption, multi-lock holds and capture, refunds, voids and refund cancels."""

from __future__ import annotations

from .conftest import Api, error_of

CARD, SCV = "7777373100005003", "12345678"  # $50.00
DAY = 24 * 3600


async def test_full_redemption(api: Api) -> None:
    charge = (await api.gift_charge(CARD, SCV, 1250)).json()
    assert (charge["amount"], charge["captured"], charge["partial_auth"]) == (1250, True, False)
    assert charge["payment_method_details"] == "giftCard"
    assert charge["gift_card"] == {
        "expiration_date": "3025-01-01",
        "previous_balance": 5000,
        "new_balance": 3750,
        "lock_amount": 0,
    }
    assert "warning_message" not in charge
    assert api.balance(CARD) == 3750


async def test_partial_redemption_and_its_warning(api: Api) -> None:
    partial = (await api.gift_charge(CARD, SCV, 8000)).json()
    assert (partial["amount"], partial["partial_auth"]) == (5000, True)
    assert "warning_message" not in partial
    assert api.balance(CARD) == 0
    warned = (
        await api.gift_charge("7777373100001234", "4321", 9999, partial_redemption="false")
    ).json()
    assert warned["amount"] == 4000
    assert warned["warning_message"] == "partial_redemption should be true for gift card"
    full = (await api.gift_charge("600123", None, 100, partial_redemption=False)).json()
    assert (full["amount"], full["partial_auth"]) == (100, False)
    assert full["warning_message"] == "partial_redemption should be true for gift card"


async def test_zero_balance_declines(api: Api) -> None:
    response = await api.gift_charge("7777373100000909", "9090", 100)
    error = error_of(response)
    assert (error["code"], error["declineCode"]) == ("card_declined", "insufficient_funds")
    assert "charge" not in error


async def test_several_holds_on_one_card(api: Api) -> None:
    first = (await api.gift_charge(CARD, SCV, 2000, capture="false")).json()
    second = (await api.gift_charge(CARD, SCV, 2000, capture=False)).json()
    third = (await api.gift_charge(CARD, SCV, 2000, capture=False)).json()
    assert (first["captured"], first["amount"]) == (False, 2000)
    assert first["gift_card"]["lock_id"] != second["gift_card"]["lock_id"]
    assert (third["amount"], third["partial_auth"]) == (1000, True)
    # A hold answers with what the card could spend before it and after it (the docs' form).
    assert third["gift_card"] | {"lock_id": 0} == {
        "expiration_date": "3025-01-01",
        "previous_balance": 1000,
        "new_balance": 0,
        "lock_id": 0,
    }
    state = api.card(CARD)
    assert (state["balance"], state["lock_amount"]) == (5000, 5000)
    assert [lock["charge"] for lock in state["locks"]] == [first["id"], second["id"], third["id"]]
    nothing_left = await api.gift_charge(CARD, SCV, 100, capture=False)
    assert error_of(nothing_left)["declineCode"] == "insufficient_funds"


async def test_capture_partial_zero_and_twice(api: Api) -> None:
    hold = (await api.gift_charge(CARD, SCV, 3000, capture=False)).json()
    other = (await api.gift_charge(CARD, SCV, 1000, capture=False)).json()
    over = await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": 3001})
    assert error_of(over)["code"] == "invalid_charge_amount"
    captured = (await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": "1800"})).json()
    assert (captured["amount"], captured["captured"]) == (1800, True)
    assert captured["gift_card"]["lock_id"] == hold["gift_card"]["lock_id"]
    assert (captured["gift_card"]["new_balance"], captured["gift_card"]["lock_amount"]) == (
        3200,
        1000,
    )
    assert api.card(CARD)["balance"] == 3200
    twice = await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": 100})
    assert error_of(twice)["code"] == "charge_already_captured"
    released = (await api.post(f"/v1/charges/{other['id']}/capture", {"amount": 0})).json()
    assert (released["amount"], released["captured"]) == (0, False)
    assert (api.card(CARD)["balance"], api.card(CARD)["lock_amount"]) == (3200, 0)
    after_release = await api.post(f"/v1/charges/{other['id']}/capture", {})
    assert error_of(after_release)["code"] == "charge_already_captured"


async def test_capture_without_amount_takes_the_whole_hold(api: Api) -> None:
    hold = (await api.gift_charge(CARD, SCV, 700, capture=False)).json()
    captured = (await api.post(f"/v1/charges/{hold['id']}/capture")).json()
    assert captured["amount"] == 700
    assert api.balance(CARD) == 4300


async def test_expired_hold_is_released_and_cannot_be_captured(api: Api) -> None:
    hold = (await api.gift_charge(CARD, SCV, 2500, capture=False)).json()
    api.sandbox.clock.advance(899)
    assert api.card(CARD)["lock_amount"] == 2500
    api.sandbox.clock.advance(2)
    assert (api.card(CARD)["lock_amount"], api.card(CARD)["locks"]) == (0, [])
    response = await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": 2500})
    error = error_of(response)
    assert (error["type"], error["code"]) == ("invalid_request_error", "charge_expired_for_capture")
    assert api.balance(CARD) == 5000
    spend = (await api.gift_charge(CARD, SCV, 5000)).json()
    assert spend["amount"] == 5000


async def test_refund_of_a_redemption_void_then_refund(api: Api) -> None:
    charge = (await api.gift_charge(CARD, SCV, 3000)).json()
    first = (
        await api.post(
            "/v1/refunds",
            {"charge": charge["id"], "amount": 1000, "reason": "requested_by_customer"},
        )
    ).json()
    assert first["metadata"]["refundType"] == "VOID"
    assert (first["gift_card"]["previous_balance"], first["gift_card"]["new_balance"]) == (
        2000,
        3000,
    )
    over = await api.post("/v1/refunds", {"charge": charge["id"], "amount": 2001})
    assert error_of(over)["code"] == "invalid_charge_amount"
    api.sandbox.clock.advance(DAY + 1)
    second = (await api.post("/v1/refunds", {"charge": charge["id"]})).json()
    assert (second["amount"], second["metadata"]["refundType"]) == (2000, "REFUND")
    assert api.balance(CARD) == 5000
    done = await api.post("/v1/refunds", {"charge": charge["id"]})
    assert error_of(done)["code"] == "charge_already_refunded"


async def test_refund_of_a_hold_releases_it(api: Api) -> None:
    hold = (await api.gift_charge(CARD, SCV, 1200, capture=False)).json()
    refund = (await api.post("/v1/refunds", {"charge": hold["id"]})).json()
    assert (refund["amount"], refund["metadata"]["refundType"]) == (1200, "VOID")
    assert refund["gift_card"]["lock_amount"] == 0
    assert (api.card(CARD)["balance"], api.card(CARD)["lock_amount"]) == (5000, 0)
    capture = await api.post(f"/v1/charges/{hold['id']}/capture", {"amount": 100})
    assert error_of(capture)["code"] == "charge_already_refunded"
    again = await api.post("/v1/refunds", {"charge": hold["id"]})
    assert error_of(again)["code"] == "charge_already_refunded"


async def test_void_of_reload_activation_and_cashout(api: Api) -> None:
    reload = (
        await api.post(
            "/v1/reload",
            {"source": await api.gift_token(CARD, SCV), "amount": 700, "currency": "usd"},
        )
    ).json()
    voided = (await api.post("/v1/refunds", {"charge": reload["id"]})).json()
    assert (voided["amount"], voided["metadata"]["refundType"]) == (700, "VOID")
    assert api.balance(CARD) == 5000
    twice = await api.post("/v1/refunds", {"charge": reload["id"]})
    assert error_of(twice)["code"] == "charge_already_refunded"

    virtual = (await api.post("/v1/activate", {"promotion_code": "67062"})).json()
    (await api.post("/v1/refunds", {"charge": virtual["id"]})).raise_for_status()
    assert api.card(virtual["gift_card"]["number"])["status"] == "closed"
    physical = (
        await api.post("/v1/activate", {"source": await api.gift_token("7777373100009587", "9587")})
    ).json()
    (await api.post("/v1/refunds", {"charge": physical["id"]})).raise_for_status()
    assert api.card("7777373100009587") | {"locks": []} == {
        "last4": "9587",
        "status": "inactive",
        "balance": 0,
        "lock_amount": 0,
        "locks": [],
    }

    cashout = (
        await api.post("/v1/cashout", {"source": await api.gift_token("7777373100001234", "4321")})
    ).json()
    assert api.balance("7777373100001234") == 0
    (await api.post("/v1/refunds", {"charge": cashout["id"]})).raise_for_status()
    assert api.balance("7777373100001234") == 4000


async def test_void_of_a_spent_reload_declines_and_window_is_24_hours(api: Api) -> None:
    reload = (
        await api.post(
            "/v1/reload",
            {"source": await api.gift_token("600123"), "amount": 1000, "currency": "usd"},
        )
    ).json()
    await api.gift_charge("600123", None, 3000)
    spent = await api.post("/v1/refunds", {"charge": reload["id"]})
    assert error_of(spent)["declineCode"] == "insufficient_funds"
    assert api.balance("600123") == 500
    late = (
        await api.post(
            "/v1/reload",
            {"source": await api.gift_token("600123"), "amount": 100, "currency": "usd"},
        )
    ).json()
    api.sandbox.clock.advance(DAY + 1)
    expired = await api.post("/v1/refunds", {"charge": late["id"]})
    assert error_of(expired)["code"] == "void_window_expired"


async def test_cancel_of_a_refund_debits_the_card_again(api: Api) -> None:
    charge = (await api.gift_charge(CARD, SCV, 2000)).json()
    refund = (await api.post("/v1/refunds", {"charge": charge["id"], "amount": 500})).json()
    assert api.balance(CARD) == 3500
    cancel = (
        await api.post(f"/v1/refunds/{refund['id']}/cancel", {"reason": "USER_CANCEL"})
    ).json()
    assert (cancel["object"], cancel["amount"], cancel["charge"]) == (
        "void_on_refund",
        500,
        charge["id"],
    )
    assert cancel["metadata"]["refundType"] == "VOID"
    assert (cancel["gift_card"]["previous_balance"], cancel["gift_card"]["new_balance"]) == (
        3500,
        3000,
    )
    assert api.balance(CARD) == 3000
    assert (await api.get(f"/v1/refunds/{refund['id']}")).json()["status"] == "canceled"
    assert (await api.get(f"/v1/charges/{charge['id']}")).json()["amount_refunded"] == 0
    twice = await api.post(f"/v1/refunds/{refund['id']}/cancel", {"reason": "USER_CANCEL"})
    assert error_of(twice)["code"] == "refund_already_canceled"
    assert api.balance(CARD) == 3000
    later = (await api.post("/v1/refunds", {"charge": charge["id"], "amount": 300})).json()
    api.sandbox.clock.advance(DAY + 1)
    expired = await api.post(f"/v1/refunds/{later['id']}/cancel", {"reason": "USER_CANCEL"})
    assert error_of(expired)["code"] == "void_window_expired"
    unknown = await api.post("/v1/refunds/ZZZZZZZZZZZZZ/cancel", {"reason": "USER_CANCEL"})
    assert unknown.status_code == 404


async def test_cancel_with_a_reload_id_voids_the_reload(api: Api) -> None:
    reload = (
        await api.post(
            "/v1/reload",
            {"source": await api.gift_token(CARD, SCV), "amount": 900, "currency": "usd"},
        )
    ).json()
    cancel = (
        await api.post(f"/v1/refunds/{reload['id']}/cancel", {"reason": "USER_CANCEL"})
    ).json()
    assert (cancel["object"], cancel["amount"]) == ("void_on_refund", 900)
    assert api.balance(CARD) == 5000
    twice = await api.post(f"/v1/refunds/{reload['id']}/cancel", {"reason": "USER_CANCEL"})
    assert error_of(twice)["code"] == "refund_already_canceled"
