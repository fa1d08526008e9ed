"""Headers per host: apikey only to /v1/tokens, Bearer elsewhere, x-forwarded-for on money POSTs."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest

from pos_app import __version__
from pos_app.clover import CardDetails, Hosts, StaticCredentials

from .conftest import API_TOKEN, PAKMS_KEY, ClientFactory, FakeClover, answer, charge_json

SOURCE = "clv_1ABCDefgHI23jKL4m5nOPqR"


async def test_tokenization_sends_the_pakms_key_and_no_bearer_token(
    fake: FakeClover, make_client: ClientFactory
):
    await make_client().create_card_token(CardDetails("4111111111111111", 12, 2030, "123"))

    (keys,) = fake.seen("GET /assets/keys.json")
    assert keys.url.host == "cdn.test"
    assert "authorization" not in keys.headers
    assert "apikey" not in keys.headers

    (sent,) = fake.seen("POST /v1/tokens")
    assert sent.url.host == "token.test"
    assert sent.headers["apikey"] == PAKMS_KEY
    assert "authorization" not in sent.headers
    assert "x-forwarded-for" not in sent.headers
    assert sent.headers["user-agent"] == f"CounterPOS/{__version__}"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["accept"] == "application/json"
    assert uuid.UUID(sent.headers["idempotency-key"])


async def test_a_charge_sends_bearer_forwarded_for_and_idempotency_key(
    fake: FakeClover, make_client: ClientFactory
):
    api = make_client(forwarded_for="203.0.113.7")
    await api.create_charge(SOURCE, 1234, "usd", capture=False, partial_redemption=True,
                            external_reference_id="SALE 42", ecomind="moto")

    (sent,) = fake.seen("POST /v1/charges")
    assert sent.url.host == "scl.test"
    assert sent.headers["authorization"] == f"Bearer {API_TOKEN}"
    assert sent.headers["x-forwarded-for"] == "203.0.113.7"
    assert "apikey" not in sent.headers
    assert sent.headers["user-agent"].startswith("CounterPOS/")
    assert uuid.UUID(sent.headers["idempotency-key"]).version == 4
    assert b'"capture":false' in sent.content
    assert b'"partial_redemption":true' in sent.content
    assert sent.json == {"source": SOURCE, "amount": 1234, "currency": "usd", "capture": False,
                         "partial_redemption": True, "external_reference_id": "SALE 42",
                         "ecomind": "moto"}


async def test_capture_sends_forwarded_for_and_a_real_zero(
    fake: FakeClover, make_client: ClientFactory
):
    await make_client().capture_charge("CHARGE0000001", amount=0)
    (sent,) = fake.seen("POST /v1/charges/CHARGE0000001/capture")
    assert sent.headers["x-forwarded-for"] == "127.0.0.1"
    assert sent.headers["authorization"] == f"Bearer {API_TOKEN}"
    assert "idempotency-key" in sent.headers
    assert json.loads(sent.content) == {"amount": 0}


async def test_reads_carry_no_idempotency_key_or_forwarded_for(
    fake: FakeClover, make_client: ClientFactory
):
    await make_client().get_charge("CHARGE0000001")
    (sent,) = fake.seen("GET /v1/charges/CHARGE0000001")
    assert sent.headers["authorization"] == f"Bearer {API_TOKEN}"
    for name in ("idempotency-key", "x-forwarded-for", "content-type", "apikey"):
        assert name not in sent.headers


@pytest.mark.parametrize(
    ("route", "call"),
    [
        ("POST /v1/refunds", lambda api: api.create_refund("CHARGE0000001")),
        ("POST /v1/reload", lambda api: api.reload(SOURCE, 500, "usd")),
        ("POST /v1/activate", lambda api: api.activate_virtual("67062")),
        ("POST /v1/cashout", lambda api: api.cashout(SOURCE)),
        ("POST /v1/balance_inquiry", lambda api: api.balance_inquiry(SOURCE)),
        ("POST /v1/refunds/REFUND0000001/cancel", lambda api: api.cancel_refund("REFUND0000001")),
    ],
)
async def test_every_post_to_the_ecommerce_host_has_a_key_and_forwarded_for(
    fake: FakeClover, make_client: ClientFactory, route: str, call
):
    fake.script(route, answer(200, {"id": "TXN0000000001", "status": "succeeded"}))
    await call(make_client())
    (sent,) = fake.seen(route)
    assert sent.headers["idempotency-key"]
    assert sent.headers["x-forwarded-for"] == "127.0.0.1"
    assert sent.headers["authorization"] == f"Bearer {API_TOKEN}"


async def test_the_pakms_key_is_fetched_once_and_handed_to_the_app(
    fake: FakeClover, make_client: ClientFactory
):
    stored: list[str] = []

    async def keep(key: str) -> None:
        stored.append(key)

    api = make_client(StaticCredentials(API_TOKEN, on_pakms_key=keep))
    card = CardDetails("4111111111111111", 12, 2030, "123")
    await asyncio.gather(api.create_card_token(card), api.create_card_token(card))

    (fetch,) = fake.seen("GET /pakms/apikey")
    assert fetch.headers["authorization"] == f"Bearer {API_TOKEN}"
    assert stored == [PAKMS_KEY]
    assert [r.headers["apikey"] for r in fake.seen("POST /v1/tokens")] == [PAKMS_KEY] * 2


async def test_local_hosts_send_everything_to_one_base_url(fake: FakeClover,
                                                           make_client: ClientFactory):
    hosts = Hosts.local("http://127.0.0.1:8765/")
    assert hosts.keys_url == "http://127.0.0.1:8765/assets/keys.json"
    assert hosts.key_name == "TA_PUBLIC_KEY_DEV"
    api = make_client(hosts=hosts)
    await api.create_card_token(CardDetails("4111111111111111", 12, 2030, "123"))
    await api.create_charge(SOURCE, 100, "usd")
    assert {str(r.url.copy_with(path="/")) for r in fake.requests} == {"http://127.0.0.1:8765/"}


def test_clover_hosts_per_environment():
    sandbox, production = Hosts.for_environment("sandbox"), Hosts.for_environment("production")
    assert sandbox.token == "https://token-sandbox.dev.clover.com"
    assert sandbox.scl == "https://scl-sandbox.dev.clover.com"
    assert sandbox.api == "https://apisandbox.dev.clover.com"
    assert sandbox.key_name == "TA_PUBLIC_KEY_DEV"
    assert production.token == "https://token.clover.com"
    assert production.scl == "https://scl.clover.com"
    assert production.api == "https://api.clover.com"
    assert production.key_name == "TA_PUBLIC_KEY_PROD"
    assert production.keys_url == sandbox.keys_url == "https://checkout.clover.com/assets/keys.json"
    with pytest.raises(ValueError, match="training"):
        Hosts.for_environment("training")


async def test_a_closed_client_refuses_to_send(fake: FakeClover, make_client: ClientFactory):
    api = make_client()
    async with api:
        await api.get_charge("CHARGE0000001")
    with pytest.raises(RuntimeError, match="closed"):
        await api.get_charge("CHARGE0000001")
    assert len(fake.requests) == 1


async def test_list_charges_sends_the_filters_as_query(fake: FakeClover,
                                                       make_client: ClientFactory):
    fake.script("GET /v1/charges", answer(200, {"object": "list", "data": [charge_json()],
                                                "has_more": False}))
    page = await make_client().list_charges(created_gte=1000, created_lte=2000, limit=50,
                                            starting_after="CHARGE0000009")
    (sent,) = fake.seen("GET /v1/charges")
    assert dict(sent.url.params) == {"limit": "50", "created[gte]": "1000",
                                     "created[lte]": "2000", "starting_after": "CHARGE0000009"}
    assert [c.id for c in page.data] == ["CHARGE0000001"]
    assert not page.has_more
