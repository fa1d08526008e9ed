"""The pay screen's widgets and what they show for a sale; the behaviour is in tender_screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import build_receipt
from pos_app.domain.sale import Sale, SaleState
from pos_app.money import format_cents

from .screen import Screen
from .services import UiServices
from .slot import Slot
from .tender_panels import CardPanel, CashPanel, GiftCardPanel, TenderLedger
from .turns import paint_next_turn
from .widgets import button, keep_place, label, relabel, set_style

if TYPE_CHECKING:
    from pos_app.clover import NewGiftCard

__all__ = ["ENDED", "TAKING", "TenderLayout", "handover_text", "plain_amount"]

TAKING = (SaleState.OPEN, SaleState.TENDERING)
NO_RECEIPT = "New sale — no receipt  [Enter]"
NEW_SALE = "New sale  [Enter]"
ENDED = (SaleState.COMPLETED, SaleState.CANCELLED, SaleState.NEEDS_ATTENTION)


def handover_text(cards: Sequence[NewGiftCard]) -> str:
    """A new virtual card's number and code, for the customer: on screen only, never printed."""
    parts = []
    for card in cards:
        grouped = " ".join(card.number[i:i + 4] for i in range(0, len(card.number), 4))
        code = f"   Security code {card.security_code}" if card.security_code else ""
        parts.append(f"{grouped}{code}")
    if not parts:
        return ""
    title = "New gift card" if len(parts) == 1 else "New gift cards"
    return f"{title} — give this to the customer (it is not on the receipt):\n" + \
        "\n".join(parts)


def plain_amount(cents: int) -> str:
    """`2250` → `22.50`: what the amount field holds (parse_money reads it back)."""
    return f"{cents // 100}.{cents % 100:02d}"


class TenderLayout(Screen):
    """Left: TOTAL, Remaining due, amount, tender buttons, panels, receipt. Right: the ledger
    and the sale's buttons. `refresh()` shows the current sale; it sends no request."""

    title = "Pay"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.checkout = services.checkout
        self.mode: str | None = None  # "gift_card" | "card" | "cash": the open panel
        self._amount_typed = False
        self._receipt_for: str | None = None
        self.printed_for: str | None = None  # the sale whose receipt was printed
        root = QHBoxLayout(self)
        root.addLayout(self._left(), 3)
        root.addLayout(self._right(), 2)
        self.enter_keys: list[QShortcut] = []
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.enter_keys.append(enter)

    # -- layout --------------------------------------------------------------------------------

    def _left(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(label("Pay", role="title", name="Screen title"))
        summary = QWidget()
        amounts = QVBoxLayout(summary)
        amounts.setContentsMargins(0, 0, 0, 0)
        self.total = label(role="total", name="Total")
        self.due = label(role="due", name="Remaining due")  # or, after cash, the change due
        for widget in (self.total, self.due):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            amounts.addWidget(widget)
        # Each part that changes during a sale sits in a Slot: a new amount, a message or the
        # next panel re-lays out that part alone, never the whole window.
        box.addWidget(Slot(summary))
        box.addWidget(self.status_slot)  # what just happened, under the due it explains
        self.status.error_scale = 1.5  # a decline is read from across the counter
        self.status.lines = 3
        # Taking payments and the finished sale are two pages of one stack: changing over
        # swaps a page instead of showing and hiding a dozen widgets.
        self.body = QStackedWidget()
        self.body.addWidget(self._taking_page())
        self.body.addWidget(self._ended_page())
        box.addWidget(Slot(self.body), 1)
        return box

    def _taking_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.amount_label = label("Amount to pay:", name="Amount to pay label")
        self.amount = QLineEdit()
        self.amount.setAccessibleName("Amount to pay")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.amount_label)
        row.addWidget(self.amount, 1)
        box.addLayout(row)
        tenders = QHBoxLayout()
        self.gift_button = button("Gift card", role="tender", name="Gift card", key="F6")
        self.card_button = button("Card", role="tender", name="Card", key="F7")
        self.cash_button = button("Cash", role="tender", name="Cash", key="F8")
        for tender in (self.gift_button, self.card_button, self.cash_button):
            tenders.addWidget(tender)
        box.addLayout(tenders)
        self.panels = QStackedWidget()
        self.hint = label("Choose how the customer pays — or just swipe a card.", role="muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.gift_panel = GiftCardPanel()
        self.card_panel = CardPanel()
        self.cash_panel = CashPanel(self.services.currency)
        for panel in (self.hint, self.gift_panel, self.card_panel, self.cash_panel):
            self.panels.addWidget(panel)
        box.addWidget(Slot(self.panels))
        box.addStretch(1)
        return page

    def _ended_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.new_cards = label(role="handover", name="New gift card for the customer")
        self.new_cards.setWordWrap(True)
        self.new_cards.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.new_cards.setVisible(False)
        box.addWidget(self.new_cards)
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setAccessibleName("Receipt preview")
        self.receipt.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        box.addWidget(self.receipt, 1)
        return page

    def _right(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(label("Payments", role="title", name="Payments title"))
        self.ledger = TenderLedger()
        box.addWidget(self.ledger, 1)
        self.check_button = button("Check again", name="Check again", key="F9")
        self.remove_button = button("Remove payment", name="Remove payment", key="F10")
        self.cancel_button = button("Cancel sale", role="danger", name="Cancel sale", key="F12")
        self.back_button = button("Back to sale  [Esc]", name="Back to sale")
        self.print_button = button("Print receipt", name="Print receipt", key="F6")
        self.print_button.setMinimumHeight(80)
        self.new_sale_button = button(NO_RECEIPT, role="primary", name="New sale")
        self.new_sale_button.setAutoDefault(True)
        self.new_sale_button.setMinimumHeight(80)
        self.sale_buttons = QStackedWidget()  # while taking payments; or New sale
        taking = QWidget()
        buttons = QVBoxLayout(taking)
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (self.check_button, self.remove_button, self.cancel_button,
                       self.back_button):
            keep_place(widget)  # the buttons stay where the hand expects them
            buttons.addWidget(widget)
        ended = QWidget()
        ending = QVBoxLayout(ended)
        ending.setContentsMargins(0, 0, 0, 0)
        ending.addStretch(1)
        ending.addWidget(self.print_button)  # the sale is over: a receipt, or none
        ending.addWidget(self.new_sale_button)
        self.sale_buttons.addWidget(taking)
        self.sale_buttons.addWidget(ended)
        box.addWidget(Slot(self.sale_buttons))
        return box

    # -- what shows ----------------------------------------------------------------------------

    def _fmt(self, cents: int) -> str:
        return format_cents(cents, self.services.currency)

    def refresh(self) -> None:
        sale = self.checkout.sale
        ended = sale is not None and sale.state in ENDED
        taking = sale is not None and sale.state in TAKING and not sale.cancel_requested
        busy = self.tasks.running
        fmt = sale.fmt if sale is not None else self._fmt
        due = sale.remaining_due if sale is not None else 0
        self.total.setText(f"TOTAL  {fmt(sale.total if sale else 0)}")
        paid = sale is not None and sale.total > 0 and due == 0
        change = sale.change_due if sale is not None else 0
        # Once cash is over-tendered, the change to hand back is what the cashier needs.
        cancelled = sale is not None and sale.state is SaleState.CANCELLED
        stuck = sale is not None and sale.state is SaleState.NEEDS_ATTENTION
        self.due.setText("Sale cancelled" if cancelled else "Needs a manager" if stuck else
                         f"Change due {fmt(change)}" if change > 0 else
                         "Paid in full" if paid else f"Remaining due {fmt(due)}")
        set_style(self.due, "paid", "true" if paid else "false")
        if not self._amount_typed:
            self.amount.setText(plain_amount(due))
        page = 1 if ended else 0
        if self.body.currentIndex() != page:
            if self.isVisible():
                paint_next_turn(self.body)  # the other page (a receipt) paints next turn
            self.body.setCurrentIndex(page)
            self.sale_buttons.setCurrentIndex(page)
        for widget in (self.gift_button, self.card_button, self.cash_button, self.amount):
            widget.setEnabled(taking and not busy)
        self.cash_panel.set_due(due)
        self.ledger.show_sale(sale)
        self.check_button.setVisible(sale is not None and bool(sale.unsettled) and not ended)
        self.remove_button.setVisible(sale is not None and sale.state is SaleState.TENDERING
                                      and bool(sale.reversible))
        self.cancel_button.setVisible(not ended and sale is not None)
        # Nothing taken (no payment yet, or every one removed or declined): items can change.
        self.back_button.setVisible(sale is None or sale.state is SaleState.OPEN)
        if not ended:
            self.hide_new_cards()
        for enter in self.enter_keys:
            enter.setEnabled(ended)  # while a field is open, Enter belongs to it
        if ended and sale is not None:
            self._show_ended(sale)

    def _show_ended(self, sale: Sale) -> None:
        text = build_receipt(sale, self.services.store).render_text()
        if text != self.receipt.toPlainText():
            self.receipt.setPlainText(text)
        self.new_cards.setText(handover_text(self.checkout.new_cards(sale)))
        self.new_cards.setVisible(bool(self.new_cards.text()))
        if self._receipt_for != sale.id:
            self._receipt_for = sale.id
            self.set_mode(None)
            self.printed_for = None
            self.new_sale_button.setText(NO_RECEIPT)
            relabel(self.print_button, "Print receipt  [F6]", "F6")
            self.new_sale_button.setFocus()

    def rehearse(self) -> None:
        """Every panel and the finished sale's page too (before any sale: nothing to lose)."""
        for mode in ("gift_card", "card", "cash", None):
            self.set_mode(mode)
            super().rehearse()
        self.body.setCurrentIndex(1)
        self.sale_buttons.setCurrentIndex(1)
        super().rehearse()
        self.body.setCurrentIndex(0)
        self.sale_buttons.setCurrentIndex(0)

    def hide_new_cards(self) -> None:
        """A new virtual card's number leaves the screen (and the label) for good."""
        self.new_cards.clear()
        self.new_cards.setVisible(False)

    def set_mode(self, mode: str | None) -> None:
        self.gift_panel.clear()
        self.card_panel.clear()
        self.mode = mode
        panel = {"gift_card": self.gift_panel, "card": self.card_panel,
                 "cash": self.cash_panel}.get(mode or "", self.hint)
        self.panels.setCurrentWidget(panel)
