"""The API token and the OAuth pair through a real Secret Service (GNOME Keyring, private D-Bus)."""

from __future__ import annotations

import os
import secrets

import pytest
from keyring.backends import SecretService

from pos_app.clover import OAuthTokens
from pos_app.oauth_connect import read_tokens, store_tokens
from pos_app.storage import SecretName, SecretStore

pytestmark = [
    pytest.mark.secretservice,
    pytest.mark.skipif(
        os.environ.get("POS_SECRET_SERVICE") != "1",
        reason="needs a real Secret Service: run scripts/run-secretservice-tests.sh",
    ),
]


def test_api_token_round_trips_through_the_real_secret_service() -> None:
    store = SecretStore.detect()
    assert isinstance(store.backend, SecretService.Keyring), store.backend_name
    assert store.secure
    assert "SecretService" in store.backend_name

    token = f"counterpos-test-{secrets.token_hex(12)}"
    store.set(SecretName.API_TOKEN, token)
    try:
        assert store.get(SecretName.API_TOKEN) == token
        # The next start of the app builds a new store and finds the token.
        assert SecretStore.detect().get(SecretName.API_TOKEN) == token
    finally:
        store.delete(SecretName.API_TOKEN)
    assert store.get(SecretName.API_TOKEN) is None
    store.delete(SecretName.API_TOKEN)  # already gone: not an error


async def test_an_oauth_pair_and_its_expiry_round_trip_and_are_forgotten_together() -> None:
    store = SecretStore.detect()
    pair = OAuthTokens(access_token=f"access-{secrets.token_hex(12)}",
                       access_token_expiration=1_900_000_000,
                       refresh_token=f"refresh-{secrets.token_hex(12)}",
                       refresh_token_expiration=1_930_000_000)
    await store_tokens(store, pair)
    try:
        assert read_tokens(SecretStore.detect()) == pair  # as the next start reads it
    finally:
        store.clear()  # Forget Clover account
    assert read_tokens(store) is None
    assert store.get(SecretName.TOKEN_EXPIRY) is None
