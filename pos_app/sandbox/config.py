"""Settings of one sandbox instance (ledger file, credentials, limits, timings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_TOKEN = "sandbox-token"  # noqa: S105 - a published sandbox credential, not a secret


@dataclass(frozen=True)
class SandboxConfig:
    """How a sandbox behaves; every field has the default of `pos-app sandbox serve`."""

    db_path: Path | None = None  # None: an in-memory ledger that lives as long as the object
    api_token: str = DEFAULT_API_TOKEN
    strict: bool = False  # require the headers Clover requires on charges and capture
    rate_limit: int = 16  # requests per second per Bearer token; 0 turns the limit off
    concurrency_limit: int = 5  # requests in flight per Bearer token; 0 turns the limit off
    hold_ttl_seconds: int = 900  # how long a gift card hold (multi-lock) lasts
    hang_seconds: float = 30.0  # how long a "timeout" fault hangs before closing
    access_ttl_seconds: int = 3600  # lifetime of the OAuth access tokens the sandbox issues
