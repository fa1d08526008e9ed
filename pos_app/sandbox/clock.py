"""The sandbox's clock: wall time plus an offset that tests and admins can move forward."""

from __future__ import annotations

import threading
import time


class SandboxClock:
    """Wall-clock time shifted by a movable offset (used for holds, void windows and expiry)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds since the epoch, as the sandbox sees them."""
        with self._lock:
            return time.time() + self._offset

    def now_ms(self) -> int:
        """Milliseconds since the epoch, as the sandbox sees them."""
        return int(self.now() * 1000)

    def advance(self, seconds: float) -> None:
        """Move the sandbox's time forward (a negative value moves it back)."""
        with self._lock:
            self._offset += float(seconds)
