"""Log redaction: card numbers, swipes, codes, tokens and secrets never reach a log handler."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app import redact as redact_module
from pos_app.redact import RedactingFilter, install_log_redaction, redact, register_secret

PAN = "4111111111111111"
TRACK1 = "%B4111111111111111^DOE/JOHN^2512101000000000000000000?"
TRACK2 = ";4111111111111111=25121010000000000000?"
GIFT_TRACK2 = ";7777373100005003?"
CVV_JSON = '{"card": {"cvv": "987", "exp_month": "12"}}'
CLV = "clv_1ABCDefgHI23jKL4m5nOPqR"
BEARER = "Authorization: Bearer sk-live-abcdef123456"
SECRET = "merchant-secret-Zq8Lw2"


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A parent logger with one handler writing to a buffer, redaction installed on it."""
    parent = logging.getLogger("redact_test")
    parent.setLevel(logging.DEBUG)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    parent.addHandler(handler)
    install_log_redaction(parent)
    before = redact_module._secrets
    yield parent, stream
    parent.removeHandler(handler)
    redact_module.forget_secrets(redact_module._secrets - before)


def test_a_child_loggers_records_reach_the_handler_redacted(captured):
    _, stream = captured
    register_secret(SECRET)
    child = logging.getLogger("redact_test.clover.child")

    child.info("swiped %s", TRACK1 + TRACK2)
    child.info("gift card swipe %s", GIFT_TRACK2)
    child.info("keyed card %s, body %s", PAN, CVV_JSON)
    child.warning("token %s with %s and key %s", CLV, BEARER, SECRET)

    out = stream.getvalue()
    for leaked in (PAN, "4111 1111", "DOE/JOHN", "2512101", "7777373100005003", '"987"', CLV,
                   "sk-live-abcdef123456", SECRET):
        assert leaked not in out, leaked
    assert "[track data]" in out
    assert "****1111" in out
    assert '"cvv": "****"' in out
    assert "clv_****" in out
    assert "Bearer ****" in out
    assert out.count("\n") == 4  # one line per record, nothing dropped


def test_an_exception_traceback_is_redacted(captured):
    _, stream = captured
    child = logging.getLogger("redact_test.child")
    try:
        raise ValueError(f"bad card {PAN} cvv=123 token {CLV}")
    except ValueError:
        child.exception("payment failed for %s", PAN)

    out = stream.getvalue()
    assert "Traceback (most recent call last)" in out
    assert "ValueError: bad card ****1111 cvv=**** token clv_****" in out
    assert PAN not in out
    assert CLV not in out
    assert "cvv=123" not in out


def test_every_handler_of_the_root_logger_gets_the_filter():
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    try:
        redacting = install_log_redaction()
        assert redacting in handler.filters
        install_log_redaction()  # twice is harmless
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        logging.getLogger("pos_app.anything").error("card %s", PAN)
        assert PAN not in stream.getvalue()
        assert "****1111" in stream.getvalue()
    finally:
        root.removeHandler(handler)
        for h in root.handlers:
            for f in [f for f in h.filters if isinstance(f, RedactingFilter)]:
                h.removeFilter(f)


def test_ordinary_text_stays_readable():
    text = ("Sale 1042 paid: total 12.50 usd, gift card 25.00, remaining due 0.00; "
            "POST /v1/charges -> 200 in 153 ms (attempt 1); phone 555-123-4567; "
            "charge CKK5GVZBHB1GA; 2026-11-22 14:03:11,123")
    assert redact(text) == text


def test_a_13_digit_millisecond_timestamp_is_masked_too():
    # Accepted trade-off: any 12+ digit run may be a card number, so it is masked.
    assert redact("created 1681705896145") == "created ****6145"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4111 1111 1111 1111", "****1111"),
        ("4111-1111-1111-1111", "****1111"),
        ("3782 822463 10005", "****0005"),
        ("7777190000000000019", "****0019"),
        ('{"number": "7777373144600266", "security_card_value": "75537209"}',
         '{"number": "****", "security_card_value": "****"}'),
        ("{'security_code': '1313', 'foreign_access_code': '67755'}",
         "{'security_code': '****', 'foreign_access_code': '****'}"),
        ("cvv=123&cvc=4567&password=hunter2", "cvv=****&cvc=****&password=****"),
        ('{"encrypted_pan": "AbC+/=="}', '{"encrypted_pan": "****"}'),
        ("apikey: af4e1234d145", "apikey: ****"),
        ('"apiAccessKey": "af4e1234d145"', '"apiAccessKey": "****"'),
        ('{"access_token": "a.b.c", "refresh_token": "r1"}',
         '{"access_token": "****", "refresh_token": "****"}'),
        ("token=abc123", "token=****"),
        ('{"object": "token"}', '{"object": "token"}'),
    ],
)
def test_known_shapes_are_masked(text: str, expected: str):
    assert redact(text) == expected


def test_a_registered_secret_is_masked_anywhere():
    before = redact_module._secrets
    try:
        register_secret("pk_9f8e7d6c5b4a")
        register_secret("abc")  # too short to mask safely: ignored
        assert redact("key=pk_9f8e7d6c5b4a;x") == "key=****;x"
        assert redact("xpk_9f8e7d6c5b4ay") == "x****y"
        assert redact("abc") == "abc"
    finally:
        redact_module.forget_secrets(redact_module._secrets - before)


def test_redaction_is_stable_when_applied_twice():
    once = redact(f"{TRACK1} {PAN} {CLV} {BEARER} {CVV_JSON}")
    assert redact(once) == once


@settings(max_examples=300, deadline=None)
@given(
    pan=st.text(alphabet="0123456789", min_size=13, max_size=19),
    before=st.text(max_size=40),
    after=st.text(max_size=40),
)
def test_no_card_number_survives_in_any_surrounding_text(pan: str, before: str, after: str):
    assert pan not in redact(before + pan + after)


@settings(max_examples=100, deadline=None)
@given(pan=st.text(alphabet="0123456789", min_size=13, max_size=19),
       separator=st.sampled_from([" ", "-"]))
def test_no_grouped_card_number_survives(pan: str, separator: str):
    grouped = separator.join(pan[i:i + 4] for i in range(0, len(pan), 4))
    out = redact(f"card {grouped} ok")
    assert pan not in out.replace(" ", "").replace("-", "")
