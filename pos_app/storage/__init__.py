"""Data folders, typed settings and secrets in the OS keyring (pure Python, no Qt)."""

from __future__ import annotations

from .atomic import write_atomic
from .paths import AppPaths
from .secrets import InsecureStorageError, SecretName, SecretStore, SecretStoreError
from .settings import (
    LoadedSettings,
    Settings,
    SettingsError,
    SettingsProblem,
    format_tax_rate,
    load_settings,
    parse_tax_rate,
    read_settings,
    save_settings,
)

__all__ = [
    "AppPaths",
    "InsecureStorageError",
    "LoadedSettings",
    "SecretName",
    "SecretStore",
    "SecretStoreError",
    "Settings",
    "SettingsError",
    "SettingsProblem",
    "format_tax_rate",
    "load_settings",
    "parse_tax_rate",
    "read_settings",
    "save_settings",
    "write_atomic",
]
