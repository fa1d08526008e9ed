"""The pay screen: the remaining due, gift card / card / cash tenders, the ledger, the receipt."""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from pos_app.checkout.controller import CodeNeeded, TenderResult
from pos_app.clover.cards import CardDetails
from pos_app.domain import build_receipt
from pos_app.domain.cards import GiftCardInput
from pos_app.domain.sale import Sale, SaleState
from pos_app.domain.tender import TenderKind, TenderState
from pos_app.hardware import CardRead, SwipeError, parse_manual
from pos_app.hardware.printer_port import PrinterFault
from pos_app.money import MoneyError, parse_money
from pos_app.staff import Action, Approval

from . import receipt_view
from .approval import ApprovalDialog, with_approval
from .printer_words import DRAWER_FAILED, drawer_message
from .services import UiServices
from .tender_layout import ENDED, NEW_SALE, TAKING, TenderLayout
from .tender_panels import EntryError
from .widgets import relabel

__all__ = ["TenderScreen"]

log = logging.getLogger(__name__)

CANCEL_CONFIRM_MS = 5_000


class TenderScreen(TenderLayout):
    """Takes tenders until the sale is paid; every request runs through `self.tasks`."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: ApprovalDialog | None = None  # a manager's PIN, when one is needed
        self._last_notice = ""
        self._drawer_opened: set[str] = set()  # cash tenders whose drawer kick went out
        self._drawer_tasks: set[asyncio.Future[bool]] = set()
        self._cancel_timer = QTimer(self)
        self._cancel_timer.setSingleShot(True)
        self._cancel_timer.setInterval(CANCEL_CONFIRM_MS)
        self._cancel_timer.timeout.connect(self._disarm_cancel)
        for tender, mode in ((self.gift_button, "gift_card"), (self.card_button, "card"),
                             (self.cash_button, "cash")):
            tender.clicked.connect(lambda _=False, m=mode: self.choose(m))
        self.amount.textEdited.connect(self._amount_edited)
        self.gift_panel.submitted.connect(self._gift_keyed)
        self.card_panel.submitted.connect(self._card_keyed)
        self.cash_panel.tendered.connect(self.pay_cash)
        self.cash_panel.error.connect(lambda text: self.status.show_message(text, "error"))
        self.check_button.clicked.connect(self.check_again)
        self.remove_button.clicked.connect(self.remove_payment)
        self.cancel_button.clicked.connect(self.cancel_sale)
        self.back_button.clicked.connect(lambda: self.navigate.emit("sale"))
        self.new_sale_button.clicked.connect(self.new_sale)
        self.print_button.clicked.connect(self.print_receipt)
        for enter in self.enter_keys:
            enter.activated.connect(self._enter_pressed)
        self.checkout.sale_changed.connect(self._sale_changed)
        self.checkout.notice.connect(self._notice)
        self.refresh()

    # -- signals ---------------------------------------------------------------------------

    def _sale_changed(self, sale: object) -> None:
        current = self.checkout.sale
        if isinstance(sale, Sale) and current is not None and sale.id == current.id:
            self.refresh_later()

    def _notice(self, text: str) -> None:
        self._last_notice = text
        if not self.tasks.running and self.isVisible():
            self.status.show_message(text, "info")  # e.g. a background retry finished

    # -- tenders -------------------------------------------------------------------------------

    def _ready(self) -> bool:
        sale = self.checkout.sale
        if self.tasks.running:
            self.status.show_message("Wait — the last payment is still being checked.", "warn")
            return False
        if sale is None or sale.state not in TAKING or sale.cancel_requested:
            self.status.show_message("This sale isn't taking payments — press New sale.", "warn")
            return False
        return True

    def choose(self, mode: str) -> None:
        if not self._ready():
            return
        self.set_mode(mode)
        sale = self.checkout.sale
        if mode == "cash" and sale is not None:
            self.cash_panel.start(sale.remaining_due)
        elif mode == "gift_card":
            self.gift_panel.start()
        else:
            self.card_panel.start()

    def _amount_edited(self, _text: str) -> None:
        self._amount_typed = True

    def _asked(self) -> tuple[bool, int | None]:
        """(ok, amount): None means the whole remaining due."""
        sale = self.checkout.sale
        if not self._amount_typed or sale is None:
            return True, None
        try:
            cents = parse_money(self.amount.text(), sale.currency).cents
        except MoneyError as exc:
            self.status.show_message(exc.user_message, "error")
            self.amount.setFocus()
            return False, None
        return True, None if cents >= sale.remaining_due else cents

    def _triggers(self) -> list[QWidget]:
        return [self.gift_button, self.card_button, self.cash_button, self.amount,
                self.gift_panel.pay_button, self.card_panel.pay_button,
                self.cash_panel.take_button, *self.cash_panel.quick_buttons,
                self.check_button, self.remove_button, self.cancel_button, self.back_button]

    def pay_gift_card(self, card: GiftCardInput) -> None:
        ok, amount = self._asked()
        if ok and self._ready():
            self.set_mode("gift_card")
            self.tasks.run(self.checkout.pay_gift_card(card, amount),
                           busy="Checking the gift card…", disable=self._triggers(),
                           done=self._tendered,
                           failed=lambda exc: self._gift_failed(exc, card))

    def _gift_failed(self, exc: BaseException, card: GiftCardInput) -> None:
        self._failed(exc)
        if isinstance(exc, CodeNeeded):  # keep the swiped number: only the code is keyed
            self.set_mode("gift_card")
            what = "access code" if exc.access_code else "security code"
            self.gift_panel.hold_number(
                card.number, f"Gift card ····{card.last4} — key its {what}, then Enter:")
            self.status.show_message(exc.user_message, "warn")

    def pay_card(self, card: CardDetails) -> None:
        ok, amount = self._asked()
        if ok and self._ready():
            self.set_mode("card")
            self.tasks.run(self.checkout.pay_card(card, amount), busy="Charging the card…",
                           disable=self._triggers(), done=self._tendered, failed=self._failed)

    def pay_cash(self, tendered: int) -> None:
        if self._ready():
            self.tasks.run(self.checkout.pay_cash(tendered), busy="Recording the cash…",
                           disable=self._triggers(), done=self._tendered, failed=self._failed)

    # A bad amount or a bad entry is said and changes nothing: what was keyed stays keyed.

    def _gift_keyed(self) -> None:
        if not self._asked()[0]:
            return
        try:
            card = self.gift_panel.take()
        except (SwipeError, EntryError) as exc:
            self.status.show_message(exc.user_message, "error")
            return
        self.pay_gift_card(card)

    def _card_keyed(self) -> None:
        if not self._asked()[0]:
            return
        try:
            card = self.card_panel.take()
        except (SwipeError, EntryError) as exc:
            self.status.show_message(exc.user_message, "error")
            return
        self.pay_card(card)

    def _tendered(self, result: TenderResult) -> None:
        self._amount_typed = False
        self.refresh()
        if result.state is TenderState.DECLINED:
            self.status.show_message(result.message, "error")
            if self.mode == "card":
                self.card_panel.start()
            elif self.mode == "gift_card":
                self.gift_panel.start()
            return
        if not result.state.settled or result.sale_state is SaleState.NEEDS_ATTENTION:
            self.status.show_message(result.message, "warn")
            return
        self.status.show_message(result.message, "ok")
        if result.tender.kind is TenderKind.CASH:
            self._open_drawer(result.tender.id)
        if result.sale_state in ENDED:
            return
        self.set_mode(None)
        after_gift = result.tender.kind is TenderKind.GIFT_CARD
        (self.card_button if after_gift else self.gift_button).setFocus()

    def _open_drawer(self, tender_id: str) -> None:
        """Cash was taken: the drawer opens (off the loop; the sale never waits for it). In
        training it stays shut — no real money changes hands, and a trainee never opens the
        till's cash."""
        sale = self.checkout.sale
        if sale is None or sale.training or tender_id in self._drawer_opened:
            return
        self._drawer_opened.add(tender_id)
        task = asyncio.ensure_future(self.services.drawer.open())
        self._drawer_tasks.add(task)
        task.add_done_callback(self._drawer_done)

    def _drawer_done(self, task: asyncio.Future[bool]) -> None:
        self._drawer_tasks.discard(task)
        if task.cancelled() or not shiboken6.isValid(self.status):
            return
        fault = task.exception()
        if isinstance(fault, PrinterFault):
            self.status.show_message(drawer_message(fault), "warn")
        elif fault is not None:
            log.error("the cash drawer failed", exc_info=fault)
            self.status.show_message(DRAWER_FAILED.format(where="?"), "warn")

    def _failed(self, _exc: BaseException) -> None:
        self.refresh()

    def check_again(self) -> None:
        self.tasks.run(self.checkout.check_again(), busy="Checking with Clover…",
                       disable=self._triggers(),
                       done=lambda r: self._tendered(r) if r else self.refresh(),
                       failed=self._failed)

    def remove_payment(self) -> None:
        sale = self.checkout.sale
        if sale is None or not self._ready():
            return
        tender_id = self.ledger.selected_tender_id()
        if tender_id is None and len(sale.reversible) == 1:
            tender_id = sale.reversible[0].id
        if tender_id is None:
            self.status.show_message("Select the payment to remove in the list.", "warn")
            self.ledger.setFocus()
            return
        tender = sale.tender(tender_id)

        def go(_approval: Approval) -> None:
            self._last_notice = ""
            self.tasks.run(self.checkout.remove_tender(tender_id),
                           busy="Reversing the payment…", disable=self._triggers(),
                           done=self._removed, failed=self._failed)

        # Removing a payment (one that took, or may have taken, money) needs a manager's PIN
        # for a cashier; the audit keeps who asked and who approved.
        self.dialog = with_approval(self, self.services, Action.REMOVE_PAYMENT,
                                    f"{tender.label} {sale.fmt(tender.paid)}", go)

    def _removed(self, done: bool) -> None:
        self.refresh()
        self.status.show_message(self._last_notice, "ok" if done else "warn")

    # -- cancel: press twice (an inline confirmation, never a modal dialog) --------------------

    def cancel_sale(self) -> None:
        if not self._cancel_timer.isActive():
            self._cancel_timer.start()
            relabel(self.cancel_button, "Press again to cancel  [F12]", "F12")
            self.status.show_message("Press Cancel sale again to cancel the sale and reverse "
                                     "every payment.", "warn")
            return
        self._disarm_cancel()
        if self.tasks.running:
            self.status.show_message("Wait — the last payment is still being checked.", "warn")
            return
        self.set_mode(None)
        self._last_notice = ""
        self.tasks.run(self.checkout.cancel(), busy="Cancelling — reversing every payment…",
                       disable=self._triggers(), done=self._cancelled, failed=self._failed)

    def _disarm_cancel(self) -> None:
        self._cancel_timer.stop()
        relabel(self.cancel_button, "Cancel sale  [F12]", "F12")

    def _cancelled(self, sale: Sale) -> None:
        self.refresh()
        ok = sale.state is SaleState.CANCELLED
        self.status.show_message(self._last_notice or "Sale cancelled.", "ok" if ok else "warn")

    # -- the receipt: printed straight to the register's printer, or none ----------------------

    def print_receipt(self) -> None:
        sale = self.checkout.sale
        if sale is None or sale.state not in ENDED or self.tasks.running:
            return
        receipt = build_receipt(sale, self.services.store)
        self.tasks.run(receipt_view.print_sale_receipt(receipt, self.services.settings,
                                                       f"sale-{sale.number}"),
                       busy=f"Printing the receipt of sale #{sale.number}…",
                       disable=[self.print_button, self.new_sale_button],
                       done=lambda where: self._printed(sale, where), failed=self._print_failed)

    def _printed(self, sale: Sale, where: str) -> None:
        self.printed_for = sale.id
        self.status.show_message(f"Receipt of sale #{sale.number} printed ({where}).", "ok")
        relabel(self.print_button, "Print again  [F6]", "F6")
        self.new_sale_button.setText(NEW_SALE)
        self.new_sale_button.setFocus()

    def _print_failed(self, _exc: BaseException) -> None:
        self.new_sale_button.setFocus()  # the message says why; Enter still starts a new sale

    def new_sale(self) -> None:
        """Leave the finished sale: a fresh one starts (and a new card's number is forgotten)."""
        self._amount_typed = False
        sale = self.checkout.sale
        if sale is not None and sale.state in ENDED:
            self.checkout.new_sale()
            self.hide_new_cards()  # the rest refreshes when this screen is shown again
        self.set_mode(None)
        self.status.show_message("", "info")
        self.navigate.emit("sale")

    def _enter_pressed(self) -> None:
        if self.new_sale_button.isVisible():
            self.new_sale()

    # -- hooks ---------------------------------------------------------------------------------

    def prepare(self) -> None:
        if not self.tasks.running:
            self._amount_typed = False
            self.set_mode(None)
            self.status.show_message("", "info")
        super().prepare()

    def on_shown(self) -> None:
        sale = self.checkout.sale
        if sale is not None and sale.state in ENDED:
            self.new_sale_button.setFocus()
        elif self.gift_button.isEnabled():
            self.gift_button.setFocus()

    def card_swiped(self, card: CardRead) -> bool:
        if not self._ready():
            return True
        try:
            if card.kind == "gift_card" or self.mode == "gift_card":
                number = parse_manual(card.number, expect="gift_card").number \
                    if card.kind == "card" else card.number
                code = self.gift_panel.typed_code() if self.mode == "gift_card" else None
                self.pay_gift_card(GiftCardInput(number, code))
                return True
        except SwipeError as exc:
            self.status.show_message(exc.user_message, "error")
            self.choose("gift_card")
            return True
        # Clover wants the CVV with every card: hold the swiped card until it is keyed.
        self.choose("card")
        if card.exp_month is None or card.exp_year is None:
            self.status.show_message("The card's expiry date didn't read — key the card in.",
                                     "error")
        else:
            self.card_panel.hold_swipe(card)
            self.status.show_message(f"Card ····{card.last4} read — key the CVV, then Enter.",
                                     "info")
        return True

    def back(self) -> bool:
        if self._cancel_timer.isActive():
            self._disarm_cancel()
            self.status.show_message("", "info")
            return True
        if self.mode is not None:
            self.set_mode(None)
            self.gift_button.setFocus()
            return True
        if self.back_button.isVisible() or self.new_sale_button.isVisible():
            self.navigate.emit("sale")
            return True
        return False
