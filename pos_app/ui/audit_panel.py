"""The audit trail: sign-ins, wrong PINs, overrides, drawer events, reports; by person and day."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.staff import Action, Approval, AuditEntry

from .approval import ApprovalDialog, with_approval
from .services import UiServices
from .widgets import StatusLine, button

__all__ = ["AuditPanel"]

COLUMNS = ("Time", "What", "Who", "Approved by", "Amount", "Detail")


def day_bounds(day: QDate) -> tuple[int, int]:
    """[midnight, next midnight) of `day` in local time, in ms."""
    start = datetime(day.year(), day.month(), day.day())  # local: the register's day
    return int(start.timestamp() * 1000), int((start + timedelta(days=1)).timestamp() * 1000)


class AuditPanel(QWidget):
    """Read-only. A cashier needs a manager's PIN to read it."""

    def __init__(self, services: UiServices, status: StatusLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.status = services, status
        self.dialog: ApprovalDialog | None = None
        self.entries: list[AuditEntry] = []
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName("Person")
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setAccessibleName("Day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setMinimumHeight(44)
        self.show_button = button("Show", role="primary", key="F12", name="Show audit")
        self.show_button.clicked.connect(self.ask)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Audit trail")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1,
                                                           QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.person_combo, 1)
        row.addWidget(self.day_edit)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        keep = self.person_combo.currentData()
        self.person_combo.clear()
        self.person_combo.addItem("Everyone", None)
        for person in self.services.staff.people(active_only=False):
            self.person_combo.addItem(person.name, person.id)
        index = self.person_combo.findData(keep)
        self.person_combo.setCurrentIndex(max(index, 0))

    def ask(self) -> None:
        self.dialog = with_approval(self, self.services, Action.AUDIT, "", self.load)

    def load(self, _approval: Approval | None = None) -> None:
        start, end = day_bounds(self.day_edit.date())
        person = self.person_combo.currentData()
        self.entries = self.services.staff.audit(start, end, person)
        self.table.setRowCount(len(self.entries))
        fmt = self.services.shifts.fmt
        for row, entry in enumerate(self.entries):
            cells = (time.strftime("%H:%M:%S", time.localtime(entry.at_ms / 1000)),
                     entry.kind.label, entry.person_name, entry.approver_name,
                     fmt(entry.amount) if entry.amount is not None else "", entry.detail)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.show_message(f"{len(self.entries)} audit record(s).", "info")
