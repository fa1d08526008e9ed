"""The fault plan: queued latency, errors, dropped connections and hangs, per route template."""

from __future__ import annotations

import threading
from dataclasses import dataclass

FAULT_KINDS = ("latency", "error", "drop", "timeout")
FAULT_PHASES = ("before", "after")
ANY_ROUTE = "*"


@dataclass
class Fault:
    """One queued fault; it applies to the next `count` requests whose route matches."""

    route: str
    kind: str
    count: int = 1
    phase: str = "before"
    latency_ms: int = 0
    status: int = 503
    retry_after: int | None = None
    html: bool = False


class FaultPlan:
    """Faults in the order they were queued; the first one matching a request is used."""

    def __init__(self, known_routes: frozenset[str] = frozenset()) -> None:
        self.known_routes = known_routes
        self._queue: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        route: str,
        kind: str,
        count: int = 1,
        phase: str = "before",
        latency_ms: int = 0,
        *,
        status: int = 503,
        retry_after: int | None = None,
        html: bool = False,
    ) -> Fault:
        """Queue a fault; raises ValueError on an unknown route, kind or phase."""
        known = self.known_routes
        if route != ANY_ROUTE and known and route not in known:
            raise ValueError(f"unknown route {route!r}; expected one of {sorted(known)}")
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        if phase not in FAULT_PHASES:
            raise ValueError(f"unknown fault phase {phase!r}")
        if count < 1 or latency_ms < 0 or not 400 <= status <= 599:
            raise ValueError("count must be >= 1, latency_ms >= 0 and status 400-599")
        if retry_after is not None and retry_after < 0:
            raise ValueError("retry_after must be >= 0")
        fault = Fault(route, kind, count, phase, latency_ms, status, retry_after, html)
        with self._lock:
            self._queue.append(fault)
        return fault

    def take(self, route: str) -> Fault | None:
        """Use up one application of the first fault matching `route` ("METHOD /template")."""
        with self._lock:
            for fault in self._queue:
                if fault.route in (route, ANY_ROUTE):
                    fault.count -= 1
                    if fault.count <= 0:
                        self._queue.remove(fault)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._queue)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
