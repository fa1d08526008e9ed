"""The owner's list of people: add, edit (name, role, new PIN) and retire."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.staff import Person, Role, StaffError

from .services import UiServices
from .tasks import UiTasks
from .widgets import StatusLine, button, label, text_field

__all__ = ["PeoplePanel"]

OWNER_ONLY = "Only the owner adds, edits and retires people: the owner signs in to do it."


class PeoplePanel(QWidget):
    """Retired people stay on the list, greyed (the audit still names them)."""

    def __init__(self, services: UiServices, tasks: UiTasks, status: StatusLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.status = services, tasks, status
        self.note = label(OWNER_ONLY, role="muted")
        self.list = QListWidget()
        self.list.setAccessibleName("People on the register")
        self.list.itemSelectionChanged.connect(self._chosen)
        self.name_edit = text_field("Name", "Person's name")
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName("Role")
        for role in (Role.CASHIER, Role.MANAGER, Role.OWNER):
            self.role_combo.addItem(role.label, role.value)
        self.pin_edit = text_field("PIN (4–8 digits; blank keeps it)", "New PIN", secret=True)
        self.pin_edit.setMaxLength(8)
        self.add_button = button("Add person", role="primary", key="F9", name="Add person")
        self.edit_button = button("Save changes", key="F10", name="Save person")
        self.retire_button = button("Retire", role="danger", key="F11", name="Retire person")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.retire)
        form = QGridLayout()
        form.addWidget(label("Name", role="muted"), 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(label("Role", role="muted"), 1, 0)
        form.addWidget(self.role_combo, 1, 1)
        form.addWidget(label("PIN", role="muted"), 2, 0)
        form.addWidget(self.pin_edit, 2, 1)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(widget)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        staff = self.services.staff
        owner = staff.current is not None and staff.current.role is Role.OWNER
        self.note.setVisible(not owner)
        for widget in (self.name_edit, self.role_combo, self.pin_edit, self.add_button,
                       self.edit_button, self.retire_button):
            widget.setEnabled(owner)
        self.list.clear()
        for person in staff.people(active_only=False):
            text = f"{person.name}  ·  {person.role.label}" + ("" if person.active
                                                               else "  ·  retired")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if not person.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)

    def _chosen_id(self) -> str | None:
        chosen = self.list.selectedItems()
        return str(chosen[0].data(Qt.ItemDataRole.UserRole)) if chosen else None

    def _chosen(self) -> None:
        person_id = self._chosen_id()
        if person_id is None:
            return
        person = self.services.staff.person(person_id)
        self.name_edit.setText(person.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        self.pin_edit.clear()

    def _role(self) -> Role:
        return Role(self.role_combo.currentData())

    def add(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        coro = self.services.staff.add(self.name_edit.text(), self._role(), pin)
        self.tasks.run(coro, busy="Adding…", disable=[self.add_button], done=self._added)

    def _added(self, person: Person) -> None:
        self.name_edit.clear()
        self.refresh()
        self.status.show_message(f"{person.name} added as {person.role.label.lower()}.", "ok")

    def edit(self) -> None:
        person_id = self._chosen_id()
        if person_id is None:
            self.status.show_message("Choose the person to change.", "warn")
            return
        pin = self.pin_edit.text() or None
        self.pin_edit.clear()
        coro = self.services.staff.edit(person_id, name=self.name_edit.text(),
                                        role=self._role(), pin=pin)
        self.tasks.run(coro, busy="Saving…", disable=[self.edit_button], done=self._edited)

    def _edited(self, person: Person) -> None:
        self.refresh()
        self.status.show_message(f"{person.name} saved.", "ok")

    def retire(self) -> None:
        person_id = self._chosen_id()
        if person_id is None:
            self.status.show_message("Choose the person to retire.", "warn")
            return
        try:
            person = self.services.staff.retire(person_id)
        except StaffError as exc:
            self.status.show_message(exc.user_message, "error")
            return
        self.refresh()
        self.status.show_message(f"{person.name} retired: they can no longer sign in.", "ok")
