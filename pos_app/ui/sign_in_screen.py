"""Sign-in: first start sets up the owner; then pick your name and type your PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_app.staff import Person

from .pin_pad import PinPad
from .screen import Screen
from .services import UiServices
from .widgets import button, label, shortcut, text_field

__all__ = ["SignInScreen"]

SETUP = ("Welcome to Counter POS. Set up the owner: type your name and choose a PIN of 4 to 8 "
         "digits. The owner adds everyone else.")
PICK = "Choose your name, then type your PIN."


class SignInScreen(Screen):
    """Shown at start, on Lock and after idle time. `signed_in` tells the window who it is."""

    title = "Sign in"
    signed_in = Signal()

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.heading = label("Sign in", role="title")
        self.hint = label(PICK, role="muted")
        self.hint.setWordWrap(True)
        self.pad = PinPad("PIN")
        self.people = QListWidget()
        self.people.setAccessibleName("People")
        self.people.setMinimumWidth(320)
        self.people.itemClicked.connect(lambda _item: self.pad.focus())
        self.name_edit = text_field("Owner's name", "Owner's name")
        self.confirm_edit = text_field("PIN again", "PIN again", secret=True)
        self.confirm_edit.setMaxLength(8)
        self.pad.entered.connect(self._pin_entered)
        self.confirm_edit.returnPressed.connect(self.pad.enter)
        self.setup_button = button("Set up owner", role="primary", name="Set up owner")
        self.setup_button.clicked.connect(self.pad.enter)
        left = QVBoxLayout()
        left.addWidget(self.people, 1)
        left.addWidget(self.name_edit)
        right = QVBoxLayout()
        right.addWidget(self.pad)
        right.addWidget(self.confirm_edit)
        right.addWidget(self.setup_button)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        # The keyboard chooses a name too: Up and Down move through the list.
        shortcut(self, "Up", lambda: self._step(-1))
        shortcut(self, "Down", lambda: self._step(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.status_slot)
        layout.addLayout(row, 1)

    @property
    def setting_up(self) -> bool:
        return self.services.staff.needs_owner

    def refresh(self) -> None:
        setting_up = self.setting_up
        self.heading.setText("Set up the owner" if setting_up else "Sign in")
        self.hint.setText(SETUP if setting_up else PICK)
        for widget in (self.name_edit, self.confirm_edit, self.setup_button):
            widget.setVisible(setting_up)
        self.people.setVisible(not setting_up)
        chosen = self.people.selectedItems()
        keep = chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else None
        self.people.clear()
        for person in self.services.staff.people():
            item = QListWidgetItem(f"{person.name}  ·  {person.role.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setSizeHint(item.sizeHint().expandedTo(self.pad.field.sizeHint()))
            self.people.addItem(item)
            if person.id == keep:
                self.people.setCurrentItem(item)

    def on_shown(self) -> None:
        (self.name_edit if self.setting_up else self.pad.field).setFocus()

    def _step(self, by: int) -> None:
        count = self.people.count()
        if count:
            row = self.people.currentRow()
            self.people.setCurrentRow(max(0, min(count - 1, 0 if row < 0 else row + by)))
            self.pad.focus()

    def choose(self, name: str) -> None:
        """Pick a person by name (tests and the keyboard)."""
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.text().split("  ·  ")[0] == name:
                self.people.setCurrentItem(item)
                return
        raise KeyError(name)

    def _pin_entered(self, pin: str) -> None:
        if self.setting_up:
            confirm = self.confirm_edit.text()
            self.confirm_edit.clear()
            if confirm != pin:
                self.status.show_message("The two PINs differ: type the PIN twice.", "error")
                self.pad.focus()
                return
            coro = self.services.staff.set_up_owner(self.name_edit.text(), pin)
            busy = "Setting up the owner…"
        else:
            chosen = self.people.selectedItems()
            if not chosen:
                self.status.show_message("Choose your name first.", "warn")
                return
            coro = self.services.staff.sign_in(chosen[0].data(Qt.ItemDataRole.UserRole), pin)
            busy = "Checking the PIN…"
        self.tasks.run(coro, busy=busy, disable=[self.pad, self.setup_button],
                       done=self._done, failed=lambda _exc: self.pad.focus())

    def _done(self, person: Person) -> None:
        self.name_edit.clear()
        self.status.show_message(f"Signed in: {person.name} ({person.role.label}).", "ok")
        self.signed_in.emit()

