"""The gift card desk: balance, sell, reload, virtual cards, cash-out, refund and void."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout import CheckoutError
from pos_app.checkout.desk_results import BalanceResult, DeskOpResult
from pos_app.domain import DeskOpKind, GiftCardInput, LineKind, SaleLine
from pos_app.hardware import CardRead, SwipeError, parse_manual
from pos_app.money import MoneyError, format_cents, parse_money
from pos_app.staff import Action

from .approval import ApprovalDialog, with_approval
from .screen import Screen
from .services import UiServices
from .widgets import button, label, relabel, set_style, text_field

__all__ = ["DeskScreen"]

WAITING = "Swipe a gift card, or key its number and security code."
CONFIRM_MS = 15_000  # a second press after this long starts over: no stray cash-out or void
CASHOUT_TEXT, VOID_TEXT = "Cash out", "Void"


def _confirm_timer(owner: QWidget, expired: Callable[[], None]) -> QTimer:
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(CONFIRM_MS)
    timer.timeout.connect(expired)
    return timer


class DeskScreen(Screen):
    """Gift card operations outside a sale. Selling and reloading put a line on the sale."""

    title = "Gift cards"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: ApprovalDialog | None = None  # a manager's PIN, when one is needed
        self._swiped: CardRead | None = None  # memory only, forgotten after each operation
        self._armed: tuple[str, ...] | None = None  # what a first Cash out / Void press asked
        self._timer = _confirm_timer(self, self.disarm)

        self.card_label = label(WAITING, role="muted", name="Gift card")
        self.number_edit = text_field("Gift card number", "Gift card number", secret=True)
        self.code_edit = text_field("Security code (if the card has one)", "Security code",
                                secret=True)
        self.amount_edit = text_field("Amount, like 25.00", "Amount")
        self.promo_edit = text_field("Promotion code (virtual cards)", "Promotion code")
        self.target_edit = text_field("Sale # to refund, or the refund / transaction id to void",
                                      "Sale number or refund id")
        self.result = label("", role="result", name="Result")
        self.result.setWordWrap(True)
        self.result.setVisible(False)

        self.balance_button = button("Balance", key="F6", role="action", name="Balance")
        self.sell_button = button("Sell card", key="F7", role="action", name="Sell card")
        self.reload_button = button("Reload", key="F8", role="action", name="Reload")
        self.virtual_button = button("Sell virtual", key="F12", role="action",
                                     name="Sell virtual card")
        self.cashout_button = button(CASHOUT_TEXT, key="F9", role="danger", name="Cash out")
        self.refund_button = button("Refund", key="F10", role="danger", name="Refund")
        self.void_button = button(VOID_TEXT, key="F11", role="danger", name="Void")
        self.action_buttons = [self.balance_button, self.sell_button, self.reload_button,
                        self.virtual_button, self.cashout_button, self.refund_button,
                        self.void_button]
        for widget, slot in zip(self.action_buttons, (
                self.check_balance, self.sell_card, self.reload_card, self.sell_virtual,
                self.cash_out, self.refund, self.void), strict=True):
            widget.clicked.connect(slot)

        form = QFormLayout()
        for text, edit in (("Card number", self.number_edit), ("Security code", self.code_edit),
                           ("Amount", self.amount_edit), ("Promotion code", self.promo_edit),
                           ("Sale # / refund id", self.target_edit)):
            form.addRow(label(text), edit)
        chain = [self.number_edit, self.code_edit, self.amount_edit, self.promo_edit,
                 self.target_edit]
        for here, after in itertools.pairwise(chain):  # Enter moves to the next field
            here.returnPressed.connect(after.setFocus)
        self.target_edit.returnPressed.connect(self.balance_button.setFocus)

        grid = QGridLayout()
        for index, widget in enumerate(self.action_buttons):
            grid.addWidget(widget, index // 4, index % 4)
        left = QVBoxLayout()
        left.addWidget(label(self.title, role="title"))
        left.addWidget(self.card_label)
        left.addLayout(form)
        left.addLayout(grid)
        left.addStretch(1)
        right = QVBoxLayout()  # the answer stays in view beside what was asked
        right.addWidget(label("Result", role="title", name="Result title"))
        right.addWidget(self.result)
        right.addWidget(self.status_slot)
        right.addStretch(1)
        answer = QWidget()
        answer.setLayout(right)
        answer.setMinimumWidth(400)
        right.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(answer)

    # -- hooks -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.number_edit.setFocus()

    def card_swiped(self, card: CardRead) -> bool:
        if card.kind != "gift_card":
            try:  # a gift card whose number looks like a bank card's
                card = parse_manual(card.number, expect="gift_card")
            except SwipeError as exc:
                self.status.show_message(exc.user_message, "error")
                return True
        self._swiped = card
        self.number_edit.clear()
        self.card_label.setText(f"Gift card ····{card.last4} swiped — choose what to do.")
        self.status.show_message(f"Gift card ····{card.last4} read.", "info")
        self.code_edit.setFocus()
        return True

    def back(self) -> bool:
        if self._armed is not None:
            self.disarm()
            self.status.show_message("Not done — nothing changed.", "info")
            return True
        typed = any(e.text() for e in (self.number_edit, self.code_edit, self.amount_edit,
                                        self.promo_edit, self.target_edit))
        if not (typed or self._swiped or self.result.isVisible()):
            return False
        self.clear(everything=True)
        self.status.show_message("Cleared.", "info")
        return True

    # -- what was typed ------------------------------------------------------------------------

    def clear(self, *, everything: bool = False) -> None:
        """Forget the card (always); with `everything`, every field and the result too."""
        self.disarm()
        self._swiped = None
        self.number_edit.clear()
        self.code_edit.clear()
        self.card_label.setText(WAITING)
        if everything:
            for edit in (self.amount_edit, self.promo_edit, self.target_edit):
                edit.clear()
            self.result.setVisible(False)

    def _card(self) -> GiftCardInput | None:
        code = self.code_edit.text().strip() or None
        if self._swiped is not None:
            return GiftCardInput(self._swiped.number, code)
        try:
            read = parse_manual(self.number_edit.text(), expect="gift_card")
        except SwipeError as exc:
            self._refuse(WAITING if not self.number_edit.text().strip() else exc.user_message,
                         self.number_edit)
            return None
        return GiftCardInput(read.number, code)

    def _amount(self) -> int | None:
        """The cents typed, or None after telling the cashier why it can't be used."""
        try:
            return parse_money(self.amount_edit.text(), self.services.currency).cents
        except MoneyError as exc:
            self._refuse(exc.user_message, self.amount_edit)
            return None

    def _refuse(self, message: str, focus: QWidget) -> None:
        self.status.show_message(message, "error")
        focus.setFocus()

    def _show_result(self, text: str, *, good: bool = True) -> None:
        self.result.setText(text)
        set_style(self.result, "paid", "true" if good else "false")
        self.result.setVisible(True)

    def _run(self, coro: Coroutine[Any, Any, Any], busy: str,
             done: Callable[[Any], None]) -> None:
        def failed(_exc: BaseException) -> None:
            self.clear()
            self.result.setVisible(False)

        def finished(value: Any) -> None:
            self.clear()
            done(value)

        self.tasks.run(coro, busy=busy, disable=self.action_buttons, done=finished, failed=failed)

    # -- actions -------------------------------------------------------------------------------

    def check_balance(self) -> None:
        card = self._card()
        if card is not None:
            self._run(self.services.desk.balance(card), "Checking the balance…",
                      self._balance_done)

    def _balance_done(self, answer: BalanceResult) -> None:
        if not answer.ok or answer.balance is None:
            self.status.show_message(answer.message, "error")
            self.result.setVisible(False)
            return
        fmt = format_cents
        available = answer.available if answer.available is not None else answer.balance
        self._show_result(f"Gift card ····{answer.last4}"
                          f"\nBalance {fmt(answer.balance, answer.currency)}"
                          f"\nOn hold {fmt(answer.locked, answer.currency)}"
                          f"\nAvailable {fmt(available, answer.currency)}")
        self.status.show_message(answer.message, "ok")

    def sell_card(self) -> None:
        self._add_line(reload=False)

    def reload_card(self) -> None:
        self._add_line(reload=True)

    def _add_line(self, *, reload: bool) -> None:
        card = self._card()
        amount = self._amount() if card is not None else None
        if card is None or amount is None:
            return
        checkout = self.services.checkout
        coro = checkout.add_reload(card, amount) if reload else checkout.add_gift_card(card, amount)
        self._run(coro, "Checking the gift card with Clover…", self._line_added)

    def sell_virtual(self) -> None:
        code = self.promo_edit.text().strip()
        if not code:
            self._refuse("Enter the promotion code of the virtual card.", self.promo_edit)
            return
        amount = None  # blank: a fixed-value promotion's own value
        if self.amount_edit.text().strip():
            amount = self._amount()
            if amount is None:
                return
        try:
            line = self.services.checkout.add_virtual_gift_card(code, amount)
        except CheckoutError as exc:  # e.g. $30.00 for a $50.00 card: refused before payment
            self._refuse(exc.user_message, self.amount_edit)
            return
        self.promo_edit.clear()
        self._line_added(line)

    def _line_added(self, line: SaleLine) -> None:
        what = "Reload of gift card" if line.kind is LineKind.RELOAD else "Gift card"
        card = f" ····{line.last4}" if line.last4 else " (virtual)"
        self.amount_edit.clear()
        amount = format_cents(line.amount, self.services.currency)
        self.status.show_message(f"{what}{card} for {amount} is on the sale — take payment "
                                 "on the Pay screen.", "ok")
        self.navigate.emit("sale")

    # -- press twice: what can't be taken back once Clover has done it -----------------------

    def disarm(self) -> None:
        self._timer.stop()
        self._armed = None
        relabel(self.cashout_button, f"{CASHOUT_TEXT}  [F9]", "F9")
        relabel(self.void_button, f"{VOID_TEXT}  [F11]", "F11")

    def _confirmed(self, what: tuple[str, ...], widget: QPushButton, key: str,
                   question: str) -> bool:
        """True on the second press for the same thing; the first press only asks."""
        if self._armed == what:
            self.disarm()
            return True
        self.disarm()
        self._armed = what
        self._timer.start()
        relabel(widget, f"Confirm  [{key}]", key)  # as wide as the button's own text
        self.status.show_message(f"{question} Press {key} again to confirm, Esc to stop.",
                                 "warn")
        return False

    def _approved(self, action: Action, what: str, then: Callable[[str], None]) -> None:
        """`then(approved_by)` with the signed-in person's own approval or, when their role
        may not do `action`, once a manager typed their PIN (the journal keeps both names)."""
        self.dialog = with_approval(self, self.services, action, what,
                                    lambda approval: then(approval.words))

    def cash_out(self) -> None:
        card = self._card()
        if card is None:
            return
        if not self._confirmed(("cashout", card.last4), self.cashout_button, "F9",
                               f"Pay out all of gift card ····{card.last4} in cash?"):
            return
        desk = self.services.desk

        def go(approved_by: str) -> None:
            self._run(desk.cashout(card, approved_by=approved_by),
                      "Cashing out the gift card…", self._op_done)

        if not desk.cashout_requires_manager:
            go("")  # the store's setting: cash-outs need nobody's approval
            return
        self._approved(Action.CASH_OUT, f"gift card ····{card.last4}", go)

    def refund(self) -> None:
        """Refunds are made from the sale (the receipt's Sale #): History lists its payments
        and refunds each to the card or cash it came from."""
        typed = self.target_edit.text().strip().lstrip("#").strip()
        if not typed.isdigit():
            self._refuse("Type the sale number from the receipt (Sale #…), then Refund: the "
                         "sale's payments are listed to choose from.", self.target_edit)
            return
        self.services.focus_sale = int(typed)
        self.target_edit.clear()
        self.navigate.emit("history")

    def void(self) -> None:
        target = self.target_edit.text().strip()
        known = self._known_refund(target)
        desk = self.services.desk
        what = "the refund" if known is not None else "the transaction"
        if not self._confirmed(("void", target), self.void_button, "F11",
                               f"Void {what} {target}?"):
            return

        def go(approved_by: str) -> None:
            if known is not None:
                coro = desk.void_refund(target, approved_by=approved_by, last4=known)
            else:
                coro = desk.void_transaction(target, approved_by=approved_by)
            self._run(coro, "Voiding…", self._op_done)

        self._approved(Action.VOID, f"{what} {target}", go)

    def _known_refund(self, target: str) -> str | None:
        """The last 4 of a refund this register made with that id (its journal), else None."""
        journal = self.services.checkout.journal
        for op in journal.desk_ops_between(0, journal.now_ms() + 1):
            if op.kind is DeskOpKind.REFUND and target and op.result_id == target:
                return op.last4 or ""
        return None

    def _op_done(self, result: DeskOpResult) -> None:
        for edit in (self.amount_edit, self.target_edit):
            edit.clear()
        kind = "ok" if result.done else ("warn" if result.needs_check else "error")
        self.status.show_message(result.message, kind)
        if result.done:
            extra = f"\n{result.op.kind.label} id {result.op.result_id}" \
                if result.op.result_id else ""
            self._show_result(result.message + extra)
        else:
            self._show_result(result.message, good=False)
