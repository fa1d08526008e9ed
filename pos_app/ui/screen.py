"""The base of every screen: a title, a status line, its tasks, and the hooks the window calls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pos_app.hardware import CardRead
from pos_app.lang import N_

from .i18n import tr
from .services import UiServices
from .slot import Slot
from .tasks import UiTasks
from .turns import next_turn
from .widgets import StatusLine

__all__ = ["Screen"]


class Screen(QWidget):
    """A page of the main window. Subclasses lay out their widgets and override the hooks."""

    title = N_("Screen")
    navigate = Signal(str)  # ask the window to show another screen by its key

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.status = StatusLine()
        # Screens lay out `status_slot`: a message coming or going moves nothing else.
        self.status_slot = Slot(self.status, parent=self)
        self.tasks = UiTasks(self.status)
        self.setAccessibleName(tr(self.title))
        self._refresh_queued = False
        self._stale = True  # something changed since `prepare` last showed the state

    def refresh(self) -> None:
        """Show the current state (subclasses); sends no request."""

    def refresh_later(self) -> None:
        """Refresh once this loop turn is over: a payment writes the journal several times in
        one turn, and each write must not lay out and paint the screen again. A hidden screen
        waits: it is brought up to date when it is shown."""
        if not self.isVisible():
            self._stale = True
            return
        if self._refresh_queued:
            return
        self._refresh_queued = True
        next_turn(self, self._queued_refresh)  # dropped if the screen is gone

    def _queued_refresh(self) -> None:
        self._refresh_queued = False
        self.refresh()

    def refresh_if_shown(self) -> None:
        """Something it shows changed: refresh now if shown, else when it is shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def prepare(self) -> None:
        """About to be shown: show the current state already (cheap while hidden)."""
        self.refresh()
        self._stale = False

    def shown(self, *, prepared: bool = False) -> None:
        """The window shows this screen now: up to date (`prepare` again, unless the window
        just did and nothing changed since: a journal read or a table built once), then
        `on_shown`."""
        if not prepared or self._stale:
            self.prepare()
        self.on_shown()

    def rehearse(self) -> None:
        """Paint this screen off screen as the window shows it, twice, before the first sale:
        that sale then paints from what is ready (polished widgets, laid-out text, glyphs,
        button pixmaps) instead of making it all in the middle of a payment."""
        for _ in range(2):
            self.grab()

    def on_shown(self) -> None:
        """Called each time the window switches to this screen, up to date (focus)."""

    def card_swiped(self, card: CardRead) -> bool:
        """A card was swiped while this screen is showing; True if the screen took it."""
        return False

    def back(self) -> bool:
        """Esc: close what is open on this screen; True if something was closed."""
        return False
