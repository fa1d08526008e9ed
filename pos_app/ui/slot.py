"""A place on a screen whose size is decided from outside: what changes inside stays inside.

Qt re-lays out every layout from a widget up to the window whenever the widget's size hint may
have changed: a label's new text, a button shown or hidden, a stacked page swapped. On the pay
screen such a cascade cost a few milliseconds of the event loop for each change, with every
word-wrapped label above laid out again. A `Slot` holds one widget, gives it all of its own
area, and answers the layout above with size hints taken once: nothing the widget does inside
reaches the layouts above it (it has no layout of its own to invalidate).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["Slot"]


class Slot(QWidget):
    """`child`, filling the slot. The slot's hints are the child's, read once it is polished
    (the stylesheet sets fonts and padding)."""

    def __init__(self, child: QWidget, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self._hints: tuple[QSize, QSize] | None = None
        child.setParent(self)
        policy = QSizePolicy(child.sizePolicy())
        policy.setHeightForWidth(False)  # its height never depends on what the child shows
        self.setSizePolicy(policy)

    def _fit(self) -> tuple[QSize, QSize]:
        if self._hints is None:
            self.child.ensurePolished()
            hint, least = self.child.sizeHint(), self.child.minimumSizeHint()
            self._hints = (hint, least.boundedTo(hint))
        return self._hints

    def sizeHint(self) -> QSize:
        return self._fit()[0]

    def minimumSizeHint(self) -> QSize:
        return self._fit()[1]

    def refit(self) -> None:
        """Read the child's hints again (its content changed for good) and lay out above."""
        self._hints = None
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.child.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._hints = None  # a new stylesheet or font: the child measures differently
        return super().event(event)
