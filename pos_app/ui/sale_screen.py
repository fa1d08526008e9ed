"""The sale screen: ring up items with the keypad or quick keys, see the total, go to Pay."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout.context import CheckoutError
from pos_app.domain.sale import Sale
from pos_app.hardware import CardRead
from pos_app.money import MAX_CENTS, MoneyError, format_cents, parse_money

from .keypad import Keypad
from .screen import Screen
from .services import UiServices
from .slot import Slot
from .widgets import button, label, relabel, shortcut

__all__ = ["QUICK_KEYS", "SaleScreen", "parse_entry"]

# (description, unit price in cents): the counter's best sellers, one touch each (Alt+1…6).
QUICK_KEYS: tuple[tuple[str, int], ...] = (
    ("Coffee", 350),
    ("Tea", 300),
    ("Muffin", 275),
    ("Bagel", 325),
    ("Sandwich", 895),
    ("Juice", 425),
)
_QUANTITY = re.compile(r"\s*(?P<qty>\d{1,4})\s*[*xX×]\s*(?P<price>.+)")
MAX_QUANTITY = 999


def parse_entry(text: str, currency: str = "usd") -> tuple[int, int]:
    """`2.50` → (1, 250); `3*2.50` (or `3x2.50`) → (3, 250). MoneyError says what to fix."""
    quantity, price = 1, text
    match = _QUANTITY.fullmatch(text)
    if match:
        quantity, price = int(match["qty"]), match["price"]
        if not 1 <= quantity <= MAX_QUANTITY:
            raise MoneyError(f"Quantity must be 1 to {MAX_QUANTITY}, like 3*2.50.")
    cents = parse_money(price, currency).cents
    if cents * quantity > MAX_CENTS:
        raise MoneyError("The line is too large: at most $999,999.99.")
    return quantity, cents


class SaleScreen(Screen):
    """Left: the lines and totals. Right: description, amount, keypad, quick keys, Pay."""

    title = "Sale"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.checkout = services.checkout
        self._shown_sale: str | None = None
        root = QHBoxLayout(self)
        root.addLayout(self._left(), 3)
        root.addLayout(self._right(), 2)
        self.checkout.sale_changed.connect(self._sale_changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------------

    def _left(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(label("Sale", role="title", name="Screen title"))
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels(["Item", "Qty", "Amount"])
        self.lines.setAccessibleName("Sale lines")
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.lines, 1)
        below = QHBoxLayout()
        self.remove_button = button("Remove line", name="Remove line", key="Del")
        self.remove_button.clicked.connect(self.remove_line)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        sums = QWidget()
        totals = QVBoxLayout(sums)
        totals.setContentsMargins(0, 0, 0, 0)
        totals.setSpacing(0)
        self.subtotal = label(role="muted", name="Subtotal")
        self.tax = label(role="muted", name="Tax")
        self.total = label(role="total", name="Total")
        for widget in (self.subtotal, self.tax, self.total):
            widget.setAlignment(Qt.AlignmentFlag.AlignRight)
            totals.addWidget(widget)
        below.addWidget(Slot(sums), 1)  # a new total re-lays out the totals alone
        box.addLayout(below)
        box.addWidget(self.status_slot)
        return box

    def _right(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.description = QLineEdit()
        self.description.setPlaceholderText("Description (optional)")
        self.description.setAccessibleName("Description")
        self.description.returnPressed.connect(self.add_entered)
        box.addWidget(self.description)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("Amount, or 3*2.50")
        self.amount.setAccessibleName("Amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.returnPressed.connect(self.add_entered)
        self.amount.installEventFilter(self)
        box.addWidget(self.amount)
        self.add_button = button("Add\n[Enter]", role="key", name="Add item")
        self.add_button.clicked.connect(self.add_entered)
        box.addWidget(Keypad(self.amount, enter=self.add_button))

        quick = QGridLayout()
        self.quick_keys = []
        for index, (text, cents) in enumerate(QUICK_KEYS):
            caption = f"{text} {format_cents(cents, self.services.currency)}"
            widget = button(caption, name=f"Add {caption}", key=f"Alt+{index + 1}")
            widget.clicked.connect(lambda _=False, t=text, c=cents: self.add(t, c, 1))
            quick.addWidget(widget, index // 3, index % 3)
            self.quick_keys.append(widget)
        box.addLayout(quick)

        self.pay_button = button("Pay", role="primary", name="Pay", key="F5")
        self.pay_button.setMinimumHeight(72)
        self.pay_button.clicked.connect(self.pay)
        box.addWidget(Slot(self.pay_button))  # its caption shows the total: re-laid out alone
        shortcut(self, "Ctrl+L", self.lines.setFocus)
        return box

    # -- state ---------------------------------------------------------------------------------

    def current_sale(self) -> Sale | None:
        """The sale being rung up; a finished one no longer shows (the next item starts anew)."""
        sale = self.checkout.sale
        return None if sale is None or sale.state.finished else sale

    def _sale_changed(self, sale: object) -> None:
        current = self.checkout.sale
        # A keyed item shows at once; a hidden sale screen refreshes when it is shown.
        if isinstance(sale, Sale) and current is not None and sale.id == current.id:
            self.refresh_if_shown()

    def refresh(self) -> None:
        sale = self.current_sale()
        shown = sale.id if sale is not None else None
        if shown != self._shown_sale:
            # Another sale (or none): what was said about the last one no longer applies.
            self._shown_sale = shown
            self.status.show_message("", "info")
        lines = sale.lines if sale is not None else []
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (line.description, str(line.quantity), format_cents(line.amount,
                                                                        self._currency))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)
        if lines:
            self.lines.scrollToBottom()
        fmt = sale.fmt if sale is not None else self._fmt
        self.subtotal.setText(f"Subtotal  {fmt(sale.subtotal if sale else 0)}")
        self.tax.setText(f"Tax  {fmt(sale.tax if sale else 0)}")
        self.total.setText(f"TOTAL  {fmt(sale.total if sale else 0)}")
        relabel(self.pay_button, f"Pay {fmt(sale.total)}  [F5]" if sale and sale.lines
                else "Pay  [F5]", "F5")

    @property
    def _currency(self) -> str:
        sale = self.checkout.sale
        return sale.currency if sale is not None else self.services.currency

    def _fmt(self, cents: int) -> str:
        return format_cents(cents, self._currency)

    # -- actions -------------------------------------------------------------------------------

    def add_entered(self) -> None:
        """Enter: add the typed amount (with the description, or "Item")."""
        try:
            quantity, cents = parse_entry(self.amount.text(), self._currency)
        except MoneyError as exc:
            self.status.show_message(exc.user_message, "error")
            self.amount.setFocus()
            return
        if self.add(self.description.text().strip() or "Item", cents, quantity):
            self.amount.clear()
            self.description.clear()
        self.amount.setFocus()

    def add(self, description: str, unit_price: int, quantity: int) -> bool:
        try:
            line = self.checkout.add_item(description, unit_price, quantity)
        except CheckoutError as exc:
            self.status.show_message(exc.user_message, "error")
            return False
        self.status.show_message(f"Added {line.description} "
                                 f"{format_cents(line.amount, self._currency)}", "info")
        return True

    def remove_line(self) -> None:
        """Remove the selected line, or the last one when none is selected."""
        sale = self.current_sale()
        if sale is None or not sale.lines:
            self.status.show_message("There is no line to remove.", "warn")
            return
        row = self.lines.currentRow()
        line = sale.lines[row] if 0 <= row < len(sale.lines) and \
            self.lines.selectionModel().hasSelection() else sale.lines[-1]
        try:
            self.checkout.remove_line(line.id)
        except CheckoutError as exc:
            self.status.show_message(exc.user_message, "error")
            return
        self.status.show_message(f"Removed {line.description} {self._fmt(line.amount)}", "info")

    def pay(self) -> None:
        sale = self.current_sale()
        if sale is None or not sale.lines:
            self.status.show_message("Add an item first — then Pay.", "warn")
            self.amount.setFocus()
            return
        self.navigate.emit("tender")

    # -- hooks ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.amount.setFocus()

    def card_swiped(self, card: CardRead) -> bool:
        self.status.show_message("Card read — press Pay [F5] first, then swipe again.", "warn")
        return True

    def back(self) -> bool:
        if self.amount.text() or self.description.text():
            self.amount.clear()
            self.description.clear()
            self.amount.setFocus()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Del in the amount field removes a line once there is nothing left to delete there.
        if watched is self.amount and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete \
                and self.amount.cursorPosition() == len(self.amount.text()):
            self.remove_line()
            return True
        return super().eventFilter(watched, event)
