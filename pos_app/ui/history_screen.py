"""Today's sales: the list, a sale's receipt, reprint, and refund of a gift card payment."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout.desk_results import DeskOpResult
from pos_app.domain import Sale, SaleState, Tender, TenderKind, TenderState, build_receipt
from pos_app.money import MoneyError, parse_money

from .receipt_view import print_receipt, receipt_font
from .screen import Screen
from .services import UiServices
from .widgets import button, label

__all__ = ["HistoryScreen", "state_words", "tenders_summary"]

DAY_MS = 86_400_000
COLUMNS = ("#", "Time", "Total", "State", "Paid with")
_STATE_WORDS = {
    SaleState.OPEN: "Open",
    SaleState.TENDERING: "Taking payment",
    SaleState.PAID: "Paid — finishing",
    SaleState.COMPLETED: "Completed",
    SaleState.CANCELLED: "Cancelled",
    SaleState.NEEDS_ATTENTION: "Needs a manager",
}


def state_words(state: SaleState) -> str:
    return _STATE_WORDS.get(state, state.value)


def tenders_summary(sale: Sale) -> str:
    """`Gift card ····1234 $40.00 + Visa ····1111 $22.50` (declines took nothing: left out)."""
    parts = [f"{t.label} {sale.fmt(t.amount_approved or t.amount_asked)}"
             for t in sale.tenders if t.state is not TenderState.DECLINED]
    return " + ".join(parts) or "—"


def refundable(sale: Sale) -> list[Tender]:
    """The gift card payments of a completed sale that a desk refund can give back."""
    if sale.state is not SaleState.COMPLETED:
        return []
    return [t for t in sale.tenders if t.kind is TenderKind.GIFT_CARD
            and t.state is TenderState.CAPTURED and t.charge_id]


def start_of_today_ms() -> int:
    now = time.localtime()
    midnight = time.mktime((now.tm_year, now.tm_mon, now.tm_mday, 0, 0, 0, 0, 0, -1))
    return int(midnight * 1000)


class HistoryScreen(Screen):
    """Today's sales, newest first. Read-only except reprint and gift card refunds."""

    title = "History"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.sales: list[Sale] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Today's sales")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)  # touch-sized rows
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(self._side_panel(), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(label("Today's sales", role="title"))
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        # A bound method, not a lambda: Qt drops the connection when the screen is destroyed.
        services.checkout.sale_finished.connect(self._sale_finished)
        self._selected()

    def _side_panel(self) -> QVBoxLayout:
        """The receipt, reprint, and the refund of a gift card payment."""
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setFont(receipt_font())
        self.receipt.setAccessibleName("Receipt")
        self.receipt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.receipt.setMinimumWidth(420)
        self.reprint_button = button("Reprint", key="F6", name="Reprint receipt")
        self.reprint_button.clicked.connect(self.reprint)
        self.payment_combo = QComboBox()
        self.payment_combo.setAccessibleName("Gift card payment to refund")
        self.payment_combo.setMinimumHeight(48)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("Amount (blank = all)")
        self.amount_edit.setAccessibleName("Refund amount")
        self.amount_edit.setMinimumHeight(48)
        self.manager_edit = QLineEdit()
        self.manager_edit.setPlaceholderText("Manager's name")
        self.manager_edit.setAccessibleName("Manager approving")
        self.manager_edit.setMinimumHeight(48)
        self.refund_button = button("Refund gift card payment", role="danger",
                                    name="Refund gift card payment")
        self.refund_button.clicked.connect(self.refund)
        self.manager_edit.returnPressed.connect(self.refund)

        side = QVBoxLayout()
        side.addWidget(self.receipt, 1)
        side.addWidget(self.reprint_button)
        side.addWidget(label("Refund a gift card payment of this sale", role="muted"))
        side.addWidget(self.payment_combo)
        refund_row = QHBoxLayout()
        refund_row.addWidget(self.amount_edit)
        refund_row.addWidget(self.manager_edit)
        side.addLayout(refund_row)
        side.addWidget(self.refund_button)
        return side

    # -- hooks -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()
        self.table.setFocus()

    def _sale_finished(self, _sale: object) -> None:
        self.refresh()

    def back(self) -> bool:
        if self.amount_edit.text() or self.manager_edit.text():
            self.amount_edit.clear()
            self.manager_edit.clear()
            return True
        return False

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload today's sales from the journal, keeping the selected sale selected."""
        chosen = self.selected_sale()
        start = start_of_today_ms()
        self.sales = self.services.checkout.journal.sales_between(start, start + DAY_MS * 2)
        self.table.setRowCount(len(self.sales))
        for row, sale in enumerate(self.sales):
            stamp = time.strftime("%H:%M", time.localtime(sale.created_ms / 1000))
            cells = (str(sale.number), stamp, sale.fmt(sale.total), state_words(sale.state),
                     tenders_summary(sale))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        keep = next((i for i, s in enumerate(self.sales) if chosen and s.id == chosen.id), None)
        if keep is not None:
            self.table.selectRow(keep)
        self._selected()

    def select_sale(self, number: int) -> bool:
        for row, sale in enumerate(self.sales):
            if sale.number == number:
                self.table.selectRow(row)
                return True
        return False

    def selected_sale(self) -> Sale | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.sales):
            return None
        return self.sales[rows[0].row()]

    def _selected(self) -> None:
        sale = self.selected_sale()
        self.reprint_button.setEnabled(sale is not None)
        self.receipt.setPlainText(self._receipt_text(sale) if sale else
                                  "Choose a sale to see its receipt.")
        self.payment_combo.clear()
        if sale is not None:
            for tender in refundable(sale):
                self.payment_combo.addItem(f"{tender.label} {sale.fmt(tender.amount_approved)}",
                                           tender.id)
        can_refund = self.payment_combo.count() > 0
        for widget in (self.payment_combo, self.amount_edit, self.manager_edit,
                       self.refund_button):
            widget.setEnabled(can_refund)

    def _receipt_text(self, sale: Sale) -> str:
        return build_receipt(sale, self.services.store, reprint=True).render_text()

    # -- actions -------------------------------------------------------------------------------

    def reprint(self) -> None:
        sale = self.selected_sale()
        if sale is None:
            self.status.show_message("Choose a sale to reprint.", "warn")
            return
        print_receipt(self._receipt_text(sale), self)
        self.status.show_message(f"Reprinting sale #{sale.number}…", "info")

    def refund(self) -> None:
        sale = self.selected_sale()
        tender_id = self.payment_combo.currentData()
        tender = next((t for t in refundable(sale) if t.id == tender_id), None) if sale else None
        if tender is None or tender.charge_id is None:
            self.status.show_message("Choose a completed sale paid with a gift card.", "warn")
            return
        amount = None  # blank: all that is left of the payment
        if self.amount_edit.text().strip():
            try:
                amount = parse_money(self.amount_edit.text(), self.services.currency).cents
            except MoneyError as exc:
                self.status.show_message(exc.user_message, "error")
                self.amount_edit.setFocus()
                return
        coro = self.services.desk.refund(tender.charge_id, amount,
                                         approved_by=self.manager_edit.text(),
                                         last4=tender.last4)
        self.tasks.run(coro, busy="Refunding to the gift card…",
                       disable=[self.refund_button, self.table], done=self._refunded)

    def _refunded(self, result: DeskOpResult) -> None:
        self.amount_edit.clear()
        self.manager_edit.clear()
        kind = "ok" if result.done else ("warn" if result.needs_check else "error")
        extra = f" Refund id {result.op.result_id}." if result.done and result.op.result_id \
            else ""
        self.status.show_message(result.message + extra, kind)
