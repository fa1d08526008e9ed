"""Everything a sandbox's request handlers share: config, clock, ledger, keys, token stores."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .clock import SandboxClock
from .config import SandboxConfig
from .db import Database
from .faults import FaultPlan
from .idempotency import IdempotencyStore
from .keys import KeyPair
from .oauth import OAuthStore
from .seen import SeenForwardedFor
from .tokens import TokenStore


@dataclass
class SandboxState:
    config: SandboxConfig
    clock: SandboxClock
    db: Database
    keys: KeyPair
    tokens: TokenStore
    idempotency: IdempotencyStore
    oauth: OAuthStore
    faults: FaultPlan
    pakms: dict[str, Any]  # the answer of GET /pakms/apikey
    seen: SeenForwardedFor = field(default_factory=SeenForwardedFor)

    @property
    def hold_ms(self) -> int:
        return self.config.hold_ttl_seconds * 1000

    def today(self) -> tuple[int, int]:
        """(year, month) of the sandbox clock, for card expiry."""
        moment = time.gmtime(self.clock.now())
        return moment.tm_year, moment.tm_mon
