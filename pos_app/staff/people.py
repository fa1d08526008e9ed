"""A person who works the register: name, role, PIN hash, and the lock-out after wrong PINs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from .roles import Role

__all__ = ["LOCKOUT_MS", "MAX_TRIES", "Person"]

MAX_TRIES = 5  # wrong PINs in a row before that person is locked out
LOCKOUT_MS = 5 * 60 * 1000


@dataclass(slots=True)
class Person:
    """Never holds a PIN: only its scrypt hash (`pins.hash_pin`), which is never shown."""

    name: str
    role: Role
    pin_hash: str = field(repr=False)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    active: bool = True  # retired people stay (the audit names them) but can't sign in
    failed_tries: int = 0
    locked_until_ms: int = 0
    created_ms: int = 0

    def locked(self, now_ms: int) -> bool:
        return now_ms < self.locked_until_ms

    def minutes_locked(self, now_ms: int) -> int:
        return max(1, -(-(self.locked_until_ms - now_ms) // 60_000))
