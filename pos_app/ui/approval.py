"""A manager's PIN at the register: approve what the signed-in person may not do themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QVBoxLayout, QWidget

from pos_app.staff import Action, Approval

from .pin_pad import PinPad
from .services import UiServices
from .tasks import UiTasks
from .widgets import StatusLine, button, label

__all__ = ["ApprovalDialog", "with_approval"]


class ApprovalDialog(QDialog):
    """Choose the manager, who types their PIN. Opened with `open()` (never `exec()`, which
    would nest an event loop under qasync); `then(approval)` runs once it is approved."""

    def __init__(self, services: UiServices, action: Action, detail: str,
                 then: Callable[[Approval], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.action, self.detail, self.then = services, action, detail, then
        self.setWindowTitle("Manager approval")
        self.setModal(True)
        asked_by = services.staff.current
        who = asked_by.name if asked_by else "This register"
        what = f"{action.label}" + (f" — {detail}" if detail else "")
        self.heading = label(f"A manager must approve: {what}", role="title")
        self.heading.setWordWrap(True)
        self.asked = label(f"Asked by {who}. The manager chooses their name and types their "
                           "PIN.", role="muted")
        self.asked.setWordWrap(True)
        self.approver = QComboBox()
        self.approver.setAccessibleName("Approving manager")
        for person in services.staff.approvers(action):
            self.approver.addItem(f"{person.name} ({person.role.label})", person.id)
        self.pad = PinPad("Manager's PIN")
        self.pad.entered.connect(self._entered)
        self.status = StatusLine()
        self.tasks = UiTasks(self.status)
        self.cancel_button = button("Cancel", name="Cancel approval")
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.asked)
        layout.addWidget(self.approver)
        layout.addWidget(self.pad)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button)
        self.resize(440, 620)
        # Enter in the PIN field checks the PIN: no button may be the dialog's default (Enter
        # would also press it, and Cancel would close the dialog under the PIN check).
        for widget in self.findChildren(QPushButton):
            widget.setAutoDefault(False)
            widget.setDefault(False)
        self.pad.focus()
        self.finished.connect(self._give_back_the_keys)

    def _give_back_the_keys(self) -> None:
        """The register's window takes the keys again (its F-keys are window shortcuts)."""
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()

    def choose(self, name: str) -> None:
        index = next(i for i in range(self.approver.count())
                     if self.approver.itemText(i).startswith(f"{name} ("))
        self.approver.setCurrentIndex(index)

    def _entered(self, pin: str) -> None:
        approver_id = self.approver.currentData()
        if approver_id is None:
            self.status.show_message("Nobody may approve this on this register.", "error")
            return
        coro = self.services.staff.approve(self.action, str(approver_id), pin, self.detail)
        self.tasks.run(coro, busy="Checking the manager's PIN…",
                       disable=[self.pad, self.approver], done=self._approved,
                       failed=lambda _exc: self.pad.focus())

    def _approved(self, approval: Approval) -> None:
        self.accept()
        self.then(approval)


def with_approval(parent: QWidget, services: UiServices, action: Action, detail: str,
                  then: Callable[[Approval], None]) -> ApprovalDialog | None:
    """Run `then` with the signed-in person's own approval when their role allows `action`;
    otherwise ask for a manager's PIN first (the dialog is returned) — there is no other way
    through."""
    own = services.staff.self_approval(action)
    if own is not None:
        then(own)
        return None
    dialog = ApprovalDialog(services, action, detail, then, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
