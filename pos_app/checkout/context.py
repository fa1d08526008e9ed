"""What every checkout step needs: the API client, the journal writer, a sleep, retry limits."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from pos_app.clover import CloverClient
from pos_app.domain.sale import Sale

__all__ = ["CheckoutError", "Steps", "StepsConfig", "one_at_a_time"]

LOOKUP_WINDOW_MS = 15 * 60 * 1000  # how far before a tender to search Clover for its charge


class CheckoutError(Exception):
    """A request the checkout refuses as asked; `user_message` says what to do instead."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class StepsConfig:
    currency: str = "usd"
    reconcile_attempts: int = 3  # same-key resends after Clover's own retries gave no answer
    reconcile_delay: float = 1.0  # seconds before the first resend; doubles after each


@dataclass(slots=True)
class Steps:
    """The shared context of the checkout steps. `save` journals a sale durably (then tells
    the UI); a step awaits it before it sends the request it journaled."""

    client: CloverClient
    save: Callable[[Sale, str], Awaitable[None]]
    config: StepsConfig = field(default_factory=StepsConfig)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def pause(self, attempt: int) -> None:
        await self.sleep(self.config.reconcile_delay * (2 ** attempt))


class _BusyOwner(Protocol):
    busy: bool
    busy_changed: Any  # a Qt SignalInstance carrying a bool


@contextmanager
def one_at_a_time(owner: _BusyOwner, refusal: Callable[[], Exception]) -> Iterator[None]:
    """One step at a time: a second press while a step runs is refused, not queued."""
    if owner.busy:
        raise refusal()
    owner.busy = True
    owner.busy_changed.emit(True)
    try:
        yield
    finally:
        owner.busy = False
        owner.busy_changed.emit(False)
