"""Spreading a large change of the screen over turns of the event loop.

Qt paints what changed right after the handler that changed it, in the same turn of the loop,
and runs a queued call (`QTimer.singleShot(0, …)`) in that same turn too. A screen change or
a finished sale done in one go held the loop for 10-15 ms: a card reader's next keys and a
payment's answer waited behind it. These helpers put the next part in a later turn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["next_turn", "paint_next_turn"]


def next_turn(owner: QObject, then: Callable[[], None]) -> None:
    """Run `then` in a later turn of the event loop (a zero timer, after what is already
    waiting); never once `owner` is gone."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(then)
    timer.timeout.connect(timer.deleteLater)
    timer.start()


def paint_next_turn(widget: QWidget) -> None:
    """What changes in `widget` this turn is laid out now and painted in the next turn (all
    of it: call this only for a change that repaints most of the widget anyway)."""
    if widget.updatesEnabled():
        widget.setUpdatesEnabled(False)
        next_turn(widget, lambda: widget.setUpdatesEnabled(True))
