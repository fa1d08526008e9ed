"""An app-wide key filter that recognises a keyboard-wedge card swipe and swallows it."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from .classify import CardRead, SwipeError
from .tracks import looks_like_swipe_start, mask_swipe_text, parse_swipe

__all__ = ["SwipeDetector", "SwipeDiagnostics"]

MIN_SWIPE_CHARS = 3  # `;E?`, a bad read, is the shortest thing a reader types before Enter
MAX_SWIPE_CHARS = 320  # three full tracks with sentinels and LRCs fit well within this
_COMPLETE_WITHOUT_ENTER = 10  # a reader set to send no Enter: a burst this long ending in `?`

_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)
_ENTER_KEYS = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift.value, Qt.Key.Key_CapsLock.value, Qt.Key.Key_AltGr.value}
)
_TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True, slots=True)
class SwipeDiagnostics:
    """How the last swipe arrived, for a diagnostics screen. Holds masked text only."""

    masked_text: str
    char_count: int
    duration_ms: float
    max_gap_ms: float
    result: Literal["ok", "error"]
    reason: str | None = None  # SwipeError.reason when result is "error"


@dataclass(frozen=True, slots=True)
class _Key:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class _ReplayedKey(QKeyEvent):
    """A key handed back to the widget it was meant for; the filter lets it through."""


class SwipeDetector(QObject):
    """`install()` it once the QApplication exists; it follows the keyboard focus.

    A burst starts at `%` or `;`; while it lasts, key presses (and their releases) are
    swallowed whatever widget has focus. Enter ends it: the card goes out on `swiped` or the
    cashier-facing message on `swipe_failed`. A key slower than `max_gap_ms`, a key no reader
    types, or silence before Enter means a person was typing: the buffered keys go back to the
    widget that had focus, in order."""

    swiped = Signal(object)  # CardRead
    swipe_failed = Signal(str)  # SwipeError.user_message

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: float = 50,
        now: Callable[[], float] = time.monotonic,
        flush_after_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._enabled = True
        self._keys: list[_Key] = []
        self._target: QObject | None = None
        self._started = 0.0
        self._last = 0.0
        self._max_seen_gap = 0.0
        self._pending_releases: Counter[int] = Counter()
        self._watched: list[QObject] = []  # the focus widget and the top-level windows
        self._replaying = 0
        self._last_swipe: SwipeDiagnostics | None = None
        self._flush_after_ms = flush_after_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._max_gap_ms = 0.0
        self.set_max_gap_ms(max_gap_ms)

    # -- public API -------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        if not value:
            self.flush()
        self._enabled = value

    @property
    def max_gap_ms(self) -> float:
        return self._max_gap_ms

    def set_max_gap_ms(self, ms: float) -> None:
        """The longest pause between a reader's keys (readers type every 1-10 ms)."""
        if ms <= 0:
            raise ValueError("max_gap_ms must be positive")
        self._max_gap_ms = float(ms)
        flush_after = self._flush_after_ms
        self._timer.setInterval(int(flush_after if flush_after is not None else ms * 3))

    @property
    def last_swipe(self) -> SwipeDiagnostics | None:
        return self._last_swipe

    @property
    def buffering(self) -> bool:
        """True while keys are being held back as a possible swipe."""
        return bool(self._keys)

    def install(self) -> None:
        """Watch the keys of whatever has the keyboard focus, and of each top-level window
        (it gets the keys when nothing in it has focus); the watch moves with the focus.

        Not an application-wide filter: that is called for every event of every object
        (paint, layout, timers) and, written in Python, costs more than a screen change."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("no QApplication yet")
        app.focusChanged.connect(self._focus_moved)
        app.focusWindowChanged.connect(self._window_focused)
        for widget in app.topLevelWidgets():
            self._watch(widget)
        self._focus_moved(None, app.focusWidget())

    def uninstall(self) -> None:
        self.flush()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
            app.focusWindowChanged.disconnect(self._window_focused)
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched.clear()

    def _watch(self, target: QObject | None) -> None:
        if target is not None and target not in self._watched:
            target.installEventFilter(self)
            self._watched.append(target)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old in self._watched and not old.isWindow():
            self._watched.remove(old)
            if shiboken6.isValid(old):
                old.removeEventFilter(self)
        self._watched = [w for w in self._watched if shiboken6.isValid(w)]
        if new is not None:
            self._watch(new.window())
            self._watch(new)

    def _window_focused(self, _window: QWindow | None) -> None:
        self._watch(QApplication.activeWindow())

    def flush(self) -> None:
        """End the burst now, as the timer does after a silence: a complete swipe (a reader
        set to send no Enter) is handled as one; anything else goes back as typing."""
        self._timer.stop()
        if not self._keys:
            return
        text = "".join(k.text for k in self._keys)
        if len(text) >= _COMPLETE_WITHOUT_ENTER and "?" in text[-2:]:
            self._handle_swipe()
        else:
            self._give_back()

    # -- the filter -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._enabled or event.type() not in _KEY_EVENTS:
            return False
        if not isinstance(event, QKeyEvent) or isinstance(event, _ReplayedKey):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._on_press(watched, event)
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(event)
        return self._on_shortcut_override(event)

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        now = self._now()
        if not self._keys:
            if _typed_by_a_person(event) or not looks_like_swipe_start(event.text()):
                return False
            self._start(watched, event, now)
            return True
        gap_ms = (now - self._last) * 1000
        if gap_ms > self._max_gap_ms or _typed_by_a_person(event):
            self.flush()
            return self._on_press(watched, event)  # idle now; this key may start a new burst
        self._last = now
        self._max_seen_gap = max(self._max_seen_gap, gap_ms)
        key, text = event.key(), event.text()
        if key in _ENTER_KEYS:
            if len(self._keys) < MIN_SWIPE_CHARS:
                self._give_back()
                return False  # Enter itself goes on as typed
            self._pending_releases[key] += 1
            self._handle_swipe()
            return True
        if key in _MODIFIER_KEYS:  # the reader holds Shift for `%`, `^`, `?` and letters
            self._pending_releases[key] += 1
            return True
        if len(text) != 1 or not (text.isascii() and text.isprintable()):
            self._give_back()  # an arrow, Backspace, Escape…: a person
            return False
        self._buffer(event)
        if len(self._keys) > MAX_SWIPE_CHARS:
            self._give_back()
        return True

    def _on_release(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._pending_releases[key] > 0:
            self._pending_releases[key] -= 1
            return True
        del self._pending_releases[key]
        return False

    def _on_shortcut_override(self, event: QKeyEvent) -> bool:
        # Claim the key for the focus widget so that no single-key shortcut fires mid-burst;
        # the press that follows is then ours. Replays get Qt's normal shortcut handling.
        if self._replaying or _typed_by_a_person(event):
            return False
        if self._keys:
            within_gap = (self._now() - self._last) * 1000 <= self._max_gap_ms
        else:
            within_gap = looks_like_swipe_start(event.text())
        if within_gap:
            event.accept()
        return within_gap

    # -- burst state ------------------------------------------------------------------------

    def _start(self, watched: QObject, event: QKeyEvent, now: float) -> None:
        target = watched.focusObject() if isinstance(watched, QWindow) else watched
        self._target = target if target is not None else watched
        self._started = self._last = now
        self._max_seen_gap = 0.0
        self._buffer(event)

    def _buffer(self, event: QKeyEvent) -> None:
        self._keys.append(_Key(event.key(), event.modifiers(), event.text()))
        self._pending_releases[event.key()] += 1
        self._timer.start()

    def _reset(self) -> None:
        self._timer.stop()
        self._keys = []
        self._target = None

    def _handle_swipe(self) -> None:
        text = "".join(k.text for k in self._keys)
        duration_ms = (self._last - self._started) * 1000
        count, masked = len(text), mask_swipe_text(text)
        self._reset()
        try:
            card: CardRead = parse_swipe(text)
        except SwipeError as exc:
            self._diagnose(masked, count, duration_ms, "error", exc.reason)
            self.swipe_failed.emit(exc.user_message)
            return
        finally:
            del text
        self._diagnose(masked, count, duration_ms, "ok", None)
        self.swiped.emit(card)

    def _diagnose(
        self,
        masked: str,
        count: int,
        duration_ms: float,
        result: Literal["ok", "error"],
        reason: str | None,
    ) -> None:
        self._last_swipe = SwipeDiagnostics(
            masked, count, round(duration_ms, 1), round(self._max_seen_gap, 1), result, reason
        )

    def _give_back(self) -> None:
        """Re-deliver the held keys, in order, to the object that had focus when they began."""
        keys, target = self._keys, self._target
        self._reset()
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying += 1
        try:
            for key in keys:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    replay = _ReplayedKey(kind, key.key, key.modifiers, key.text)
                    QCoreApplication.sendEvent(target, replay)
        finally:
            self._replaying -= 1


def _typed_by_a_person(event: QKeyEvent) -> bool:
    return event.isAutoRepeat() or bool(event.modifiers() & _TYPING_MODIFIERS)
