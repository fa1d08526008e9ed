"""A Button paints what a QPushButton paints, from the pixmap it keeps of each look."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos_app.ui.button import Button

ROLES = ("", "primary", "tender", "key", "danger", "nav")
# Drawing onto a transparent pixmap, then onto the window, rounds an antialiased edge pixel by
# a unit now and then; anything more is a different look.
SAME = 2


def _pair(qtbot: QtBot, role: str, text: str) -> tuple[QWidget, QPushButton, Button]:
    window = QWidget()
    qtbot.addWidget(window)
    plain, cached = QPushButton(text, window), Button(text, window)
    for widget, x in ((plain, 0), (cached, 260)):
        if role:
            widget.setProperty("role", role)
        widget.setCheckable(role == "nav")
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # until a test gives one the focus
        widget.setGeometry(x, 0, 240, 90)
    window.resize(520, 100)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, plain, cached


def _pixels(widget: QWidget) -> bytes:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())


def _alike(a: bytes, b: bytes, width: int) -> bool:
    """The same picture but for rounding; else says where the first pixels differ."""
    assert len(a) == len(b)
    unlike = sorted({i // 4 for i, (x, y) in enumerate(zip(a, b, strict=True))
                     if abs(x - y) > SAME})
    if unlike:
        print(f"{len(unlike)} pixels differ, first at",
              [(i % width, i // width) for i in unlike[:8]])
    return not unlike


def _looks_alike(one: QWidget, other: QWidget) -> bool:
    return _alike(_pixels(one), _pixels(other), one.width())


def _each(plain: QPushButton, cached: Button, change: Callable[[QPushButton], object]) -> None:
    change(plain)
    change(cached)
    QApplication.processEvents()


@pytest.mark.parametrize("role", ROLES)
def test_every_look_matches_a_plain_push_button(qtbot: QtBot, qloop: object,
                                                role: str) -> None:
    window, plain, cached = _pair(qtbot, role, "Pay $62.50  [F5]")
    for _ in range(3):  # drawn directly, then into the pixmap it keeps, then from it
        assert _looks_alike(cached, plain)
    for change in (lambda b: b.setDown(True), lambda b: b.setDown(False),
                   lambda b: b.setEnabled(False), lambda b: b.setEnabled(True),
                   lambda b: b.setChecked(True), lambda b: b.setText("Card  [F7]"),
                   lambda b: b.resize(200, 60)):
        _each(plain, cached, change)
        assert _looks_alike(cached, plain)
        assert _looks_alike(cached, plain)
    if role == "nav":
        return  # the screen tabs never take the focus: F-keys and clicks switch screens
    unfocused = _pixels(cached)
    looks = []
    for widget in (plain, cached):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert widget.hasFocus()
        looks.append(_pixels(widget))
    assert looks[1] != unfocused  # the focus ring shows…
    assert _alike(looks[0], looks[1], cached.width())  # …as it does on a plain button
    assert window.isVisible()


def test_a_new_caption_shows_at_once(qtbot: QtBot, qloop: object) -> None:
    window, _plain, cached = _pair(qtbot, "key", "7")
    seven = [_pixels(cached) for _ in range(3)]  # direct, into its pixmap, from its pixmap
    assert seven[0] == seven[1] == seven[2]
    cached.setText("8")
    eight = [_pixels(cached) for _ in range(3)]
    assert all(look != seven[0] for look in eight)
    cached.setText("7")
    assert _pixels(cached) == seven[0]
    assert window.isVisible()
