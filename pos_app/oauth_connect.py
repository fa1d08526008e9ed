"""Connect to Clover with OAuth v2 + PKCE: browser, loopback redirect, token pair to the keyring.

The Settings screen's "Connect to Clover" runs `connect_clover`; `runtime` reads the pair back
with `read_tokens`. The code, the verifier and the tokens live in memory and in the OS keyring
only: no message, log line or file ever holds one.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
from collections.abc import Callable
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
    OAuthCredentials,
    OAuthTokens,
    RateLimited,
    RetryPolicy,
    ServerError,
)
from pos_app.clover.loopback import LoopbackRedirect, RedirectTimeout
from pos_app.clover.pkce import PkceSession
from pos_app.storage import SecretName, SecretStore, SecretStoreError, Settings
from pos_app.storage.secrets import NO_SECURE_STORE

__all__ = ["ConnectResult", "UrlOpener", "connect_clover", "read_tokens", "store_tokens"]

log = logging.getLogger(__name__)

# Opens the authorize page in the system browser: False (or raising) when it could not.
UrlOpener = Callable[[str], object]

TRAINING = ("Training mode uses the built-in sandbox and needs no Clover account — choose "
            "Clover sandbox or Production as the mode, then press Connect to Clover.")
NO_APP_ID = ("Type the OAuth app ID (the App ID of your app in Clover's developer dashboard), "
             "then press Connect to Clover.")
NO_BROWSER = ("Couldn't open the web browser for Clover's sign-in page — check a default "
              "browser is set up, then try again.")
TIMED_OUT = ("No answer came back from Clover's sign-in page in time — press Connect to "
             "Clover to try again. Nothing was saved.")
NO_STATE = ("Clover's answer came back without this sign-in's check value (state), so it was "
            "ignored and nothing was saved. Press Connect to Clover to try again; if it "
            "repeats, Clover's sign-in page does not return it: tell support.")
WRONG_STATE = ("The answer that came back was not from this sign-in, so it was ignored and "
               "nothing was saved. Press Connect to Clover to try again.")
DENIED = ("The connection was refused on Clover's page (Deny). Nothing was saved; Counter POS "
          "keeps its current account.")
NO_CODE = ("Clover's sign-in page came back without an authorization code. Nothing was saved — "
           "press Connect to Clover to try again.")
NO_ANSWER = "No answer from Clover — check the internet connection, then connect again."
TROUBLE = "Clover is having trouble right now — wait a minute, then connect again."

_NAMES = {Environment.TRAINING: "the training sandbox", Environment.SANDBOX: "Clover sandbox",
          Environment.PRODUCTION: "Clover (production)"}
_ERROR_CODE = re.compile(r"[a-z_]{1,40}")
# A manager waits at the screen: one quick retry for a blip on the line, then say so.
_RETRY = RetryPolicy(max_attempts=2, base_delay=0.2, max_delay=0.5, max_retry_after=2.0)


@dataclass(frozen=True, slots=True)
class ConnectResult:
    """How "Connect to Clover" ended; `message` is for the manager and never holds a secret."""

    ok: bool
    message: str
    merchant_id: str = ""
    client_id: str = ""

    def __str__(self) -> str:
        return self.message


class _NotSignedIn:
    """Credentials before the code exchange: only unauthenticated calls may be made."""

    pakms_key = None

    async def remember_pakms_key(self, key: str) -> None:
        return None

    async def access_token(self, refresh: object) -> str:
        raise AuthenticationError("not signed in yet", code="not_signed_in")

    async def handle_unauthorized(self, rejected: str, refresh: object) -> bool:
        return False


async def store_tokens(store: SecretStore, tokens: OAuthTokens) -> None:
    """Write the pair and its expiry to the keyring, in one executor call (qasync logs the
    arguments of what it runs at DEBUG, so only a closure goes there)."""
    expiry = json.dumps({"access_token_expiration": tokens.access_token_expiration,
                         "refresh_token_expiration": tokens.refresh_token_expiration})

    def put() -> None:
        # The refresh token first: once Clover issued this pair, the old one is already spent.
        store.set(SecretName.REFRESH_TOKEN, tokens.refresh_token)
        store.set(SecretName.API_TOKEN, tokens.access_token)
        store.set(SecretName.TOKEN_EXPIRY, expiry)

    await asyncio.get_running_loop().run_in_executor(None, put)


def read_tokens(store: SecretStore) -> OAuthTokens | None:
    """The stored OAuth pair with its expiry, or None when no refresh token is stored."""
    refresh = store.get(SecretName.REFRESH_TOKEN)
    access = store.get(SecretName.API_TOKEN)
    if not refresh or not access:
        return None
    expiry: dict[str, object] = {}
    raw = store.get(SecretName.TOKEN_EXPIRY)
    if raw:
        try:
            loaded = json.loads(raw)
        except ValueError:
            log.warning("the stored OAuth expiry is unreadable: the pair is refreshed on a 401")
        else:
            expiry = loaded if isinstance(loaded, dict) else {}
    return OAuthTokens(access_token=access, refresh_token=refresh,
                       access_token_expiration=_int(expiry.get("access_token_expiration")),
                       refresh_token_expiration=_int(expiry.get("refresh_token_expiration")))


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def _open(open_url: UrlOpener, url: str) -> bool:
    try:
        opened = open_url(url)
        if inspect.isawaitable(opened):
            opened = await opened
    except Exception:
        log.exception("could not open the browser")
        return False
    return opened is not False


async def connect_clover(
    settings: Settings,
    secrets: SecretStore | None,
    open_url: UrlOpener,
    *,
    hosts: Hosts | None = None,
    sandbox_hosts: Hosts | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    wait_seconds: float = 300.0,
    on_redirect: Callable[[], None] | None = None,
) -> ConnectResult:
    """Sign the merchant in: PKCE, the browser on the authorize page, the redirect on a
    one-shot loopback listener, `state` checked, the code exchanged, the pair stored in the
    OS keyring, then the PAKMS key fetched and stored.

    `hosts` points the flow elsewhere (a served sandbox, in tests); by default the hosts of
    `settings.environment`, except that `sandbox_hosts` (a developer's `pos-app sandbox serve`)
    stand in for Clover's sandbox. `wait_seconds` is how long the manager has on the page.
    `on_redirect` is called when the browser came back: from then on the sign-in should be
    left to finish (cancelling it could leave the keyring written and the settings not).
    """
    env = Environment(settings.environment)
    if hosts is None and env is Environment.SANDBOX:
        hosts = sandbox_hosts
    if hosts is None:
        if env is Environment.TRAINING:
            return ConnectResult(False, TRAINING)
        hosts = Hosts.for_environment(env)
    client_id = settings.oauth_client_id
    if not client_id:
        return ConnectResult(False, NO_APP_ID)
    if secrets is None or not secrets.secure:
        return ConnectResult(False, f"{NO_SECURE_STORE} Nothing was changed.")

    session = PkceSession.new()
    async with LoopbackRedirect() as listener:
        url = session.authorize_url(hosts.authorize_url, client_id, listener.redirect_uri)
        if not await _open(open_url, url):
            return ConnectResult(False, NO_BROWSER)
        try:
            query = await listener.wait(wait_seconds)
        except RedirectTimeout:
            return ConnectResult(False, TIMED_OUT)
    if on_redirect is not None:
        on_redirect()
    problem = _redirect_problem(session, query)
    if problem is not None:
        return ConnectResult(False, problem)
    merchant_id = query.get("merchant_id", "")
    client = CloverClient(hosts, _NotSignedIn(), transport=transport, retry=_RETRY,
                          deadline=15.0, timeouts=httpx.Timeout(15.0, connect=5.0))
    try:
        return await _finish(client, secrets, client_id=client_id, verifier=session.verifier,
                             code=query["code"], env=env, merchant_id=merchant_id)
    finally:
        await client.aclose()


def _redirect_problem(session: PkceSession, query: dict[str, str]) -> str | None:
    # The state first: an answer that is not ours is ignored whatever else it says. (Clover's
    # docs show no state in the redirect; OAuth 2.0 says it must come back: kept strict.)
    if not query.get("state"):
        log.warning("OAuth redirect without a state: ignored")
        return NO_STATE
    if not session.state_matches(query.get("state")):
        log.warning("OAuth redirect with a wrong state: ignored")
        return WRONG_STATE
    error = query.get("error")
    if error == "access_denied":
        return DENIED
    if error is not None:
        shown = error if _ERROR_CODE.fullmatch(error) else "an error"
        return (f"Clover's sign-in page answered {shown}. Nothing was saved — check the OAuth "
                "app ID, then press Connect to Clover again.")
    if not query.get("code"):
        return NO_CODE
    return None


async def _finish(client: CloverClient, secrets: SecretStore, *, client_id: str,
                  verifier: str, code: str, env: Environment,
                  merchant_id: str) -> ConnectResult:
    """Exchange the code, store the pair, fetch and store the PAKMS key."""
    try:
        tokens = await client.exchange_oauth_code(client_id, code, verifier)
    except AuthenticationError as exc:
        return ConnectResult(False, exc.user_message)
    except (ConnectionFailed, NoResponse):
        return ConnectResult(False, NO_ANSWER)
    except (ServerError, RateLimited):
        return ConnectResult(False, TROUBLE)
    except CloverError as exc:
        log.warning("OAuth code exchange: %s", exc)  # CloverError text is redacted
        return ConnectResult(False, TROUBLE)
    try:
        await store_tokens(secrets, tokens)
    except SecretStoreError as exc:
        log.warning("storing the OAuth tokens: %s", exc)
        return ConnectResult(False, f"{exc.user_message} The Clover sign-in was not saved.")

    async def remember_pakms(key: str) -> None:
        await secrets.aset(SecretName.PAKMS_KEY, key)

    async def remember_tokens(new: OAuthTokens) -> None:
        await store_tokens(secrets, new)

    client.credentials = OAuthCredentials(client_id, tokens, on_tokens=remember_tokens,
                                          on_pakms_key=remember_pakms)
    where = _NAMES[env] + (f" as merchant {merchant_id}" if merchant_id else "")
    try:
        await client.api_access_key()  # fetched with the new token, stored by remember_pakms
    except (CloverError, SecretStoreError) as exc:
        log.warning("PAKMS key after connecting: %s", exc)
        return ConnectResult(True, f"Connected to {where}; the tokens are in this computer's "
                             "credential store. The PAKMS key could not be fetched yet: it is "
                             "fetched again at the first card payment.", merchant_id, client_id)
    log.info("connected to Clover with OAuth (%s)", env.value)
    return ConnectResult(True, f"Connected to {where}. The sign-in and the PAKMS key are in this "
                         "computer's credential store.", merchant_id, client_id)
