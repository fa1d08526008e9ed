"""A gift card Clover would refuse: a wrong amount is refused before the customer pays, and a
refusal for good after payment stops the retries and lets a manager refund the customer."""

from __future__ import annotations

import dataclasses
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.domain import GiftCardInput, LineState, SaleState
from pos_app.promotions import Promotion
from pos_app.runtime import Runtime
from pos_app.ui.desk_screen import DeskScreen
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.main_window import MainWindow
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices
from tests.gui.conftest import APPROVED_BY, approve_as_manager, run_async

DENOMINATED_50 = GiftCardInput("7777373100009585", "9585")  # inactive, a $50.00 card


class Window(NamedTuple):
    window: MainWindow
    sale: Screen
    desk: DeskScreen
    history: HistoryScreen


def open_window(qtbot: QtBot, services: UiServices) -> Window:
    window = MainWindow(services)
    qtbot.addWidget(window)
    sale, desk, history = Screen(services), DeskScreen(services), HistoryScreen(services)
    window.add_screen("sale", sale, "Sale", "F1")
    window.add_screen("desk", desk, "Gift cards", "F3")
    window.add_screen("history", history, "History", "F4")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return Window(window, sale, desk, history)


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def test_a_wrong_amount_for_a_fixed_value_promotion_is_refused_before_payment(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    qtbot.keyClicks(w.desk.promo_edit, "67062")
    qtbot.keyClicks(w.desk.amount_edit, "30")

    qtbot.mouseClick(w.desk.virtual_button, Qt.MouseButton.LeftButton)

    assert w.desk.status.kind == "error"
    assert w.desk.status.text() == ("Promotion 67062 is a $50.00 card — it can't be sold for "
                                    "$30.00. Leave the amount blank or enter $50.00.")
    assert w.window.current is w.desk  # still on the desk: nothing to pay for
    sale = services.checkout.sale
    assert sale is None or not sale.lines

    w.desk.amount_edit.clear()  # blank: the promotion's own value
    qtbot.mouseClick(w.desk.virtual_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: w.window.current is w.sale)
    sale = services.checkout.sale
    assert sale is not None
    [line] = sale.lines
    assert (line.amount, line.promotion_code) == (5000, "67062")


def test_an_unknown_promotion_or_an_amount_out_of_range_is_refused(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    for code, amount, said in (
            ("99999", "20", "Promotion code 99999 isn't set up on this register"),
            ("67063", "600", "Promotion 67063 cards are sold for $1.00 to $500.00 — not "
                             "$600.00."),
            ("67063", "", "Enter the amount for promotion 67063 ($1.00 to $500.00).")):
        w.desk.promo_edit.setText(code)
        w.desk.amount_edit.setText(amount)
        qtbot.mouseClick(w.desk.virtual_button, Qt.MouseButton.LeftButton)
        assert said in w.desk.status.text()
        sale = services.checkout.sale
        assert sale is None or not sale.lines


def test_a_refused_activation_stops_retrying_and_a_manager_refunds_the_cash(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = services.checkout
    # The physical card is a fixed $50.00 card: Clover refuses to activate it for $30.00,
    # which only the activation tells (an inactive card's balance inquiry doesn't).
    run_async(qtbot, checkout.add_gift_card(DENOMINATED_50, 3000))
    paid = run_async(qtbot, checkout.pay_cash(3000))

    assert paid.sale_state is SaleState.NEEDS_ATTENTION
    assert "Clover refused it" in paid.message
    assert "refunds the customer" in paid.message
    sale = checkout.sale
    assert sale is not None
    assert [line.state for line in sale.lines] == [LineState.FAILED]
    assert sandbox(runtime).gift_card_state(DENOMINATED_50.number)["status"] == "inactive"
    assert not checkout._retrying  # a refusal for good is not retried for ever
    run_async(qtbot, checkout.retry_now(sale.id))  # Try again now: still refused, not resent
    assert checkout.journal.load(sale.id).state is SaleState.NEEDS_ATTENTION

    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.select_sale(sale.number)
    actions = w.history.sale_actions
    assert "activation refused by Clover" in actions.notes.text()
    assert "the register doesn't" in actions.notes.text()  # not "keeps trying"
    assert "keeps trying" not in actions.notes.text()
    assert actions.void_button.isVisible()
    assert actions.void_button.text() == "Refund the customer  [F8]"

    qtbot.keyClick(w.window, Qt.Key.Key_F8)  # first press: says what it will do

    qtbot.waitUntil(lambda: actions.armed)
    assert "Hand back $30.00 cash" in w.history.status.text()
    assert checkout.journal.load(sale.id).state is SaleState.NEEDS_ATTENTION

    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    approve_as_manager(qtbot, actions)

    qtbot.waitUntil(lambda: f"Sale #{sale.number} refunded" in w.history.status.text())
    assert "Hand back $30.00 cash" in w.history.status.text()
    stored = checkout.journal.load(sale.id)
    assert stored.state is SaleState.CANCELLED
    assert [line.description for line in stored.lines] == ["Gift card"]  # kept, to ring again
    assert f"approved by {APPROVED_BY}" in actions.notes.text()
    assert "Clover refused its gift card" in actions.notes.text()
    assert not actions.void_button.isVisible()
    assert sandbox(runtime).gift_card_state(DENOMINATED_50.number)["status"] == "inactive"
    assert not actions.again_button.isVisible()  # a physical card must be swiped again



def test_a_refunded_virtual_card_sale_is_rung_up_again_from_history(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = services.checkout
    # The register's list of promotions is out of date: it thinks 67062 takes any amount,
    # Clover knows it as a $50.00 card and refuses the activation after the payment.
    checkout.config = dataclasses.replace(checkout.config,
                                          promotions=(Promotion("67062", None, 100, 50_000),))
    checkout.add_item("Card holder", 500)
    checkout.add_virtual_gift_card("67062", 2000)
    paid = run_async(qtbot, checkout.pay_cash(2500))
    assert paid.sale_state is SaleState.NEEDS_ATTENTION
    sale = checkout.sale
    assert sale is not None
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.select_sale(sale.number)
    actions = w.history.sale_actions
    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: actions.armed)
    qtbot.keyClick(w.window, Qt.Key.Key_F8)
    approve_as_manager(qtbot, actions)
    qtbot.waitUntil(lambda: f"Sale #{sale.number} refunded" in w.history.status.text())
    assert "Hand back $25.00 cash" in w.history.status.text()
    assert actions.again_button.isVisible()

    qtbot.keyClick(w.window, Qt.Key.Key_F11)

    qtbot.waitUntil(lambda: w.window.current is w.sale)
    again = checkout.sale
    assert again is not None
    assert again.id != sale.id
    assert [(line.description, line.amount) for line in again.lines] == [
        ("Card holder", 500), ("Gift card (virtual)", 2000)]
    assert again.state is SaleState.OPEN
