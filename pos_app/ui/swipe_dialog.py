"""Card reader test: how the last swipe arrived (masked), live, in a window beside Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from pos_app.hardware import CardRead, SwipeDetector, SwipeDiagnostics, SwipeError
from pos_app.lang import N_

from .i18n import tr
from .widgets import button, label, set_style

__all__ = ["SwipeDialog"]

NOT_ACTIVE = N_("The card reader is not active on this register — restart Counter POS.")
WAITING = N_("Swipe a card now. What the reader types is shown here, masked.")
_TRACKS = {"track2": N_("track 2"), "track1": N_("track 1"), "manual": N_("keyed")}
_KINDS = {"gift_card": N_("gift card"), "card": N_("bank card")}
_CLOSE_TO_LIMIT = 0.8  # a reader pausing this close to the limit may be taken for typing


def _ms(value: float) -> str:
    return tr('{value:.0f} ms').format(value=value)


class SwipeDialog(QDialog):
    """Non-modal: open with `show()`. Follows the detector's `swiped` and `swipe_failed`."""

    def __init__(self, swipe: SwipeDetector | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swipe = swipe
        self._card: tuple[str, str, str] | None = None  # kind, source, last 4 — never the number
        self._error: str | None = None
        self.setWindowTitle(tr("Card reader test"))
        self.setAccessibleName(tr("Card reader test"))
        self.setModal(False)
        self.setMinimumWidth(620)
        self.setStyleSheet("QLabel[diag=\"value\"] { font-weight: 600; }")

        self.hint = label("", role="muted", name=tr("Card reader hint"))
        self.hint.setWordWrap(True)
        self.masked = self._value(tr("Keys received, masked"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.masked.setFont(mono)
        self.keys = self._value(tr("Number of keys"))
        self.duration = self._value(tr("Swipe duration"))
        self.gap = self._value(tr("Longest pause between keys"))
        self.limit = self._value(tr("Swipe timing setting"))
        self.outcome = self._value(tr("Result"))
        self.outcome.setProperty("status", "info")
        self.close_button = button(tr("Close"), name=tr("Close card reader test"))
        self.close_button.clicked.connect(self.close)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        for text, widget in ((tr("Received"), self.masked), (tr("Keys"), self.keys),
                             (tr("Duration"), self.duration), (tr("Longest pause"), self.gap),
                             (tr("Swipe timing"), self.limit), (tr("Result"), self.outcome)):
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Card reader test"), role="title"))
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        if swipe is not None:
            swipe.swiped.connect(self._swiped)
            swipe.swipe_failed.connect(self._failed)
        self.refresh()

    @staticmethod
    def _value(name: str) -> QLabel:
        value = label("—", name=name)
        value.setProperty("diag", "value")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return value

    def _swiped(self, card: CardRead) -> None:
        self._card, self._error = (card.kind, card.source, card.last4), None
        self.refresh()

    def _failed(self, message: str) -> None:
        self._card, self._error = None, message
        self.refresh()

    def refresh(self) -> None:
        if self.swipe is None:
            self.hint.setText(tr(NOT_ACTIVE))
            self._show_result(tr("Not active"), "warn")
            return
        self.limit.setText(_ms(self.swipe.max_gap_ms))
        last = self.swipe.last_swipe
        if last is None:
            self.hint.setText(tr(WAITING))
            self._show_result(tr("No swipe yet"), "info")
            return
        self.hint.setText(tr("Last swipe below. Swipe again to test another card."))
        self.masked.setText(last.masked_text)
        self.keys.setText(str(last.char_count))
        self.duration.setText(_ms(last.duration_ms))
        self.gap.setText(_ms(last.max_gap_ms))
        self._show_result(*self._verdict(last))

    def _verdict(self, last: SwipeDiagnostics) -> tuple[str, str]:
        if last.result == "error":
            return self._error or SwipeError(last.reason or "unreadable").user_message, "error"
        if self._card is None:
            text = tr("Read")
        else:
            kind, source, last4 = self._card
            text = tr("Read {get} — {get2} ····{last4}").format(
                get=tr(_TRACKS.get(source, source)), get2=tr(_KINDS.get(kind, kind)), last4=last4
            )
        assert self.swipe is not None
        if last.max_gap_ms > _CLOSE_TO_LIMIT * self.swipe.max_gap_ms:
            return (
                tr("{text}. The reader paused close to the swipe timing limit — raise Swipe "
                   "timing a little if some swipes arrive as typing.").format(text=text)
            ), "warn"
        return text + ".", "ok"

    def _show_result(self, text: str, kind: str) -> None:
        self.outcome.setText(text)
        set_style(self.outcome, "status", kind)
