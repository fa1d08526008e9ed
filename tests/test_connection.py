"""The Settings screen's connection test against a real `pos-app sandbox serve` over loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

from pos_app import connection
from pos_app.clover import Hosts, OAuthTokens
from pos_app.oauth_connect import store_tokens
from pos_app.storage import SecretName, SecretStore, Settings
from tests.integration.conftest import start_sandbox_process, stop_process
from tests.storage.memory_keyring import MemoryKeyring

TOKEN = "connection-test-merchant-token"
SANDBOX = Settings(environment="sandbox")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("connection-sandbox") / "ledger.sqlite3"
    process, url = start_sandbox_process(db, "--token", TOKEN)
    try:
        yield url
    finally:
        stop_process(process)


@pytest.fixture
def store() -> SecretStore:
    return SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,))


def closed_port_url() -> str:
    """A loopback address nothing listens on: the connection is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def test_a_good_token_is_reported_as_working(server_url: str) -> None:
    answer = await connection.check_connection(SANDBOX, TOKEN, None, hosts=Hosts.local(server_url))

    assert answer.ok
    assert answer.message == "Connected to Clover sandbox — the token works."


async def test_the_stored_token_is_used_when_none_is_typed(
    server_url: str, store: SecretStore
) -> None:
    await store.aset(SecretName.API_TOKEN, TOKEN)

    answer = await connection.check_connection(SANDBOX, None, store, hosts=Hosts.local(server_url))

    assert answer.ok and "the token works" in answer.message


async def test_a_wrong_token_is_refused_without_showing_it(server_url: str) -> None:
    wrong = "not-the-merchant-token-4c2f"
    answer = await connection.check_connection(SANDBOX, wrong, None, hosts=Hosts.local(server_url))

    assert not answer.ok
    assert answer.message == (
        "Clover refused the token — check it was copied whole (Settings → Clover).")
    assert wrong not in answer.message


async def test_nothing_listening_means_no_answer_from_clover() -> None:
    answer = await connection.check_connection(
        SANDBOX, TOKEN, None, hosts=Hosts.local(closed_port_url()), deadline=2.0)

    assert not answer.ok
    assert answer.message == "No answer from Clover — check the internet connection."


async def test_with_no_token_typed_or_stored_it_asks_for_one(store: SecretStore) -> None:
    answer = await connection.check_connection(SANDBOX, "  ", store,
                                              hosts=Hosts.local(closed_port_url()))

    assert not answer.ok
    assert "No Clover API token is stored" in answer.message


async def test_training_mode_needs_no_connection() -> None:
    answer = await connection.check_connection(Settings(environment="training"), None, None)

    assert answer.ok
    assert answer.message == "Training mode uses the built-in sandbox — no connection needed."


def issue_pair(server_url: str, access_ttl_seconds: int) -> dict[str, object]:
    """A sandbox OAuth pair, as Connect to Clover would have stored it."""
    answer = httpx.post(f"{server_url}/_sandbox/oauth/issue",
                        json={"access_ttl_seconds": access_ttl_seconds},
                        headers={"authorization": f"Bearer {TOKEN}"}, trust_env=False)
    answer.raise_for_status()
    pair: dict[str, object] = answer.json()
    return pair


async def test_the_stored_oauth_sign_in_is_refreshed_when_clover_says_it_expired(
    server_url: str, store: SecretStore
) -> None:
    pair = issue_pair(server_url, access_ttl_seconds=0)  # already expired on the sandbox
    # The expiry stored says it is fresh: only Clover's 401 tells the app otherwise.
    await store_tokens(store, OAuthTokens(
        access_token=str(pair["access_token"]), access_token_expiration=4_000_000_000,
        refresh_token=str(pair["refresh_token"]), refresh_token_expiration=4_000_000_000))
    settings = Settings(environment="sandbox", oauth_client_id="COUNTERPOS1")

    answer = await connection.check_connection(settings, None, store,
                                              hosts=Hosts.local(server_url))

    assert answer.ok
    assert answer.message == "Connected to Clover sandbox — the OAuth sign-in works."
    assert await store.aget(SecretName.REFRESH_TOKEN) != pair["refresh_token"]
    again = await connection.check_connection(settings, None, store,
                                             hosts=Hosts.local(server_url))
    assert again.ok


async def test_a_spent_oauth_refresh_token_asks_to_connect_again(
    server_url: str, store: SecretStore
) -> None:
    pair = issue_pair(server_url, access_ttl_seconds=0)
    tokens = OAuthTokens(
        access_token=str(pair["access_token"]), access_token_expiration=None,
        refresh_token=str(pair["refresh_token"]), refresh_token_expiration=None)
    await store_tokens(store, tokens)
    settings = Settings(environment="sandbox", oauth_client_id="COUNTERPOS1")
    assert (await connection.check_connection(settings, None, store,
                                              hosts=Hosts.local(server_url))).ok
    await store_tokens(store, tokens)  # the pair from before that refresh: its token is spent

    answer = await connection.check_connection(settings, None, store,
                                              hosts=Hosts.local(server_url))

    assert not answer.ok
    assert answer.message == connection.SIGN_IN_REFUSED
    assert str(pair["refresh_token"]) not in answer.message
