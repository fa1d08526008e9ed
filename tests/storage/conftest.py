"""Storage tests: keyring is an in-memory store, never the real one of the machine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_app import redact as redact_module
from pos_app.storage import SecretStore

from .memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Install a fresh MemoryKeyring as keyring's current backend for the test.

    Patching keyring's module global (rather than calling set_keyring) restores whatever was
    there before, including "not detected yet", without running detection on this machine.
    """
    backend = MemoryKeyring()
    monkeypatch.setattr("keyring.core._keyring_backend", backend)
    return backend


@pytest.fixture
def store() -> SecretStore:
    """The store the app would build, trusting the test backend explicitly."""
    return SecretStore.detect(trusted_backends=(MemoryKeyring,))


@pytest.fixture(autouse=True)
def _forget_test_secrets() -> Iterator[None]:
    """Secrets registered for redaction by a test do not leak into the next one."""
    before = redact_module._secrets
    yield
    redact_module.forget_secrets(redact_module._secrets - before)
