"""Connect to Clover with OAuth v2 + PKCE against a real `pos-app sandbox serve` over loopback:
the browser is an HTTP client, the redirect reaches the app's one-shot listener, the token pair
lands in the keyring, and a register built from the keyring charges a card."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from pos_app import oauth_connect
from pos_app.clover import AuthenticationError, CardDetails, Hosts
from pos_app.clover.address import register_address
from pos_app.clover.auth import RECONNECT
from pos_app.oauth_connect import ConnectResult, connect_clover
from pos_app.runtime import SANDBOX_URL_ENV, Runtime, build_runtime, sandbox_hosts
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings
from pos_app.storage.secrets import SERVICE
from tests.storage.memory_keyring import MemoryKeyring

from .conftest import LiveSandbox
from .oauth_browser import Browser

APP_ID = "COUNTERPOS1"
SANDBOX = Settings(environment="sandbox", oauth_client_id=APP_ID)
VISA = CardDetails("4111111111111111", 12, 2030, "123")


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(keyring: MemoryKeyring) -> SecretStore:
    return SecretStore(keyring, trusted_backends=(MemoryKeyring,))


def stored(keyring: MemoryKeyring) -> dict[str, str]:
    return {name: value for (service, name), value in keyring.entries.items()
            if service == SERVICE}


async def connect(live: LiveSandbox, store: SecretStore, browser: Browser,
                  wait_seconds: float = 10.0) -> ConnectResult:
    result = await connect_clover(SANDBOX, store, browser.open, hosts=Hosts.local(live.url),
                                  wait_seconds=wait_seconds,
                                  on_redirect=lambda: browser.came_back.append(True))
    if browser.task is not None:
        await browser.task  # the browser's own failures (a page without buttons…) show here
    return result


@pytest.fixture
async def registers(tmp_path: Path, live: LiveSandbox,
                    ) -> AsyncIterator[Callable[[SecretStore], Runtime]]:
    """Builds a register the way start-up does, from the keyring, against the live sandbox."""
    built: list[Runtime] = []

    def build(secrets: SecretStore) -> Runtime:
        paths = AppPaths.under(tmp_path / f"app{len(built)}").ensure()
        runtime = build_runtime(paths, SANDBOX, secrets, hosts=Hosts.local(live.url))
        built.append(runtime)
        return runtime

    yield build
    for runtime in built:
        await runtime.aclose()


def token_requests(live: LiveSandbox) -> int:
    """How many code exchanges reached the sandbox since its request record was cleared."""
    seen = live.admin("GET", "/_sandbox/seen/forwarded_for")["requests"]
    return sum(1 for r in seen if (r["method"], r["path"]) == ("POST", "/oauth/v2/token"))


async def charge(runtime: Runtime, cents: int) -> Any:
    token = await runtime.client.create_card_token(VISA)
    return await runtime.client.create_charge(token.id, cents, "usd")


async def test_approve_stores_the_pair_its_expiry_and_the_pakms_key_then_a_charge_works(
        live: LiveSandbox, keyring: MemoryKeyring, store: SecretStore,
        registers: Callable[[SecretStore], Runtime]) -> None:
    browser = Browser("Approve")
    live.admin("DELETE", "/_sandbox/seen/forwarded_for")

    result = await connect(live, store, browser)

    assert result.ok, result.message
    assert browser.came_back == [True]
    assert token_requests(live) == 1
    assert result.message.startswith("Connected to Clover sandbox as merchant ")
    (opened,) = browser.opened
    asked = {k: v[0] for k, v in parse_qs(urlsplit(opened).query).items()}
    assert opened.startswith(f"{live.url}/oauth/v2/authorize?")
    assert asked["code_challenge_method"] == "S256" and asked["client_id"] == APP_ID
    assert urlsplit(asked["redirect_uri"]).hostname == "127.0.0.1"
    assert "go back to the register" in browser.landing
    secrets = stored(keyring)
    assert set(secrets) == {"api_token", "refresh_token", "oauth_token_expiry", "pakms_key"}
    expiry = json.loads(secrets["oauth_token_expiry"])
    assert expiry["access_token_expiration"] > 0 and expiry["refresh_token_expiration"] > 0
    assert secrets["api_token"] not in result.message

    runtime = registers(store)
    assert not runtime.training
    tokens = runtime.client.credentials.tokens  # type: ignore[attr-defined]
    assert tokens.access_token_expiration == expiry["access_token_expiration"]
    live.admin("DELETE", "/_sandbox/seen/forwarded_for")
    paid = await charge(runtime, 1234)
    assert paid.approved and paid.amount == 1234
    seen = live.admin("GET", "/_sandbox/seen/forwarded_for")["requests"]
    (sent,) = [r for r in seen if (r["method"], r["path"]) == ("POST", "/v1/charges")]
    assert sent["x-forwarded-for"] == runtime.forwarded_for == register_address()


async def test_deny_saves_nothing(live: LiveSandbox, keyring: MemoryKeyring,
                                  store: SecretStore) -> None:
    result = await connect(live, store, Browser("Deny"))

    assert not result.ok
    assert result.message == oauth_connect.DENIED
    assert stored(keyring) == {}


async def test_a_redirect_with_another_state_is_ignored_and_its_code_never_exchanged(
        live: LiveSandbox, keyring: MemoryKeyring, store: SecretStore) -> None:
    live.admin("DELETE", "/_sandbox/seen/forwarded_for")
    browser = Browser("Approve", tamper_state=True)

    result = await connect(live, store, browser)

    assert result.message == oauth_connect.WRONG_STATE
    assert stored(keyring) == {}
    assert "code=" in browser.redirect  # the sandbox did approve; the app ignored the answer
    assert token_requests(live) == 0


async def test_a_redirect_without_a_state_is_ignored_and_says_so(
        live: LiveSandbox, keyring: MemoryKeyring, store: SecretStore) -> None:
    live.admin("DELETE", "/_sandbox/seen/forwarded_for")

    result = await connect(live, store, Browser("Approve", drop_state=True))

    assert result.message == oauth_connect.NO_STATE
    assert stored(keyring) == {} and token_requests(live) == 0


async def test_no_answer_in_time_closes_the_listener(live: LiveSandbox, keyring: MemoryKeyring,
                                                     store: SecretStore) -> None:
    browser = Browser(stay_away=True)

    result = await connect(live, store, browser, wait_seconds=0.3)

    assert result.message == oauth_connect.TIMED_OUT
    assert browser.came_back == []
    port = urlsplit(parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]).port
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0
    assert stored(keyring) == {}


async def test_a_browser_that_will_not_open_is_said_so(live: LiveSandbox,
                                                      store: SecretStore) -> None:
    result = await connect_clover(SANDBOX, store, lambda url: False,
                                  hosts=Hosts.local(live.url))

    assert result.message == oauth_connect.NO_BROWSER


async def test_nothing_is_asked_without_an_app_id_or_a_secure_store(live: LiveSandbox) -> None:
    browser = Browser()
    insecure = SecretStore(MemoryKeyring())  # not trusted: like a plaintext file backend

    no_id = await connect_clover(Settings(environment="sandbox"), insecure, browser.open,
                                 hosts=Hosts.local(live.url))
    no_store = await connect_clover(SANDBOX, insecure, browser.open, hosts=Hosts.local(live.url))
    training = await connect_clover(Settings(oauth_client_id=APP_ID), insecure, browser.open)

    assert no_id.message == oauth_connect.NO_APP_ID
    assert no_store.message.startswith("This computer has no secure credential store")
    assert training.message == oauth_connect.TRAINING
    assert browser.opened == []


async def test_an_expired_access_token_is_refreshed_and_a_spent_refresh_token_says_reconnect(
        live: LiveSandbox, keyring: MemoryKeyring, store: SecretStore,
        registers: Callable[[SecretStore], Runtime]) -> None:
    assert (await connect(live, store, Browser())).ok
    before = stored(keyring)
    stale = MemoryKeyring()  # a copy of the keyring as it was, made before any refresh
    stale.entries = dict(keyring.entries)
    live.advance_clock(3700)  # past the access token's hour, on the sandbox's clock

    assert (await charge(registers(store), 500)).approved  # 401, refresh, sent again

    after = stored(keyring)
    assert after["refresh_token"] != before["refresh_token"]
    assert after["api_token"] != before["api_token"]
    old, new = (json.loads(s["oauth_token_expiry"]) for s in (before, after))
    assert new["access_token_expiration"] >= old["access_token_expiration"] + 3600
    with pytest.raises(AuthenticationError) as refused:
        await charge(registers(SecretStore(stale, trusted_backends=(MemoryKeyring,))), 500)
    assert refused.value.user_message == RECONNECT
    assert stored(keyring)[SecretName.REFRESH_TOKEN.value] == after["refresh_token"]


async def test_a_served_sandbox_named_in_the_environment_stands_in_for_clovers_sandbox(
        live: LiveSandbox, store: SecretStore, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SANDBOX_URL_ENV, live.url)
    browser = Browser()

    result = await connect_clover(SANDBOX, store, browser.open, sandbox_hosts=sandbox_hosts())
    if browser.task is not None:
        await browser.task

    assert result.ok, result.message
    assert browser.opened[0].startswith(f"{live.url}/oauth/v2/authorize?")
    runtime = build_runtime(AppPaths.under(tmp_path / "dev").ensure(), SANDBOX, store)
    production = build_runtime(AppPaths.under(tmp_path / "prod").ensure(),
                               Settings(environment="production"), store)
    try:
        assert (await charge(runtime, 250)).approved
        assert production.client.hosts == Hosts.for_environment("production")  # never replaced
    finally:
        await runtime.aclose()
        await production.aclose()


def test_the_stand_in_sandbox_must_be_an_http_url() -> None:
    assert sandbox_hosts({}) is None
    assert sandbox_hosts({SANDBOX_URL_ENV: "ftp://example.test"}) is None
    assert sandbox_hosts({SANDBOX_URL_ENV: "http://127.0.0.1:8765/"}) == Hosts.local(
        "http://127.0.0.1:8765")
