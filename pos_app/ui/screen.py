"""The base of every screen: a title, a status line, its tasks, and the hooks the window calls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pos_app.hardware import CardRead

from .services import UiServices
from .tasks import UiTasks
from .widgets import StatusLine

__all__ = ["Screen"]


class Screen(QWidget):
    """A page of the main window. Subclasses lay out their widgets and override the hooks."""

    title = "Screen"
    navigate = Signal(str)  # ask the window to show another screen by its key

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.status = StatusLine(self)
        self.tasks = UiTasks(self.status)
        self.setAccessibleName(self.title)

    def on_shown(self) -> None:
        """Called each time the window switches to this screen (refresh, focus)."""

    def card_swiped(self, card: CardRead) -> bool:
        """A card was swiped while this screen is showing; True if the screen took it."""
        return False

    def back(self) -> bool:
        """Esc: close what is open on this screen; True if something was closed."""
        return False
