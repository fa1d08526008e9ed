"""Every failure body Clover (or a proxy before it) can send maps to a typed, safe error."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest

from pos_app.clover import (
    AuthenticationError,
    CardDeclined,
    CloverError,
    IdempotencyConflict,
    InvalidRequest,
    NotFound,
    OutcomeUnknown,
    ProcessingError,
    RateLimited,
    ServerError,
    error_from_response,
)
from pos_app.clover.transport import parse_retry_after

HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    "</h1></center><hr><center>nginx</center></body></html>"
)


def response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "POST",
) -> httpx.Response:
    request = httpx.Request(method, "https://scl.test/v1/charges",
                            headers={"idempotency-key": "key-1"})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, content=b"", headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def test_nested_decline_with_docs_decline_code():
    body = {"error": {"type": "card_error", "code": "card_declined",
                      "decline_code": "insufficient_funds", "message": "Card declined.",
                      "charge": "CKK5GVZBHB1GA", "param": None,
                      "doc_url": "https://docs.clover.com/docs/ecommerce-error-codes"}}
    error = error_from_response(response(400, body), mutating=True)

    assert isinstance(error, CardDeclined)
    assert error.decline_code == "insufficient_funds"
    assert error.charge_id == "CKK5GVZBHB1GA"
    assert error.status == 400
    assert error.type == "card_error"
    assert error.code == "card_declined"
    assert error.user_message == (
        "Not enough funds on the card — ask for another card or another way to pay."
    )
    assert not error.outcome_unknown
    assert not error.retryable
    assert error.idempotency_key == "key-1"


def test_nested_decline_with_live_camel_case_decline_code():
    body = {"message": "Card declined.",
            "error": {"type": "card_error", "code": "card_declined", "declineCode": "do_not_honor",
                      "message": "Card declined.", "charge": "CKK5GVZBHB1GA"}}
    error = error_from_response(response(402, body), mutating=True)
    assert isinstance(error, CardDeclined)
    assert error.decline_code == "do_not_honor"
    assert error.user_message.startswith("Card declined by the bank")


@pytest.mark.parametrize(
    ("code", "decline_code", "expected"),
    [
        ("expired_card", None, "Card expired — ask for another card or another way to pay."),
        ("incorrect_cvc", None, "Security code (CVV) is wrong"),
        ("invalid_cvc", None, "Security code (CVV) is wrong"),
        ("card_declined", "generic_decline", "Card declined — ask for another card"),
        ("card_declined", "card_not_found", "Gift card not found"),
        ("card_declined", "card_closed", "This gift card is closed"),
        ("card_declined", "card_inactive", "This gift card isn't activated"),
        ("card_declined", "invalid_security_code", "Gift card security code is wrong"),
        ("card_declined", "some_future_code", "Card declined — ask for another card"),
    ],
)
def test_decline_messages_tell_the_cashier_what_to_do(
    code: str, decline_code: str | None, expected: str
):
    body = {"error": {"type": "card_error", "code": code, "declineCode": decline_code,
                      "message": "Declined"}}
    error = error_from_response(response(400, body), mutating=True)
    assert isinstance(error, CardDeclined)
    assert error.user_message.startswith(expected)


def test_top_level_message_only():
    error = error_from_response(response(400, {"message": "amount must be positive"}),
                                mutating=True)
    assert isinstance(error, InvalidRequest)
    assert error.message == "amount must be positive"
    assert error.code is None


def test_token_already_used_asks_for_a_new_swipe():
    body = {"error": {"type": "invalid_request_error", "code": "token_already_used",
                      "message": "Token already used", "param": "source"}}
    error = error_from_response(response(400, body), mutating=True)
    assert type(error) is InvalidRequest
    assert error.user_message == "This card read was already used — swipe the card again."
    assert error.param == "source"


def test_amount_too_large():
    body = {"error": {"type": "invalid_request_error", "code": "amount_too_large",
                      "message": "Amount too large"}}
    error = error_from_response(response(400, body), mutating=True)
    assert isinstance(error, InvalidRequest)
    assert "999,999.99" in error.user_message


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_html_502_from_a_proxy_never_reaches_the_message(method: str):
    error = error_from_response(response(502, text=HTML_502, method=method),
                                mutating=method == "POST")
    assert isinstance(error, ServerError)
    assert error.status == 502
    for text in (str(error), error.message, error.user_message, repr(error)):
        assert "<" not in text
        assert "nginx" not in text
    assert error.message == "HTTP 502 Bad Gateway"
    assert error.outcome_unknown is (method == "POST")
    if method == "POST":
        assert error.user_message == "No answer from Clover — checking the payment…"
    else:
        assert error.user_message.startswith("Clover is having trouble")


@pytest.mark.parametrize(("status", "cls"), [(400, InvalidRequest), (500, ServerError),
                                             (401, AuthenticationError), (404, NotFound)])
def test_empty_body(status: int, cls: type[CloverError]):
    error = error_from_response(response(status), mutating=False)
    assert type(error) is cls
    assert error.message.startswith(f"HTTP {status}")


def test_401_is_an_authentication_error():
    body = {"message": "401 Unauthorized",
            "error": {"type": "authentication_error", "code": "unauthorized",
                      "message": "Invalid token"}}
    error = error_from_response(response(401, body), mutating=True)
    assert isinstance(error, AuthenticationError)
    assert "reconnect Clover" in error.user_message


def test_403_without_a_body_is_an_authentication_error():
    assert isinstance(error_from_response(response(403, text="Forbidden"), mutating=False),
                      AuthenticationError)


def test_404_is_not_found():
    body = {"error": {"type": "invalid_request_error", "code": "resource_missing",
                      "message": "No such charge"}}
    error = error_from_response(response(404, body, method="GET"), mutating=False)
    assert isinstance(error, NotFound)
    assert isinstance(error, InvalidRequest)
    assert error.user_message == "Clover has no record of that payment."


def test_unknown_token_asks_for_a_new_swipe():
    body = {"error": {"type": "invalid_request_error", "code": "resource_missing",
                      "param": "source", "message": "No such token"}}
    error = error_from_response(response(400, body), mutating=True)
    assert isinstance(error, NotFound)
    assert "swipe the card again" in error.user_message


def test_429_carries_retry_after_seconds():
    body = {"error": {"type": "rate_limit_error", "code": "rate_limit", "message": "Slow down"}}
    error = error_from_response(
        response(429, body, headers={"retry-after": "7", "X-RateLimit-tokenLimit": "16"}),
        mutating=True,
    )
    assert isinstance(error, RateLimited)
    assert error.retry_after == 7.0
    assert error.retryable
    assert not error.outcome_unknown


def test_retry_after_as_http_date():
    now = time.time()
    header = email.utils.formatdate(now + 12, usegmt=True)
    assert parse_retry_after(header, now=now) == pytest.approx(12, abs=1)
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("-5") == 0.0


def test_idempotency_error():
    body = {"error": {"type": "idempotency_error", "code": "idempotency_key_reused",
                      "message": "Keys can only be reused with the same parameters"}}
    error = error_from_response(response(400, body), mutating=True)
    assert isinstance(error, IdempotencyConflict)
    assert not error.outcome_unknown


def test_processing_error_at_400_is_a_definite_failure():
    body = {"error": {"type": "api_error", "code": "processing_error", "message": "Processing"}}
    error = error_from_response(response(400, body), mutating=True)
    assert isinstance(error, ProcessingError)
    assert not error.outcome_unknown


def test_a_5xx_on_a_post_is_an_unknown_outcome_but_not_on_a_get():
    body = {"error": {"type": "api_error", "message": "Internal error"}}
    assert error_from_response(response(500, body), mutating=True).outcome_unknown
    read = error_from_response(response(500, body, method="GET"), mutating=False)
    assert not read.outcome_unknown


def test_server_text_is_redacted_in_every_string_of_the_error():
    body = {"error": {"type": "invalid_request_error", "code": "invalid_request",
                      "param": "card.number 4111111111111111",
                      "message": "bad card 4111 1111 1111 1111 cvv=123 source "
                                 "clv_1ABCDefgHI23jKL4m5nOPqR Authorization: Bearer s3cr3t-token"}}
    error = error_from_response(response(400, body), mutating=True)
    for text in (str(error), repr(error), error.message, error.user_message, str(error.param)):
        assert "4111111111111111" not in text
        assert "4111 1111 1111 1111" not in text
        assert "clv_1ABC" not in text
        assert "s3cr3t-token" not in text
        assert "cvv=123" not in text
    assert "****1111" in str(error)


def test_outcome_unknown_never_reads_as_a_decline():
    error = OutcomeUnknown("No answer from Clover (ReadTimeout)")
    assert not isinstance(error, CardDeclined)
    assert error.outcome_unknown
    assert error.retryable
    assert error.user_message == "No answer from Clover — checking the payment…"


def test_an_unreadable_encrypted_card_asks_for_the_card_again():
    body = {"error": {"type": "invalid_request_error", "code": "invalid_request",
                      "param": "card.encrypted_pan", "message": "Unable to decrypt"}}
    error = error_from_response(response(400, body), mutating=False)
    assert error.user_message == "Clover couldn't read the card data — swipe or key the card again."
    other = error_from_response(
        response(400, {"error": {"type": "invalid_request_error", "code": "invalid_request",
                                 "param": "refund", "message": "Not a gift card refund"}}),
        mutating=True,
    )
    assert other.user_message == "Clover refused the request — check the details and try again."
