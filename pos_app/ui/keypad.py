"""A touch keypad that types into an amount field (digits, 00, point, backspace, clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from .widgets import button

__all__ = ["KEYS", "Keypad"]

BACKSPACE = "⌫"
CLEAR = "Clear"
KEYS: tuple[tuple[str, ...], ...] = (
    ("7", "8", "9"),
    ("4", "5", "6"),
    ("1", "2", "3"),
    ("0", "00", "."),
    (BACKSPACE, CLEAR),
)
_NAMES = {BACKSPACE: "Backspace", CLEAR: "Clear amount", ".": "Decimal point"}


class Keypad(QWidget):
    """Types into `target` as the keyboard would; its keys never take the focus from it."""

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setAccessibleName("Keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for row, keys in enumerate(KEYS):
            for col, key in enumerate(keys):
                widget = button(key, role="key", name=_NAMES.get(key, f"Key {key}"))
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the field
                widget.clicked.connect(lambda _=False, k=key: self.press(k))
                last_of_short_row = col == len(keys) - 1 and len(keys) < 3
                grid.addWidget(widget, row, col, 1, 3 - col if last_of_short_row else 1)

    def press(self, key: str) -> None:
        field = self.target
        if key == CLEAR:
            field.clear()
        elif key == BACKSPACE:
            field.backspace()
        else:
            field.insert(key)
        field.setFocus()
