"""A touch keypad that types into an amount field (digits, 00, point, backspace, clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from pos_app.lang import N_, decimal_mark

from .i18n import tr
from .widgets import button

__all__ = ["KEYS", "Keypad"]

BACKSPACE = "⌫"
CLEAR = N_("Clear")
# A calculator's layout: digits on the left, editing keys on the right, and the screen's own
# Enter button (if it gives one) filling the right column's last two rows.
KEYS: tuple[tuple[str, ...], ...] = (
    ("7", "8", "9", BACKSPACE),
    ("4", "5", "6", CLEAR),
    ("1", "2", "3"),
    ("0", "00", "."),
)
_NAMES = {BACKSPACE: N_("Backspace"), CLEAR: N_("Clear amount"), ".": N_("Decimal point")}


class Keypad(QWidget):
    """Types into `target` as the keyboard would; its keys never take the focus from it."""

    def __init__(self, target: QLineEdit, enter: QPushButton | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setAccessibleName(tr("Keypad"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for row, keys in enumerate(KEYS):
            for col, key in enumerate(keys):
                widget = button(
                    tr(key) if key == CLEAR else decimal_mark() if key == "." else key,
                    role="key",
                    name=tr(_NAMES[key]) if key in _NAMES else tr("Key {key}").format(key=key),
                )
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the field
                widget.clicked.connect(lambda _=False, k=key: self.press(k))
                grid.addWidget(widget, row, col)
        if enter is not None:
            enter.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(enter, 2, 3, 2, 1)
        grow = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for index in range(grid.count()):
            item = grid.itemAt(index)
            cell = item.widget() if item is not None else None
            if cell is not None:
                cell.setSizePolicy(grow)  # the keys share the height the screen has
        for col in range(4):
            grid.setColumnStretch(col, 1)

    def press(self, key: str) -> None:
        field = self.target
        if key == CLEAR:
            field.clear()
        elif key == BACKSPACE:
            field.backspace()
        else:
            field.insert(decimal_mark() if key == "." else key)  # "," in French
        field.setFocus()
