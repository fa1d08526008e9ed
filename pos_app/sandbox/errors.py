"""Clover's error bodies and the exception the sandbox's handlers raise to produce them."""

from __future__ import annotations

from typing import Any

DOC_URL = "https://docs.clover.com/docs/ecommerce-error-codes"

# Generic, safe-to-show texts: never a card number, code, token or secret.
MESSAGES: dict[str, str] = {
    "card_declined": "Card declined.",
    "expired_card": "The card has expired.",
    "incorrect_cvc": "The card's security code is incorrect.",
    "invalid_cvc": "The card's security code is invalid.",
    "invalid_number": "The card number is invalid.",
    "invalid_expiry_month": "The card's expiration month is invalid.",
    "invalid_expiry_year": "The card's expiration year is invalid.",
    "processing_error": "An error occurred while processing the card.",
    "amount_too_large": "The amount is too large.",
    "invalid_charge_amount": "The amount is not valid.",
    "charge_already_captured": "The charge has already been captured or released.",
    "charge_already_refunded": "The charge has already been refunded.",
    "charge_expired_for_capture": "The authorization has expired.",
    "token_already_used": "The token has already been used.",
    "resource_missing": "No such resource.",
    "missing": "A required value is missing.",
    "invalid_request": "The request is not valid.",
    "idempotency_key_reused": "The idempotency key was used for another request.",
    "refund_already_canceled": "The refund has already been canceled.",
    "void_window_expired": "The void window has expired.",
    "rate_limit": "Too many requests.",
    "unauthorized": "The credentials are missing or not valid.",
    "server_error": "The service is temporarily unavailable.",
}


class SandboxError(Exception):
    """A failure answered with Clover's error body; handlers raise it, the app renders it."""

    def __init__(
        self,
        status: int,
        type: str,
        code: str,
        message: str | None = None,
        *,
        decline_code: str | None = None,
        param: str | None = None,
        charge: str | None = None,
    ) -> None:
        self.status = status
        self.type = type
        self.code = code
        self.message = message or MESSAGES.get(code, "The request failed.")
        self.decline_code = decline_code
        self.param = param
        self.charge = charge
        super().__init__(f"{status} {type}/{code}")

    def body(self) -> dict[str, Any]:
        return error_body(
            self.type,
            self.code,
            self.message,
            decline_code=self.decline_code,
            param=self.param,
            charge=self.charge,
        )


def error_body(
    type: str,
    code: str,
    message: str | None = None,
    *,
    decline_code: str | None = None,
    param: str | None = None,
    charge: str | None = None,
) -> dict[str, Any]:
    """The nested `error` object with the same text at the top level (`message`)."""
    text = message or MESSAGES.get(code, "The request failed.")
    error: dict[str, Any] = {"type": type, "code": code, "message": text}
    if decline_code is not None:
        # Both spellings: the docs name it decline_code, a live-tested client read declineCode.
        error["declineCode"] = decline_code
        error["decline_code"] = decline_code
    if charge is not None:
        error["charge"] = charge
    error["param"] = param
    error["doc_url"] = DOC_URL
    top = "401 Unauthorized" if type == "authentication_error" else text
    return {"message": top, "error": error}


def invalid(code: str, param: str | None = None, message: str | None = None) -> SandboxError:
    """A 400 `invalid_request_error`."""
    return SandboxError(400, "invalid_request_error", code, message, param=param)


def declined(decline_code: str, charge: str | None = None) -> SandboxError:
    """A 400 `card_error`/`card_declined` with a decline code."""
    return SandboxError(
        400, "card_error", "card_declined", decline_code=decline_code, charge=charge
    )


def not_found(param: str | None = None) -> SandboxError:
    """A 404 for an unknown id in the path."""
    return SandboxError(404, "invalid_request_error", "resource_missing", param=param)


def unauthorized() -> SandboxError:
    return SandboxError(401, "authentication_error", "unauthorized")


class PlatformError(SandboxError):
    """A Platform API failure (OAuth): a flat `{"message": ...}` body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, "authentication_error", "unauthorized", message)

    def body(self) -> dict[str, Any]:
        return {"message": self.message}
