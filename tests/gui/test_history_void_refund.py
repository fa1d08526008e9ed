"""History: void a completed sale (press twice) and refund a gift card payment, through widgets."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.clover import CardDetails
from pos_app.domain import GiftCardInput, Sale, SaleState, TenderKind, TenderState
from pos_app.runtime import Runtime
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.main_window import MainWindow
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices
from tests.gui.conftest import APPROVED_BY, approve_as_manager, run_async

VISA = CardDetails("4111111111111111", 12, 2030, "123")
GIFT_40 = GiftCardInput("7777373100001234", "4321")
GIFT_100 = GiftCardInput("7777130000013", "1313")


class Window(NamedTuple):
    window: MainWindow
    history: HistoryScreen


def open_history(qtbot: QtBot, services: UiServices) -> Window:
    window = MainWindow(services)
    qtbot.addWidget(window)
    history = HistoryScreen(services)
    window.add_screen("sale", Screen(services), "Sale", "F1")
    window.add_screen("history", history, "History", "F4")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.current is history)
    return Window(window, history)


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def balance(runtime: Runtime, card: GiftCardInput) -> int:
    return int(sandbox(runtime).gift_card_state(card.number)["balance"])


def split_sale(qtbot: QtBot, services: UiServices) -> Sale:
    """$62.50: the gift card pays $40.00 of it, a Visa card the remaining $22.50."""
    checkout = services.checkout
    checkout.add_item("Jacket", 6250)
    run_async(qtbot, checkout.pay_gift_card(GIFT_40))
    done = run_async(qtbot, checkout.pay_card(VISA))
    assert done.sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    return checkout.sale


def test_voiding_a_split_sale_gives_the_gift_card_back_and_voids_the_card_charge(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    sale = split_sale(qtbot, services)
    assert balance(runtime, GIFT_40) == 0
    w = open_history(qtbot, services)
    actions = w.history.sale_actions
    assert w.history.select_sale(sale.number)
    assert actions.void_button.isVisible()

    qtbot.keyClick(w.window, Qt.Key.Key_F8)  # first press: says what will happen, does nothing

    qtbot.waitUntil(lambda: actions.armed)  # a shortcut clicks its button on a later turn
    assert "Press again" in actions.void_button.text()
    assert "Gift card ····1234 $40.00 goes back on the card" in w.history.status.text()
    assert "Visa ····1111 $22.50 is given back to the card" in w.history.status.text()
    assert balance(runtime, GIFT_40) == 0

    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    approve_as_manager(qtbot, actions)  # the cashier signed in may not void

    qtbot.waitUntil(lambda: w.history.status.text().startswith(f"Sale #{sale.number} voided"))
    assert w.history.status.kind == "ok"
    assert balance(runtime, GIFT_40) == 4000
    assert sandbox(runtime).gift_card_state(GIFT_40.number)["lock_amount"] == 0
    card = next(t for t in sale.tenders if t.kind is TenderKind.CARD)
    assert card.charge_id is not None
    charge = run_async(qtbot, runtime.client.get_charge(card.charge_id))
    assert charge.amount_refunded == 2250
    stored = services.checkout.journal.load(sale.id)
    assert stored.state is SaleState.CANCELLED
    assert [t.state for t in stored.tenders] == [TenderState.VOIDED, TenderState.VOIDED]
    assert w.history.row_state(sale.number) == "Voided"
    notes = actions.notes.text()
    assert f"approved by {APPROVED_BY}" in notes
    assert "Gift card ····1234 $40.00 — back on the card" in notes
    assert "Visa ····1111 $22.50 — charge voided" in notes
    assert not actions.void_button.isVisible()  # a voided sale is not offered again
    assert not actions.refund_button.isVisible()
    assert "4111111111111111" not in notes + w.history.status.text()


def test_escape_backs_out_of_a_half_done_void(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    sale = split_sale(qtbot, services)
    w = open_history(qtbot, services)
    actions = w.history.sale_actions
    assert w.history.select_sale(sale.number)
    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: actions.armed)

    qtbot.keyClick(w.window, Qt.Key.Key_Escape)

    assert not actions.armed
    assert actions.void_button.text() == "Void sale  [F8]"
    assert "unchanged" in w.history.status.text()
    qtbot.keyClick(w.window, Qt.Key.Key_F8)  # after Esc, one press only asks again
    qtbot.waitUntil(lambda: actions.armed)
    assert services.checkout.journal.load(sale.id).state is SaleState.COMPLETED
    assert balance(runtime, GIFT_40) == 0


def test_void_needs_a_manager_and_says_to_hand_back_cash(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = services.checkout
    checkout.add_item("Scarf", 6250)
    run_async(qtbot, checkout.pay_gift_card(GIFT_40))
    assert run_async(qtbot, checkout.pay_cash(3000)).sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    w = open_history(qtbot, services)
    actions = w.history.sale_actions
    assert w.history.select_sale(checkout.sale.number)

    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: actions.armed)
    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    # A wrong PIN is refused and nothing is voided; the manager's PIN approves.
    approve_as_manager(qtbot, actions, pin="000000")
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.status.text())
    assert services.checkout.journal.load(checkout.sale.id).state is SaleState.COMPLETED
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: "voided" in w.history.status.text())
    assert "Hand back $22.50 cash" in w.history.status.text()  # $30.00 less $7.50 change
    assert "Hand back $22.50 cash" in actions.notes.text()
    assert balance(runtime, GIFT_40) == 4000


def test_refund_of_a_gift_card_payment_in_part_then_the_rest(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = services.checkout
    checkout.add_item("Mug", 4000)
    assert run_async(qtbot, checkout.pay_gift_card(GIFT_100)).sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    number = checkout.sale.number
    w = open_history(qtbot, services)
    actions = w.history.sale_actions
    assert w.history.select_sale(number)
    assert actions.payment_combo.currentText() == "Gift card ····0013 — $40.00 left to refund"
    qtbot.keyClicks(actions.amount_edit, "15")

    qtbot.keyClick(w.window, Qt.Key.Key_F7)
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: "Refunded $15.00" in w.history.status.text())
    assert balance(runtime, GIFT_100) == 7500
    assert w.history.row_state(number) == "Completed · $15.00 refunded"
    assert actions.payment_combo.currentText() == "Gift card ····0013 — $25.00 left to refund"
    assert "Refunded $15.00 to Gift card ····0013" in actions.notes.text()
    assert f"approved by {APPROVED_BY}" in actions.notes.text()
    assert actions.void_button.isVisible()  # the void would give back the $25.00 left

    qtbot.keyClick(w.window, Qt.Key.Key_F7)  # blank amount: all that is left
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: "Refunded $25.00" in w.history.status.text())
    assert balance(runtime, GIFT_100) == 10000
    assert w.history.row_state(number) == "Completed · $40.00 refunded"
    assert not actions.refund_button.isVisible()  # nothing left: not offered again
    assert "refunded in full" in actions.notes.text()


def test_new_history_actions_have_keys_and_names(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_history(qtbot, services)
    actions = w.history.sale_actions
    keys = {}
    for widget in (actions.refund_button, actions.void_button, actions.retry_button,
                   w.history.filter_button, w.history.reprint_button):
        assert widget.accessibleName()
        keys[widget.shortcut().toString()] = widget
    assert sorted(keys) == ["F10", "F6", "F7", "F8", "F9"]
    for edit in (actions.amount_edit, actions.payment_combo):
        assert edit.accessibleName()
