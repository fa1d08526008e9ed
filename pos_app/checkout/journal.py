"""The journal: every sale and tender state change in SQLite (WAL), written before acting."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pos_app.domain.desk import DeskOp
from pos_app.domain.sale import Sale, SaleState

from .migrations import migrate

__all__ = ["Journal", "JournalError"]

log = logging.getLogger(__name__)

_UNFINISHED = tuple(state.value for state in SaleState if not state.finished)


class JournalError(RuntimeError):
    """The journal cannot be opened or written: the register must not take money."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = (
            "The register can't write its journal, so it can't take payments safely. "
            f"Call a manager. ({message})"
        )


class Journal:
    """Sales and desk operations; each `save` is one durable transaction (synchronous=FULL).

    Holds only what `Sale.to_json` and `DeskOp.to_json` hold: amounts, states, Clover ids and
    last 4 digits — never a card number, security code, track data or token.
    """

    def __init__(self, path: Path | str, *, now_ms: Callable[[], int] | None = None) -> None:
        self.path = Path(path)
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Made 0600 before SQLite opens it: its -wal and -shm files copy the file's mode.
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            self.path.chmod(0o600)
            self._conn = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA busy_timeout=5000")
            self.schema_version = migrate(self._conn)
        except sqlite3.Error as exc:
            self._conn.close()
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc
        except RuntimeError as exc:  # written by a newer app: says to update
            self._conn.close()
            raise JournalError(str(exc)) from exc

    def close(self) -> None:
        self._conn.close()

    def now_ms(self) -> int:
        return self._now_ms()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc

    # -- sales ---------------------------------------------------------------------------------

    def next_sale_number(self) -> int:
        row = self._conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM sales").fetchone()
        return int(row[0])

    def save(self, sale: Sale, event: str) -> None:
        """Write the sale as it is now, and what happened, in one durable transaction."""
        now = self._now_ms()
        if not sale.created_ms:
            sale.created_ms = now
        with self._transaction() as conn:
            if not sale.number:
                sale.number = int(conn.execute(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM sales").fetchone()[0])
            conn.execute(
                "INSERT INTO sales (id, number, state, currency, total, training, created_ms,"
                " updated_ms, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET state = excluded.state, total = excluded.total,"
                " updated_ms = excluded.updated_ms, doc = excluded.doc",
                (sale.id, sale.number, sale.state.value, sale.currency, sale.total,
                 int(sale.training), sale.created_ms, now, json.dumps(sale.to_json())),
            )
            conn.execute("INSERT INTO events (sale_id, at_ms, event) VALUES (?, ?, ?)",
                         (sale.id, now, event))
        log.debug("journal: sale #%d %s: %s", sale.number, sale.state.value, event)

    def load(self, sale_id: str) -> Sale:
        row = self._conn.execute("SELECT doc FROM sales WHERE id = ?", (sale_id,)).fetchone()
        if row is None:
            raise KeyError(sale_id)
        return Sale.from_json(json.loads(row[0]))

    def unfinished(self) -> list[Sale]:
        """Every sale neither completed nor cancelled, oldest first: what recovery must settle."""
        marks = ",".join("?" * len(_UNFINISHED))
        rows = self._conn.execute(
            f"SELECT doc FROM sales WHERE state IN ({marks}) ORDER BY number",  # noqa: S608
            _UNFINISHED,
        ).fetchall()
        return [Sale.from_json(json.loads(row[0])) for row in rows]

    def sales_between(self, start_ms: int, end_ms: int) -> list[Sale]:
        """Sales started in [start_ms, end_ms), newest first (History)."""
        rows = self._conn.execute(
            "SELECT doc FROM sales WHERE created_ms >= ? AND created_ms < ? ORDER BY number DESC",
            (start_ms, end_ms),
        ).fetchall()
        return [Sale.from_json(json.loads(row[0])) for row in rows]

    def events(self, sale_id: str) -> list[tuple[int, str]]:
        rows = self._conn.execute(
            "SELECT at_ms, event FROM events WHERE sale_id = ? ORDER BY seq", (sale_id,)
        ).fetchall()
        return [(int(at), str(event)) for at, event in rows]

    # -- desk operations -----------------------------------------------------------------------

    def save_desk_op(self, op: DeskOp, event: str) -> None:
        now = self._now_ms()
        if not op.created_ms:
            op.created_ms = now
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO desk_ops (id, kind, state, training, created_ms, updated_ms, doc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " state = excluded.state, updated_ms = excluded.updated_ms, doc = excluded.doc",
                (op.id, op.kind.value, op.state.value, int(op.training), op.created_ms, now,
                 json.dumps(op.to_json())),
            )
            conn.execute("INSERT INTO events (sale_id, at_ms, event) VALUES (?, ?, ?)",
                         (op.id, now, event))

    def load_desk_op(self, op_id: str) -> DeskOp:
        row = self._conn.execute("SELECT doc FROM desk_ops WHERE id = ?", (op_id,)).fetchone()
        if row is None:
            raise KeyError(op_id)
        return DeskOp.from_json(json.loads(row[0]))

    def desk_ops_between(self, start_ms: int, end_ms: int) -> list[DeskOp]:
        rows = self._conn.execute(
            "SELECT doc FROM desk_ops WHERE created_ms >= ? AND created_ms < ?"
            " ORDER BY created_ms DESC", (start_ms, end_ms),
        ).fetchall()
        return [DeskOp.from_json(json.loads(row[0])) for row in rows]

    def unfinished_desk_ops(self) -> list[DeskOp]:
        rows = self._conn.execute(
            "SELECT doc FROM desk_ops WHERE state IN ('pending', 'unknown') ORDER BY created_ms"
        ).fetchall()
        return [DeskOp.from_json(json.loads(row[0])) for row in rows]
