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
from pos_app.domain.sale import Sale, SaleLine
from pos_app.hardware import CardRead
from pos_app.lang import N_, phrase
from pos_app.money import MAX_CENTS, MoneyError, format_cents, parse_money
from pos_app.staff import Action, Approval, AuditKind

from .approval import ApprovalDialog, with_approval
from .i18n import key_name, tr
from .keypad import Keypad
from .screen import Screen
from .services import UiServices
from .slot import Slot
from .widgets import button, label, relabel, shortcut

__all__ = ["QUICK_KEYS", "SaleScreen", "parse_entry"]

# (description, unit price in cents): the counter's best sellers, one touch each (Alt+1…6).
QUICK_KEYS: tuple[tuple[str, int], ...] = (
    (N_("Coffee"), 350),
    (N_("Tea"), 300),
    (N_("Muffin"), 275),
    (N_("Bagel"), 325),
    (N_("Sandwich"), 895),
    (N_("Juice"), 425),
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
            raise MoneyError(phrase(N_("Quantity must be 1 to {most}, like 3*2.50."),
                                    most=MAX_QUANTITY))
    cents = parse_money(price, currency).cents
    if cents * quantity > MAX_CENTS:
        raise MoneyError(phrase(N_("The line is too large: at most {most}."),
                                most=format_cents(MAX_CENTS, currency)))
    return quantity, cents


class SaleScreen(Screen):
    """Left: the lines and totals. Right: description, amount, keypad, quick keys, Pay."""

    title = N_("Sale")

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.checkout = services.checkout
        self._shown_sale: str | None = None
        self._repricing: str | None = None  # the line whose new price is being typed
        self.dialog: ApprovalDialog | None = None  # a manager's PIN for a price override
        root = QHBoxLayout(self)
        root.addLayout(self._left(), 3)
        root.addLayout(self._right(), 2)
        self.checkout.sale_changed.connect(self._sale_changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------------

    def _left(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(label(tr("Sale"), role="title", name=tr("Screen title")))
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([tr("Item"), tr("Qty"), tr("Amount")])
        self.lines.setAccessibleName(tr("Sale lines"))
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
        self.remove_button = button(tr("Remove line"), name=tr("Remove line"), key="Del")
        self.remove_button.clicked.connect(self.remove_line)
        self.price_button = button(tr("Change price"), name=tr("Change price"), key="F6")
        self.price_button.clicked.connect(self.change_price)
        # One above the other: side by side, French would make the window wider than 1280.
        line_keys = QVBoxLayout()
        line_keys.addWidget(self.remove_button)
        line_keys.addWidget(self.price_button)
        line_keys.addStretch(1)
        below.addLayout(line_keys)
        sums = QWidget()
        totals = QVBoxLayout(sums)
        totals.setContentsMargins(0, 0, 0, 0)
        totals.setSpacing(0)
        self.subtotal = label(role="muted", name=tr("Subtotal"))
        self.tax = label(role="muted", name=tr("Tax"))
        self.total = label(role="total", name=tr("Total"))
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
        self.description.setPlaceholderText(tr("Description (optional)"))
        self.description.setAccessibleName(tr("Description"))
        self.description.returnPressed.connect(self.add_entered)
        box.addWidget(self.description)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("Amount, or 3*2.50"))
        self.amount.setAccessibleName(tr("Amount"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.returnPressed.connect(self.add_entered)
        self.amount.installEventFilter(self)
        box.addWidget(self.amount)
        self.add_button = button(self._add_caption(), role="key", name=tr("Add item"))
        self.add_button.clicked.connect(self.add_entered)
        box.addWidget(Keypad(self.amount, enter=self.add_button))

        quick = QGridLayout()
        self.quick_keys = []
        for index, (text, cents) in enumerate(QUICK_KEYS):
            caption = f"{tr(text)} {format_cents(cents, self.services.currency)}"
            widget = button(caption, name=tr("Add {item}").format(item=caption),
                            key=f"Alt+{index + 1}")
            item = tr(text)  # the line reads in the register's language, receipt included
            widget.clicked.connect(lambda _=False, t=item, c=cents: self.add(t, c, 1))
            quick.addWidget(widget, index // 3, index % 3)
            self.quick_keys.append(widget)
        box.addLayout(quick)

        self.pay_button = button(tr("Pay"), role="primary", name=tr("Pay"), key="F5")
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
        if self._repricing is not None and all(line.id != self._repricing for line in lines):
            self._end_repricing()  # its line (or the sale) is gone
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            amount = self._fmt(line.amount) if not line.price_changed else \
                tr("{amount} (was {before})").format(
                    amount=self._fmt(line.amount),
                    before=self._fmt((line.original_price or 0) * line.quantity))
            cells = (line.description, str(line.quantity), amount)
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
        self.subtotal.setText(tr("Subtotal  {amount}").format(
            amount=fmt(sale.subtotal if sale else 0)))
        self.tax.setText(tr("Tax  {amount}").format(amount=fmt(sale.tax if sale else 0)))
        self.total.setText(tr("TOTAL  {amount}").format(amount=fmt(sale.total if sale else 0)))
        relabel(self.pay_button, tr("Pay {amount}").format(amount=fmt(sale.total)) + "  [F5]"
                if sale and sale.lines else tr("Pay") + "  [F5]", "F5")

    @property
    def _currency(self) -> str:
        sale = self.checkout.sale
        return sale.currency if sale is not None else self.services.currency

    def _fmt(self, cents: int) -> str:
        return format_cents(cents, self._currency)

    # -- actions -------------------------------------------------------------------------------

    def add_entered(self) -> None:
        """Enter: add the typed amount (with the description, or "Item"), or set the price of
        the line being repriced."""
        if self._repricing is not None:
            self._price_entered(self._repricing)
            return
        try:
            quantity, cents = parse_entry(self.amount.text(), self._currency)
        except MoneyError as exc:
            self.status.show_message(tr(exc.user_message), "error")
            self.amount.setFocus()
            return
        if self.add(self.description.text().strip() or tr("Item"), cents, quantity):
            self.amount.clear()
            self.description.clear()
        self.amount.setFocus()

    def add(self, description: str, unit_price: int, quantity: int) -> bool:
        try:
            line = self.checkout.add_item(description, unit_price, quantity)
        except CheckoutError as exc:
            self.status.show_message(tr(exc.user_message), "error")
            return False
        self.status.show_message(tr("Added {item} {amount}").format(
            item=line.description, amount=format_cents(line.amount, self._currency)), "info")
        return True

    def _chosen_line(self, sale: Sale) -> SaleLine:
        """The selected line, or the last one when none is selected."""
        row = self.lines.currentRow()
        return sale.lines[row] if 0 <= row < len(sale.lines) and \
            self.lines.selectionModel().hasSelection() else sale.lines[-1]

    def remove_line(self) -> None:
        """Remove the selected line, or the last one when none is selected."""
        sale = self.current_sale()
        if sale is None or not sale.lines:
            self.status.show_message(tr("There is no line to remove."), "warn")
            return
        line = self._chosen_line(sale)
        try:
            self.checkout.remove_line(line.id)
        except CheckoutError as exc:
            self.status.show_message(tr(exc.user_message), "error")
            return
        self.status.show_message(tr("Removed {item} {amount}").format(
            item=line.description, amount=self._fmt(line.amount)), "info")

    # -- price override: type the new price of a line, then a manager approves (F6) -----------

    def change_price(self) -> None:
        """Start typing a new price for the selected line (or the last one)."""
        sale = self.current_sale()
        if sale is None or not sale.lines:
            self.status.show_message(tr("There is no line to change the price of."), "warn")
            return
        try:
            line = self.checkout.repriceable(self._chosen_line(sale).id)
        except CheckoutError as exc:
            self.status.show_message(tr(exc.user_message), "error")
            return
        self._repricing = line.id
        self.amount.clear()
        self.amount.setPlaceholderText(tr("New price, then Enter"))
        self.add_button.setText(self._add_caption())
        self.status.show_message(
            tr("Type the new price of {item} (now {amount}), then Enter. Esc backs out.").format(
                item=line.description, amount=self._fmt(line.unit_price)), "info")
        self.amount.setFocus()

    def _price_entered(self, line_id: str) -> None:
        try:
            cents = parse_money(self.amount.text(), self._currency).cents
            line = self.checkout.check_price_change(line_id, cents)
        except (MoneyError, CheckoutError) as exc:
            self.status.show_message(tr(exc.user_message), "error")
            self.amount.setFocus()
            return
        before = line.unit_price
        what = tr("{item}: {old} → {new}").format(
            item=line.description, old=self._fmt(before), new=self._fmt(cents))

        def go(approval: Approval) -> None:
            try:
                self.checkout.change_price(line_id, cents, approved_by=approval.words)
            except CheckoutError as exc:
                self.status.show_message(tr(exc.user_message), "error")
                return
            # The audit shows every price change with who asked and (after a PIN) who approved.
            self.services.staff.record(AuditKind.PRICE_CHANGED, amount=cents, detail=what,
                                       approval=approval)
            self._end_repricing()
            self.amount.setFocus()
            self.status.show_message(tr("Price changed: {what}").format(what=what), "ok")

        # A cashier needs a manager's PIN for a price override; a manager or owner does it alone.
        self.dialog = with_approval(self, self.services, Action.PRICE_OVERRIDE, what, go)

    def _end_repricing(self) -> None:
        self._repricing = None
        self.amount.clear()
        self.amount.setPlaceholderText(tr("Amount, or 3*2.50"))
        self.add_button.setText(self._add_caption())

    def _add_caption(self) -> str:
        what = tr("Set price") if self._repricing is not None else tr("Add")
        return what + f"\n[{key_name('Enter')}]"

    def pay(self) -> None:
        sale = self.current_sale()
        if sale is None or not sale.lines:
            self.status.show_message(tr("Add an item first — then Pay."), "warn")
            self.amount.setFocus()
            return
        if self._repricing is not None:
            self._end_repricing()  # Pay leaves the price as it was
        self.navigate.emit("tender")

    # -- hooks ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.amount.setFocus()

    def card_swiped(self, card: CardRead) -> bool:
        self.status.show_message(tr("Card read — press Pay [F5] first, then swipe again."), "warn")
        return True

    def back(self) -> bool:
        if self._repricing is not None:
            self._end_repricing()
            self.amount.setFocus()
            self.status.show_message(tr("The price was not changed."), "info")
            return True
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
