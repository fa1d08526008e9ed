"""Check a Clover connection once, for the Settings screen: does this token work here?"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from pos_app.clover import (
    AuthenticationError,
    CloverClient,
    CloverError,
    ConnectionFailed,
    Environment,
    Hosts,
    NoResponse,
    RateLimited,
    RetryPolicy,
    ServerError,
    StaticCredentials,
)
from pos_app.redact import register_secret
from pos_app.storage import SecretName, SecretStore, SecretStoreError, Settings

__all__ = ["ConnectionCheck", "check_connection"]

log = logging.getLogger(__name__)

TRAINING = "Training mode uses the built-in sandbox — no connection needed."
NOTHING_STORED = ("No Clover API token is stored — paste the token from Clover into API token "
            "(Settings → Clover), then test again.")
REFUSED = "Clover refused the token — check it was copied whole (Settings → Clover)."
NO_ANSWER = "No answer from Clover — check the internet connection."
TROUBLE = "Clover is having trouble right now — wait a minute, then test again."
UNREADABLE = "Clover answered, but not as expected — check the mode (sandbox or production)."

_NAMES = {Environment.SANDBOX: "Clover sandbox", Environment.PRODUCTION: "Clover (production)"}
# A manager waits at the screen: fail fast, one quick retry for a blip on the line.
_RETRY = RetryPolicy(max_attempts=2, base_delay=0.2, max_delay=0.5, max_retry_after=2.0)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The answer to "does it connect": `message` is for the manager and never holds a secret."""

    ok: bool
    message: str

    def __str__(self) -> str:
        return self.message


async def check_connection(
    settings: Settings,
    token: str | None,
    secrets: SecretStore | None,
    *,
    hosts: Hosts | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    deadline: float = 10.0,
) -> ConnectionCheck:
    """Ask Clover for the merchant's PAKMS key with `token` (or the stored one, if None).

    The key is only asked for, never kept: the token typed on the screen may not be saved.
    `hosts` points the check elsewhere (a `pos-app sandbox serve` in tests); by default the
    hosts of `settings.environment`. `deadline` bounds each attempt, in seconds.
    Nothing here ever puts the token in a message or a log.
    """
    env = Environment(settings.environment)
    if env is Environment.TRAINING:
        return ConnectionCheck(True, TRAINING)
    token = (token or "").strip()
    if not token and secrets is not None:
        try:
            token = await secrets.aget(SecretName.API_TOKEN) or ""
        except SecretStoreError as exc:
            log.warning("connection test: %s", exc)  # redacted by SecretStoreError
            return ConnectionCheck(False, exc.user_message)
    if not token:
        return ConnectionCheck(False, NOTHING_STORED)
    register_secret(token)
    client = CloverClient(
        hosts or Hosts.for_environment(env), StaticCredentials(token), transport=transport,
        retry=_RETRY, forwarded_for=settings.register_ip or "127.0.0.1", deadline=deadline,
        timeouts=httpx.Timeout(deadline, connect=min(deadline, 5.0)),
    )
    try:
        await client.fetch_pakms_key()
    except AuthenticationError:
        return ConnectionCheck(False, REFUSED)
    except (ConnectionFailed, NoResponse):
        return ConnectionCheck(False, NO_ANSWER)
    except (ServerError, RateLimited):
        return ConnectionCheck(False, TROUBLE)
    except CloverError as exc:
        log.warning("connection test: %s", exc)  # CloverError text is redacted
        return ConnectionCheck(False, UNREADABLE)
    finally:
        await client.aclose()
    return ConnectionCheck(True, f"Connected to {_NAMES[env]} — the token works.")

