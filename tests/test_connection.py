"""The Settings screen's connection test against a real `pos-app sandbox serve` over loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from pos_app import connection
from pos_app.clover import Hosts
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
