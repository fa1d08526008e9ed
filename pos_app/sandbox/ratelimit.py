"""Per-token rate limits: requests in any one second and requests in flight (0 turns one off)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

RATE_HEADER = "X-RateLimit-tokenLimit"
CONCURRENCY_HEADER = "X-RateLimit-tokenConcurrentLimit"


class RateLimiter:
    """A sliding one-second window and an in-flight count per credential."""

    def __init__(self, rate: int, concurrency: int) -> None:
        self.rate = rate
        self.concurrency = concurrency
        self._recent: defaultdict[str, deque[float]] = defaultdict(deque)
        self._in_flight: defaultdict[str, int] = defaultdict(int)
        self._lock = threading.Lock()

    def try_acquire(self, key: str) -> str | None:
        """Admit a request (None) or name the header of the limit it hits."""
        now = time.monotonic()
        with self._lock:
            recent = self._recent[key]
            while recent and now - recent[0] >= 1.0:
                recent.popleft()
            if self.concurrency and self._in_flight[key] >= self.concurrency:
                return CONCURRENCY_HEADER
            if self.rate and len(recent) >= self.rate:
                return RATE_HEADER
            recent.append(now)
            self._in_flight[key] += 1
        return None

    def release(self, key: str) -> None:
        with self._lock:
            self._in_flight[key] -= 1
            if self._in_flight[key] <= 0:
                del self._in_flight[key]

    def limit_for(self, header: str) -> int:
        return self.concurrency if header == CONCURRENCY_HEADER else self.rate
