"""After a crash: what the register did with each unfinished sale and gift card operation; and,
any time, what still needs a manager, with Try again now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout import CheckoutError
from pos_app.checkout.desk_results import DeskOpResult
from pos_app.domain import DeskOp, Sale, SaleState, build_receipt
from pos_app.lang import N_

from .i18n import tr
from .receipt_view import print_copy, receipt_font
from .recovery_words import (
    describe,
    describe_desk,
    items_text,
    left_off_note,
    owed_desk_op,
    owed_sale,
)
from .sale_words import given_back, outstanding
from .screen import Screen
from .services import UiServices
from .widgets import button, label, shortcut

__all__ = ["RecoveryScreen", "describe"]

ATTENTION = QColor("#fde8e7")
NOTHING_OWED = N_("Nothing needs a manager.")
SALE, DESK = "sale:", "desk:"
RECEIPT_WIDTH = 440  # px: the receipt's 42 columns


_COUNTED = {"sale": (N_("{count} sale"), N_("{count} sales")),
            "op": (N_("{count} gift card operation"), N_("{count} gift card operations"))}


def _plural(count: int, what: str) -> str:
    return tr(_COUNTED[what][count != 1]).format(count=count)


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSpacing(4)
    return widget


class RecoveryScreen(Screen):
    """Shown at start when recovery settled (or tried to) unfinished sales or desk operations."""

    title = N_("Recovery")

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        # What `GiftCardDesk.recover()` did at start-up: app.py keeps it in UiServices.
        self.desk_results: list[DeskOpResult] = list(services.desk_recovery)
        self.heading = label("", role="title", name=tr("Recovery summary"))
        self.heading.setWordWrap(True)
        self.hint = label("", role="muted")
        self.hint.setWordWrap(True)
        self.after_title = label(tr("What the register did after the restart"), role="muted")
        self.list = _list(tr("Unfinished sales and gift card operations, and what was done"))
        self.owed_title = label(tr("Needs a manager"), role="title")
        self.owed = _list(tr("Sales and gift card operations that need a manager"))
        self.owed.itemSelectionChanged.connect(self._chosen)
        self.retry_button = button(tr("Try again now"), key="F9",
                                   name=tr("Try again now: ask Clover about the chosen one"))
        self.retry_button.clicked.connect(self.try_again)
        self.continue_button = button(tr("Continue to sale"), role="primary", key="Enter",
                                      name=tr("Continue to sale"))
        self.continue_button.clicked.connect(lambda: self.navigate.emit("sale"))
        shortcut(self, "Return", self.continue_button.click)  # both Enter keys continue
        # The chosen recovered sale: its receipt, and (reversed) its items to ring up again.
        self.list.itemSelectionChanged.connect(self._recovered_chosen)
        panel = self._receipt_panel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        lists = QVBoxLayout()
        lists.addWidget(self.heading)
        lists.addWidget(self.hint)
        lists.addWidget(self.after_title)
        lists.addWidget(self.list, 1)
        lists.addWidget(self.owed_title)
        lists.addWidget(self.owed, 1)
        body = QHBoxLayout()
        body.addLayout(lists, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_slot)
        layout.addLayout(buttons)
        services.checkout.sale_finished.connect(self._changed)
        services.desk.op_changed.connect(self._changed)
        self.refresh()

    def _receipt_panel(self) -> QWidget:
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setFont(receipt_font())
        self.receipt.setAccessibleName(tr("Receipt of the chosen sale"))
        self.receipt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.receipt.setStyleSheet("font-size: 14px;")
        self.print_button = button(tr("Print receipt"), key="F6",
                                   name=tr("Print the chosen sale's receipt"))
        self.print_button.clicked.connect(self.print_chosen)
        self.again_button = button(tr("Ring up again"), key="F7",
                                   name=tr("Ring up the chosen sale's items again"))
        self.again_button.clicked.connect(self.ring_up_again)
        panel = QWidget()
        panel.setFixedWidth(RECEIPT_WIDTH)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.receipt, 1)
        side.addWidget(self.print_button)
        side.addWidget(self.again_button)
        return panel

    # -- hooks ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.continue_button.setFocus()

    def _changed(self, _what: object) -> None:
        if not (self.isVisible() and self.tasks.running):  # a running step refreshes it
            self.refresh_if_shown()

    def show_desk_results(self, results: list[DeskOpResult]) -> None:
        """What `GiftCardDesk.recover()` did at start-up (desk operations a crash cut short)."""
        self.desk_results = list(results)
        self.refresh()

    # -- the lists -------------------------------------------------------------------------

    def refresh(self) -> None:
        journal = self.services.checkout.journal
        sales, ops = self.services.recovery, self.desk_results
        chosen_recovered = self._recovered_key()
        self.list.clear()
        for action in sales:
            self._add(self.list, describe(action, self._sale(action.sale_id)),
                      action.needs_manager, SALE + action.sale_id)
        for result in ops:
            now = self._desk_op(result.op.id)
            self._add(self.list, describe_desk(result, now), result.needs_check)
        self.after_title.setVisible(bool(sales or ops))
        self.list.setVisible(bool(sales or ops))
        recovered = [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.list.count())]
        if sales:
            self.list.setCurrentRow(recovered.index(chosen_recovered)
                                    if chosen_recovered in recovered else 0)
        self._recovered_chosen()

        owed_sales = self.services.checkout.needing_attention()
        owed_ops = journal.unfinished_desk_ops()
        chosen = self._chosen_key()
        self.owed.clear()
        for sale in owed_sales:
            self._add(self.owed, owed_sale(sale), True, SALE + sale.id)
        for op in owed_ops:
            self._add(self.owed, owed_desk_op(op), True, DESK + op.id)
        if self.owed.count() == 0:
            item = QListWidgetItem(tr(NOTHING_OWED))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.owed.addItem(item)
        keys = [self.owed.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.owed.count())]
        if owed_sales or owed_ops:
            self.owed.setCurrentRow(keys.index(chosen) if chosen in keys else 0)
        self.owed_title.setText(
            tr("Needs a manager ({value})").format(value=len(owed_sales) + len(owed_ops))
        )
        self._refused = sum(1 for sale in owed_sales if sale.refused_lines
                            and not sale.cancel_requested)
        self._texts(len(sales), len(ops), len(owed_sales), len(owed_ops))
        self._chosen()

    def _texts(self, sales: int, ops: int, owed_sales: int, owed_ops: int) -> None:
        done = tr(" and ").join(part for part in (
            _plural(sales, "sale") if sales else "",
            _plural(ops, "op") if ops else "") if part)
        owed = tr(" and ").join(part for part in (
            _plural(owed_sales, "sale") if owed_sales else "",
            _plural(owed_ops, "op") if owed_ops else "") if part)
        if done:
            self.heading.setText(
                tr("The register stopped in the middle of {done} — here is what it did").format(
                    done=done
                )
            )
        else:
            self.heading.setText(tr("Sales and gift card operations that need a manager")
                                 if owed else tr("Nothing unfinished — nothing to recover."))
        self.hint.setText(
            (tr("{owed} needs a manager (highlighted).") if owed_sales + owed_ops == 1
             else tr("{owed} need a manager (highlighted).")).format(owed=owed)
            + " " + tr("Nothing counts as settled until Clover confirms it: the register keeps "
                       "asking by itself — choose one and press Try again now (F9) to ask "
                       "at once.")
            if owed
            else tr(
                "Every payment is settled: nobody was charged twice or left charged "
                "for a cancelled sale."
            )
        )
        if self._refused:
            self.hint.setText(self.hint.text() + tr(" A gift card Clover refused for good is not "
                              "asked again: refund that customer in History (F4)."))

    def _add(self, target: QListWidget, text: str, attention: bool,
             key: str | None = None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if attention:
            item.setBackground(QBrush(ATTENTION))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        target.addItem(item)

    def _sale(self, sale_id: str) -> Sale | None:
        try:
            return self.services.checkout.journal.load(sale_id)
        except KeyError:
            return None

    # -- the chosen recovered sale: receipt, ring up again ------------------------------------

    def _recovered_key(self) -> str | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key if isinstance(key, str) and key.startswith(SALE) else None

    def chosen_sale(self) -> Sale | None:
        """The recovered sale chosen in the upper list, as the journal holds it now."""
        key = self._recovered_key()
        return self._sale(key.removeprefix(SALE)) if key else None

    def _recovered_chosen(self) -> None:
        sale = self.chosen_sale()
        shown = sale is not None
        for widget in (self.receipt, self.print_button, self.again_button):
            widget.setVisible(shown)
        if sale is None:
            self.receipt.clear()
            return
        self.receipt.setPlainText(self._receipt_text(sale))
        items = items_text(sale)
        again = sale.state is SaleState.CANCELLED and bool(items)
        self.again_button.setEnabled(again)
        self.again_button.setToolTip(
            tr("A new sale with: {items}").format(items=items)
            if again
            else tr("Only a reversed sale with items can be rung up again.")
        )

    def _receipt_text(self, sale: Sale) -> str:
        return build_receipt(sale, self.services.store, reprint=True, words=tr).render_text()

    def print_chosen(self) -> None:
        sale = self.chosen_sale()
        if sale is None:
            self.status.show_message(tr("Choose a sale in the list above to print its receipt."),
                                     "warn")
            return
        print_copy(self, sale, self.print_button,
                   tr("Printing the receipt of sale #{number}…"),
                   tr("Receipt of sale #{number} printed ({where})."))

    def ring_up_again(self) -> None:
        """The reversed sale's items on a new sale, then the Sale screen: the customer pays
        again at a press."""
        sale = self.chosen_sale()
        if sale is None or sale.state is not SaleState.CANCELLED:
            self.status.show_message(tr("Choose a reversed sale to ring it up again."), "warn")
            return
        try:
            again = self.services.checkout.ring_up_again(sale.id)
        except CheckoutError as exc:
            self.status.show_message(exc.user_message, "error")
            return
        note = left_off_note(sale, again)
        self.status.show_message(
            tr("Sale #{number} rung up again as sale #{number2} ({amount}).{note}").format(
                number=sale.number, number2=again.number, amount=again.fmt(again.total), note=note
            ),
            "ok",
        )
        self.navigate.emit("sale")

    def _desk_op(self, op_id: str) -> DeskOp | None:
        try:
            return self.services.checkout.journal.load_desk_op(op_id)
        except KeyError:
            return None

    def _chosen_key(self) -> str | None:
        item = self.owed.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key if isinstance(key, str) else None

    def _chosen(self) -> None:
        self.retry_button.setEnabled(self._chosen_key() is not None)

    # -- try again now -----------------------------------------------------------------------

    def try_again(self) -> None:
        """Ask Clover again about the chosen sale or desk operation, at once (one at a time,
        journaled first, like the register's own retries)."""
        key = self._chosen_key()
        if key is None:
            self.status.show_message(NOTHING_OWED, "ok")
            return
        disable = [self.retry_button, self.continue_button, self.owed]
        if key.startswith(SALE):
            self.tasks.run(self.services.checkout.retry_now(key.removeprefix(SALE)),
                           busy=tr("Asking Clover again…"), disable=disable, done=self._tried_sale)
        else:
            self.tasks.run(self.services.desk.retry(key.removeprefix(DESK)),
                           busy=tr("Asking Clover again…"), disable=disable, done=self._tried_desk)

    def _tried_sale(self, sale: Sale) -> None:
        self.refresh()
        if sale.state is SaleState.NEEDS_ATTENTION:
            self.status.show_message(
                tr("Sale #{number} still needs a manager: {join}.").format(
                    number=sale.number, join=" · ".join(outstanding(sale))
                ),
                "warn",
            )
            return
        said = sorted(given_back(sale), key=lambda text: not text.startswith("Hand back"))
        end = "reversed" if sale.state is SaleState.CANCELLED else "finished"
        tail = f": {' · '.join(said)}." if said and end == "reversed" else "."
        self.status.show_message(
            tr("Sale #{number} is settled — {end}{tail}").format(
                number=sale.number, end=end, tail=tail
            ),
            "ok",
        )

    def _tried_desk(self, result: DeskOpResult) -> None:
        self.refresh()
        kind = "ok" if result.done else ("warn" if result.needs_check else "info")
        self.status.show_message(result.message, kind)
