"""Tolerant readers for Clover's JSON: ints may be digit strings, booleans may be "true"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["ModelError", "get_bool", "get_dict", "get_int", "get_list", "get_str", "require_str"]

_INTEGER = re.compile(r"-?[0-9]{1,18}")


class ModelError(ValueError):
    """A response lacks a field the client cannot do without."""


def get_str(data: Mapping[str, Any], *keys: str) -> str | None:
    """The first of `keys` holding a string (numbers are turned into their digits)."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def require_str(data: Mapping[str, Any], *keys: str) -> str:
    """Like get_str, but a missing or empty value is a ModelError."""
    value = get_str(data, *keys)
    if not value:
        raise ModelError(f"response has no {keys[0]!r}")
    return value


def get_int(data: Mapping[str, Any], *keys: str) -> int | None:
    """The first of `keys` holding an integer, a whole float or a digit string."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value.strip())
    return None


def get_bool(data: Mapping[str, Any], *keys: str) -> bool | None:
    """The first of `keys` holding a boolean or the string "true"/"false"."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
    return None


def get_dict(data: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """The first of `keys` holding an object, else an empty dict."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, dict):
            return value
    return {}


def get_list(data: Mapping[str, Any], key: str) -> list[Any]:
    """The list at `key`, else an empty list."""
    value = data.get(key)
    return value if isinstance(value, list) else []
