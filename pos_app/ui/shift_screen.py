"""The shift: open with the float counted, drops, pay-ins, pay-outs, no-sale, blind close."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from pos_app.hardware.printer_port import PrinterFault
from pos_app.money import MoneyError, parse_money
from pos_app.shift import DrawerKind, Shift
from pos_app.staff import Action, Approval, StaffError

from .approval import ApprovalDialog, with_approval
from .printer_words import DRAWER_FAILED, DRAWER_NONE, DRAWER_OPENED, drawer_message
from .screen import Screen
from .services import UiServices
from .widgets import button, label, text_field

__all__ = ["ShiftScreen"]

BLIND = ("Count the cash in the drawer and type what you counted. The register shows what it "
         "expected only after the count is in (a blind count).")


class ShiftScreen(Screen):
    """One register's shift. Nothing here shows the expected cash before the closing count."""

    title = "Shift"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: ApprovalDialog | None = None
        self.heading = label("Shift", role="title")
        self.summary = label("", name="Shift summary")
        self.summary.setWordWrap(True)
        # Open
        self.float_edit = text_field("Float counted, e.g. 100.00", "Float counted")
        self.open_button = button("Open shift", role="primary", key="F5", name="Open shift")
        self.open_button.clicked.connect(self.open_shift)
        self.float_edit.returnPressed.connect(self.open_shift)
        # Drawer events
        self.amount_edit = text_field("Amount", "Drawer amount")
        self.reason_edit = text_field("Reason", "Reason")
        self.drop_button = button("Cash drop", key="F6", name="Cash drop")
        self.pay_in_button = button("Pay-in", key="F7", name="Pay-in")
        self.pay_out_button = button("Pay-out", key="F8", name="Pay-out")
        self.no_sale_button = button("No-sale", key="F9", name="No-sale")
        for widget, kind in ((self.drop_button, DrawerKind.DROP),
                             (self.pay_in_button, DrawerKind.PAY_IN),
                             (self.pay_out_button, DrawerKind.PAY_OUT),
                             (self.no_sale_button, DrawerKind.NO_SALE)):
            widget.clicked.connect(lambda _=False, k=kind: self.drawer(k))
        # Blind close
        self.blind = label(BLIND, role="muted")
        self.blind.setWordWrap(True)
        self.counted_edit = text_field("Counted cash", "Counted cash")
        self.close_button = button("Close shift", role="danger", key="F10", name="Close shift")
        self.close_button.clicked.connect(self.close_shift)
        self.counted_edit.returnPressed.connect(self.close_shift)
        self.result = label("", name="Shift result")
        self.result.setWordWrap(True)
        self.result.setProperty("role", "title")
        self.manager_button = button("Reports, people, audit", key="F12",
                                     name="Reports, people and audit")
        self.manager_button.clicked.connect(lambda: self.navigate.emit("manager"))
        self._lay_out()

    def _lay_out(self) -> None:
        open_row = QHBoxLayout()
        open_row.addWidget(self.float_edit, 1)
        open_row.addWidget(self.open_button)
        drawer = QGridLayout()
        drawer.addWidget(self.amount_edit, 0, 0)
        drawer.addWidget(self.reason_edit, 0, 1, 1, 3)
        for column, widget in enumerate((self.drop_button, self.pay_in_button,
                                         self.pay_out_button, self.no_sale_button)):
            drawer.addWidget(widget, 1, column)
        close_row = QHBoxLayout()
        close_row.addWidget(self.counted_edit, 1)
        close_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.manager_button)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.status_slot)
        layout.addLayout(open_row)
        self.drawer_title = label("Drawer", role="title")
        layout.addWidget(self.drawer_title)
        layout.addLayout(drawer)
        self.close_title = label("Close the shift", role="title")
        layout.addWidget(self.close_title)
        layout.addWidget(self.blind)
        layout.addLayout(close_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._open_widgets = [self.float_edit, self.open_button]
        self._shift_widgets = [self.amount_edit, self.reason_edit, self.drop_button,
                               self.pay_in_button, self.pay_out_button, self.no_sale_button,
                               self.counted_edit, self.close_button, self.blind,
                               self.drawer_title, self.close_title]

    # -- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        shift = self.services.shifts.shift
        for widget in self._open_widgets:
            widget.setVisible(shift is None)
        for widget in self._shift_widgets:
            widget.setVisible(shift is not None)
        if shift is None:
            self.summary.setText("No shift is open on this register. Count the float into the "
                                 "drawer and open the shift; sales need an open shift.")
        else:
            self.summary.setText(
                f"Shift #{shift.number} — opened by {shift.opened_by} at "
                f"{_clock(shift.opened_ms)} with a float of {self._fmt(shift.float_cents)}.")

    def on_shown(self) -> None:
        (self.float_edit if self.services.shifts.shift is None else self.amount_edit).setFocus()

    def _fmt(self, cents: int) -> str:
        return self.services.shifts.fmt(cents)

    def _amount(self, edit: QWidget, text: str, *, allow_zero: bool = False) -> int | None:
        try:
            return parse_money(text, self.services.currency, allow_zero=allow_zero).cents
        except MoneyError as exc:
            self.status.show_message(exc.user_message, "error")
            edit.setFocus()
            return None

    def _do(self, work: object) -> bool:
        """Run a shift book call; its refusal is shown and nothing changed."""
        try:
            work()  # type: ignore[operator]
        except StaffError as exc:
            self.status.show_message(exc.user_message, "error")
            return False
        return True

    # -- open ------------------------------------------------------------------------------

    def open_shift(self) -> None:
        cents = self._amount(self.float_edit, self.float_edit.text() or "0", allow_zero=True)
        if cents is None:
            return
        if self._do(lambda: self.services.shifts.open(cents)):
            self.float_edit.clear()
            self.result.clear()
            self.refresh()
            self.status.show_message(f"Shift open with a float of {self._fmt(cents)}. "
                                     "Sales can be rung up (F1).", "ok")
            self.amount_edit.setFocus()

    # -- drawer events ---------------------------------------------------------------------

    def drawer(self, kind: DrawerKind) -> None:
        cents = 0
        if kind is not DrawerKind.NO_SALE:
            found = self._amount(self.amount_edit, self.amount_edit.text())
            if found is None:
                return
            cents = found
        reason = self.reason_edit.text().strip()
        if not reason:
            self.status.show_message(f"Type the reason for the {kind.label.lower()}.", "error")
            self.reason_edit.setFocus()
            return
        action = Action.NO_SALE if kind is DrawerKind.NO_SALE else Action.DRAWER

        def go(approval: Approval) -> None:
            if self._do(lambda: self.services.shifts.drawer(kind, cents, reason, approval)):
                self.amount_edit.clear()
                self.reason_edit.clear()
                said = kind.label + (f" of {self._fmt(cents)}" if cents else "")
                by = f", approved by {approval.approved_by.name}" if approval.by_override else ""
                self.status.show_message(f"{said} recorded ({reason}{by}).", "ok")
                self._open_drawer(f"{said} recorded.")

        self.dialog = with_approval(self, self.services, action, reason, go)

    def _open_drawer(self, said: str) -> None:
        """Cash goes in or out (or a no-sale): the drawer opens, as after a cash tender; in
        training it stays shut (no real money changes hands)."""
        if self.services.training:
            self.status.show_message(f"{said} Training: the cash drawer stays shut.", "ok")
            return

        def opened(sent: bool) -> None:
            self.status.show_message(f"{said} {DRAWER_OPENED if sent else DRAWER_NONE}",
                                     "ok" if sent else "warn")

        def failed(fault: BaseException) -> None:
            text = drawer_message(fault) if isinstance(fault, PrinterFault) \
                else DRAWER_FAILED.format(where="?")
            self.status.show_message(f"{said} {text}", "warn")

        self.tasks.run(self.services.drawer.open(), busy="Opening the cash drawer…",
                       done=opened, failed=failed)

    # -- blind close ---------------------------------------------------------------------------

    def close_shift(self) -> None:
        if not self.counted_edit.text().strip():
            self.status.show_message("Count the cash in the drawer and type what you counted, "
                                     "then Close shift (F10) again.", "info")
            self.counted_edit.setFocus()
            return
        cents = self._amount(self.counted_edit, self.counted_edit.text(), allow_zero=True)
        if cents is None:
            return

        def go(approval: Approval) -> None:
            closed: list[Shift] = []
            if self._do(lambda: closed.append(self.services.shifts.close(cents, approval))):
                self.counted_edit.clear()
                self.show_closed(closed[0])

        self.dialog = with_approval(self, self.services, Action.CLOSE_SHIFT,
                                    f"counted {self._fmt(cents)}", go)

    def show_closed(self, shift: Shift) -> None:
        over = shift.over_short or 0
        words = ("Even" if over == 0 else f"Over {self._fmt(over)}" if over > 0
                 else f"Short {self._fmt(-over)}")
        self.result.setText(
            f"Shift #{shift.number} closed. Expected {self._fmt(shift.expected_cents or 0)} · "
            f"Counted {self._fmt(shift.counted_cents or 0)} · {words}")
        self.refresh()
        self.status.show_message("Shift closed. The Z report (Manager screen) closes the day.",
                                 "warn" if over else "ok")


def _clock(ms: int) -> str:
    return time.strftime("%H:%M", time.localtime(ms / 1000))
