"""Secrets: only in a secure OS credential store, never in a file, always masked in logs."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordSetError

from pos_app.redact import redact
from pos_app.storage import InsecureStorageError, SecretName, SecretStore, SecretStoreError

from .memory_keyring import MemoryKeyring, unregister_backend

TOKEN = "0f3c9a7e-5b1d-4e22-9c6a-7d8e1f2a3b4c"
PAKMS = "pakms-apikey-93bd7f10c2"


class FakePlaintextKeyring(KeyringBackend):
    """Behaves like keyrings.alt.file.PlaintextKeyring: a readable file in the home folder."""

    __module__ = "keyrings.alt.file"
    priority = 0.5  # type: ignore[assignment]

    @staticmethod
    def _file() -> Path:
        return Path.home() / ".local/share/python_keyring/keyring_pass.cfg"

    def get_password(self, service: str, username: str) -> str | None:
        file = self._file()
        if not file.exists():
            return None
        for line in file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key == f"{service}/{username}":
                return value
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._file().parent.mkdir(parents=True, exist_ok=True)
        with self._file().open("a", encoding="utf-8") as handle:
            handle.write(f"{service}/{username}={password}\n")


class UnknownPluginKeyring(MemoryKeyring):
    """A high-priority backend from some package on the path: not trusted by default."""

    priority = 9  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    """A store that fails the way a locked or crashed Secret Service does."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise type(self.error)(f"{self.error} while saving {password}")


for _fake in (FakePlaintextKeyring, UnknownPluginKeyring, BrokenKeyring):
    unregister_backend(_fake)


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def home() -> Path:
    """The suite's temporary HOME (tests/conftest.py): anything written there is visible."""
    return Path(os.environ["HOME"])


# ---- a secure store ---------------------------------------------------------------------


def test_secret_round_trips_through_the_credential_store(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    assert store.secure
    assert store.get(SecretName.API_TOKEN) is None
    store.set(SecretName.API_TOKEN, TOKEN)
    assert store.get(SecretName.API_TOKEN) == TOKEN
    assert memory_keyring.entries == {("CounterPOS", "api_token"): TOKEN}


def test_each_secret_has_its_own_entry(store: SecretStore) -> None:
    store.set(SecretName.API_TOKEN, TOKEN)
    store.set(SecretName.PAKMS_KEY, PAKMS)
    assert store.get(SecretName.PAKMS_KEY) == PAKMS
    assert store.get(SecretName.API_TOKEN) == TOKEN
    assert store.get(SecretName.REFRESH_TOKEN) is None


def test_a_secret_saved_earlier_is_read_by_a_new_store(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[("CounterPOS", "refresh_token")] = "refresh-from-last-week"
    again = SecretStore.detect(trusted_backends=(MemoryKeyring,))
    assert again.get(SecretName.REFRESH_TOKEN) == "refresh-from-last-week"


def test_delete_removes_and_deleting_a_missing_secret_is_fine(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    store.set(SecretName.API_TOKEN, TOKEN)
    store.delete(SecretName.API_TOKEN)
    store.delete(SecretName.API_TOKEN)
    assert store.get(SecretName.API_TOKEN) is None
    assert memory_keyring.entries == {}


def test_clear_removes_every_secret_of_the_app_only(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[("OtherApp", "api_token")] = "not ours"
    store.set(SecretName.API_TOKEN, TOKEN)
    store.set(SecretName.PAKMS_KEY, PAKMS)
    store.clear()
    assert memory_keyring.entries == {("OtherApp", "api_token"): "not ours"}


def test_an_empty_secret_is_refused(store: SecretStore, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        store.set(SecretName.API_TOKEN, "")
    assert memory_keyring.entries == {}


def test_names_can_be_given_as_their_text(store: SecretStore) -> None:
    store.set("pakms_key", PAKMS)  # type: ignore[arg-type]
    assert store.get(SecretName.PAKMS_KEY) == PAKMS


def test_repr_shows_the_backend_and_names_but_no_value(store: SecretStore) -> None:
    store.set(SecretName.API_TOKEN, TOKEN)
    text = repr(store)
    assert "MemoryKeyring" in text
    assert "api_token" in text
    assert "pakms_key" in text
    assert "secure=True" in text
    assert TOKEN not in text


def test_secure_store_writes_no_file(store: SecretStore, home: Path) -> None:
    store.set(SecretName.API_TOKEN, TOKEN)
    assert _files_under(home) == []


# ---- redaction --------------------------------------------------------------------------


def test_a_saved_secret_is_masked_in_logs(store: SecretStore) -> None:
    store.set(SecretName.PAKMS_KEY, PAKMS)
    assert PAKMS not in redact(f"fetched key {PAKMS} for merchant")


def test_a_secret_read_from_the_store_is_masked_in_logs(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[("CounterPOS", "api_token")] = "stored-long-ago-9f8e7d"
    assert "stored-long-ago-9f8e7d" in redact("x stored-long-ago-9f8e7d y")  # not known yet
    store.get(SecretName.API_TOKEN)
    assert redact("x stored-long-ago-9f8e7d y") == "x **** y"


# ---- no secure store: refuse, never fall back to a file ---------------------------------


def test_no_keyring_backend_means_no_secure_storage(home: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    store = SecretStore.detect()
    assert not store.secure
    assert store.get(SecretName.API_TOKEN) is None
    with pytest.raises(InsecureStorageError) as caught:
        store.set(SecretName.API_TOKEN, TOKEN)
    assert "no secure credential store" in caught.value.user_message
    assert "GNOME Keyring or KWallet" in caught.value.user_message
    assert TOKEN not in caught.value.user_message
    assert TOKEN not in str(caught.value)
    store.delete(SecretName.API_TOKEN)  # nothing to do, no error
    store.clear()
    assert _files_under(home) == []


def test_plaintext_file_backend_is_refused_and_writes_nothing(home: Path) -> None:
    keyring.set_keyring(FakePlaintextKeyring())
    store = SecretStore.detect()
    assert not store.secure
    assert "keeps secrets in a file" in (store.insecure_reason or "")
    with pytest.raises(InsecureStorageError):
        store.set(SecretName.API_TOKEN, TOKEN)
    assert _files_under(home) == []


def test_plaintext_file_backend_is_refused_even_when_trusted(home: Path) -> None:
    store = SecretStore(FakePlaintextKeyring(), trusted_backends=(FakePlaintextKeyring,))
    assert not store.secure
    with pytest.raises(InsecureStorageError):
        store.set(SecretName.API_TOKEN, TOKEN)
    assert _files_under(home) == []


def test_a_plaintext_file_left_from_before_is_never_read(home: Path) -> None:
    old = FakePlaintextKeyring()
    old.set_password("CounterPOS", "api_token", TOKEN)
    store = SecretStore(old)
    assert store.get(SecretName.API_TOKEN) is None


def test_null_backend_is_not_secure() -> None:
    assert not SecretStore(null.Keyring()).secure


def test_an_unknown_backend_is_not_trusted_by_the_app() -> None:
    store = SecretStore(UnknownPluginKeyring())
    assert not store.secure
    with pytest.raises(InsecureStorageError):
        store.set(SecretName.API_TOKEN, TOKEN)
    assert SecretStore(MemoryKeyring()).secure is False


def test_a_backend_with_no_priority_is_not_secure() -> None:
    class ZeroPriority(MemoryKeyring):
        priority = 0  # type: ignore[assignment]

    unregister_backend(ZeroPriority)
    assert not SecretStore(ZeroPriority(), trusted_backends=(ZeroPriority,)).secure


def test_empty_chainer_is_not_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    store = SecretStore(chainer.ChainerBackend(), trusted_backends=(MemoryKeyring,))
    assert not store.secure
    assert store.get(SecretName.API_TOKEN) is None


def test_chainer_is_secure_only_if_every_chained_store_is(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), MemoryKeyring()])
    assert SecretStore(chainer.ChainerBackend(), trusted_backends=(MemoryKeyring,)).secure

    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", [MemoryKeyring(), FakePlaintextKeyring()]
    )
    store = SecretStore(chainer.ChainerBackend(), trusted_backends=(MemoryKeyring,))
    assert not store.secure
    with pytest.raises(InsecureStorageError):
        store.set(SecretName.API_TOKEN, TOKEN)
    assert _files_under(home) == []


# ---- store failures ---------------------------------------------------------------------


def test_a_locked_store_says_so_without_showing_the_secret() -> None:
    store = SecretStore(
        BrokenKeyring(KeyringLocked("Failed to unlock the collection!")),
        trusted_backends=(BrokenKeyring,),
    )
    with pytest.raises(SecretStoreError) as caught:
        store.set(SecretName.API_TOKEN, TOKEN)
    assert "locked" in caught.value.user_message
    assert TOKEN not in str(caught.value)
    assert TOKEN not in caught.value.user_message
    with pytest.raises(SecretStoreError) as read_error:
        store.get(SecretName.API_TOKEN)
    assert "locked" in read_error.value.user_message


@pytest.mark.parametrize("error", [PasswordSetError("refused"), OSError("D-Bus went away")])
def test_other_store_failures_become_a_clear_error(error: Exception) -> None:
    store = SecretStore(BrokenKeyring(error), trusted_backends=(BrokenKeyring,))
    with pytest.raises(SecretStoreError) as caught:
        store.set(SecretName.PAKMS_KEY, PAKMS)
    assert caught.value.user_message.startswith("Counter POS couldn't use the computer's")
    assert PAKMS not in str(caught.value)
    assert "pakms_key" in str(caught.value)


def test_detect_logs_the_backend_but_never_a_secret(
    store: SecretStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pos_app.storage")
    store.set(SecretName.API_TOKEN, TOKEN)
    keyring.set_keyring(fail.Keyring())
    SecretStore.detect()
    assert "no secure credential store" in caplog.text
    assert TOKEN not in caplog.text


# ---- async wrappers ---------------------------------------------------------------------


async def test_async_wrappers_round_trip(
    store: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    await store.aset(SecretName.REFRESH_TOKEN, "refresh-async-55aa")
    assert await store.aget(SecretName.REFRESH_TOKEN) == "refresh-async-55aa"
    await store.adelete(SecretName.REFRESH_TOKEN)
    await store.adelete(SecretName.REFRESH_TOKEN)
    assert await store.aget(SecretName.REFRESH_TOKEN) is None
    await store.aset(SecretName.API_TOKEN, TOKEN)
    await store.aclear()
    assert memory_keyring.entries == {}


async def test_async_set_on_an_insecure_store_raises_the_same_error(home: Path) -> None:
    store = SecretStore(fail.Keyring())
    with pytest.raises(InsecureStorageError):
        await store.aset(SecretName.API_TOKEN, TOKEN)
    assert await store.aget(SecretName.API_TOKEN) is None
    assert _files_under(home) == []


async def test_async_detect_finds_the_current_backend() -> None:
    store = await SecretStore.adetect(trusted_backends=(MemoryKeyring,))
    assert store.secure
    assert isinstance(store.backend, MemoryKeyring)
