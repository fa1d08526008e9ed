"""Typed Clover errors, each with a message a cashier can act on, and the HTTP error mapper."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import httpx

from pos_app.lang import N_
from pos_app.redact import redact

from .messages import DECLINE_MESSAGES, REQUEST_MESSAGES, message_for
from .transport import parse_retry_after

__all__ = [
    "AuthenticationError",
    "CardDeclined",
    "CloverError",
    "ConnectionFailed",
    "EncryptionKeyError",
    "IdempotencyConflict",
    "InvalidRequest",
    "NoResponse",
    "NotFound",
    "OutcomeUnknown",
    "ProcessingError",
    "RateLimited",
    "ResponseFormatError",
    "ServerError",
    "error_from_response",
]

_MAX_MESSAGE = 300


class CloverError(Exception):
    """Any failure talking to Clover. `str()` is for logs; `user_message` is for the cashier."""

    default_user_message: ClassVar[str] = N_("Clover couldn't complete that — try again.")
    default_retryable: ClassVar[bool] = False
    default_outcome_unknown: ClassVar[bool] = False

    def __init__(
        self,
        message: str | None = None,
        *,
        user_message: str | None = None,
        status: int | None = None,
        code: str | None = None,
        decline_code: str | None = None,
        type: str | None = None,  # Clover's field name; shadows the builtin here
        param: str | None = None,
        charge_id: str | None = None,
        request_id: str | None = None,
        idempotency_key: str | None = None,
        retryable: bool | None = None,
        outcome_unknown: bool | None = None,
    ) -> None:
        self.message = redact((message or self.__class__.__name__)[:_MAX_MESSAGE])
        super().__init__(self.message)
        self.status = status
        self.code = _clean(code)
        self.decline_code = _clean(decline_code)
        self.type = _clean(type)
        self.param = _clean(param)
        self.charge_id = _clean(charge_id)
        self.request_id = _clean(request_id)
        self.idempotency_key = idempotency_key
        self.retryable = self.default_retryable if retryable is None else retryable
        self.outcome_unknown = (
            self.default_outcome_unknown if outcome_unknown is None else outcome_unknown
        )
        self.user_message = redact(user_message) if user_message else self._user_message()

    def _user_message(self) -> str:
        return self.default_user_message

    def __str__(self) -> str:
        details = [
            f"{name}={value}"
            for name, value in (
                ("status", self.status),
                ("type", self.type),
                ("code", self.code),
                ("decline_code", self.decline_code),
                ("param", self.param),
                ("charge", self.charge_id),
                ("request_id", self.request_id),
            )
            if value is not None
        ]
        if self.outcome_unknown:
            details.append("outcome_unknown=True")
        return redact(f"{self.message} ({', '.join(details)})" if details else self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


def _clean(value: object) -> str | None:
    if value is None:
        return None
    return redact(str(value))[:_MAX_MESSAGE]


class CardDeclined(CloverError):
    """The card or gift card was refused: a definite answer, nothing was charged."""

    default_user_message = DECLINE_MESSAGES["card_declined"]

    def _user_message(self) -> str:
        return message_for(
            self.decline_code, self.code, table=DECLINE_MESSAGES, default=self.default_user_message
        )


class InvalidRequest(CloverError):
    """Clover refused the request as sent (HTTP 400): fix it, don't repeat it."""

    default_user_message = N_("Clover refused the request — check the details and try again.")

    def _user_message(self) -> str:
        if self.code == "invalid_request" and not (self.param or "").startswith("card"):
            return self.default_user_message  # the table's text is about unreadable card data
        return message_for(self.code, table=REQUEST_MESSAGES, default=self.default_user_message)


class NotFound(InvalidRequest):
    """The charge, refund, order or token does not exist (404 / resource_missing)."""

    default_user_message = REQUEST_MESSAGES["resource_missing"]

    def _user_message(self) -> str:
        if self.param == "source":
            return N_("Clover doesn't know this card read — swipe the card again.")
        return self.default_user_message


class AuthenticationError(CloverError):
    """Clover refused the register's credentials (401/403), or they could not be renewed."""

    default_user_message = (
        N_("Clover refused this register's sign-in — a manager must reconnect Clover in Settings.")
    )


class IdempotencyConflict(CloverError):
    """The idempotency key was already used for a different request."""

    default_user_message = REQUEST_MESSAGES["idempotency_key_reused"]


class RateLimited(CloverError):
    """Too many requests (429); `retry_after` is Clover's wait in seconds, if it sent one."""

    default_user_message = REQUEST_MESSAGES["rate_limit"]
    default_retryable = True

    def __init__(self, message: str | None = None, *, retry_after: float | None = None,
                 **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(CloverError):
    """Clover (or a proxy before it) failed with a 5xx; on a POST it may still have acted."""

    default_user_message = N_("Clover is having trouble — wait a moment, then try again.")
    default_retryable = True

    def _user_message(self) -> str:
        if self.outcome_unknown:
            return OutcomeUnknown.default_user_message
        return self.default_user_message


class ProcessingError(CloverError):
    """Clover answered 4xx with an `api_error` (e.g. processing_error): it did not go through."""

    default_user_message = DECLINE_MESSAGES["processing_error"]
    default_retryable = True


class ConnectionFailed(CloverError):
    """Clover could not be reached at all: nothing was sent, so nothing happened."""

    default_user_message = (
        N_("Can't reach Clover — check the network cable or Wi-Fi, then try again. "
        "Nothing was charged.")
    )
    default_retryable = True


class NoResponse(CloverError):
    """A read-only request got no usable answer (timeout or dropped connection)."""

    default_user_message = N_("No answer from Clover — try again.")
    default_retryable = True


class OutcomeUnknown(CloverError):
    """A request that changes money may have gone through: look it up, never treat as declined."""

    default_user_message = N_("No answer from Clover — checking the payment…")
    default_retryable = True
    default_outcome_unknown = True


class ResponseFormatError(CloverError):
    """Clover answered with something this client cannot read."""

    default_user_message = N_("Clover sent an answer the register can't read — try again.")


class EncryptionKeyError(CloverError):
    """The card-encryption public key from Clover is missing or malformed."""

    default_user_message = N_(
        "Can't encrypt the card: Clover's encryption key is bad. Call support."
    )


def _body(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def _error_class(status: int, kind: str | None, code: str | None) -> type[CloverError]:
    if status == 429 or kind == "rate_limit_error" or code == "rate_limit":
        return RateLimited
    if status >= 500:
        return ServerError
    if status in (401, 403) or kind == "authentication_error":
        return AuthenticationError
    if kind == "card_error" or status == 402:
        return CardDeclined
    if kind == "idempotency_error":
        return IdempotencyConflict
    if status == 404 or code == "resource_missing":
        return NotFound
    if kind in ("api_error", "api_connection_error"):
        return ProcessingError
    return InvalidRequest


def error_from_response(response: httpx.Response, *, mutating: bool) -> CloverError:
    """The typed error for a failed HTTP response (any body: nested error, flat, HTML, empty)."""
    status = response.status_code
    body = _body(response) or {}
    nested = body.get("error")
    err: dict[str, Any] = nested if isinstance(nested, dict) else {}
    kind, code = _text(err.get("type")), _text(err.get("code"))
    message = (
        _text(err.get("message"))
        or _text(body.get("message"))
        or (_text(nested) if not err else None)
        or f"HTTP {status} {response.reason_phrase}".strip()
    )
    cls = _error_class(status, kind, code)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "decline_code": _text(err.get("declineCode")) or _text(err.get("decline_code")),
        "type": kind,
        "param": _text(err.get("param")),
        "charge_id": _text(err.get("charge")),
        "request_id": response.headers.get("x-request-id") or response.headers.get("request-id"),
        "idempotency_key": response.request.headers.get("idempotency-key")
        if _has_request(response)
        else None,
    }
    if cls is ServerError:
        kwargs["outcome_unknown"] = mutating
    if cls is RateLimited:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    return cls(message, **kwargs)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built bare
    except RuntimeError:
        return False
    return True
