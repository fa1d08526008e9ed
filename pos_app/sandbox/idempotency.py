"""Idempotency keys: a replay answers the stored response and never touches the ledger."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .clock import SandboxClock
from .db import Database
from .errors import SandboxError

KEY_TTL_MS = 24 * 3600 * 1000
# Answer fields never written to disk: a new virtual card's number and code, and token ids.
_SECRET_FIELDS = {"gift_card": ("number", "security_card_value"), "source": ("id",)}

Outcome = tuple[int, dict[str, Any]]


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]
    replayed: bool = False


def body_hash(raw: bytes) -> str:
    """Hash of the request body; JSON is canonicalised so key order and spacing do not matter."""
    try:
        canonical = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError):
        canonical = raw
    return hashlib.sha256(canonical).hexdigest()


def _split_secrets(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The answer as it may be written to disk, and the secrets it held, by block."""
    stored, secrets = dict(body), {}
    if body.get("object") == "token" and "id" in body:  # a token's own answer
        secrets[""] = {"id": stored.pop("id")}
    for block_name, fields in _SECRET_FIELDS.items():
        block = body.get(block_name)
        if isinstance(block, dict) and any(name in block for name in fields):
            secrets[block_name] = {name: block[name] for name in fields if name in block}
            stored[block_name] = {k: v for k, v in block.items() if k not in fields}
    return stored, secrets


class IdempotencyStore:
    """Stored answers by key (in the ledger database), with one lock per key in flight."""

    def __init__(self, db: Database, clock: SandboxClock) -> None:
        self._db = db
        self._clock = clock
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}
        # Secrets of stored answers stay in memory only; a replay after a restart omits them.
        self._secrets: dict[str, dict[str, dict[str, Any]]] = {}

    async def run(
        self, key: str, method: str, path: str, digest: str, call: Callable[[], Awaitable[Outcome]]
    ) -> Answer:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                stored = self._lookup(key, method, path, digest)
                if stored is not None:
                    return stored
                status, body = await call()
                if status < 500 and status != 429:
                    self._store(key, (method, path, digest), status, body)
                return Answer(status, body)
        finally:
            self._users[key] -= 1
            if self._users[key] == 0:
                del self._users[key], self._locks[key]

    def _lookup(self, key: str, method: str, path: str, digest: str) -> Answer | None:
        now = self._clock.now_ms()
        with self._db.tx() as conn:
            row = conn.execute(
                "SELECT * FROM idempotency WHERE key = ? AND created > ?", (key, now - KEY_TTL_MS)
            ).fetchone()
        if row is None:
            return None
        if (row["method"], row["path"], row["body_hash"]) != (method, path, digest):
            raise SandboxError(
                400, "idempotency_error", "idempotency_key_reused", param="idempotency-key"
            )
        body: dict[str, Any] = json.loads(row["response"])
        for block_name, values in self._secrets.get(key, {}).items():
            if block_name:
                body[block_name] = {**body.get(block_name, {}), **values}
            else:
                body.update(values)
        return Answer(row["status"], body, replayed=True)

    def _store(
        self, key: str, request: tuple[str, str, str], status: int, body: dict[str, Any]
    ) -> None:
        method, path, digest = request
        now = self._clock.now_ms()
        stored, secrets = _split_secrets(body)
        if secrets:
            self._secrets[key] = secrets
        with self._db.tx() as conn:
            conn.execute("DELETE FROM idempotency WHERE created <= ?", (now - KEY_TTL_MS,))
            conn.execute(
                "INSERT OR REPLACE INTO idempotency (key, method, path, body_hash, status,"
                " response, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, method, path, digest, status, json.dumps(stored), now),
            )

    def clear(self) -> None:
        self._secrets.clear()
