"""History's actions on the chosen sale: refund a payment, void the sale, try again."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from pos_app.checkout import CheckoutError
from pos_app.checkout.desk_results import DeskOpResult
from pos_app.domain import Sale, SaleState, TenderKind
from pos_app.money import MoneyError, parse_money
from pos_app.staff import Action, Approval

from .approval import ApprovalDialog, with_approval
from .history_facts import SaleFacts
from .recovery_words import items_text, left_off_note
from .sale_words import given_back, outstanding, void_preview
from .services import UiServices
from .tasks import UiTasks
from .widgets import StatusLine, button, label, relabel, set_style, text_field

__all__ = ["SaleActions"]

VOID_CONFIRM_MS = 15_000  # a second press after this long starts over: no stray voids
VOID_TEXT = "Void sale"
REFUND_SALE_TEXT = "Refund the customer"  # the same button, for a sale Clover refused


class SaleActions(QWidget):
    """The chosen sale's notes and what a manager may do with it. `changed` asks the screen to
    reload the list after an action finished."""

    changed = Signal()
    rung_up = Signal()  # a sale's items are on the till again: show the Sale screen

    def __init__(self, services: UiServices, tasks: UiTasks, status: StatusLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.status = services, tasks, status
        self.facts: SaleFacts | None = None
        self.also_disable: list[QWidget] = []  # the screen's list, while an action runs
        self._armed_for: str | None = None  # the sale id a first Void press armed
        self.dialog: ApprovalDialog | None = None  # a manager's PIN, when one is needed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VOID_CONFIRM_MS)
        self._timer.timeout.connect(self.disarm)

        self.notes = label("", name="What happened to this sale")
        self.notes.setWordWrap(True)
        self.refund_title = label("Refund a payment of this sale (to the card or cash it "
                                  "came from)", role="muted")
        self.payment_combo = QComboBox()
        self.payment_combo.setAccessibleName("Payment to refund")
        self.payment_combo.setMinimumHeight(48)
        self.amount_edit = text_field("Amount: all", "Refund amount")
        self.amount_edit.setToolTip("Leave blank to refund all that is left of the payment.")
        self.amount_edit.returnPressed.connect(self.refund)
        self.refund_button = button("Refund payment", role="danger", key="F7",
                                    name="Refund payment")
        self.void_button = button(VOID_TEXT, role="danger", key="F8", name="Void sale")
        self.retry_button = button("Try again now", role="primary", key="F9",
                                   name="Try again now")
        self.again_button = button("Ring up again", key="F11",
                                   name="Ring up this sale's items again")
        self.again_button.clicked.connect(self.ring_up_again)
        self.refund_button.clicked.connect(self.refund)
        self.void_button.clicked.connect(self.void)
        self.retry_button.clicked.connect(self.try_again)

        self.amount_edit.setFixedWidth(170)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes)
        layout.addWidget(self.refund_title)
        layout.addWidget(self.payment_combo)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.amount_edit)
        entry_row.addStretch(1)
        layout.addLayout(entry_row)
        layout.addLayout(buttons)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.again_button)
        self.show_sale(None)

    # -- the chosen sale ---------------------------------------------------------------------

    def show_sale(self, facts: SaleFacts | None) -> None:
        if facts is None or facts.sale.id != self._armed_for:
            self.disarm()
        self.facts = facts
        text, kind = facts.notes() if facts else ("", "info")
        self.notes.setText(text)
        set_style(self.notes, "status", kind)
        self.notes.setVisible(bool(text))
        self.payment_combo.clear()
        choices = facts.refund_choices if facts else []
        for choice in choices:
            left = facts.sale.fmt(choice.left) if facts else ""
            self.payment_combo.addItem(f"{choice.tender.label} — {left} left to refund",
                                       choice.tender.id)
        can_void = facts is not None and facts.void_refusal is None
        self._void_text = REFUND_SALE_TEXT if facts is not None and facts.refused else VOID_TEXT
        if not self.armed:
            relabel(self.void_button, f"{self._void_text}  [F8]", "F8")
        self.void_button.setAccessibleName(self._void_text)
        for widget in (self.refund_title, self.payment_combo, self.amount_edit,
                       self.refund_button):
            widget.setVisible(bool(choices))
        self.void_button.setVisible(can_void)
        self.retry_button.setVisible(facts is not None and facts.needs_manager)
        self.again_button.setVisible(facts is not None and facts.sale.state is SaleState.CANCELLED
                                     and bool(items_text(facts.sale)))
        if not (choices or can_void):
            self.amount_edit.clear()

    def back(self) -> bool:
        """Esc: first a half-done void, then what was typed."""
        if self._armed_for is not None:
            self.disarm()
            self.status.show_message("Void cancelled — the sale is unchanged.", "info")
            return True
        if self.amount_edit.text():
            self.amount_edit.clear()
            return True
        return False

    def disarm(self) -> None:
        self._timer.stop()
        self._armed_for = None
        relabel(self.void_button, f"{getattr(self, '_void_text', VOID_TEXT)}  [F8]", "F8")

    @property
    def armed(self) -> bool:
        return self._armed_for is not None

    # -- refund a gift card payment ----------------------------------------------------------

    def refund(self) -> None:
        facts, tender_id = self.facts, self.payment_combo.currentData()
        choice = next((c for c in facts.refund_choices if c.tender.id == tender_id), None) \
            if facts else None
        if facts is None or choice is None:
            self.status.show_message("Choose a completed sale and one of its payments.", "warn")
            return
        amount = None  # blank: all that is left of the payment
        if self.amount_edit.text().strip():
            try:
                amount = parse_money(self.amount_edit.text(), self.services.currency).cents
            except MoneyError as exc:
                self.status.show_message(exc.user_message, "error")
                self.amount_edit.setFocus()
                return
        self.disarm()
        desk, tender, sale = self.services.desk, choice.tender, facts.sale

        def go(approval: Approval) -> None:
            manager = approval.words
            if tender.kind is TenderKind.CASH:
                coro = desk.refund_cash(sale.id, tender.id, amount, approved_by=manager)
                busy = "Journaling the cash refund…"
            else:
                assert tender.charge_id is not None
                coro = desk.refund(tender.charge_id, amount, approved_by=manager,
                                   last4=tender.last4, sale_id=sale.id)
                busy = f"Refunding to {tender.label}…"
            self.tasks.run(coro, busy=busy, disable=self._triggers(), done=self._refunded)

        # The signed-in person's own approval, or a manager's PIN: there is no other way.
        what = (f"sale #{sale.number}, {tender.label}, "
                + (sale.fmt(amount) if amount is not None else "all that is left"))
        self.dialog = with_approval(self, self.services, Action.REFUND, what, go)

    def _refunded(self, result: DeskOpResult) -> None:
        self.amount_edit.clear()
        kind = "ok" if result.done else ("warn" if result.needs_check else "error")
        extra = f" Refund id {result.op.result_id}." if result.done and result.op.result_id \
            else ""
        self.changed.emit()
        self.status.show_message(result.message + extra, kind)

    # -- void the whole sale: press twice (an inline confirmation, never a modal dialog) -----

    def void(self) -> None:
        facts = self.facts
        if facts is None or facts.void_refusal is not None:
            self.status.show_message(facts.void_refusal if facts and facts.void_refusal
                                     else "Choose a completed sale to void.", "warn")
            return
        sale = facts.sale
        refund = facts.refused
        if self._armed_for != sale.id:
            self._armed_for = sale.id
            self._timer.start()
            verb = "refund" if refund else "void"
            relabel(self.void_button, f"Press again to {verb}  [F8]", "F8")
            what = " · ".join(void_preview(sale, facts.refunded_by_tender))
            head = (f"Refund the customer of sale #{sale.number} (Clover refused its gift "
                    "card)?" if refund else f"Void sale #{sale.number} ({sale.fmt(sale.total)})?")
            self.status.show_message(
                f"{head} {what}. Press {self._void_text} again (F8) to confirm, Esc to keep "
                "the sale.", "warn")
            return
        self.disarm()
        checkout = self.services.checkout

        def go(approval: Approval) -> None:
            if refund:
                coro = checkout.refund_refused(sale.id, approved_by=approval.words)
            else:
                coro = checkout.reverse_completed(sale.id, approved_by=approval.words)
            self.tasks.run(coro, busy=f"Sale #{sale.number}: giving every payment back…",
                           disable=self._triggers(), done=self._voided)

        self.dialog = with_approval(
            self, self.services, Action.REFUND if refund else Action.VOID,
            f"sale #{sale.number}, {sale.fmt(sale.total)}", go)

    def _voided(self, sale: Sale) -> None:
        self.changed.emit()
        if sale.state is SaleState.CANCELLED:
            said = " · ".join(_cash_first(given_back(sale)))
            done = "refunded" if sale.refused_lines else "voided"
            self.status.show_message(f"Sale #{sale.number} {done}: {said}.", "ok")
        else:
            owed = " · ".join(outstanding(sale))
            self.status.show_message(f"Sale #{sale.number} needs a manager: {owed}. The "
                                     "register keeps trying.", "warn")

    # -- try a sale that needs a manager again ---------------------------------------------

    def try_again(self) -> None:
        facts = self.facts
        if facts is None or not facts.needs_manager:
            self.status.show_message("Choose a sale that needs a manager.", "warn")
            return
        self.disarm()
        self.tasks.run(self.services.checkout.retry_now(facts.sale.id),
                       busy=f"Asking Clover again about sale #{facts.sale.number}…",
                       disable=self._triggers(), done=self._tried)

    def _tried(self, sale: Sale) -> None:
        self.changed.emit()
        if sale.state is SaleState.NEEDS_ATTENTION:
            owed = " · ".join(outstanding(sale))
            self.status.show_message(f"Sale #{sale.number} still needs a manager: {owed}.",
                                     "warn")
            return
        said = " · ".join(_cash_first(given_back(sale))) \
            if sale.state is SaleState.CANCELLED else ""
        end = "reversed" if sale.state is SaleState.CANCELLED else "finished"
        self.status.show_message(f"Sale #{sale.number} is settled: {end}"
                                 + (f" — {said}." if said else "."), "ok")

    # -- ring a reversed sale's items up again -------------------------------------------------

    def ring_up_again(self) -> None:
        facts = self.facts
        if facts is None or facts.sale.state is not SaleState.CANCELLED:
            self.status.show_message("Choose a cancelled or voided sale to ring it up again.",
                                     "warn")
            return
        try:
            again = self.services.checkout.ring_up_again(facts.sale.id)
        except CheckoutError as exc:
            self.status.show_message(exc.user_message, "error")
            return
        self.status.show_message(f"Sale #{facts.sale.number} rung up again as sale "
                                 f"#{again.number} ({again.fmt(again.total)})."
                                 f"{left_off_note(facts.sale, again)}", "ok")
        self.rung_up.emit()

    def _triggers(self) -> list[QWidget]:
        return [self.refund_button, self.void_button, self.retry_button, *self.also_disable]


def _cash_first(said: list[str]) -> list[str]:
    """Cash to hand back is what the cashier must act on: it goes first."""
    return sorted(said, key=lambda text: not text.startswith("Hand back"))
