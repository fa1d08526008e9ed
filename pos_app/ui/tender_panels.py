"""The tender screen's inline panels: keyed gift card, keyed card (masked), and cash."""

from __future__ import annotations

import itertools
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.clover.cards import EXPIRED_CARD, CardDetails
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.sale import Sale
from pos_app.domain.tender import Tender, TenderKind, TenderState
from pos_app.hardware import CardRead, parse_manual
from pos_app.money import MoneyError, format_cents, parse_money

from .turns import next_turn
from .widgets import button, label, relabel

__all__ = [
    "STATE_WORDS",
    "CardPanel",
    "CashPanel",
    "EntryError",
    "GiftCardPanel",
    "TenderLedger",
    "quick_cash",
    "tender_note",
]

_EXPIRY = re.compile(r"\s*(?P<mm>\d{1,2})\s*/?\s*(?P<yy>\d{2}|\d{4})\s*")
_CVV = re.compile(r"\d{3,4}")


class EntryError(ValueError):
    """Something keyed that can't be used; `user_message` never repeats what was typed."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def _secret_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


class _KeyedPanel(QWidget):
    """A prompt to swipe, the masked fields to key the card instead, and a Pay button."""

    submitted = Signal()  # Enter on the last field, or Pay: the screen calls `take()`

    def __init__(self, prompt: str, fields: list[QLineEdit], pay_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.prompt = label(prompt, role="title", name="Prompt")
        self.prompt.setWordWrap(True)
        box.addWidget(self.prompt)
        row = QHBoxLayout()
        for field in fields:
            row.addWidget(field, 2 if field is fields[0] else 1)
        self.pay_button = button("Pay  [Enter]", role="primary", name=pay_name)
        self.pay_button.clicked.connect(self.submitted)
        row.addWidget(self.pay_button)
        box.addLayout(row)
        for current, following in itertools.pairwise(fields):
            current.returnPressed.connect(following.setFocus)
        fields[-1].returnPressed.connect(self.submitted)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()

    def start(self) -> None:
        self.clear()
        self.fields[0].setFocus()


class GiftCardPanel(_KeyedPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.number = _secret_field("Gift card number", "Gift card number")
        self.code = _secret_field("Security code", "Security code (if any)")
        self._held: str | None = None  # a swiped number waiting for its code (memory only)
        self._prompt = "Swipe the gift card now — or key it in:"
        super().__init__(self._prompt, [self.number, self.code],
                         "Pay with the keyed gift card", parent)

    def hold_number(self, number: str, prompt: str) -> None:
        """The swiped card needs its code: keep its number here (memory only) until the code
        is keyed, or Esc; a code already typed stays."""
        code = self.code.text()
        self.clear()
        self._held = number
        self.code.setText(code)
        self.number.setVisible(False)
        self.prompt.setText(prompt)
        self.code.setFocus()

    def clear(self) -> None:
        super().clear()
        self._held = None
        self.number.setVisible(True)
        self.prompt.setText(self._prompt)

    @property
    def holding_number(self) -> bool:
        return self._held is not None

    def typed_code(self) -> str | None:
        """A code keyed before the card was swiped: it goes with the swipe."""
        return self.code.text().strip() or None

    def take(self) -> GiftCardInput:
        """The keyed (or held) card and its code. A bad entry leaves every field as it was
        (SwipeError says what to fix); the fields are cleared once the card is taken."""
        code = self.code.text().strip() or None
        number = self._held if self._held is not None else \
            parse_manual(self.number.text(), expect="gift_card").number
        self.clear()
        return GiftCardInput(number, code)


class CardPanel(_KeyedPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.number = _secret_field("Card number", "Card number")
        self.expiry = QLineEdit()
        self.expiry.setAccessibleName("Expiry MM/YY")
        self.expiry.setPlaceholderText("MM/YY")
        self.expiry.setMaxLength(7)
        self.cvv = _secret_field("CVV", "CVV")
        self.cvv.setMaxLength(4)
        self._swiped: CardRead | None = None
        self._prompt = "Swipe the card now — or key it in:"
        super().__init__(self._prompt,
                         [self.number, self.expiry, self.cvv], "Pay with the keyed card", parent)

    def hold_swipe(self, card: CardRead) -> None:
        """A swiped card still needs its CVV: hold it here (memory only) until Enter or Esc."""
        self.start()
        self._swiped = card
        self.number.setVisible(False)
        self.expiry.setVisible(False)
        self.prompt.setText(f"Card ····{card.last4} read — key the CVV, then Enter:")
        self.cvv.setFocus()

    def clear(self) -> None:
        super().clear()
        self._swiped = None
        self.number.setVisible(True)
        self.expiry.setVisible(True)
        self.prompt.setText(self._prompt)

    @property
    def holding_swipe(self) -> bool:
        return self._swiped is not None

    def take(self, today: date | None = None) -> CardDetails:
        """The keyed (or swiped) card with its CVV. A bad entry (or a past expiry date) leaves
        every field as it was to be corrected; the fields are cleared once the card is taken."""
        card = self._read()
        if card.expired(today or date.today()):
            (self.expiry if self._swiped is None else self.cvv).setFocus()
            raise EntryError(EXPIRED_CARD)
        self.clear()
        return card

    def _read(self) -> CardDetails:
        swiped, cvv = self._swiped, self.cvv.text().strip()
        if swiped is not None:
            if swiped.exp_month is None or swiped.exp_year is None:
                raise EntryError("The card's expiry date didn't read — key the card in.")
            number, month, year = swiped.number, swiped.exp_month, swiped.exp_year
        else:
            number = parse_manual(self.number.text(), expect="card").number
            match = _EXPIRY.fullmatch(self.expiry.text())
            if match is None or not 1 <= int(match["mm"]) <= 12:
                self.expiry.setFocus()
                raise EntryError("Type the expiry as MM/YY, like 12/30.")
            month, year = int(match["mm"]), int(match["yy"])
        if not _CVV.fullmatch(cvv):
            self.cvv.setFocus()
            raise EntryError("Key the CVV — the 3 or 4 digits on the card.")
        return CardDetails(number, month, year, cvv)


def quick_cash(due: int) -> list[int]:
    """Exact, then the next $5, $10 and $20 above the due (no repeats)."""
    amounts = [due]
    for step in (500, 1000, 2000):
        above = (due // step + 1) * step
        if above not in amounts:
            amounts.append(above)
    return amounts


class CashPanel(QWidget):
    """Cash handed over: typed, or one touch on exact / the next note up."""

    tendered = Signal(int)  # cents handed over
    error = Signal(str)

    def __init__(self, currency: str = "usd", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label("Cash handed over:", role="title", name="Prompt"))
        row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setAccessibleName("Cash tendered")
        self.amount.setPlaceholderText("Cash tendered")
        self.amount.returnPressed.connect(self._take_typed)
        row.addWidget(self.amount, 2)
        self.take_button = button("Take cash  [Enter]", role="primary", name="Take cash")
        self.take_button.clicked.connect(self._take_typed)
        row.addWidget(self.take_button)
        box.addLayout(row)
        quick = QGridLayout()
        self.quick_buttons: list[QPushButton] = []
        self._amounts: list[int] = []
        for index in range(4):
            widget = button("", name="Quick cash", key=f"Alt+{index + 1}")
            widget.clicked.connect(lambda _=False, i=index: self._take_quick(i))
            quick.addWidget(widget, 0, index)
            self.quick_buttons.append(widget)
        box.addLayout(quick)

    def set_due(self, due: int) -> None:
        amounts = quick_cash(due)
        if amounts == self._amounts:
            return  # relabelling re-lays out the panel: only when the due changed
        self._amounts = amounts
        for index, widget in enumerate(self.quick_buttons):
            visible = index < len(self._amounts)
            widget.setVisible(visible)
            if visible:
                text = format_cents(self._amounts[index], self.currency)
                caption = "Exact " + text if index == 0 else text
                relabel(widget, f"{caption}  [Alt+{index + 1}]", f"Alt+{index + 1}")
                widget.setAccessibleName(f"Cash {caption}")

    def start(self, due: int) -> None:
        self.set_due(due)
        self.amount.clear()
        self.amount.setFocus()

    def _take_typed(self) -> None:
        try:
            cents = parse_money(self.amount.text(), self.currency).cents
        except MoneyError as exc:
            self.error.emit(exc.user_message)
            return
        self.tendered.emit(cents)

    def _take_quick(self, index: int) -> None:
        if index < len(self._amounts):
            self.tendered.emit(self._amounts[index])


STATE_WORDS = {
    TenderState.PENDING: "Checking…",
    TenderState.AUTHORIZED: "Held",
    TenderState.CAPTURED: "Paid",
    TenderState.DECLINED: "Declined",
    TenderState.UNKNOWN: "Checking…",
    TenderState.VOIDED: "Voided",
    TenderState.REFUNDED: "Refunded",
}


def tender_note(sale: Sale, tender: Tender) -> str:
    if tender.kind is TenderKind.CASH:
        note = f"Cash {sale.fmt(tender.cash_tendered)}"
        return note + (f" · change {sale.fmt(tender.change_due)}" if tender.change_due else "")
    if tender.state.counts_as_paid and tender.balance_left is not None:
        return f"Card balance {sale.fmt(tender.balance_left)}"
    if tender.state is TenderState.DECLINED:
        # The row says why in a few words; the whole sentence is in the status line.
        return (tender.message or "").split(" — ")[0].rstrip(".")
    return tender.message or ""


def _ledger_rows(sale: Sale | None) -> list[tuple[str, ...]]:
    if sale is None:
        return []
    return [(t.id, t.label, STATE_WORDS[t.state], sale.fmt(t.amount_approved or t.amount_asked),
             tender_note(sale, t)) for t in sale.tenders]


class TenderLedger(QTableWidget):
    """The sale's tenders: what each is, its state in words, its amount and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(["Payment", "State", "Amount", "Note"])
        self.setAccessibleName("Payments")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # rows differ
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._shown: list[tuple[str, ...]] | None = None

    def show_sale(self, sale: Sale | None) -> None:
        rows = _ledger_rows(sale)
        if rows == self._shown:
            return  # nothing changed: keep the table (and its layout) as it is
        self._shown = rows
        selected = self.selected_tender_id()
        added = len(rows) > self.rowCount()
        self.setRowCount(len(rows))
        for row, (tender_id, *cells) in enumerate(rows):
            for col, text in enumerate(cells):
                item = self.item(row, col)
                if item is None:
                    item = QTableWidgetItem(text)
                    self.setItem(row, col, item)
                elif item.text() != text:
                    item.setText(text)  # a tender's new state: one cell, not a new row
                if item.data(Qt.ItemDataRole.UserRole) != tender_id:
                    item.setData(Qt.ItemDataRole.UserRole, tender_id)
            if tender_id == selected:
                self.selectRow(row)
        self.resizeRowsToContents()  # a long note wraps instead of being cut off
        if added:  # the newest payment in sight, once the new row heights are laid out
            next_turn(self, self.scrollToBottom)

    def selected_tender_id(self) -> str | None:
        if not self.selectionModel().hasSelection():
            return None
        item = self.item(self.currentRow(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None
