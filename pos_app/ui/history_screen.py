"""Today's sales: the list, a sale's receipt, reprint, refund, void, and what needs a manager."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout.after_sale import refunds_by_charge
from pos_app.domain import Sale, SaleState, build_receipt
from pos_app.lang import N_

from .history_actions import SaleActions
from .history_facts import SaleFacts, clock
from .i18n import tr
from .receipt_view import print_copy, receipt_font
from .sale_words import state_words, tenders_summary
from .screen import Screen
from .services import UiServices
from .widgets import button, label

__all__ = ["ATTENTION", "HistoryScreen", "state_words", "tenders_summary"]

DAY_MS = 86_400_000
COLUMNS = ("#", N_("Time"), N_("Total"), N_("State"), N_("Paid with"))
ATTENTION = QColor("#fde8e7")  # the error status colour: a sale that needs a manager
MUTED = QColor("#5b6670")
SIDE_WIDTH = 520  # px: the receipt's 42 columns, and the action buttons side by side
ALL_TEXT, ONLY_TEXT = N_("Needs a manager only ({count})"), N_("Show all sales")


def start_of_today_ms() -> int:
    now = time.localtime()
    midnight = time.mktime((now.tm_year, now.tm_mon, now.tm_mday, 0, 0, 0, 0, 0, -1))
    return int(midnight * 1000)


class HistoryScreen(Screen):
    """Today's sales, newest first; the ones that need a manager are highlighted (F10 shows
    only them). The chosen sale's receipt, and what a manager may do with it."""

    title = N_("History")

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.sales: list[SaleFacts] = []
        self.only_attention = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("Today's sales"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)  # touch-sized rows
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemSelectionChanged.connect(self._selected)
        self.heading = label(tr("Today's sales"), role="title", name=tr("List shown"))
        self.filter_button = button(tr(ALL_TEXT).format(count=0), key="F10",
                                    name=tr("Show only sales that need a manager"))
        self.filter_button.clicked.connect(self.toggle_filter)

        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setFont(receipt_font())
        self.receipt.setAccessibleName(tr("Receipt"))
        self.receipt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.receipt.setStyleSheet("font-size: 14px;")  # 42 columns of paper must fit
        self.reprint_button = button(tr("Reprint"), key="F6", name=tr("Reprint receipt"))
        self.reprint_button.clicked.connect(self.reprint)
        self.sale_actions = SaleActions(services, self.tasks, self.status)
        self.sale_actions.also_disable = [self.table, self.filter_button]
        self.sale_actions.changed.connect(self.refresh)
        self.sale_actions.rung_up.connect(self._rung_up)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter_button)
        panel = QWidget()
        panel.setFixedWidth(SIDE_WIDTH)  # the list keeps its place whatever the sale offers
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.receipt, 1)
        side.addWidget(self.reprint_button)
        side.addWidget(self.sale_actions)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_slot)
        # Bound methods, not lambdas: Qt drops the connections when the screen is destroyed.
        services.checkout.sale_finished.connect(self._sale_finished)
        services.desk.op_changed.connect(self._sale_finished)
        self._selected()

    # -- hooks -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.table.setFocus()
        wanted, self.services.focus_sale = self.services.focus_sale, None
        if wanted is None:
            return
        if self.only_attention:
            self.toggle_filter()
        if self.select_sale(wanted):
            self.sale_actions.payment_combo.setFocus()
            self.status.show_message(
                tr(
                    "Sale #{wanted}: choose the payment to refund, then Refund payment (F7)."
                ).format(wanted=wanted),
                "info",
            )
        else:
            self.status.show_message(
                tr(
                    "Sale #{wanted} isn't among today's sales — check the number on the receipt."
                ).format(wanted=wanted),
                "warn",
            )

    def _sale_finished(self, _what: object) -> None:
        if not (self.isVisible() and self.tasks.running):  # a running step refreshes it
            self.refresh_if_shown()

    def back(self) -> bool:
        return self.sale_actions.back()

    def _rung_up(self) -> None:
        self.navigate.emit("sale")

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload today's sales from the journal, keeping the selected sale selected."""
        chosen = self.selected_sale()
        start = start_of_today_ms()
        journal = self.services.checkout.journal
        refunds = refunds_by_charge(journal.desk_ops_between(start, journal.now_ms() + DAY_MS))
        every = [SaleFacts.of(sale, journal, refunds, start)
                 for sale in journal.sales_between(start, start + DAY_MS * 2)]
        attention = sum(1 for facts in every if facts.needs_manager)
        if self.only_attention and not attention:
            self.only_attention = False
        self.sales = [f for f in every if f.needs_manager or not self.only_attention]
        self.heading.setText(tr("Sales that need a manager") if self.only_attention
                             else tr("Today's sales"))
        self.filter_button.setText(
            tr("{value}  [F10]").format(
                value=tr(ONLY_TEXT) if self.only_attention else tr(ALL_TEXT).format(count=attention)
            )
        )
        self.filter_button.setShortcut(QKeySequence("F10"))  # setText reset it
        self.filter_button.setEnabled(bool(attention) or self.only_attention)
        self.table.setRowCount(len(self.sales))
        for row, facts in enumerate(self.sales):
            self._fill_row(row, facts)
        for column in range(len(COLUMNS) - 1):  # the last one takes the room that is left
            self.table.resizeColumnToContents(column)
        keep = next((i for i, f in enumerate(self.sales) if chosen and f.sale.id == chosen.id),
                    None)
        if keep is not None:
            self.table.selectRow(keep)
        self._selected()

    def _fill_row(self, row: int, facts: SaleFacts) -> None:
        sale = facts.sale
        cells = (str(sale.number), clock(sale.created_ms), sale.fmt(sale.total),
                 facts.state_text, tenders_summary(sale))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in (0, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if facts.needs_manager:  # highlighted wherever it is, filtered or not
                item.setBackground(QBrush(ATTENTION))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif sale.state is SaleState.CANCELLED:
                item.setForeground(QBrush(MUTED))
            self.table.setItem(row, column, item)

    def toggle_filter(self) -> None:
        self.only_attention = not self.only_attention
        self.refresh()
        if self.only_attention and self.sales and self.selected_sale() is None:
            self.table.selectRow(0)

    def select_sale(self, number: int) -> bool:
        for row, facts in enumerate(self.sales):
            if facts.sale.number == number:
                self.table.selectRow(row)
                return True
        return False

    def selected_facts(self) -> SaleFacts | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.sales):
            return None
        return self.sales[rows[0].row()]

    def selected_sale(self) -> Sale | None:
        facts = self.selected_facts()
        return facts.sale if facts else None

    def row_state(self, number: int) -> str:
        """The State column of sale `number` as shown ("" when not listed)."""
        for row, facts in enumerate(self.sales):
            item = self.table.item(row, 3)
            if facts.sale.number == number and item is not None:
                return item.text()
        return ""

    def _selected(self) -> None:
        facts = self.selected_facts()
        self.reprint_button.setEnabled(facts is not None)
        self.receipt.setPlainText(self._receipt_text(facts.sale) if facts else
                                  tr("Choose a sale to see its receipt."))
        self.sale_actions.show_sale(facts)

    def _receipt_text(self, sale: Sale) -> str:
        return build_receipt(sale, self.services.store, reprint=True, words=tr).render_text()

    # -- actions -------------------------------------------------------------------------------

    def reprint(self) -> None:
        sale = self.selected_sale()
        if sale is None:
            self.status.show_message(tr("Choose a sale to reprint."), "warn")
            return
        print_copy(self, sale, self.reprint_button, tr("Reprinting sale #{number}…"),
                   tr("Receipt of sale #{number} reprinted ({where})."))
