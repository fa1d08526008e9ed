"""One logical call's state across its attempts, and how its ending is classified."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

import httpx

from ._json import ModelError
from .errors import CardDeclined, CloverError, OutcomeUnknown, ResponseFormatError
from .transport import Host

__all__ = ["Auth", "Call", "decode_json", "final_error", "parse_model", "reason"]

_T = TypeVar("_T")


class Auth(Enum):
    """How a request authenticates."""

    NONE = "none"
    BEARER = "bearer"  # Authorization: Bearer <access token>
    APIKEY = "apikey"  # apikey: <PAKMS key>, for /v1/tokens only


@dataclass(slots=True)
class Call:
    """The state of one logical call across its attempts."""

    method: str
    host: Host
    path: str
    auth: Auth
    mutating: bool  # a lost answer is an unknown outcome (the call may have moved money)
    key: str | None  # the idempotency key: one per call, the same on every attempt
    content: bytes | None
    params: dict[str, str | int]
    budget: int  # attempts allowed
    attempt: int = 0
    replays: int = 0  # sends repeated at once with a refreshed token
    maybe_executed: bool = False  # an attempt may have acted without a usable answer
    auth_replayed: bool = False


def decode_json(response: httpx.Response, call: Call) -> dict[str, Any]:
    """The JSON object of a 2xx answer; unreadable means unknown outcome for a mutating call."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        return data
    cls = OutcomeUnknown if call.mutating else ResponseFormatError
    raise cls(
        f"Clover answered HTTP {response.status_code} with an unreadable body",
        status=response.status_code,
        idempotency_key=call.key,
    )


def parse_model(
    parser: Callable[[dict[str, Any]], _T], data: dict[str, Any], *, mutating: bool
) -> _T:
    """Parse a 2xx answer into a model; a missing id on a mutating call is an unknown outcome."""
    try:
        return parser(data)
    except ModelError as exc:
        cls = OutcomeUnknown if mutating else ResponseFormatError
        raise cls(f"Clover's answer is missing a field: {exc}") from exc


def final_error(error: CloverError, call: Call) -> CloverError:
    """The error to raise: an unknown outcome if any attempt may have acted unseen.

    Only a decline is believed after such an attempt: a refusal like token_already_used, or
    a failed token refresh, says nothing about whether the earlier attempt went through.
    """
    if not call.maybe_executed or isinstance(error, OutcomeUnknown | CardDeclined):
        return error
    unknown = OutcomeUnknown(
        f"A request may have gone through without an answer; last error: {error.message}",
        status=error.status,
        code=error.code,
        type=error.type,
        param=error.param,
        charge_id=error.charge_id,
        request_id=error.request_id,
        idempotency_key=call.key,
    )
    unknown.__cause__ = error
    return unknown


def reason(error: CloverError) -> str:
    """A short name for a failure, for the retry warning."""
    return f"{type(error).__name__} {error.status}" if error.status else type(error).__name__
