"""The shift book: open a shift with its float, drawer events, the blind close, X and Z
reports — each step checked against the signed-in person's role and written to the journal."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos_app.checkout.journal import Journal, JournalError
from pos_app.domain import Sale, SaleState
from pos_app.money import MAX_CENTS, format_cents
from pos_app.staff import Action, Approval, AuditEntry, AuditKind, StaffDirectory, StaffError

from .cash import CashMoves, cash_moves
from .models import DrawerEvent, DrawerKind, Shift, ShiftState
from .report import Report, build_report

if TYPE_CHECKING:  # records imports this package's models
    from pos_app.checkout.records import Records

__all__ = ["NO_SHIFT", "ShiftBook"]

log = logging.getLogger(__name__)

NO_SHIFT = "No shift is open: open one on the Shift screen (F6) with the float counted."
_AUDIT_KIND = {DrawerKind.DROP: AuditKind.CASH_DROP, DrawerKind.PAY_IN: AuditKind.PAY_IN,
               DrawerKind.PAY_OUT: AuditKind.PAY_OUT, DrawerKind.NO_SALE: AuditKind.NO_SALE}


@dataclass(frozen=True, slots=True)
class Period:
    start_ms: int
    end_ms: int


class ShiftBook:
    """One register's shifts. Every method raises `StaffError` with what to tell the person."""

    def __init__(self, journal: Journal, records: Records, staff: StaffDirectory, *,
                 currency: str, training: bool, register: str = "1") -> None:
        self.journal, self.records, self.staff = journal, records, staff
        self.currency, self.training, self.register = currency, training, register

    def fmt(self, cents: int) -> str:
        return format_cents(cents, self.currency)

    # -- the shift -------------------------------------------------------------------------

    @property
    def shift(self) -> Shift | None:
        return self.records.open_shift(self.register, self.training)

    def sale_refusal(self) -> str | None:
        """Why a sale can't be rung up now (None: it can)."""
        if self.staff.current is None:
            return "Sign in first."
        return NO_SHIFT if self.shift is None else None

    def _who(self, action: Action, approval: Approval | None) -> Approval:
        """The approval for `action`: the signed-in person's own, or a manager's override for
        exactly this action. Nothing here lets a cashier act without one."""
        own = self.staff.self_approval(action)
        if own is not None:
            return own
        if approval is None or approval.action is not action \
                or approval.asked_by is not self.staff.current:
            raise StaffError(f"A manager must approve: {action.label}.")
        return approval

    def open(self, float_cents: int) -> Shift:
        who = self._who(Action.DRAWER, None)
        _check_amount(float_cents, allow_zero=True)
        now = self.journal.now_ms()
        shift = Shift(opened_ms=now, opened_by=who.asked_by.name, float_cents=float_cents,
                      register=self.register, training=self.training)
        event = DrawerEvent(shift.id, DrawerKind.FLOAT, float_cents, now, who.asked_by.name)
        audit = self._audit(AuditKind.SHIFT_OPENED, who, float_cents, "float counted")
        try:
            return self.records.start_shift(shift, event, audit)
        except JournalError as exc:
            raise StaffError("This register already has an open shift: close it first.") \
                from exc

    def drawer(self, kind: DrawerKind, amount: int, reason: str,
               approval: Approval | None = None) -> DrawerEvent:
        """A cash drop, pay-in or pay-out (with its reason), or a no-sale (manager)."""
        if kind is DrawerKind.FLOAT:
            raise StaffError("The float is counted when the shift opens.")
        shift = self.shift
        if shift is None:
            raise StaffError(NO_SHIFT)
        who = self._who(Action.NO_SALE if kind is DrawerKind.NO_SALE else Action.DRAWER,
                        approval)
        if kind is DrawerKind.NO_SALE:
            amount = 0
        else:
            _check_amount(amount)
        clean = " ".join(reason.split())
        if not clean:
            raise StaffError(f"Say why ({kind.label.lower()} reason).")
        held = self.expected(shift).expected
        if kind in (DrawerKind.DROP, DrawerKind.PAY_OUT) and amount > held:
            raise StaffError(f"The drawer should hold only {self.fmt(held)} — a "
                             f"{kind.label.lower()} of {self.fmt(amount)} can't come out.")
        event = DrawerEvent(shift.id, kind, amount, self.journal.now_ms(), who.asked_by.name,
                            clean, who.approved_by.name if who.by_override else "")
        self.records.add_drawer_event(event, self._audit(_AUDIT_KIND[kind], who, amount or None,
                                                         clean))
        return event

    def expected(self, shift: Shift) -> CashMoves:
        end = (shift.closed_ms or self.journal.now_ms()) + 1  # through the close itself
        sales = self._sales(shift.opened_ms, end)
        ops = [op for op in self.journal.desk_ops_between(shift.opened_ms, end)
               if op.training == self.training]
        return cash_moves([s for s in sales if s.state is SaleState.COMPLETED], ops,
                          self.records.drawer_events([shift.id]))

    def close(self, counted_cents: int, approval: Approval | None = None) -> Shift:
        """The blind count: the person counted before seeing what was expected; then the
        expected cash and the over/short are worked out and kept."""
        shift = self.shift
        if shift is None:
            raise StaffError(NO_SHIFT)
        who = self._who(Action.CLOSE_SHIFT, approval)
        _check_amount(counted_cents, allow_zero=True)
        shift.closed_ms = self.journal.now_ms()
        shift.closed_by = who.asked_by.name
        shift.counted_cents = counted_cents
        shift.expected_cents = self.expected(shift).expected
        shift.state = ShiftState.CLOSED
        over = shift.over_short or 0
        words = "even" if over == 0 else (f"over {self.fmt(over)}" if over > 0
                                          else f"short {self.fmt(-over)}")
        self.records.end_shift(shift, self._audit(
            AuditKind.SHIFT_CLOSED, who, counted_cents,
            f"shift #{shift.number}: counted {self.fmt(counted_cents)}, expected "
            f"{self.fmt(shift.expected_cents)}, {words}"))
        log.info("shift #%d closed: %s", shift.number, words)
        return shift

    # -- reports ---------------------------------------------------------------------------

    def _period(self) -> Period:
        last = self.records.last_z(self.training)
        # The first Z covers the day from the first shift on (no sale is rung up without one).
        start = last[1] if last else self.records.first_shift_opened(self.training) or 0
        return Period(start, self.journal.now_ms() + 1)

    def _sales(self, start_ms: int, end_ms: int) -> list[Sale]:
        return [s for s in self.journal.sales_between(start_ms, end_ms)
                if s.training == self.training]

    def _report(self, kind: str, who: Approval, period: Period,
                shifts: list[Shift]) -> Report:
        sales = self._sales(period.start_ms, period.end_ms)
        voided = {s.id for s in sales if s.state is SaleState.CANCELLED
                  and any(event == "completed" for _at, event in self.journal.events(s.id))}
        ops = [op for op in self.journal.desk_ops_between(period.start_ms, period.end_ms)
               if op.training == self.training]
        open_shift = self.shift
        ids = [s.id for s in shifts] + ([open_shift.id] if open_shift and kind == "X" else [])
        return build_report(
            kind=kind, number=0, start_ms=period.start_ms, end_ms=period.end_ms,
            made_by=who.words, currency=self.currency, training=self.training, sales=sales,
            voided=voided, desk_ops=ops, events=self.records.drawer_events(ids),
            shifts=shifts + ([open_shift] if open_shift and kind == "X" else []),
            unfinished=[s for s in self.journal.unfinished() if s.training == self.training])

    def x_report(self, approval: Approval | None = None) -> Report:
        """Since the last Z, any time: changes nothing (only the audit notes it was read)."""
        who = self._who(Action.REPORTS, approval)
        period = self._period()
        report = self._report("X", who, period, self.records.shifts_between(
            period.start_ms, period.end_ms, self.training))
        self.staff.store.add_audit(self._audit(AuditKind.X_REPORT, who, None, ""))
        return report

    def z_report(self, approval: Approval | None = None) -> Report:
        """Close the day: every shift since the last Z, numbered, never twice for a period."""
        who = self._who(Action.REPORTS, approval)
        if self.shift is not None:
            raise StaffError("Close the shift (blind count) before the Z report.")
        period = self._period()
        shifts = self.records.shifts_between(period.start_ms, period.end_ms, self.training)
        last = self.records.last_z(self.training)
        if not shifts:
            raise StaffError(f"Z report #{last[0]} already covers this period: no shift has "
                             "closed since." if last else "No shift has closed yet.")
        report = self._report("Z", who, period, shifts)
        doc = report.to_json()
        try:
            number = self.records.save_z(doc, self.journal.now_ms(),
                                         self._audit(AuditKind.Z_REPORT, who, None,
                                                     f"period from {period.start_ms}"))
        except JournalError as exc:
            raise StaffError("A Z report already covers this period.") from exc
        log.info("Z report #%d made", number)
        return _numbered(report, number)

    def _audit(self, kind: AuditKind, who: Approval, amount: int | None,
               detail: str) -> AuditEntry:
        return AuditEntry(kind=kind, at_ms=self.journal.now_ms(), person_id=who.asked_by.id,
                          person_name=who.asked_by.name,
                          approver_id=who.approved_by.id if who.by_override else None,
                          approver_name=who.approved_by.name if who.by_override else "",
                          amount=amount, detail=detail)


def _numbered(report: Report, number: int) -> Report:
    from dataclasses import replace  # noqa: PLC0415

    return replace(report, number=number)


def _check_amount(cents: int, *, allow_zero: bool = False) -> None:
    if cents < 0 or cents > MAX_CENTS or (cents == 0 and not allow_zero):
        raise StaffError("Type an amount from $0.01 to $999,999.99.")
