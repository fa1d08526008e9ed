"""The journal: every sale and tender state change in SQLite (WAL), written before acting.

Writes go, in order, through one writer thread with its own connection: `asave` awaits the
durable commit (an fsync) without holding up the event loop; `save` waits for it in place.
Reads use the caller's connection and see every committed write (WAL).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pos_app.domain.desk import DeskOp
from pos_app.domain.sale import Sale, SaleState

from .migrations import migrate

__all__ = ["Journal", "JournalError"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_UNFINISHED = tuple(state.value for state in SaleState if not state.finished)


class JournalError(RuntimeError):
    """The journal cannot be opened or written: the register must not take money."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = (
            "The register can't write its journal, so it can't take payments safely. "
            f"Call a manager. ({message})"
        )


def _log_failure(done: Future[Any]) -> None:
    exc = done.exception()
    if exc is not None:
        log.error("journal: a queued write failed: %s", exc)


class Journal:
    """Sales and desk operations; each `save` is one durable transaction (synchronous=FULL);
    a `post` (ringing up a line) reaches the disk with the next durable write.

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
        self._writer_conn: sqlite3.Connection | None = None
        try:
            self._configure(self._conn)
            self.schema_version = migrate(self._conn)
            # Used only by the writer thread from here on (made here, so a failure shows now).
            self._writer_conn = sqlite3.connect(self.path, isolation_level=None,
                                                check_same_thread=False)
            self._configure(self._writer_conn)
        except sqlite3.Error as exc:
            self._close_connections()
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc
        except RuntimeError as exc:  # written by a newer app: says to update
            self._close_connections()
            raise JournalError(str(exc)) from exc
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-writer")

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut
        conn.execute("PRAGMA busy_timeout=5000")

    def _close_connections(self) -> None:
        for conn in (self._writer_conn, self._conn):
            if conn is not None:
                conn.close()

    def close(self) -> None:
        """Wait for the writes already asked for, then close."""
        self._writer.shutdown(wait=True)
        self._close_connections()

    def now_ms(self) -> int:
        return self._now_ms()

    @contextmanager
    def _transaction(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction on the writer's connection (run on the writer thread): durable
        (fsync'd at commit), or, with `durable=False`, committed without waiting for the disk;
        in WAL mode the next durable commit's fsync then makes it durable too."""
        conn = self._writer_conn
        assert conn is not None
        try:
            if not durable:
                conn.execute("PRAGMA synchronous=NORMAL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if not durable:
                    conn.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as exc:
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc

    def _submit(self, write: Callable[[], Any]) -> Future[Any]:
        try:
            return self._writer.submit(write)
        except RuntimeError as exc:  # closed
            raise JournalError(f"the journal is closed ({exc})") from exc

    # -- for the journal's sibling stores (`records`) -----------------------------------------

    def write(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run `work` in one durable transaction on the writer thread, in order with every
        other write, and wait for it."""
        def run() -> _T:
            with self._transaction() as conn:
                return work(conn)
        result: _T = self._submit(run).result()
        return result

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows read on the caller's connection (every committed write is visible)."""
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise JournalError(f"{type(exc).__name__}: {exc}") from exc

    # -- sales ---------------------------------------------------------------------------------

    def next_sale_number(self) -> int:
        row = self._conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM sales").fetchone()
        return int(row[0])

    def save(self, sale: Sale, event: str) -> None:
        """Write the sale as it is now, and what happened, in one durable transaction."""
        sale.number = self._submit(self._sale_write(sale, event)).result()

    def post(self, sale: Sale, event: str) -> None:
        """Queue the write of the sale as it is now, for ringing up a line, where no money
        moves: nothing waits for it, and its commit does not wait for the disk. Writes keep
        their order, so the next money step's durable write (which waits) comes after it and
        makes it durable too; a failure is logged, and that write then fails the same way,
        before any money moves. The sale's number comes with that write."""
        done = self._submit(self._sale_write(sale, event, durable=False))
        done.add_done_callback(_log_failure)

    async def asave(self, sale: Sale, event: str) -> None:
        """`save`, awaited: the commit and its fsync run on the writer thread."""
        sale.number = await asyncio.wrap_future(self._submit(self._sale_write(sale, event)))

    def _sale_write(self, sale: Sale, event: str, durable: bool = True) -> Callable[[], int]:
        """The write of the sale as it is now (copied here: the caller may change it at once);
        it returns the sale's number, given by the first write."""
        now = self._now_ms()
        if not sale.created_ms:
            sale.created_ms = now
        doc = sale.to_json()
        row = (sale.id, sale.state.value, sale.currency, sale.total, int(sale.training),
               sale.created_ms, now)

        def write() -> int:
            with self._transaction(durable) as conn:
                number = int(doc["number"] or 0) or self._number_for(conn, str(doc["id"]))
                doc["number"] = number
                sale_id, state, currency, total, training, created_ms, updated_ms = row
                conn.execute(
                    "INSERT INTO sales (id, number, state, currency, total, training,"
                    " created_ms, updated_ms, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET state = excluded.state,"
                    " total = excluded.total, updated_ms = excluded.updated_ms,"
                    " doc = excluded.doc",
                    (sale_id, number, state, currency, total, training, created_ms, updated_ms,
                     json.dumps(doc)),
                )
                conn.execute("INSERT INTO events (sale_id, at_ms, event) VALUES (?, ?, ?)",
                             (sale_id, updated_ms, event))
            log.debug("journal: sale #%d %s: %s", number, state, event)
            return number

        return write

    @staticmethod
    def _number_for(conn: sqlite3.Connection, sale_id: str) -> int:
        """The sale's number: the one an earlier write gave it, or the next free one."""
        found = conn.execute("SELECT number FROM sales WHERE id = ?", (sale_id,)).fetchone()
        if found is not None:
            return int(found[0])
        return int(conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM sales").fetchone()[0])

    def load(self, sale_id: str) -> Sale:
        row = self._conn.execute("SELECT doc FROM sales WHERE id = ?", (sale_id,)).fetchone()
        if row is None:
            raise KeyError(sale_id)
        return Sale.from_json(json.loads(row[0]))

    def unfinished(self) -> list[Sale]:
        """Every sale neither completed nor cancelled, oldest first: what recovery must settle.

        A completed sale whose void had started (a manager's void cut short by a crash) is
        unfinished too: its refunds may have gone through, so recovery finishes the void."""
        marks = ",".join("?" * len(_UNFINISHED))
        rows = self._conn.execute(
            f"SELECT doc FROM sales WHERE state IN ({marks})"  # noqa: S608
            " OR (state = 'completed' AND json_extract(doc, '$.cancel_requested'))"
            " ORDER BY number",
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
        self._submit(self._desk_op_write(op, event)).result()

    async def asave_desk_op(self, op: DeskOp, event: str) -> None:
        """`save_desk_op`, awaited: the commit runs on the writer thread."""
        await asyncio.wrap_future(self._submit(self._desk_op_write(op, event)))

    def _desk_op_write(self, op: DeskOp, event: str) -> Callable[[], None]:
        now = self._now_ms()
        if not op.created_ms:
            op.created_ms = now
        row = (op.id, op.kind.value, op.state.value, int(op.training), op.created_ms, now,
               json.dumps(op.to_json()))

        def write() -> None:
            with self._transaction() as conn:
                conn.execute(
                    "INSERT INTO desk_ops (id, kind, state, training, created_ms, updated_ms,"
                    " doc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    " state = excluded.state, updated_ms = excluded.updated_ms,"
                    " doc = excluded.doc", row)
                conn.execute("INSERT INTO events (sale_id, at_ms, event) VALUES (?, ?, ?)",
                             (op.id, now, event))

        return write

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
