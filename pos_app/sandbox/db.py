"""The SQLite ledger file: schema, transactions, per-database salt and secret hashing."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS gift_cards (
    id INTEGER PRIMARY KEY,
    number_hash TEXT NOT NULL UNIQUE,
    last4 TEXT NOT NULL,
    first6 TEXT,
    scv_hash TEXT,
    fac_hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'closed')),
    balance INTEGER NOT NULL CHECK (balance >= 0),
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked >= 0 AND locked <= balance),
    denomination INTEGER,
    virtual INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS locks (
    lock_id INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id INTEGER NOT NULL REFERENCES gift_cards(id),
    charge_id TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    expires INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'captured', 'released', 'expired'))
);
CREATE INDEX IF NOT EXISTS locks_active ON locks (card_id, status);
CREATE TABLE IF NOT EXISTS charges (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('card', 'gift', 'activation', 'reload', 'cashout')),
    card_id INTEGER REFERENCES gift_cards(id),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    amount_refunded INTEGER NOT NULL DEFAULT 0
        CHECK (amount_refunded >= 0 AND amount_refunded <= amount),
    currency TEXT NOT NULL,
    created INTEGER NOT NULL,
    captured INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('succeeded', 'failed')),
    hold TEXT NOT NULL DEFAULT 'none'
        CHECK (hold IN ('none', 'active', 'captured', 'released', 'expired')),
    lock_id INTEGER,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refunds (
    id TEXT PRIMARY KEY,
    charge_id TEXT NOT NULL REFERENCES charges(id),
    kind TEXT NOT NULL CHECK (kind IN ('credit', 'release', 'card', 'txn_void')),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    created INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('succeeded', 'canceled')),
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS orders (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    amount INTEGER NOT NULL CHECK (amount > 0),
    amount_returned INTEGER NOT NULL DEFAULT 0 CHECK (amount_returned >= 0),
    currency TEXT NOT NULL,
    created INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'paid', 'returned')),
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS order_returns (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    order_id TEXT NOT NULL REFERENCES orders(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    created INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    expires INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS oauth_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    expires INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
"""

LEDGER_TABLES = (
    "order_returns", "refunds", "locks", "charges", "orders", "gift_cards", "idempotency"
)


class Database:
    """One SQLite connection; every money operation runs in one `tx()` (BEGIN IMMEDIATE)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        target = ":memory:" if path is None else str(path)
        # Autocommit mode: transactions are opened explicitly by tx().
        self._conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.execute("PRAGMA busy_timeout = 5000")
        if path is not None:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(SCHEMA)
        self._migrate()
        self.salt = self.meta_default("salt", secrets.token_hex(16))

    def _migrate(self) -> None:
        """Bring a ledger file written by an older sandbox up to this schema."""
        columns = {row["name"] for row in self._conn.execute("PRAGMA table_info(charges)")}
        if "order_id" not in columns:  # payments of orders (POST /v1/orders/{id}/pay)
            self._conn.execute("ALTER TABLE charges ADD COLUMN order_id TEXT")

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def hash_secret(self, kind: str, value: str) -> str:
        """A salted SHA-256: card numbers, security codes and tokens are never stored in clear."""
        return hashlib.sha256(f"{self.salt}:{kind}:{value}".encode()).hexdigest()

    def meta_get(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def meta_set(self, key: str, value: str) -> None:
        with self.tx() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def meta_default(self, key: str, value: str) -> str:
        """The stored value of `key`, storing `value` first if there is none."""
        with self.tx() as conn:
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row["value"])

    def wipe_ledger(self) -> None:
        with self.tx() as conn:
            for table in LEDGER_TABLES:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            conn.execute("DELETE FROM meta WHERE key = 'seeded'")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
