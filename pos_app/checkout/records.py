"""The journal's SQL for people, the audit trail, shifts, drawer events and Z reports."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pos_app.shift.models import DrawerEvent, DrawerKind, Shift, ShiftState
from pos_app.staff.audit import AuditEntry, AuditKind
from pos_app.staff.people import Person
from pos_app.staff.roles import Role

from .journal import Journal, JournalError

__all__ = ["Records", "ShiftTaken", "ZTaken"]

_PERSON = "id, name, role, pin_hash, active, failed_tries, locked_until_ms, created_ms"
_AUDIT = "seq, at_ms, kind, person_id, person_name, approver_id, approver_name, amount, detail"
_SHIFT = ("id, number, register, state, training, opened_ms, opened_by, float_cents,"
          " closed_ms, closed_by, counted_cents, expected_cents")


class ShiftTaken(JournalError):
    """The register already has an open shift."""


class ZTaken(JournalError):
    """A Z report already covers that period."""


def _person(row: tuple[Any, ...]) -> Person:
    pid, name, role, pin_hash, active, tries, locked, created = row
    return Person(name=name, role=Role(role), pin_hash=pin_hash, id=pid, active=bool(active),
                  failed_tries=tries, locked_until_ms=locked, created_ms=created)


def _shift(row: tuple[Any, ...]) -> Shift:
    (sid, number, register, state, training, opened_ms, opened_by, float_cents, closed_ms,
     closed_by, counted, expected) = row
    return Shift(opened_ms=opened_ms, opened_by=opened_by, float_cents=float_cents,
                 register=register, id=sid, number=number, state=ShiftState(state),
                 training=bool(training), closed_ms=closed_ms, closed_by=closed_by,
                 counted_cents=counted, expected_cents=expected)


class Records:
    """People, audit, shifts, drawer events and Z reports in the journal's SQLite: each write
    one durable transaction in order with the sales' writes; PIN hashes never leave here
    except into `Person` (and never into a log)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # -- people and audit (`staff.StaffStore`) -------------------------------------------------

    def people(self) -> list[Person]:
        rows = self.journal.query(f"SELECT {_PERSON} FROM people ORDER BY created_ms, name")  # noqa: S608
        return [_person(row) for row in rows]

    def save_person(self, person: Person, audit: AuditEntry | None) -> None:
        values = (person.id, person.name, person.role.value, person.pin_hash,
                  int(person.active), person.failed_tries, person.locked_until_ms,
                  person.created_ms)

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                f"INSERT INTO people ({_PERSON}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,"
                " pin_hash = excluded.pin_hash, active = excluded.active,"
                " failed_tries = excluded.failed_tries,"
                " locked_until_ms = excluded.locked_until_ms", values)
            if audit is not None:
                _insert_audit(conn, audit)

        self.journal.write(work)

    def add_audit(self, entry: AuditEntry) -> None:
        self.journal.write(lambda conn: _insert_audit(conn, entry))

    def audit_between(self, start_ms: int, end_ms: int,
                      person_id: str | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_AUDIT} FROM audit WHERE at_ms >= ? AND at_ms < ?"  # noqa: S608
        params: tuple[Any, ...] = (start_ms, end_ms)
        if person_id is not None:
            sql += " AND (person_id = ? OR approver_id = ?)"
            params += (person_id, person_id)
        rows = self.journal.query(sql + " ORDER BY seq", params)
        return [AuditEntry(seq=seq, at_ms=at, kind=AuditKind(kind), person_id=pid,
                           person_name=pname, approver_id=aid, approver_name=aname,
                           amount=amount, detail=detail)
                for seq, at, kind, pid, pname, aid, aname, amount, detail in rows]

    # -- shifts and the drawer -------------------------------------------------------------------

    def open_shift(self, register: str, training: bool) -> Shift | None:
        rows = self.journal.query(
            f"SELECT {_SHIFT} FROM shifts WHERE register = ? AND state = 'open'"  # noqa: S608
            " AND training = ?", (register, int(training)))
        return _shift(rows[0]) if rows else None

    def shifts_between(self, start_ms: int, end_ms: int, training: bool) -> list[Shift]:
        """Shifts closed in [start_ms, end_ms), oldest first."""
        rows = self.journal.query(
            f"SELECT {_SHIFT} FROM shifts WHERE state = 'closed' AND closed_ms >= ?"  # noqa: S608
            " AND closed_ms < ? AND training = ? ORDER BY number",
            (start_ms, end_ms, int(training)))
        return [_shift(row) for row in rows]

    def first_shift_opened(self, training: bool) -> int | None:
        """When this mode's first shift opened: where the first Z report's period starts."""
        rows = self.journal.query("SELECT MIN(opened_ms) FROM shifts WHERE training = ?",
                                  (int(training),))
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def start_shift(self, shift: Shift, float_event: DrawerEvent,
                    audit: AuditEntry) -> Shift:
        def work(conn: sqlite3.Connection) -> int:
            number = int(conn.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM shifts").fetchone()[0])
            try:
                conn.execute(
                    f"INSERT INTO shifts ({_SHIFT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                    (shift.id, number, shift.register, shift.state.value, int(shift.training),
                     shift.opened_ms, shift.opened_by, shift.float_cents, None, None, None,
                     None))
            except sqlite3.IntegrityError as exc:
                raise ShiftTaken("This register already has an open shift.") from exc
            _insert_event(conn, float_event)
            _insert_audit(conn, audit)
            return number

        shift.number = self.journal.write(work)
        return shift

    def end_shift(self, shift: Shift, audit: AuditEntry) -> None:
        def work(conn: sqlite3.Connection) -> None:
            done = conn.execute(
                "UPDATE shifts SET state = 'closed', closed_ms = ?, closed_by = ?,"
                " counted_cents = ?, expected_cents = ? WHERE id = ? AND state = 'open'",
                (shift.closed_ms, shift.closed_by, shift.counted_cents, shift.expected_cents,
                 shift.id))
            if done.rowcount != 1:
                raise JournalError("That shift is already closed.")
            _insert_audit(conn, audit)

        self.journal.write(work)

    def add_drawer_event(self, event: DrawerEvent, audit: AuditEntry) -> None:
        def work(conn: sqlite3.Connection) -> None:
            _insert_event(conn, event)
            _insert_audit(conn, audit)

        self.journal.write(work)

    def drawer_events(self, shift_ids: list[str]) -> list[DrawerEvent]:
        if not shift_ids:
            return []
        marks = ",".join("?" * len(shift_ids))
        sql = ("SELECT shift_id, kind, amount, at_ms, person, reason, approved_by, seq"  # noqa: S608
               f" FROM drawer_events WHERE shift_id IN ({marks}) ORDER BY seq")
        rows = self.journal.query(sql, tuple(shift_ids))
        return [DrawerEvent(shift_id=sid, kind=DrawerKind(kind), amount=amount, at_ms=at,
                            person=person, reason=reason, approved_by=approved, seq=seq)
                for sid, kind, amount, at, person, reason, approved, seq in rows]

    # -- Z reports -----------------------------------------------------------------------------

    def last_z(self, training: bool) -> tuple[int, int] | None:
        """(number, end_ms) of the last Z report of this mode."""
        rows = self.journal.query(
            "SELECT number, end_ms FROM z_reports WHERE training = ? ORDER BY number DESC"
            " LIMIT 1", (int(training),))
        return (int(rows[0][0]), int(rows[0][1])) if rows else None

    def save_z(self, doc: dict[str, Any], made_ms: int, audit: AuditEntry) -> int:
        """Keep a Z report under the next number; refused when one already covers its start."""
        def work(conn: sqlite3.Connection) -> int:
            number = int(conn.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM z_reports").fetchone()[0])
            doc["number"] = number
            try:
                conn.execute(
                    "INSERT INTO z_reports (number, training, start_ms, end_ms, made_ms, doc)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (number, int(doc["training"]), doc["start_ms"], doc["end_ms"], made_ms,
                     json.dumps(doc)))
            except sqlite3.IntegrityError as exc:
                raise ZTaken("A Z report already covers this period.") from exc
            _insert_audit(conn, audit)
            return number

        return self.journal.write(work)


def _insert_audit(conn: sqlite3.Connection, entry: AuditEntry) -> None:
    conn.execute(
        "INSERT INTO audit (at_ms, kind, person_id, person_name, approver_id, approver_name,"
        " amount, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.at_ms, entry.kind.value, entry.person_id, entry.person_name, entry.approver_id,
         entry.approver_name, entry.amount, entry.detail))


def _insert_event(conn: sqlite3.Connection, event: DrawerEvent) -> None:
    conn.execute(
        "INSERT INTO drawer_events (shift_id, at_ms, kind, amount, person, reason, approved_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.shift_id, event.at_ms, event.kind.value, event.amount, event.person,
         event.reason, event.approved_by))
