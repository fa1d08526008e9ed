"""The manager's screen: reports (X, Z), people (owner) and the audit trail, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .audit_panel import AuditPanel
from .people_panel import PeoplePanel
from .reports_panel import ReportsPanel
from .screen import Screen
from .services import UiServices
from .widgets import label

__all__ = ["ManagerScreen"]


class ManagerScreen(Screen):
    """Anyone may open it; each action asks for what its role needs (a manager's PIN, or the
    owner for people)."""

    title = "Manager"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.reports = ReportsPanel(services, self.tasks, self.status)
        self.people = PeoplePanel(services, self.tasks, self.status)
        self.audit = AuditPanel(services, self.status)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Manager")
        self.tabs.addTab(self.reports, "Reports")
        self.tabs.addTab(self.people, "People")
        self.tabs.addTab(self.audit, "Audit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(label("Manager", role="title"))
        layout.addWidget(self.status_slot)
        layout.addWidget(self.tabs, 1)

    def back(self) -> bool:
        """Esc: back to the Shift screen it was opened from."""
        self.navigate.emit("shift")
        return True

    def refresh(self) -> None:
        self.people.refresh()
        self.audit.refresh()
