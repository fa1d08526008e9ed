"""Slots: what changes inside one moves nothing outside it; the status line keeps its room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_app.ui.build import build_window
from pos_app.ui.services import UiServices
from pos_app.ui.slot import Slot
from pos_app.ui.tender_screen import TenderScreen
from pos_app.ui.widgets import StatusLine

LONG = ("Gift card ····0123 paid $25.00 · card balance $0.00 · Remaining due $37.50 — "
        "now take the rest by card or cash, or press Cancel sale to reverse the gift card.")


def _column(qtbot: QtBot, slotted: bool) -> tuple[QWidget, QLabel, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    text = QLabel("Short")
    text.setWordWrap(True)
    below = QPushButton("Below")
    box.addWidget(Slot(text) if slotted else text)
    box.addWidget(below)
    box.addStretch(1)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, text, below


def test_a_slot_keeps_a_growing_label_from_moving_what_is_below(qtbot: QtBot) -> None:
    bare_window, bare, bare_below = _column(qtbot, slotted=False)
    held_window, held, held_below = _column(qtbot, slotted=True)
    before = bare_below.geometry(), held_below.geometry()
    bare.setText(LONG)
    held.setText(LONG)
    QApplication.processEvents()
    QApplication.processEvents()
    assert bare_below.geometry() != before[0]  # without a slot, the button is pushed down
    assert held_below.geometry() == before[1]  # in a slot, it stays where the hand expects it
    assert held.geometry() == held.parentWidget().rect()  # the label still fills its slot
    assert bare_window.isVisible() and held_window.isVisible()


def test_a_slot_can_be_refitted_when_its_content_changes_for_good(qtbot: QtBot) -> None:
    _window, held, below = _column(qtbot, slotted=True)
    slot = held.parentWidget()
    assert isinstance(slot, Slot)
    top = below.y()
    held.setText(LONG)
    slot.refit()
    qtbot.waitUntil(lambda: below.y() > top)
    assert slot.height() >= held.heightForWidth(slot.width())


def test_pay_screen_messages_and_amounts_move_no_button(qtbot: QtBot,
                                                       services: UiServices) -> None:
    """Whatever the status line says, and however large the due, the tender buttons and the
    sale's buttons stay put, and a two-line message shows whole."""
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    services.checkout.add_item("Jacket", 6250)
    window.show_screen("tender")
    pay = window.screens["tender"]
    assert isinstance(pay, TenderScreen)
    QApplication.processEvents()
    buttons = (pay.gift_button, pay.card_button, pay.cash_button, pay.cancel_button)
    placed = [b.mapTo(window, b.rect().topLeft()) for b in buttons]
    for text, kind in (("Checking the gift card…", "busy"), (LONG, "warn"), ("", "info")):
        pay.status.show_message(text, kind)
        services.checkout.add_item("Boots", 87_654_32)  # a much wider due
        QApplication.processEvents()
        QApplication.processEvents()
        assert [b.mapTo(window, b.rect().topLeft()) for b in buttons] == placed, text
        if text:
            assert pay.status.heightForWidth(pay.status.width()) <= pay.status.height(), text
    assert pay.due.text() == "Remaining due $263,025.46"  # $62.50 + 3 * $87,654.32


def test_a_status_message_too_long_for_two_lines_is_drawn_smaller_to_fit(
        qtbot: QtBot, qloop: object) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QVBoxLayout(holder)
    status = StatusLine()
    box.addWidget(Slot(status))
    box.addStretch(1)
    holder.resize(500, 300)
    holder.show()
    qtbot.waitExposed(holder)
    status.show_message("Added Coffee $3.50", "info")
    assert status.text_font().pixelSize() == status.font().pixelSize()
    status.show_message(LONG, "warn")
    smaller = status.text_font()
    assert smaller.pixelSize() < status.font().pixelSize()
    inside = status.rect().adjusted(10, 10, -10, -10)
    needed = QFontMetrics(smaller).boundingRect(
        inside, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), status.text())
    assert needed.height() <= inside.height()
    assert status.kind == "warn" and status.accessibleDescription() == "warn"
    image = status.grab().toImage()
    assert image.pixelColor(status.width() // 2, 2).name() == "#fff4d6"  # the warn colour
