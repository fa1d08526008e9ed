"""Run a coroutine from a click: disable what must not be pressed twice, show progress, errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from pos_app.lang import N_

from .widgets import StatusLine

__all__ = ["UiTasks", "user_message"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

UNEXPECTED = (N_("Something went wrong on this register — the sale is safe in the journal. "
              "Try again; if it repeats, call a manager."))


def user_message(exc: BaseException) -> str:
    """The cashier's sentence for any failure: its `user_message`, else a safe generic one."""
    message = getattr(exc, "user_message", None)
    return message if isinstance(message, str) and message else UNEXPECTED


class UiTasks:
    """Owns the screen's background tasks (cancelled on close) and their status line.

    `run()` disables the triggers in plain code *before* the task starts (an asyncSlot body
    starts a loop turn later, so a double click would otherwise send two requests).
    """

    def __init__(self, status: StatusLine) -> None:
        self.status = status
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        coro: Coroutine[Any, Any, _T],
        *,
        busy: str,
        disable: Iterable[QWidget] = (),
        done: Callable[[_T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[_T]:
        widgets = [w for w in disable if w.isEnabled()]
        for widget in widgets:
            widget.setEnabled(False)
        self.status.show_message(busy, "busy")
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(task: asyncio.Task[_T]) -> None:
            self._tasks.discard(task)
            if not shiboken6.isValid(self.status):
                return  # the window closed while the step ran: nothing left to show
            for widget in widgets:
                widget.setEnabled(True)
            if task.cancelled():
                return
            exc = task.exception()
            if exc is None:
                if self.status.kind == "busy":
                    self.status.show_message("", "info")
                if done is not None:
                    done(task.result())
                return
            if getattr(exc, "user_message", None) is None:
                log.error("unexpected failure in a UI task", exc_info=exc)
            self.status.show_message(user_message(exc), "error")
            if failed is not None:
                failed(exc)

        task.add_done_callback(finished)
        return task

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
