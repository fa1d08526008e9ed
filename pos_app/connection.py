"""Check a Clover connection once, for the Settings screen: does this token work here?"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import httpx

from pos_app.clover import (
    AuthenticationError,
    CloverClient,
    CloverError,
    ConnectionFailed,
    Credentials,
    Environment,
    Hosts,
    NoResponse,
    OAuthCredentials,
    OAuthTokens,
    RateLimited,
    RetryPolicy,
    ServerError,
    StaticCredentials,
)
from pos_app.oauth_connect import read_tokens, store_tokens
from pos_app.redact import register_secret
from pos_app.storage import SecretName, SecretStore, SecretStoreError, Settings

__all__ = ["ConnectionCheck", "check_connection"]

log = logging.getLogger(__name__)

TRAINING = "Training mode uses the built-in sandbox — no connection needed."
NOTHING_STORED = ("No Clover API token is stored — paste the token from Clover into API token "
            "(Settings → Clover), then test again.")
REFUSED = "Clover refused the token — check it was copied whole (Settings → Clover)."
SIGN_IN_REFUSED = ("Clover refused the stored sign-in (it may have been revoked) — press "
                   "Connect to Clover to sign in again.")
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
    sandbox_hosts: Hosts | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    deadline: float = 10.0,
) -> ConnectionCheck:
    """Ask Clover for the merchant's PAKMS key with `token`, or if None with what is stored:
    the OAuth sign-in of Connect to Clover (refreshed and stored again if Clover says it has
    expired), else a pasted API token.

    The key is only asked for, never kept: the token typed on the screen may not be saved.
    `hosts` points the check elsewhere (a `pos-app sandbox serve` in tests); by default the
    hosts of `settings.environment` (`sandbox_hosts` stand in for Clover's sandbox: a
    developer's `pos-app sandbox serve`). `deadline` bounds each attempt, in seconds.
    Nothing here ever puts the token in a message or a log.
    """
    env = Environment(settings.environment)
    if env is Environment.TRAINING:
        return ConnectionCheck(True, TRAINING)
    if hosts is None and env is Environment.SANDBOX:
        hosts = sandbox_hosts
    token = (token or "").strip()
    credentials: Credentials | None = StaticCredentials(token) if token else None
    if credentials is None and secrets is not None:
        try:
            credentials = await asyncio.get_running_loop().run_in_executor(
                None, lambda: _stored_credentials(settings, secrets))
        except SecretStoreError as exc:
            log.warning("connection test: %s", exc)  # redacted by SecretStoreError
            return ConnectionCheck(False, exc.user_message)
    if credentials is None:
        return ConnectionCheck(False, NOTHING_STORED)
    oauth = isinstance(credentials, OAuthCredentials)
    client = CloverClient(
        hosts or Hosts.for_environment(env), credentials, transport=transport,
        retry=_RETRY, forwarded_for=settings.register_ip or "127.0.0.1", deadline=deadline,
        timeouts=httpx.Timeout(deadline, connect=min(deadline, 5.0)),
    )
    try:
        await client.fetch_pakms_key()
    except AuthenticationError:
        return ConnectionCheck(False, SIGN_IN_REFUSED if oauth else REFUSED)
    except (ConnectionFailed, NoResponse):
        return ConnectionCheck(False, NO_ANSWER)
    except (ServerError, RateLimited):
        return ConnectionCheck(False, TROUBLE)
    except CloverError as exc:
        log.warning("connection test: %s", exc)  # CloverError text is redacted
        return ConnectionCheck(False, UNREADABLE)
    finally:
        await client.aclose()
    if oauth:
        return ConnectionCheck(True, f"Connected to {_NAMES[env]} — the OAuth sign-in works.")
    return ConnectionCheck(True, f"Connected to {_NAMES[env]} — the token works.")


def _stored_credentials(settings: Settings, secrets: SecretStore) -> Credentials | None:
    """The OAuth sign-in stored by Connect to Clover (refreshed, and stored again, if it has
    expired), else a pasted API token, else None. Blocks: run it in the executor."""
    pair = read_tokens(secrets) if settings.oauth_client_id else None
    if pair is not None:
        async def remember(tokens: OAuthTokens) -> None:
            await store_tokens(secrets, tokens)

        return OAuthCredentials(settings.oauth_client_id, pair, on_tokens=remember)
    token = secrets.get(SecretName.API_TOKEN)
    if token:
        register_secret(token)
        return StaticCredentials(token)
    return None

