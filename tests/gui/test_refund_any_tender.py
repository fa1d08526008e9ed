"""Refunds from the sale: each payment back to its own tender (card through Clover's refund of
its charge, cash handed back and journaled), the desk's Refund by sale number, and a void of
the whole sale after part of it was refunded."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.clover import CardDetails
from pos_app.domain import DeskOpKind, DeskOpState, GiftCardInput, Sale, SaleState, TenderKind
from pos_app.runtime import Runtime
from pos_app.ui.desk_screen import DeskScreen
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
    desk: DeskScreen
    history: HistoryScreen


def open_window(qtbot: QtBot, services: UiServices) -> Window:
    window = MainWindow(services)
    qtbot.addWidget(window)
    desk, history = DeskScreen(services), HistoryScreen(services)
    window.add_screen("sale", Screen(services), "Sale", "F1")
    window.add_screen("desk", desk, "Gift cards", "F3")
    window.add_screen("history", history, "History", "F4")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return Window(window, desk, history)


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def balance(runtime: Runtime, card: GiftCardInput) -> int:
    return int(sandbox(runtime).gift_card_state(card.number)["balance"])


def paid(qtbot: QtBot, services: UiServices, *tenders: str) -> Sale:
    """$62.50: the gift card pays $40.00, then a Visa card or cash ($30.00 handed over) the
    remaining $22.50."""
    checkout = services.checkout
    checkout.new_sale()
    checkout.add_item("Jacket", 6250)
    run_async(qtbot, checkout.pay_gift_card(GIFT_40))
    if "card" in tenders:
        done = run_async(qtbot, checkout.pay_card(VISA))
    else:
        done = run_async(qtbot, checkout.pay_cash(3000))
    assert done.sale_state is SaleState.COMPLETED
    assert checkout.sale is not None
    return checkout.sale


def choose_payment(w: Window, starts: str) -> None:
    combo = w.history.sale_actions.payment_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(next(i for i, text in enumerate(texts) if text.startswith(starts)))


def test_history_refunds_part_of_a_card_payment_to_its_card_through_clover(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    sale = paid(qtbot, services, "card")
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.select_sale(sale.number)
    actions = w.history.sale_actions
    combo = actions.payment_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Gift card ····1234 — $40.00 left to refund", "Visa ····1111 — $22.50 left to refund"]
    choose_payment(w, "Visa")
    qtbot.keyClicks(actions.amount_edit, "10")

    qtbot.keyClick(w.window, Qt.Key.Key_F7)
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: "Refunded $10.00 to card ····1111" in w.history.status.text())
    card = next(t for t in sale.tenders if t.kind is TenderKind.CARD)
    assert card.charge_id is not None
    charge = run_async(qtbot, runtime.client.get_charge(card.charge_id))
    assert charge.amount_refunded == 1000
    assert balance(runtime, GIFT_40) == 0  # the gift card payment is untouched
    assert w.history.row_state(sale.number) == "Completed · $10.00 refunded"
    assert "Refunded $10.00 to Visa ····1111" in actions.notes.text()
    choose_payment(w, "Visa")
    assert combo.currentText() == "Visa ····1111 — $12.50 left to refund"
    assert "4111111111111111" not in actions.notes.text() + w.history.status.text()


def test_history_hands_back_a_cash_payment_and_journals_it(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    sale = paid(qtbot, services, "cash")
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.select_sale(sale.number)
    actions = w.history.sale_actions
    choose_payment(w, "Cash")
    assert actions.payment_combo.currentText() == "Cash — $22.50 left to refund"

    qtbot.keyClick(w.window, Qt.Key.Key_F7)  # blank amount: all of it
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: "Hand back $22.50 cash" in w.history.status.text())
    journal = services.checkout.journal
    [op] = [op for op in journal.desk_ops_between(0, journal.now_ms() + 1)]
    assert (op.kind, op.state, op.amount, op.approved_by) == (
        DeskOpKind.CASH_REFUND, DeskOpState.DONE, 2250, APPROVED_BY)
    assert w.history.row_state(sale.number) == "Completed · $22.50 refunded"
    assert "Handed back $22.50 cash" in actions.notes.text()
    assert [actions.payment_combo.itemText(i) for i in range(actions.payment_combo.count())] \
        == ["Gift card ····1234 — $40.00 left to refund"]  # cash: nothing left to give back
    assert balance(runtime, GIFT_40) == 0


def test_the_desk_refund_picks_the_payment_from_the_sale_number_on_the_receipt(
    qtbot: QtBot, services: UiServices
) -> None:
    sale = paid(qtbot, services, "card")
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    qtbot.keyClicks(w.desk.target_edit, "abc")

    qtbot.keyClick(w.window, Qt.Key.Key_F10)

    qtbot.waitUntil(lambda: "sale number from the receipt" in w.desk.status.text())
    assert w.window.current is w.desk
    w.desk.target_edit.setText(f"#{sale.number}")

    qtbot.keyClick(w.window, Qt.Key.Key_F10)

    qtbot.waitUntil(lambda: w.window.current is w.history)
    assert w.history.selected_sale() is not None
    assert w.history.selected_sale().number == sale.number  # type: ignore[union-attr]
    assert w.history.sale_actions.payment_combo.count() == 2
    assert "choose the payment to refund" in w.history.status.text()


def test_a_sale_whose_gift_card_payment_was_partly_refunded_can_still_be_voided_whole(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = services.checkout
    checkout.add_item("Mug", 4000)
    assert run_async(qtbot, checkout.pay_gift_card(GIFT_100)).sale_state is SaleState.COMPLETED
    sale = checkout.sale
    assert sale is not None
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.select_sale(sale.number)
    actions = w.history.sale_actions
    qtbot.keyClicks(actions.amount_edit, "15")
    qtbot.keyClick(w.window, Qt.Key.Key_F7)
    approve_as_manager(qtbot, actions)
    qtbot.waitUntil(lambda: "Refunded $15.00" in w.history.status.text())
    assert balance(runtime, GIFT_100) == 7500
    assert actions.void_button.isVisible()

    qtbot.keyClick(w.window, Qt.Key.Key_F8)

    qtbot.waitUntil(lambda: actions.armed)
    assert "$25.00 (the rest of $40.00) goes back on the card" in w.history.status.text()
    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: f"Sale #{sale.number} voided" in w.history.status.text())
    assert balance(runtime, GIFT_100) == 10000  # $15.00 before, $25.00 now: never twice
    assert services.checkout.journal.load(sale.id).state is SaleState.CANCELLED
    notes = actions.notes.text()
    assert "Gift card ····0013 $15.00 — refunded at the desk before" in notes
    assert "Gift card ····0013 $25.00 — back on the card" in notes
