"""The journal's schema, one migration per version (applied in order, tracked by user_version)."""

from __future__ import annotations

import sqlite3

__all__ = ["MIGRATIONS", "migrate"]

# Each entry upgrades the schema from version i to i + 1. Never edit a released entry: add one.
MIGRATIONS: tuple[str, ...] = (
    # 1: sales (a JSON document of lines and tenders, and the columns History needs) + events
    """
    CREATE TABLE sales (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        state TEXT NOT NULL,
        currency TEXT NOT NULL,
        total INTEGER NOT NULL,
        training INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        doc TEXT NOT NULL
    );
    CREATE INDEX sales_state ON sales (state);
    CREATE INDEX sales_created ON sales (created_ms);
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        sale_id TEXT,
        at_ms INTEGER NOT NULL,
        event TEXT NOT NULL
    );
    CREATE INDEX events_sale ON events (sale_id);
    """,
    # 2: gift card desk operations outside a sale (cashout, refund, voids)
    """
    CREATE TABLE desk_ops (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        training INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        doc TEXT NOT NULL
    );
    CREATE INDEX desk_ops_created ON desk_ops (created_ms);
    """,
    # 3: people (PIN hashes only), the audit trail, shifts, drawer events, Z reports
    """
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL,
        failed_tries INTEGER NOT NULL,
        locked_until_ms INTEGER NOT NULL,
        created_ms INTEGER NOT NULL
    );
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        person_id TEXT,
        person_name TEXT NOT NULL,
        approver_id TEXT,
        approver_name TEXT NOT NULL,
        amount INTEGER,
        detail TEXT NOT NULL
    );
    CREATE INDEX audit_at ON audit (at_ms);
    CREATE TABLE shifts (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        register TEXT NOT NULL,
        state TEXT NOT NULL,
        training INTEGER NOT NULL,
        opened_ms INTEGER NOT NULL,
        opened_by TEXT NOT NULL,
        float_cents INTEGER NOT NULL,
        closed_ms INTEGER,
        closed_by TEXT,
        counted_cents INTEGER,
        expected_cents INTEGER
    );
    -- one open shift per register, whatever the app does
    CREATE UNIQUE INDEX shifts_one_open ON shifts (register) WHERE state = 'open';
    CREATE TABLE drawer_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        shift_id TEXT NOT NULL REFERENCES shifts (id),
        at_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        amount INTEGER NOT NULL,
        person TEXT NOT NULL,
        reason TEXT NOT NULL,
        approved_by TEXT NOT NULL
    );
    CREATE INDEX drawer_events_shift ON drawer_events (shift_id);
    -- a Z report is never made twice for the same period: its start is unique
    CREATE TABLE z_reports (
        number INTEGER PRIMARY KEY,
        training INTEGER NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        made_ms INTEGER NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (training, start_ms)
    );
    """,
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date, each step in its own transaction; the version reached."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"The journal was written by a newer Counter POS (schema {version}); update the app."
        )
    for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {target};\nCOMMIT;")
    return len(MIGRATIONS)
