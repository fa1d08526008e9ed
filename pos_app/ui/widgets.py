"""Small shared widgets: buttons with a role, the status line, labelled amounts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from .button import Button
from .theme import STATUS_COLOURS, STATUS_PADDING, STATUS_RADIUS, TOUCH_HEIGHT

__all__ = [
    "StatusLine",
    "button",
    "keep_place",
    "label",
    "refresh_style",
    "relabel",
    "set_style",
    "shortcut",
    "text_field",
]


def refresh_style(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_style(widget: QWidget, name: str, value: str) -> None:
    """Set a property the stylesheet reads; re-polish only when it changed (polish is slow)."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        refresh_style(widget)


def keep_place(widget: QWidget) -> None:
    """Hiding `widget` leaves its space empty: nothing else moves (and nothing is laid out
    again) when it comes and goes."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def button(text: str, *, role: str = "", name: str | None = None, key: str | None = None,
           parent: QWidget | None = None) -> QPushButton:
    """A touch-sized button; `key` (e.g. "F5") is shown on it and bound as its shortcut."""
    caption = f"{text}  [{key}]" if key else text
    widget = Button(caption, parent)
    widget.setMinimumHeight(TOUCH_HEIGHT if role != "nav" else 40)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(name or text)
    if key:
        widget.setShortcut(QKeySequence(key))
        widget.setToolTip(f"{text} ({key})")
    return widget


def relabel(widget: QPushButton, text: str, key: str) -> None:
    """setText() also resets a button's shortcut to the text's mnemonic: bind `key` again."""
    widget.setText(text)
    widget.setShortcut(QKeySequence(key))


def text_field(placeholder: str, name: str, *, secret: bool = False) -> QLineEdit:
    """A touch-sized field; `secret` masks what is typed (card data: only last 4 ever show)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setMinimumHeight(48)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def label(text: str = "", *, role: str = "", name: str | None = None,
          parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setAccessibleName(name)
    return widget


def shortcut(parent: QWidget, key: str, slot: object) -> QShortcut:
    """A shortcut that works anywhere in `parent`'s window while `parent` is visible."""
    found = QShortcut(QKeySequence(key), parent)
    found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found.activated.connect(slot)
    return found


class StatusLine(QLabel):
    """What just happened and what to do next: info, ok, warn, error, or busy (…).

    It paints its own rounded box in the kind's colours (`theme.STATUS_COLOURS`): a new kind
    is a repaint, not a re-styling through the stylesheet. It asks for room for `LINES` lines
    whatever it shows, so that in a `Slot` a message coming, going or growing moves nothing;
    a message longer than that is drawn smaller until it fits.
    """

    LINES = 2
    _FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Status")
        self.setMinimumHeight(48)
        self._kind = "info"
        self._layout: tuple[tuple[str, int, int, str, str], QStaticText, QFont, QPointF] | None \
            = None
        # Where an error must not be missed (a decline on the pay screen), it is drawn this
        # much larger — still fitted into the same box, so nothing around it moves.
        self.error_scale = 1.0
        self.lines = self.LINES  # the room it keeps, in lines of its own font
        self.setVisible(False)

    def show_message(self, text: str, kind: str = "info") -> None:
        if text != self.text():
            self.setText(text)
        if kind != self._kind:
            self._kind = kind
            self.setAccessibleDescription(kind)
            self.update()
        self.setVisible(bool(text))  # Qt returns at once when nothing changes

    @property
    def kind(self) -> str:
        return self._kind

    def _height(self) -> int:
        text = self.fontMetrics().lineSpacing() * self.lines
        return max(self.minimumHeight(), text + 2 * STATUS_PADDING)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def _inside(self) -> QRect:
        return self.rect().adjusted(STATUS_PADDING, STATUS_PADDING,
                                    -STATUS_PADDING, -STATUS_PADDING)

    def text_font(self) -> QFont:
        """The font the message is drawn in: the widget's, or smaller until it fits."""
        box = self._inside()
        font = QFont(self.font())
        if self._kind == "error" and self.error_scale != 1.0:
            if font.pixelSize() > 0:
                font.setPixelSize(round(font.pixelSize() * self.error_scale))
            else:
                font.setPointSizeF(font.pointSizeF() * self.error_scale)
            font.setBold(True)
        if QFontMetrics(font).horizontalAdvance(self.text()) <= box.width():
            return font  # one line: it fits (no need to lay it out to know)
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF())
        while size > 9 and QFontMetrics(font).boundingRect(
                box, int(self._FLAGS), self.text()).height() > box.height():
            size -= 1
            if font.pixelSize() > 0:
                font.setPixelSize(size)
            else:
                font.setPointSize(size)
        return font

    def _laid_out(self) -> tuple[QStaticText, QFont, QPointF]:
        """The message laid out once for its text and size (each repaint reuses it)."""
        key = (self.text(), self.width(), self.height(), self.font().key(), self._kind)
        if self._layout is None or self._layout[0] != key:
            box, font = self._inside(), self.text_font()
            text = QStaticText(self.text())
            text.setTextFormat(Qt.TextFormat.PlainText)  # a message is never markup
            text.setTextWidth(box.width())
            text.prepare(QTransform(), font)
            top = box.top() + max(0.0, (box.height() - text.size().height()) / 2)
            self._layout = (key, text, font, QPointF(box.left(), top))
        return self._layout[1:]

    def paintEvent(self, event: QPaintEvent) -> None:
        background, ink = STATUS_COLOURS.get(self._kind, STATUS_COLOURS["info"])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(self.rect()), STATUS_RADIUS, STATUS_RADIUS)
        if self.text():
            text, font, at = self._laid_out()
            painter.setPen(QColor(ink))
            painter.setFont(font)
            painter.drawStaticText(at, text)
        painter.end()
