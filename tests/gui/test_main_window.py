"""The main window: training banner, screens switched by function keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.ui.main_window import MainWindow
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices


def test_training_banner_and_function_keys(qtbot: QtBot, services: UiServices) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    first, second = Screen(services), Screen(services)
    window.add_screen("one", first, "One", "F1")
    window.add_screen("two", second, "Two", "F2")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen("one")

    assert window.training_banner.isVisible()
    assert "TRAINING MODE" in window.training_banner.text()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current is second)
