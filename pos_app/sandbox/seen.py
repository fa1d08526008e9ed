"""The `x-forwarded-for` each request arrived with, kept so a test can ask what a client sent."""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

_KEEP = 200


class SeenForwardedFor:
    """The last requests' method, path and `x-forwarded-for` (None when absent), oldest first.

    Only this header is kept: it is an address, never a credential.
    """

    def __init__(self) -> None:
        self._seen: deque[dict[str, Any]] = deque(maxlen=_KEEP)
        self._lock = threading.Lock()

    def record(self, method: str, path: str, value: str | None) -> None:
        with self._lock:
            self._seen.append({"method": method, "path": path, "x-forwarded-for": value})

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._seen)

    def clear(self) -> None:
        with self._lock:
            self._seen.clear()
