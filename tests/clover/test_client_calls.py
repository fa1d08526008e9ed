"""What each endpoint sends, and the checks made before anything leaves the register."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.clover import CardDetails, InvalidRequest, detect_brand

from .conftest import ClientFactory, FakeClover, answer, charge_json

SOURCE = "clv_1ABCDefgHI23jKL4m5nOPqR"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"amount": 10.5}, "amount"),
        ({"amount": 0}, "amount"),
        ({"amount": -100}, "amount"),
        ({"amount": True}, "amount"),
        ({"amount": 100_000_000}, "amount"),
        ({"currency": "eur"}, "currency"),
        ({"external_reference_id": "THIRTEEN-CHAR"}, "external_reference_id"),
        ({"external_reference_id": "SALE#1"}, "external_reference_id"),
        ({"description": "x" * 256}, "description"),
        ({"ecomind": "pos"}, "ecomind"),
        ({"source": "clv_abc/../../v1/refunds"}, "source"),
        ({"idempotency_key": ""}, "idempotency-key"),
    ],
)
async def test_bad_charge_input_is_refused_before_sending(
    fake: FakeClover, make_client: ClientFactory, kwargs: dict[str, Any], param: str
):
    args: dict[str, Any] = {"source": SOURCE, "amount": 1000, "currency": "usd", **kwargs}
    with pytest.raises(InvalidRequest) as caught:
        await make_client().create_charge(**args)
    assert caught.value.param == param
    assert fake.requests == []


async def test_the_largest_amount_is_accepted(fake: FakeClover, make_client: ClientFactory):
    await make_client().create_charge(SOURCE, 99_999_999, "cad", external_reference_id="A1 B2")
    assert fake.seen("POST /v1/charges")[0].json["amount"] == 99_999_999


@pytest.mark.parametrize(
    ("number", "security_code", "param"),
    [
        ("98765441066", None, "gift_card.number"),  # the docs' 11-digit example
        ("7777-3731-0000-500X", None, "gift_card.number"),
        ("7777373100005003", "123", "gift_card.security_code"),
        ("7777373100005003", "123456789", "gift_card.security_code"),
    ],
)
async def test_bad_gift_card_input_is_refused_before_sending(
    fake: FakeClover, make_client: ClientFactory, number: str, security_code: str | None,
    param: str,
):
    with pytest.raises(InvalidRequest) as caught:
        await make_client().create_gift_card_token(number, security_code)
    assert caught.value.param == param
    assert "7777373100005003" not in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize("number", ["600123", "7777130000013", "7777 3731 0000 5003",
                                    "7777190000000000019"])
async def test_gift_card_numbers_of_every_allowed_length_are_tokenized(
    fake: FakeClover, make_client: ClientFactory, number: str
):
    fake.script("POST /v1/tokens", answer(200, {"id": "clv_1TSxxxxxx2S71ECrva7",
                                               "giftCard": {"last4": number[-4:]}}))
    token = await make_client().create_gift_card_token(number, "1313", foreign_access_code="67755")
    assert token.last4 == number[-4:]
    sent = fake.seen("POST /v1/tokens")[0].json
    assert sent == {"gift_card": {"number": number.replace(" ", ""), "security_code": "1313",
                                  "foreign_access_code": "67755"}}


@pytest.mark.parametrize(
    ("card", "param"),
    [
        (CardDetails("4111111111111112", 12, 2030, "123"), "card.number"),  # Luhn
        (CardDetails("41111111111", 12, 2030, "123"), "card.number"),
        (CardDetails("4111111111111111", 13, 2030, "123"), "card.exp_month"),
        (CardDetails("4111111111111111", 12, 202, "123"), "card.exp_year"),
        (CardDetails("4111111111111111", 12, 2030, "12"), "card.cvv"),
    ],
)
async def test_bad_card_details_are_refused_before_sending(
    fake: FakeClover, make_client: ClientFactory, card: CardDetails, param: str
):
    with pytest.raises(InvalidRequest) as caught:
        await make_client().create_card_token(card)
    assert caught.value.param == param
    assert fake.requests == []


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4111111111111111", "VISA"),
        ("5555555555554444", "MC"),
        ("2221000000000009", "MC"),
        ("378282246310005", "AMEX"),
        ("6011111111111117", "DISCOVER"),
        ("6500000000000002", "DISCOVER"),
        ("30569309025904", "DINERS_CLUB"),
        ("3530111333300000", "JCB"),
        ("9999999999999995", None),
    ],
)
def test_brand_detection_by_issuer_prefix(number: str, brand: str | None):
    assert detect_brand(number) == brand


def test_card_details_never_show_the_number_or_code():
    card = CardDetails("4111 1111 1111 1111", 12, 2030, "987")
    assert card.number == "4111111111111111"
    for text in (repr(card), str(card), f"{card}", repr([card])):
        assert "4111111111111111" not in text
        assert "987" not in text
        assert "1111" in text


async def test_gift_card_operations_send_what_the_docs_show(fake: FakeClover,
                                                            make_client: ClientFactory):
    txn = {"id": "TXN0000000001", "amount": 2000, "status": "succeeded", "paid": True}
    for route in ("POST /v1/activate", "POST /v1/reload", "POST /v1/cashout"):
        fake.script(route, *[answer(200, txn)] * 3)
    api = make_client()
    await api.activate_virtual("67062")
    await api.activate_virtual("67063", 2000, "usd")
    await api.activate_physical(SOURCE)
    await api.reload(SOURCE, 500, "usd")
    await api.cashout(SOURCE)
    bodies = [r.json for r in fake.requests]
    assert bodies == [
        {"promotion_code": "67062"},
        {"promotion_code": "67063", "amount": 2000, "currency": "usd"},
        {"source": SOURCE},
        {"source": SOURCE, "amount": 500, "currency": "usd"},
        {"source": SOURCE},
    ]


async def test_refund_and_its_void(fake: FakeClover, make_client: ClientFactory):
    refund = {"id": "REFUND0000001", "object": "refund", "amount": 300, "charge": "CHARGE0000001",
              "status": "succeeded", "metadata": {"refundType": "REFUND"}}
    fake.script("POST /v1/refunds", answer(200, refund))
    fake.script("POST /v1/refunds/REFUND0000001/cancel",
                answer(200, {**refund, "object": "void_on_refund",
                             "metadata": {"refundType": "VOID"}}))
    api = make_client()
    made = await api.create_refund("CHARGE0000001", 300, "requested_by_customer",
                                   external_reference_id="RET 7")
    voided = await api.cancel_refund(made.id)
    assert made.refund_type == "REFUND"
    assert voided.object == "void_on_refund"
    assert [r.json for r in fake.requests] == [
        {"charge": "CHARGE0000001", "amount": 300, "reason": "requested_by_customer",
         "external_reference_id": "RET 7"},
        {"reason": "USER_CANCEL"},
    ]
    with pytest.raises(InvalidRequest):
        await api.create_refund("CHARGE0000001", reason="changed mind")


async def test_a_charge_is_found_by_reference_across_pages(fake: FakeClover,
                                                           make_client: ClientFactory):
    page1 = [charge_json(f"CHARGE00000{n:02d}", external_reference_id="OTHER") for n in (9, 8)]
    page2 = [charge_json("CHARGE0000007", external_reference_id="SALE 42"),
             charge_json("CHARGE0000006", external_reference_id="SALE 42", amount=999)]

    async def pages(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("starting_after") == "CHARGE0000008":
            return answer(200, {"data": page2, "has_more": False})
        return answer(200, {"data": page1, "has_more": True})

    fake.script("GET /v1/charges", pages, pages)
    found = await make_client().find_charge_by_reference("SALE 42", created_gte=1_000, amount=1000)

    assert found is not None
    assert found.id == "CHARGE0000007"
    params = [dict(r.url.params) for r in fake.seen("GET /v1/charges")]
    assert params == [{"limit": "100", "created[gte]": "1000"},
                      {"limit": "100", "created[gte]": "1000", "starting_after": "CHARGE0000008"}]


async def test_no_match_by_reference_is_none(fake: FakeClover, make_client: ClientFactory):
    fake.script("GET /v1/charges", answer(200, {"data": [], "has_more": False}))
    assert await make_client().find_charge_by_reference("NOPE", created_gte=0) is None


async def test_ids_in_paths_are_checked(fake: FakeClover, make_client: ClientFactory):
    api = make_client()
    for call in (api.get_charge("../refunds"), api.capture_charge("a b"),
                 api.get_refund("x?y"), api.cancel_refund("")):
        with pytest.raises(InvalidRequest):
            await call
    assert fake.requests == []
