"""The main window: top bar with the screens and their function keys, training banner, pages."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
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

from .slot import Slot
from .turns import next_turn, paint_next_turn
from .widgets import button

if TYPE_CHECKING:  # the window shows before the checkout stack is imported (start-up time)
    from pos_app.hardware import CardRead

    from .screen import Screen
    from .services import UiServices

__all__ = ["MainWindow"]

TRAINING_TEXT = "TRAINING MODE — nothing here has value. {reason}"
NO_TAKER = "Card read, but no screen is waiting for a card — press Pay (F2) or Gift cards (F3)."
STARTING = "Starting Counter POS — checking the journal…"
NOT_READY = ("\n\nNot ready for keys yet: {what} not taken. "
             "Type {them} again when the Sale screen shows.")
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
              Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)
REFUSED = ("{what} pressed while Counter POS was starting {were} not taken — "
           "type {them} again.")
LOCK_KEY = "Ctrl+F12"
# What the idle timer counts as someone at the register.
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.TouchBegin})
# Screens anyone signed in may see; the others need an open shift as well.
_NEEDS_SHIFT = frozenset({"sale", "tender"})


class MainWindow(QMainWindow):
    """Screens are added with `add_screen`; F-keys switch between them, Esc backs out.

    `MainWindow()` is the frame alone, shown at once while the rest of the app loads;
    `attach(services)` connects it to the app's parts (training banner, card reader, close).
    """

    def __init__(self, services: UiServices | None = None) -> None:
        super().__init__()
        self.services: UiServices | None = None
        self.setWindowTitle(f"Counter POS {__version__}")
        self.screens: dict[str, Screen] = {}
        self._current: str | None = None
        self._refused_keys = 0  # pressed while starting, with no screen to take them
        self._refused_swipes = 0
        self.last_activity = time.monotonic()
        self._idle = QTimer(self)
        self._idle.timeout.connect(self.check_idle)
        self._nav = QButtonGroup(self)
        self._nav.setExclusive(True)
        self.stack = QStackedWidget()
        self.starting = QLabel(STARTING)
        self.starting.setObjectName("starting")
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.starting.setAccessibleName("Starting")
        self.stack.addWidget(self.starting)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar())
        self.training_banner = QLabel()
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.setAccessibleName("Training mode banner")
        self.training_banner.setVisible(False)
        layout.addWidget(self.training_banner)
        self._pages = Slot(self.stack)  # what changes in a screen re-lays out that screen alone
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # 1280x800 where it fits; on a smaller counter screen, all of it (every screen's
        # layout fits 1280x768 with its title bar).
        self.resize(min(1280, room.width()) if room else 1280,
                    min(800, room.height()) if room else 800)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        if services is not None:
            self.attach(services)

    def attach(self, services: UiServices) -> None:
        """The app's parts are built: show the mode, take card swipes, guard closing."""
        if self.services is services:
            return  # attached early (start-up), then again by build_window
        self.services = services
        training = services.training
        self.setWindowTitle(f"Counter POS {__version__}" + (" — TRAINING" if training else ""))
        self.training_banner.setText(TRAINING_TEXT.format(reason=services.training_reason))
        self.training_banner.setVisible(training)
        if services.swipe is not None:
            services.swipe.swiped.connect(self._card_swiped)
            services.swipe.swipe_failed.connect(self._swipe_failed)
        self.lock_button.setVisible(True)
        app = QApplication.instance()
        if app is not None:  # the minutes are read at each check: Settings applies them live
            app.installEventFilter(self)
            self._idle.start(15_000)  # checked four times a minute: nobody notices 15 s

    # -- who is at the register: sign-in, lock, idle lock -----------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check_idle(self) -> None:
        services = self.services
        if services is None or services.staff.current is None:
            return
        minutes = services.settings.lock_after_minutes
        if minutes and time.monotonic() - self.last_activity >= minutes * 60:
            if services.checkout.busy:
                return  # never in the middle of a payment: next check
            self.lock(f"idle {minutes} min")

    def lock(self, reason: str = "Lock key") -> None:
        """Sign out and show the sign-in screen; the sale in progress stays as it is."""
        services = self.services
        if services is None:
            return
        from pos_app.staff import AuditKind  # noqa: PLC0415 - the frame shows before it

        services.staff.sign_out(AuditKind.REGISTER_LOCKED, reason)
        from .approval import ApprovalDialog  # noqa: PLC0415 - as above

        for dialog in self.findChildren(ApprovalDialog):  # an approval asked for the one who left
            dialog.reject()
        self.who.setText("Counter POS")
        self.show_screen("signin")

    def signed_in(self) -> None:
        """Someone signed in: where they left off, or where they must start."""
        services = self.services
        if services is None or services.staff.current is None:
            return
        person = services.staff.current
        # Elided: a long name must not push the top bar past a 1280-pixel screen.
        self.who.setText(self.who.fontMetrics().elidedText(
            person.name, Qt.TextElideMode.ElideRight, 150))
        self.who.setToolTip(f"{person.name} ({person.role.label}) is signed in")
        if services.recovery or services.desk_recovery:
            self.go_to("recovery")
        elif services.shifts.shift is None:
            self.go_to("shift")
        else:
            self.go_to("sale")

    def _gate(self, key: str) -> str:
        """The screen the cashier may have instead of `key`: sign-in first, and no sale
        without an open shift."""
        services = self.services
        if services is None or key == "signin":
            return key
        if services.staff.current is None:
            return "signin"
        from pos_app.staff import Action  # noqa: PLC0415 - loaded by now; not before the frame

        if key == "settings" and not services.staff.may(Action.SETTINGS):
            # A cashier could otherwise switch off the cash-out approval, say.
            here = self._current or "sale"
            self.screens[here].status.show_message(
                "Settings are for a manager or the owner: Lock (Ctrl+F12), then they sign in.",
                "warn")
            return here
        if key in _NEEDS_SHIFT and "shift" in self.screens:
            refusal = services.shifts.sale_refusal()
            if refusal is not None:
                self.screens["shift"].status.show_message(refusal, "warn")
                return "shift"
        return key

    def _top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        self._bar = QHBoxLayout(bar)
        self._bar.setContentsMargins(12, 4, 12, 4)
        # The brand until someone signs in; then who is signed in (the bar has no room for both).
        self.who = QLabel("Counter POS")
        self.who.setObjectName("brand")
        self.who.setAccessibleName("Signed in")
        self._bar.addWidget(self.who)
        self._bar.addSpacing(8)
        self._nav_end = self._bar.count()
        self._bar.addStretch(1)
        # The key is bound, not printed on it: the top bar has no room for another caption.
        self.lock_button = button("Lock", role="nav", name="Lock the register")
        self.lock_button.setShortcut(QKeySequence(LOCK_KEY))
        self.lock_button.setToolTip(f"Lock the register ({LOCK_KEY})")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.clicked.connect(lambda _checked=False: self.lock("Lock key"))
        self.lock_button.setVisible(False)
        self._bar.addWidget(self.lock_button)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self._bar.addWidget(self.clock)
        self._tick()
        timer = QTimer(self)
        timer.timeout.connect(self._tick)
        timer.start(15_000)
        return bar

    def _tick(self) -> None:
        self.clock.setText(time.strftime("%a %H:%M"))  # short: the bar holds the person too

    def add_screen(self, key: str, screen: Screen, label: str, fkey: str | None = None,
                   *, nav_button: bool = True, quiet_key: str | None = None) -> None:
        """`quiet_key`: bound to the screen's button without printing it on the button (the
        top bar has no room left for more captions)."""
        self.screens[key] = screen
        self.stack.addWidget(screen)
        screen.navigate.connect(self.go_to)
        if not nav_button:
            self._pages.refit()
            return
        nav: QPushButton = button(label, role="nav", key=fkey, name=f"Show {label}")
        nav.setCheckable(True)
        nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.clicked.connect(lambda: self.go_to(key))
        if quiet_key:
            nav.setShortcut(QKeySequence(quiet_key))
            nav.setToolTip(f"{label} ({quiet_key})")
        self._nav.addButton(nav)
        self._bar.insertWidget(self._nav_end, nav)
        self._nav_end += 1
        screen.setProperty("navButton", nav)
        self._pages.refit()  # the window is as large as its largest screen needs

    def go_to(self, key: str) -> None:
        """The cashier asked for another screen: bring it up to date while it is still hidden,
        show (and lay it out) one loop turn later, and paint it the turn after. No turn holds
        the event loop for a whole screen change, so a card reader's keys or a payment's
        answer are handled in between, and the change still shows within milliseconds."""
        wanted, key = key, self._gate(key)
        if key != wanted and key == self._current:
            return  # refused: the cashier stays where they are, and reads why
        self.screens[key].prepare()
        next_turn(self, lambda: self._reveal(key))

    def _reveal(self, key: str) -> None:
        paint_next_turn(self.stack)
        self.show_screen(key, prepared=True)

    def show_screen(self, key: str, *, prepared: bool = False) -> None:
        """Show the screen now (start-up and tests; the cashier's keys go through `go_to`,
        which prepared it a turn ago)."""
        screen = self.screens[key]
        self._current = key
        self.stack.setCurrentWidget(screen)
        nav = screen.property("navButton")
        if isinstance(nav, QPushButton):
            nav.setChecked(True)
        screen.shown(prepared=prepared)
        if self._refused_keys or self._refused_swipes:
            screen.status.show_message(REFUSED.format(**self._refused_words()), "warn")
            self._refused_keys = self._refused_swipes = 0

    # -- before any screen is ready: nothing typed may vanish without a word -----------------

    def _refused_words(self) -> dict[str, str]:
        keys, swipes = self._refused_keys, self._refused_swipes
        parts = ([f"{keys} key{'s' if keys != 1 else ''}"] if keys else []) + \
            ([f"{swipes} card swipe{'s' if swipes != 1 else ''}"] if swipes else [])
        many = keys + swipes > 1
        return {"what": " and ".join(parts), "were": "were" if many else "was",
                "them": "them" if many else "it"}

    def _refuse_while_starting(self, *, swipe: bool = False) -> None:
        if swipe:
            self._refused_swipes += 1
        else:
            self._refused_keys += 1
        words = self._refused_words()
        self.starting.setText(STARTING + NOT_READY.format(what=words["what"],
                                                          them=words["them"]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._current is None and event.key() not in _MODIFIERS:
            self._refuse_while_starting()  # "Starting…" shows: no screen can take it
            event.accept()
            return
        super().keyPressEvent(event)

    def rehearse(self) -> None:
        """Paint every screen off screen once it is laid out (see `Screen.rehearse`)."""
        for screen in self.screens.values():
            screen.rehearse()

    @property
    def current(self) -> Screen | None:
        return self.screens.get(self._current) if self._current is not None else None

    def _escape(self) -> None:
        screen = self.current
        if screen is not None:
            screen.back()

    def _card_swiped(self, card: CardRead) -> None:
        screen = self.current
        if screen is None:
            self._refuse_while_starting(swipe=True)
        elif not screen.card_swiped(card):
            screen.status.show_message(NO_TAKER, "warn")

    def _swipe_failed(self, message: str) -> None:
        screen = self.current
        if screen is not None:
            screen.status.show_message(message, "error")

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = any(s.tasks.running for s in self.screens.values()) or (
            self.services is not None and self.services.checkout.busy)
        if busy:
            event.ignore()
            screen = self.current
            if screen is not None:
                screen.status.show_message(
                    "Wait — a payment is in progress. Close the register when it has finished.",
                    "warn")
            return
        event.accept()
