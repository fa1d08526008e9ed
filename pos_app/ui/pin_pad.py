"""A PIN pad: a masked field the keyboard types into, and big digit keys for a touch screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from .widgets import button, text_field

__all__ = ["PinPad"]


class PinPad(QWidget):
    """`entered(pin)` on Enter or the Enter key. The PIN lives only in the masked field (and is
    cleared after each try): never in a log, a property or a message."""

    entered = Signal(str)

    def __init__(self, name: str = "PIN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: QLineEdit = text_field("PIN (4–8 digits)", name, secret=True)
        self.field.setMaxLength(8)
        self.field.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.field))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self.enter)
        grid = QGridLayout()
        grid.setSpacing(6)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "Enter"]
        for index, key in enumerate(keys):
            name_ = {"Clear": "Clear PIN", "Enter": "Enter PIN"}.get(key, f"PIN digit {key}")
            widget = button(key, role="primary" if key == "Enter" else "key", name=name_)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
            widget.clicked.connect(lambda _=False, k=key: self._key(k))
            grid.addWidget(widget, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(grid)

    def _key(self, key: str) -> None:
        if key == "Clear":
            self.field.clear()
        elif key == "Enter":
            self.enter()
        elif len(self.field.text()) < 8:
            self.field.insert(key)
        self.field.setFocus()

    def enter(self) -> None:
        pin = self.field.text()
        self.field.clear()  # one try per typing: the PIN is not kept
        if pin:
            self.entered.emit(pin)

    def clear(self) -> None:
        self.field.clear()

    def focus(self) -> None:
        self.field.setFocus()
