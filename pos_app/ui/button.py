"""A push button that draws each of its looks once, then paints it from a pixmap.

Half of the time Qt spends repainting a screen went into drawing its buttons through the
stylesheet (rounded borders, fills, shaped text), and a screen change repaints them all: the
sale screen's keypad alone is 23 buttons. A `Button` draws itself exactly as a `QPushButton`
does (the style's `CE_PushButton` with its own style option), but into a pixmap it keeps for
a look it shows again (caption, size and state), so each later paint of it is one blit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

__all__ = ["Button"]

_LOOKS_KEPT = 6  # per button: normal, focused, pressed, disabled, checked… then start again

_Look = tuple[str, int, int, int, int, int, object, float]


class Button(QPushButton):
    """A `QPushButton` whose paints come from pixmaps of the looks it shows again and again.

    A look is drawn directly the first time it is seen and kept from the second time on, so a
    button whose caption keeps changing (a total, say) never pays for pixmaps it won't reuse.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._looks: dict[_Look, QPixmap] = {}
        self._seen: set[_Look] = set()

    def _look(self, option: QStyleOptionButton) -> _Look:
        size = option.rect.size()
        return (option.text, size.width(), size.height(), int(option.state.value),
                int(option.features.value), option.icon.cacheKey(), self.property("role"),
                self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        look = self._look(option)
        pixmap = self._looks.get(look)
        if pixmap is None:
            if look not in self._seen:
                if len(self._seen) >= 4 * _LOOKS_KEPT:
                    self._seen.clear()
                self._seen.add(look)
                super().paintEvent(event)  # seen once: it may never come back
                return
            pixmap = self._draw(option)
            if len(self._looks) >= _LOOKS_KEPT:
                self._looks.clear()
            self._looks[look] = pixmap
        painter = QPainter(self)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()

    def _draw(self, option: QStyleOptionButton) -> QPixmap:
        """The look as QPushButton::paintEvent draws it, on a transparent pixmap."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setFont(self.font())
        painter.setPen(self.palette().buttonText().color())
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.end()
        return pixmap
