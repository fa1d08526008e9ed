"""The main window: top bar with the screens and their function keys, training banner, pages."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app import __version__
from pos_app.hardware import CardRead

from .screen import Screen
from .services import UiServices
from .widgets import button

__all__ = ["MainWindow"]

TRAINING_TEXT = "TRAINING MODE — nothing here has value. {reason}"
NO_TAKER = "Card read, but no screen is waiting for a card — press Pay (F2) or Gift cards (F3)."


class MainWindow(QMainWindow):
    """Screens are added with `add_screen`; F-keys switch between them, Esc backs out."""

    def __init__(self, services: UiServices) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(f"Counter POS {__version__}" + (" — TRAINING" if services.training
                                                             else ""))
        self.screens: dict[str, Screen] = {}
        self._nav = QButtonGroup(self)
        self._nav.setExclusive(True)
        self.stack = QStackedWidget()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar())
        self.training_banner = QLabel(TRAINING_TEXT.format(reason=services.training_reason))
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.setAccessibleName("Training mode banner")
        self.training_banner.setVisible(services.training)
        layout.addWidget(self.training_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # 1280x800 where it fits; on a smaller counter screen, all of it (every screen's
        # layout fits 1280x768 with its title bar).
        self.resize(min(1280, room.width()) if room else 1280,
                    min(800, room.height()) if room else 800)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        if services.swipe is not None:
            services.swipe.swiped.connect(self._card_swiped)
            services.swipe.swipe_failed.connect(self._swipe_failed)

    def _top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        self._bar = QHBoxLayout(bar)
        self._bar.setContentsMargins(12, 4, 12, 4)
        brand = QLabel("Counter POS")
        brand.setObjectName("brand")
        self._bar.addWidget(brand)
        self._bar.addSpacing(24)
        self._nav_end = self._bar.count()
        self._bar.addStretch(1)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self._bar.addWidget(self.clock)
        self._tick()
        timer = QTimer(self)
        timer.timeout.connect(self._tick)
        timer.start(15_000)
        return bar

    def _tick(self) -> None:
        self.clock.setText(time.strftime("%a %d %b  %H:%M"))

    def add_screen(self, key: str, screen: Screen, label: str, fkey: str | None = None) -> None:
        self.screens[key] = screen
        self.stack.addWidget(screen)
        screen.navigate.connect(self.show_screen)
        nav: QPushButton = button(label, role="nav", key=fkey, name=f"Show {label}")
        nav.setCheckable(True)
        nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.clicked.connect(lambda: self.show_screen(key))
        self._nav.addButton(nav)
        self._bar.insertWidget(self._nav_end, nav)
        self._nav_end += 1
        screen.setProperty("navButton", nav)

    def show_screen(self, key: str) -> None:
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        nav = screen.property("navButton")
        if isinstance(nav, QPushButton):
            nav.setChecked(True)
        screen.on_shown()

    @property
    def current(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def _escape(self) -> None:
        screen = self.current
        if screen is not None:
            screen.back()

    def _card_swiped(self, card: CardRead) -> None:
        screen = self.current
        if screen is not None and not screen.card_swiped(card):
            screen.status.show_message(NO_TAKER, "warn")

    def _swipe_failed(self, message: str) -> None:
        screen = self.current
        if screen is not None:
            screen.status.show_message(message, "error")

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = self.services.checkout.busy or any(s.tasks.running for s in self.screens.values())
        if busy:
            event.ignore()
            screen = self.current
            if screen is not None:
                screen.status.show_message(
                    "Wait — a payment is in progress. Close the register when it has finished.",
                    "warn")
            return
        event.accept()
