"""Masks card numbers, track data, security codes, tokens and known secrets in text and logs."""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections.abc import Iterable

__all__ = [
    "RedactingFilter",
    "forget_secrets",
    "install_log_redaction",
    "redact",
    "register_secret",
]

MASK = "****"

# Magstripe track 1 (`%B<pan>^<name>^<yymm…>?`) and track 2 (`;<pan>=<yymm…>?`, `;<pan>?`).
# The end sentinel is optional so that a truncated read is masked too.
_TRACK1 = re.compile(r"%[A-Za-z][0-9 ]{1,19}\^[^^\r\n]{0,79}\^[^?\r\n]*\??")
_TRACK2 = re.compile(r";[0-9]{6,19}(?:=[0-9A-Za-z]*\??|\?)")

# Fields whose value is a secret, as JSON (`"cvv": "123"`), a Python repr (`'cvv': '123'`),
# a header (`apikey: abc`) or a query/form pair (`cvv=123`).
_SECRET_FIELDS = (
    "number",
    "card_number",
    "cardNumber",
    "security_code",
    "securityCode",
    "cvv",
    "cvc",
    "security_card_value",
    "encrypted_pan",
    "foreign_access_code",
    "access_token",
    "refresh_token",
    "apiAccessKey",
    "api_access_key",
    "apikey",
    "api_key",
    "password",
    "client_secret",
    "code_verifier",
    "token",
)
_FIELD = re.compile(
    r"(?P<key>(?<![A-Za-z0-9_-])[\"']?(?:"
    + "|".join(re.escape(name) for name in _SECRET_FIELDS)
    + r")[\"']?\s*[:=]\s*)"
    r"(?P<value>\"[^\"\\]*(?:\\.[^\"\\]*)*\"|'[^'\\]*(?:\\.[^'\\]*)*'|[^\s,;&}\])\"']+)",
    re.IGNORECASE,
)
_CLV_TOKEN = re.compile(r"\bclv_[A-Za-z0-9]+")
_BEARER = re.compile(r"\b(Bearer)\s+(?!\*{4})[^\s\"',;]+", re.IGNORECASE)
# Runs of digits, optionally split by single spaces or dashes ("4111 1111 1111 1111").
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?:[ -][0-9]+)*(?![0-9])")
_MIN_CARD_DIGITS = 12
_MIN_SECRET_LENGTH = 4

_secrets_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()
_secrets_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Mask this exact value (an API token, a PAKMS key…) wherever it appears from now on."""
    global _secrets, _secrets_pattern  # noqa: PLW0603 - one process-wide set, like logging itself
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        if value in _secrets:
            return
        _secrets = _secrets | {value}
        _secrets_pattern = _compile_secrets(_secrets)


def forget_secrets(values: Iterable[str] | None = None) -> None:
    """Stop masking the given values (all of them if None); for tests and disconnects."""
    global _secrets, _secrets_pattern  # noqa: PLW0603
    with _secrets_lock:
        _secrets = frozenset() if values is None else _secrets - set(values)
        _secrets_pattern = _compile_secrets(_secrets)


def _compile_secrets(values: frozenset[str]) -> re.Pattern[str] | None:
    if not values:
        return None
    # Longest first, so a secret that contains another is masked whole.
    ordered = sorted(values, key=len, reverse=True)
    return re.compile("|".join(re.escape(value) for value in ordered))


def _mask_field(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[:1] in {'"', "'"} else ""
    return f"{match.group('key')}{quote}{MASK}{quote}"


def _mask_digits(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = [c for c in run if c.isdigit()]
    if len(digits) < _MIN_CARD_DIGITS:
        return run
    return MASK + "".join(digits[-4:])


def redact(text: str) -> str:
    """Return `text` with card numbers (all but the last 4 digits), tracks and secrets masked.

    Any run of 12 or more digits is treated as a card number, so a 13-digit millisecond
    timestamp is masked too (`****5896`): a price of mistaken safety worth paying in logs.
    """
    if not text:
        return text
    pattern = _secrets_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    text = _TRACK1.sub("[track data]", text)
    text = _TRACK2.sub("[track data]", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _CLV_TOKEN.sub("clv_" + MASK, text)
    text = _FIELD.sub(_mask_field, text)
    return _DIGIT_RUN.sub(_mask_digits, text)


class RedactingFilter(logging.Filter):
    """A handler filter that rewrites each record into its redacted, fully formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not leak its arguments either
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = redact(text)
            # The formatter prints exc_text; no handler may format the raw exception again.
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach one RedactingFilter to every handler of `logger` (the root logger by default).

    Filters on a logger do not see records propagated from its children; filters on its
    handlers do, which is why the filter goes on the handlers. Handlers added later need
    `handler.addFilter(filter)` with the returned filter.
    """
    target = logger if logger is not None else logging.getLogger()
    redacting = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(redacting)
    return redacting
