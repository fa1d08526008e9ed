"""Retries: bounded, backed off, Retry-After honoured, one idempotency key per call."""

from __future__ import annotations

import asyncio
import logging
import uuid

import httpx
import pytest

from pos_app.clover import (
    CardDeclined,
    ConnectionFailed,
    InvalidRequest,
    NoResponse,
    OutcomeUnknown,
    RateLimited,
    ResponseFormatError,
    RetryPolicy,
    ServerError,
)

from .conftest import API_TOKEN, ClientFactory, FakeClover, answer, charge_json, decline_json

CHARGE = "POST /v1/charges"


def keys_sent(fake: FakeClover, route: str = CHARGE) -> list[str]:
    return [r.headers["idempotency-key"] for r in fake.seen(route)]


def read_timeout() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out")


async def charge(make_client: ClientFactory, **kwargs: object):
    api = make_client(**kwargs)
    return await api.create_charge("clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd")


@pytest.mark.parametrize(
    "fault",
    [
        read_timeout(),
        httpx.WriteTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        answer(500, {"error": {"type": "api_error", "message": "oops"}}),
        answer(503, text="<html>Service Unavailable</html>"),
        answer(429, {"error": {"type": "rate_limit_error", "code": "rate_limit"}},
               headers={"retry-after": "1"}),
        httpx.ConnectError("connection refused"),
    ],
    ids=["read-timeout", "write-timeout", "drop", "reset", "500", "503-html", "429", "connect"],
)
async def test_a_retried_charge_sends_the_same_idempotency_key_every_time(
    fake: FakeClover, make_client: ClientFactory, fault: Exception | httpx.Response
):
    fake.script(CHARGE, fault, fault)

    result = await charge(make_client)

    assert result.id == "CHARGE0000001"
    assert result.approved
    keys = keys_sent(fake)
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4


async def test_the_callers_idempotency_key_is_used_on_every_attempt(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, read_timeout())
    api = make_client()
    await api.create_charge("clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd",
                            idempotency_key="tender-42-journaled")
    assert keys_sent(fake) == ["tender-42-journaled", "tender-42-journaled"]


async def test_two_calls_get_two_different_keys(fake: FakeClover, make_client: ClientFactory):
    api = make_client()
    await api.create_charge("clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd")
    await api.create_charge("clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd")
    assert len(set(keys_sent(fake))) == 2


async def test_a_charge_that_times_out_every_time_is_an_unknown_outcome_never_a_decline(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, read_timeout(), read_timeout(), read_timeout())

    with pytest.raises(OutcomeUnknown) as caught:
        await charge(make_client)

    error = caught.value
    assert not isinstance(error, CardDeclined)
    assert error.outcome_unknown
    assert error.user_message == "No answer from Clover — checking the payment…"
    assert error.idempotency_key == keys_sent(fake)[0]
    assert len(fake.seen(CHARGE)) == 3


async def test_a_charge_answered_5xx_every_time_is_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, *[answer(502, text="<html>Bad Gateway</html>")] * 3)
    with pytest.raises(OutcomeUnknown) as caught:
        await charge(make_client)
    assert isinstance(caught.value.__cause__, ServerError)
    assert caught.value.status == 502
    assert "<html" not in str(caught.value)


async def test_connect_errors_on_every_attempt_mean_nothing_was_charged(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, *[httpx.ConnectError("connection refused")] * 3)
    with pytest.raises(ConnectionFailed) as caught:
        await charge(make_client)
    assert not caught.value.outcome_unknown
    assert "Nothing was charged" in caught.value.user_message
    assert len(fake.seen(CHARGE)) == 3


async def test_a_timeout_then_connect_errors_is_still_unknown(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, read_timeout(), httpx.ConnectError("refused"), httpx.ConnectError("x"))
    with pytest.raises(OutcomeUnknown):
        await charge(make_client)


async def test_token_already_used_after_a_timeout_is_unknown_not_a_refusal(
    fake: FakeClover, make_client: ClientFactory
):
    # The first attempt may have spent the token: "already used" then proves nothing.
    fake.script(CHARGE, read_timeout(), answer(400, {"error": {
        "type": "invalid_request_error", "code": "token_already_used", "message": "used"}}))
    with pytest.raises(OutcomeUnknown) as caught:
        await charge(make_client)
    assert caught.value.code == "token_already_used"
    assert len(fake.seen(CHARGE)) == 2


@pytest.mark.parametrize("status", [400, 402])
async def test_a_decline_is_not_retried(fake: FakeClover, make_client: ClientFactory, status: int):
    fake.script(CHARGE, answer(status, decline_json("insufficient_funds")))
    with pytest.raises(CardDeclined) as caught:
        await charge(make_client)
    assert caught.value.decline_code == "insufficient_funds"
    assert caught.value.charge_id == "DECLINED00001"
    assert len(fake.seen(CHARGE)) == 1


async def test_an_invalid_request_is_not_retried(fake: FakeClover, make_client: ClientFactory,
                                                 sleeps: list[float]):
    fake.script(CHARGE, answer(400, {"error": {"type": "invalid_request_error",
                                               "code": "missing", "param": "x-forwarded-for"}}))
    with pytest.raises(InvalidRequest):
        await charge(make_client)
    assert len(fake.seen(CHARGE)) == 1
    assert sleeps == []


async def test_retry_after_is_honoured(fake: FakeClover, make_client: ClientFactory,
                                       sleeps: list[float]):
    limited = answer(429, {"error": {"type": "rate_limit_error", "code": "rate_limit"}},
                     headers={"retry-after": "3"})
    fake.script(CHARGE, limited, limited)
    await charge(make_client)
    assert sleeps == [3.0, 3.0]


async def test_a_retry_after_longer_than_the_policy_allows_gives_up_at_once(
    fake: FakeClover, make_client: ClientFactory, sleeps: list[float]
):
    fake.script(CHARGE, answer(429, {"error": {"type": "rate_limit_error", "code": "rate_limit"}},
                               headers={"retry-after": "120"}))
    with pytest.raises(RateLimited) as caught:
        await charge(make_client)
    assert caught.value.retry_after == 120.0
    assert sleeps == []
    assert len(fake.seen(CHARGE)) == 1


async def test_backoff_is_exponential_capped_and_jittered(
    fake: FakeClover, make_client: ClientFactory, sleeps: list[float]
):
    fake.script(CHARGE, *[read_timeout()] * 6)
    policy = RetryPolicy(max_attempts=6, base_delay=0.5, max_delay=3.0)
    with pytest.raises(OutcomeUnknown):
        await charge(make_client, retry=policy, rand=lambda: 1.0)
    assert sleeps == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert len(fake.seen(CHARGE)) == 6

    sleeps.clear()
    fake.script(CHARGE, read_timeout())
    await charge(make_client, retry=policy, rand=lambda: 0.25)
    assert sleeps == [0.125]  # full jitter: a random share of the ceiling


async def test_attempts_are_bounded(fake: FakeClover, make_client: ClientFactory):
    fake.script(CHARGE, *[answer(503)] * 10)
    with pytest.raises(OutcomeUnknown):
        await charge(make_client, retry=RetryPolicy(max_attempts=2))
    assert len(fake.seen(CHARGE)) == 2


async def test_a_read_that_never_answers_is_no_response_not_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script("GET /v1/charges/CHARGE0000001", *[read_timeout()] * 3)
    api = make_client()
    with pytest.raises(NoResponse) as caught:
        await api.get_charge("CHARGE0000001")
    assert not caught.value.outcome_unknown
    assert len(fake.seen("GET /v1/charges/CHARGE0000001")) == 3


async def test_the_per_attempt_deadline_applies_even_when_httpx_timeouts_do_not(
    fake: FakeClover, make_client: ClientFactory
):
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        raise AssertionError("not reached")

    fake.script(CHARGE, hang, hang)
    with pytest.raises(OutcomeUnknown):
        await charge(make_client, deadline=0.05, retry=RetryPolicy(max_attempts=2))
    assert len(fake.seen(CHARGE)) == 2


async def test_an_unreadable_success_body_on_a_charge_is_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, answer(200, text="<html>OK</html>"))
    with pytest.raises(OutcomeUnknown):
        await charge(make_client)
    assert len(fake.seen(CHARGE)) == 1


async def test_a_charge_answer_without_an_id_is_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script(CHARGE, answer(200, {"status": "succeeded", "amount": 1000}))
    with pytest.raises(OutcomeUnknown):
        await charge(make_client)


async def test_an_unreadable_answer_to_a_read_is_a_format_error(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script("GET /v1/charges/CHARGE0000001", answer(200, text="not json"))
    with pytest.raises(ResponseFormatError):
        await make_client().get_charge("CHARGE0000001")


async def test_each_attempt_is_logged_without_bodies_or_secrets(
    fake: FakeClover, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG, logger="pos_app.clover")
    fake.script(CHARGE, answer(500, {"error": {"type": "api_error", "message": "boom"}}))
    await charge(make_client)

    lines = [r for r in caplog.records if r.name == "pos_app.clover"]
    debug = [r.getMessage() for r in lines if r.levelno == logging.DEBUG]
    assert len(debug) == 2
    assert debug[0].startswith("POST /v1/charges -> 500 in ")
    assert debug[0].endswith("(attempt 1)")
    assert debug[1].startswith("POST /v1/charges -> 200 in ")
    warnings = [r.getMessage() for r in lines if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "retrying" in warnings[0]
    text = caplog.text
    for secret in (API_TOKEN, "clv_1ABCDefgHI23jKL4m5nOPqR", "boom", keys_sent(fake)[0]):
        assert secret not in text


async def test_charge_data_round_trips(fake: FakeClover, make_client: ClientFactory):
    fake.script(CHARGE, answer(200, charge_json(amount=2500)))
    result = await make_client().create_charge("clv_1ABCDefgHI23jKL4m5nOPqR", 2500, "USD")
    assert result.approved_for(amount=2500, capture=True)
    assert fake.seen(CHARGE)[0].json["currency"] == "usd"
