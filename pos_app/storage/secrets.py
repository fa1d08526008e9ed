"""The Clover credentials in the OS credential store (keyring), and never anywhere else."""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError

from pos_app import APP_NAME
from pos_app.redact import redact, register_secret

__all__ = [
    "SERVICE",
    "InsecureStorageError",
    "SecretName",
    "SecretStore",
    "SecretStoreError",
    "insecurity_reason",
]

log = logging.getLogger(__name__)

SERVICE = APP_NAME

# The OS credential stores that keyring itself ships: they keep secrets encrypted at rest,
# unlocked by the user's login. Anything else (a plugin found on the path) is not trusted
# just because it registered a high priority.
_KNOWN_SECURE = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
})
# Backends that write secrets to a file (plaintext or with a key stored next to it).
_DENIED_MODULE_PREFIXES = ("keyrings.alt", "keyrings.cryptfile")

NO_SECURE_STORE = (
    "This computer has no secure credential store, so Counter POS can't save the Clover "
    "connection. On Linux, install and unlock GNOME Keyring or KWallet (sign in to a desktop "
    "session); on Windows and macOS, sign in to a normal user account. Then connect again."
)
STORE_LOCKED = (
    "The computer's credential store is locked. Unlock it (GNOME Keyring, KWallet or the "
    "Keychain — usually by signing in again), then try again."
)
STORE_FAILED = (
    "Counter POS couldn't use the computer's credential store. Try again; if it keeps "
    "failing, restart the computer or check that GNOME Keyring or KWallet is running."
)

_T = TypeVar("_T")


class SecretName(StrEnum):
    """The secrets the app keeps; the value is the keyring user name under service SERVICE."""

    API_TOKEN = "api_token"  # noqa: S105 - a name, not a value
    REFRESH_TOKEN = "refresh_token"  # noqa: S105
    PAKMS_KEY = "pakms_key"
    # When the OAuth pair expires (JSON of unix seconds): not a secret, but kept beside the
    # tokens so the pair and its expiry are written, and forgotten, together.
    TOKEN_EXPIRY = "oauth_token_expiry"  # noqa: S105 - a name, not a value


class SecretStoreError(Exception):
    """The credential store failed. `str()` is for logs, `user_message` for the screen.

    Neither ever holds a secret: the text of the underlying error is redacted.
    """

    def __init__(self, message: str, *, user_message: str = STORE_FAILED) -> None:
        super().__init__(redact(message))
        self.user_message = user_message


class InsecureStorageError(SecretStoreError):
    """There is no secure store: the app refuses to save a secret rather than write a file."""

    def __init__(self, message: str, *, user_message: str = NO_SECURE_STORE) -> None:
        super().__init__(message, user_message=user_message)


def _qualified(backend_type: type[object]) -> str:
    return f"{backend_type.__module__}.{backend_type.__qualname__}"


def insecurity_reason(
    backend: KeyringBackend, trusted_backends: Iterable[type[KeyringBackend]] = ()
) -> str | None:
    """Why `backend` is not a secure store, or None if it is one.

    The deny rules win over `trusted_backends` (a test hook), so nothing can vouch for a
    backend that writes secrets to a file.
    """
    trusted = tuple(trusted_backends)
    backend_type = type(backend)
    name = _qualified(backend_type)
    if isinstance(backend, fail.Keyring | null.Keyring):
        return f"{name} stores nothing (no keyring backend is available)"
    if backend_type.__module__.startswith(_DENIED_MODULE_PREFIXES):
        return f"{name} keeps secrets in a file"
    try:
        priority = float(backend_type.priority)
    except Exception as exc:  # a backend reports "not usable here" by raising
        return f"{name} is not usable here ({type(exc).__name__})"
    if priority <= 0:
        return f"{name} has priority {priority:g} (not a real store)"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "the keyring chainer has no usable backends"
        for inner in chained:
            reason = insecurity_reason(inner, trusted)
            if reason is not None:
                return f"the keyring chainer includes an insecure backend: {reason}"
        return None
    if name in _KNOWN_SECURE or backend_type in trusted:
        return None
    return f"{name} is not a known OS credential store"


def _display_name(backend: KeyringBackend) -> str:
    try:
        label = str(type(backend).name)
        if isinstance(backend, chainer.ChainerBackend):
            inner = ", ".join(str(type(b).name) for b in backend.backends)
            label = f"{label} ({inner})"
    except Exception:  # naming a backend must never break the app
        label = _qualified(type(backend))
    return label


class SecretStore:
    """Reads and writes the app's secrets through one keyring backend.

    Built by `detect()` in the app. When the backend is not secure the store holds nothing:
    `get` returns None, `set` raises InsecureStorageError — never a fallback to a file.
    Every call blocks (D-Bus, Windows vault…); async code uses `aget`/`aset`/`adelete`.
    """

    def __init__(
        self,
        backend: KeyringBackend,
        *,
        trusted_backends: Iterable[type[KeyringBackend]] = (),
        service: str = SERVICE,
    ) -> None:
        self._backend = backend
        self._service = service
        self._reason = insecurity_reason(backend, trusted_backends)
        self._backend_name = _display_name(backend)
        # One call at a time: backends are not all safe to use from several executor threads.
        self._lock = threading.Lock()

    @classmethod
    def detect(cls, *, trusted_backends: Iterable[type[KeyringBackend]] = ()) -> SecretStore:
        """The store over keyring's current backend (detected on first use, may block)."""
        store = cls(keyring.get_keyring(), trusted_backends=trusted_backends)
        if store.secure:
            log.info("secrets: using %s", store.backend_name)
        else:
            log.warning("secrets: no secure credential store: %s", store._reason)
        return store

    @classmethod
    async def adetect(
        cls, *, trusted_backends: Iterable[type[KeyringBackend]] = ()
    ) -> SecretStore:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, functools.partial(cls.detect, trusted_backends=tuple(trusted_backends))
        )

    @property
    def secure(self) -> bool:
        return self._reason is None

    @property
    def insecure_reason(self) -> str | None:
        """For logs and support: why the store refuses secrets (None when secure)."""
        return self._reason

    @property
    def backend_name(self) -> str:
        return self._backend_name

    @property
    def backend(self) -> KeyringBackend:
        return self._backend

    def get(self, name: SecretName) -> str | None:
        """The stored value, or None if there is none (or no secure store)."""
        name = SecretName(name)
        if not self.secure:
            return None
        value = self._call("read", name, self._backend.get_password, self._service, name.value)
        if not value:
            return None
        register_secret(value)
        return value

    def set(self, name: SecretName, value: str) -> None:
        """Store `value`; raises InsecureStorageError when there is no secure store."""
        name = SecretName(name)
        if not value:
            raise ValueError(f"refusing to store an empty {name.value}")
        # Before anything else, so that no message or log line can ever show it.
        register_secret(value)
        if not self.secure:
            raise InsecureStorageError(f"not saving {name.value}: {self._reason}")
        self._call("save", name, self._backend.set_password, self._service, name.value, value)

    def delete(self, name: SecretName) -> None:
        """Remove the value; removing one that is not there is not an error."""
        name = SecretName(name)
        if not self.secure:
            return  # an insecure backend is never touched, not even to delete
        try:
            self._call("delete", name, self._backend.delete_password, self._service, name.value)
        except SecretStoreError as exc:
            if not isinstance(exc.__cause__, PasswordDeleteError):
                raise
            # Backends report "no such password" this way; a real failure leaves a value.
            if self.get(name) is not None:
                raise

    def clear(self) -> None:
        """Remove every secret of the app (a manager disconnecting Clover)."""
        for name in SecretName:
            self.delete(name)

    async def aget(self, name: SecretName) -> str | None:
        return await self._in_executor(self.get, name)

    async def aset(self, name: SecretName, value: str) -> None:
        register_secret(value)  # before the executor: qasync logs what it hands over (DEBUG)
        await self._in_executor(self.set, name, value)

    async def adelete(self, name: SecretName) -> None:
        await self._in_executor(self.delete, name)

    async def aclear(self) -> None:
        await self._in_executor(self.clear)

    def __repr__(self) -> str:
        names = ", ".join(name.value for name in SecretName)
        return (
            f"<SecretStore backend={self._backend_name!r} secure={self.secure} "
            f"service={self._service!r} names=[{names}]>"
        )

    @staticmethod
    async def _in_executor(func: Callable[..., _T], *args: object) -> _T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, functools.partial(func, *args))

    def _call(self, action: str, name: SecretName, func: Callable[..., _T], *args: str) -> _T:
        try:
            with self._lock:
                return func(*args)
        except KeyringLocked as exc:
            raise SecretStoreError(
                f"could not {action} {name.value}: the credential store is locked ({exc})",
                user_message=STORE_LOCKED,
            ) from exc
        except KeyringError as exc:
            raise SecretStoreError(
                f"could not {action} {name.value}: {type(exc).__name__}: {exc}"
            ) from exc
        except Exception as exc:  # D-Bus and OS errors escape some backends unwrapped
            raise SecretStoreError(
                f"could not {action} {name.value}: {type(exc).__name__}: {exc}"
            ) from exc
