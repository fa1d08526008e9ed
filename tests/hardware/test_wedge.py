"""The keyboard-wedge swipe detector, driven by real key events and a fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.hardware import CardRead, SwipeDetector

VISA = "4111111111111111"
VISA_SWIPE = (
    "%B4111111111111111^DOE/JOHN^2812101000000000000?;4111111111111111=28121010000000000000?"
)
READER_GAP_MS = 4  # a reader types a character every few milliseconds
PERSON_GAP_MS = 180  # a person, far slower than the detector's 50 ms limit
ENTER = "\r"
# QTest.keyClick takes a one-character str (its stubs only list Qt.Key and int).
key_click: Callable[..., None] = QTest.keyClick


class FakeClock:
    """The detector's monotonic clock, moved on by hand before each key."""

    def __init__(self) -> None:
        self.seconds = 5_000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, ms: float) -> None:
        self.seconds += ms / 1000


class KeyLog(QLineEdit):
    """A line edit that also notes every release it is given, as a key-driven widget would."""

    def __init__(self) -> None:
        super().__init__()
        self.releases: list[str] = []

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.releases.append(event.text())
        super().keyReleaseEvent(event)


class Register(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.line = KeyLog()
        self.notes = QPlainTextEdit()
        self.button = QPushButton("Pay")
        for widget in (self.line, self.notes, self.button):
            layout.addWidget(widget)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def register(qtbot: QtBot) -> Register:
    window = Register()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.line)
    return window


@pytest.fixture
def detector(qapp: QApplication, clock: FakeClock) -> Iterator[SwipeDetector]:
    # The silence timer is pushed far out so only an explicit flush() ends a burst early.
    swipe_detector = SwipeDetector(max_gap_ms=50, now=clock, flush_after_ms=3_600_000)
    swipe_detector.install()
    yield swipe_detector
    swipe_detector.uninstall()


@pytest.fixture
def cards(detector: SwipeDetector) -> list[CardRead]:
    received: list[CardRead] = []
    detector.swiped.connect(received.append)
    return received


@pytest.fixture
def failures(detector: SwipeDetector) -> list[str]:
    received: list[str] = []
    detector.swipe_failed.connect(received.append)
    return received


Typist = Callable[..., None]


@pytest.fixture(params=["platform", "widget"])
def type_keys(request: pytest.FixtureRequest, clock: FakeClock, register: Register) -> Typist:
    """Types text key by key: through the window as the platform delivers keys, or straight
    to the focused widget as QTest does; `ENTER` is the Return key."""

    def type_keys(
        text: str, gap_ms: float, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        for ch in text:
            clock.advance(gap_ms)
            key: str | Qt.Key = Qt.Key.Key_Return if ch == ENTER else ch
            if request.param == "platform":
                window = register.windowHandle()
                assert window is not None
                key_click(window, key, modifier)
            else:
                focused = QApplication.focusWidget()
                assert focused is not None
                key_click(focused, key, modifier)

    return type_keys


def test_fast_swipe_is_swallowed_and_emitted(
    register: Register, detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(VISA_SWIPE + ENTER, READER_GAP_MS)
    assert register.line.text() == ""
    assert [(c.kind, c.last4, c.name) for c in cards] == [("card", "1111", "DOE/JOHN")]
    assert cards[0].number == VISA
    assert register.line.releases == []  # releases of swallowed keys are swallowed too
    assert not detector.buffering


def test_gift_card_swipe_while_a_text_box_has_focus(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    register.notes.setFocus()
    type_keys(";6035718888880528923=4912?" + ENTER, READER_GAP_MS)
    assert register.notes.toPlainText() == ""
    assert [(c.kind, c.last4) for c in cards] == [("gift_card", "8923")]


def test_swipe_while_a_button_has_focus_does_not_press_it(
    qtbot: QtBot, register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    register.button.setFocus()
    with qtbot.assertNotEmitted(register.button.clicked):
        type_keys(";600123?" + ENTER, READER_GAP_MS)
    assert [(c.kind, c.number) for c in cards] == [("gift_card", "600123")]


def test_single_key_shortcuts_do_not_fire_during_a_swipe(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    fired: list[str] = []
    shortcut = QShortcut(QKeySequence("1"), register)
    shortcut.activated.connect(lambda: fired.append("1"))
    register.button.setFocus()
    type_keys(";7777130000013?" + ENTER, READER_GAP_MS)
    assert [c.number for c in cards] == ["7777130000013"]
    assert fired == []
    type_keys("1", PERSON_GAP_MS)  # the shortcut still works for a person
    assert fired == ["1"]


def test_reader_holding_shift_for_symbols_and_capitals(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(VISA_SWIPE + ENTER, READER_GAP_MS, Qt.KeyboardModifier.ShiftModifier)
    assert register.line.text() == ""
    assert [c.last4 for c in cards] == ["1111"]


def test_slow_typing_of_a_sentinel_is_typing(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(";12", PERSON_GAP_MS)
    assert register.line.text() == ";12"
    type_keys("%B", PERSON_GAP_MS)
    assert register.line.text() == ";12%B"
    assert cards == []


def test_replayed_keys_arrive_in_order_with_their_releases(
    register: Register, type_keys: Typist
) -> None:
    type_keys(";", PERSON_GAP_MS)
    type_keys("5", PERSON_GAP_MS)
    assert register.line.text() == ";5"
    assert register.line.releases == [";", "5"]


def test_silence_after_a_sentinel_gives_the_keys_back(
    register: Register, detector: SwipeDetector, type_keys: Typist
) -> None:
    type_keys(";4", READER_GAP_MS)  # a fast pair, then nothing
    assert register.line.text() == ""
    detector.flush()
    assert register.line.text() == ";4"
    assert not detector.buffering


def test_silence_timer_gives_the_keys_back(
    qtbot: QtBot, qapp: QApplication, register: Register, clock: FakeClock
) -> None:
    detector = SwipeDetector(now=clock)  # the real timer: max_gap_ms * 3
    detector.install()
    try:
        key_click(register.line, "%")
        assert register.line.text() == ""
        qtbot.waitUntil(lambda: register.line.text() == "%")
    finally:
        detector.uninstall()


def test_short_burst_with_enter_is_typing_and_enter_still_works(
    qtbot: QtBot, register: Register, failures: list[str], type_keys: Typist
) -> None:
    with qtbot.waitSignal(register.line.returnPressed, timeout=1000):
        type_keys(";4" + ENTER, READER_GAP_MS)
    assert register.line.text() == ";4"
    assert failures == []


def test_bad_read_asks_to_swipe_again(
    register: Register, detector: SwipeDetector, failures: list[str], cards: list[CardRead],
    type_keys: Typist,
) -> None:
    type_keys(";E?" + ENTER, READER_GAP_MS)
    assert register.line.text() == ""
    assert cards == []
    assert len(failures) == 1 and failures[0].startswith("Swipe again")
    assert detector.last_swipe is not None
    assert (detector.last_swipe.result, detector.last_swipe.reason) == ("error", "bad_read")


def test_unreadable_swipe_reports_without_the_data(
    register: Register, failures: list[str], type_keys: Typist
) -> None:
    type_keys(";12345?" + ENTER, READER_GAP_MS)
    assert register.line.text() == ""
    assert failures == ["That isn't a card this register can read — swipe again or key it in."]


def test_fast_digits_without_a_sentinel_pass_through(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys("4111", READER_GAP_MS)  # a barcode scanner or a quick cashier
    type_keys("25", PERSON_GAP_MS)
    assert register.line.text() == "411125"
    assert cards == []


def test_person_typing_then_a_swipe(
    register: Register, clock: FakeClock, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(";", PERSON_GAP_MS)
    clock.advance(PERSON_GAP_MS)  # the cashier stops, then swipes
    type_keys(";7777130000013?" + ENTER, READER_GAP_MS)
    assert register.line.text() == ";"
    assert [c.last4 for c in cards] == ["0013"]


def test_control_key_mid_burst_is_a_person(
    register: Register, cards: list[CardRead], type_keys: Typist
) -> None:
    register.line.setText("")
    type_keys(";9", READER_GAP_MS)
    type_keys("a", READER_GAP_MS, Qt.KeyboardModifier.ControlModifier)  # select all
    type_keys("7", READER_GAP_MS)
    assert register.line.text() == "7"  # `;9` was typed, selected, then replaced
    assert cards == []


def test_reader_set_to_send_no_enter(
    register: Register, detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(";4111111111111111=2812?", READER_GAP_MS)
    detector.flush()  # what the silence timer does
    assert register.line.text() == ""
    assert [(c.kind, c.last4) for c in cards] == [("card", "1111")]


def test_disabled_detector_lets_everything_through(
    register: Register, detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    detector.enabled = False
    type_keys(";600123?", READER_GAP_MS)
    assert register.line.text() == ";600123?"
    assert cards == []
    detector.enabled = True
    register.line.clear()
    type_keys(";600123?" + ENTER, READER_GAP_MS)
    assert register.line.text() == ""
    assert [c.number for c in cards] == ["600123"]


def test_diagnostics_hold_masked_text_and_timing(
    detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    type_keys(";4111111111111234=2812?", READER_GAP_MS)
    type_keys(ENTER, 9)
    diagnostics = detector.last_swipe
    assert diagnostics is not None
    assert diagnostics.masked_text == ";••••••••••••1234=••••?"
    assert diagnostics.char_count == len(";4111111111111234=2812?")
    assert diagnostics.duration_ms == pytest.approx(22 * READER_GAP_MS + 9)
    assert diagnostics.max_gap_ms == pytest.approx(9)
    assert (diagnostics.result, diagnostics.reason) == ("ok", None)
    assert "4111111111111234" not in repr(diagnostics)
    assert "2812" not in repr(diagnostics)
    assert [c.last4 for c in cards] == ["1234"]


def test_max_gap_is_configurable(
    register: Register, detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    detector.set_max_gap_ms(250)
    type_keys(";600123?" + ENTER, PERSON_GAP_MS)
    assert register.line.text() == ""
    assert [c.number for c in cards] == ["600123"]
    with pytest.raises(ValueError, match="positive"):
        detector.set_max_gap_ms(0)


def test_key_events_sent_by_the_app_follow_the_same_rules(
    register: Register, detector: SwipeDetector
) -> None:
    # A widget sending itself key events (an on-screen keypad) is treated like any typing.
    for text in (";", "1"):
        QApplication.sendEvent(
            register.line,
            QKeyEvent(QEvent.Type.KeyPress, ord(text), Qt.KeyboardModifier.NoModifier, text),
        )
    assert register.line.text() == ""  # held as a possible swipe …
    detector.flush()
    assert register.line.text() == ";1"  # … and given back


def test_the_watch_follows_the_focus_into_a_window_opened_later(
    qtbot: QtBot, register: Register, detector: SwipeDetector, cards: list[CardRead],
    clock: FakeClock,
) -> None:
    later = Register()  # opened after install(): the detector watches what gets focus
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    later.activateWindow()
    later.notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is later.notes)
    window = later.windowHandle()
    assert window is not None
    for ch in ";600123?" + ENTER:  # as the platform delivers keys: to the window first
        clock.advance(READER_GAP_MS)
        key_click(window, Qt.Key.Key_Return if ch == ENTER else ch)
    assert later.notes.toPlainText() == ""
    assert [c.number for c in cards] == ["600123"]
    register.activateWindow()  # and back in the first window, on another widget
    register.notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is register.notes)
    for ch in ";600124?" + ENTER:
        clock.advance(READER_GAP_MS)
        key_click(register.notes, Qt.Key.Key_Return if ch == ENTER else ch)
    assert register.notes.toPlainText() == ""
    assert [c.number for c in cards] == ["600123", "600124"]


def test_after_uninstall_a_burst_is_plain_typing(
    register: Register, detector: SwipeDetector, cards: list[CardRead], type_keys: Typist
) -> None:
    detector.uninstall()
    type_keys(";600123?", READER_GAP_MS)
    assert register.line.text() == ";600123?"
    assert cards == []
    detector.install()  # the fixture uninstalls it again
