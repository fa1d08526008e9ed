"""Sales and desk operations that need a manager: listed with what is owed, and Try again now."""

from __future__ import annotations

import dataclasses
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.clover import CardDetails
from pos_app.domain import DeskOp, DeskOpKind, DeskOpState, GiftCardInput, SaleState
from pos_app.runtime import Runtime
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.main_window import MainWindow
from pos_app.ui.recovery_screen import NOTHING_OWED, RecoveryScreen
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices
from tests.gui.conftest import run_async

VISA = CardDetails("4111111111111111", 12, 2030, "123")
GIFT_40 = GiftCardInput("7777373100001234", "4321")
GIFT_50 = GiftCardInput("7777373100005003", "12345678")
GIFT_100 = GiftCardInput("7777130000013", "1313")
OWED = "Visa ····1111 $20.00: refund not confirmed by Clover yet"


class Window(NamedTuple):
    window: MainWindow
    history: HistoryScreen
    recovery: RecoveryScreen


def open_window(qtbot: QtBot, services: UiServices) -> Window:
    window = MainWindow(services)
    qtbot.addWidget(window)
    history, recovery = HistoryScreen(services), RecoveryScreen(services)
    window.add_screen("sale", Screen(services), "Sale", "F1")
    window.add_screen("history", history, "History", "F4")
    window.add_screen("recovery", recovery, "Recovery")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return Window(window, history, recovery)


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def owed_texts(recovery: RecoveryScreen) -> list[str]:
    return [recovery.owed.item(i).text() for i in range(recovery.owed.count())]


def cancel_that_fails(qtbot: QtBot, runtime: Runtime) -> str:
    """A sale cancelled while Clover refuses refunds: the gift card hold is released, the card
    charge's void is not confirmed, so the sale needs a manager. Returns its card charge id."""
    checkout = runtime.checkout
    # Only Try again now may settle it in these tests: the background retry waits an hour.
    checkout.config = dataclasses.replace(checkout.config, attention_delays=(3600.0,))
    # The fixture's quick resends don't reach the steps (built with the controller): set them.
    checkout.steps.config = dataclasses.replace(checkout.steps.config, reconcile_delay=0.01)
    checkout.add_item("Jacket", 6250)
    run_async(qtbot, checkout.pay_gift_card(GIFT_40))
    run_async(qtbot, checkout.pay_card(VISA, amount=2000))
    sandbox(runtime).faults.add("POST /v1/refunds", "error", count=1000, status=503)
    sale = run_async(qtbot, checkout.cancel(), timeout=30_000)
    assert sale.state is SaleState.NEEDS_ATTENTION
    card = sale.tenders[-1]
    assert card.charge_id is not None
    return card.charge_id


def test_a_sale_that_needs_a_manager_is_listed_and_try_again_settles_it(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    charge_id = cancel_that_fails(qtbot, runtime)
    assert sandbox(runtime).gift_card_state(GIFT_40.number)["lock_amount"] == 0
    w = open_window(qtbot, services)
    w.window.show_screen("recovery")

    [item] = owed_texts(w.recovery)
    assert "being reversed" in item
    assert OWED in item
    assert w.recovery.owed_title.text() == "Needs a manager (1)"
    assert "1 sale needs a manager" in w.recovery.hint.text()
    sandbox(runtime).faults.clear()  # Clover answers again

    qtbot.keyClick(w.window, Qt.Key.Key_F9)

    qtbot.waitUntil(lambda: "is settled" in w.recovery.status.text(), timeout=30_000)
    assert "reversed" in w.recovery.status.text()
    assert owed_texts(w.recovery) == [NOTHING_OWED]
    assert not w.recovery.retry_button.isEnabled()
    charge = run_async(qtbot, runtime.client.get_charge(charge_id))
    assert charge.amount_refunded == 2000
    assert sandbox(runtime).gift_card_state(GIFT_40.number)["balance"] == 4000
    assert runtime.checkout.sale is not None
    assert runtime.checkout.sale.state is SaleState.CANCELLED


def test_history_marks_a_sale_that_needs_a_manager_and_can_try_again(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    cancel_that_fails(qtbot, runtime)
    runtime.checkout.new_sale()
    runtime.checkout.add_item("Socks", 900)
    assert run_async(qtbot, runtime.checkout.pay_cash(900)).sale_state is SaleState.COMPLETED
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    assert w.history.table.rowCount() == 2
    assert "(1)" in w.history.filter_button.text()

    qtbot.keyClick(w.window, Qt.Key.Key_F10)  # only what needs a manager

    qtbot.waitUntil(lambda: w.history.table.rowCount() == 1)
    assert w.history.heading.text() == "Sales that need a manager"
    assert w.history.table.item(0, 3).text() == "Needs a manager"
    actions = w.history.sale_actions
    assert OWED in actions.notes.text()
    assert actions.retry_button.isVisible()
    assert not actions.void_button.isVisible()

    qtbot.keyClick(w.window, Qt.Key.Key_F9)  # still refused by Clover: says so, stays listed

    qtbot.waitUntil(lambda: "still needs a manager" in w.history.status.text(), timeout=30_000)
    assert OWED in w.history.status.text()
    # One background retry per sale, however many times a manager tried again.
    assert len(runtime.checkout._tasks) == 1
    sandbox(runtime).faults.clear()

    qtbot.keyClick(w.window, Qt.Key.Key_F9)

    qtbot.waitUntil(lambda: "is settled" in w.history.status.text(), timeout=30_000)
    assert w.history.table.rowCount() == 2  # nothing needs a manager: the whole list again
    assert "Cancelled" in [w.history.table.item(r, 3).text() for r in range(2)]


def test_recovery_lists_the_desk_operations_a_crash_cut_short(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout, journal = runtime.checkout, runtime.journal
    checkout.add_item("Mug", 4000)
    paid = run_async(qtbot, checkout.pay_gift_card(GIFT_100))
    assert paid.tender.charge_id is not None
    # The register stopped right after journaling a refund and a cash-out (nothing was sent).
    refund = DeskOp(DeskOpKind.REFUND, amount=1000, training=True, last4="0013",
                    target_id=paid.tender.charge_id, approved_by="Maria")
    cashout = DeskOp(DeskOpKind.CASHOUT, training=True, last4="5003", approved_by="Maria")
    for op in (refund, cashout):
        journal.save_desk_op(op, "journaled")
    results = run_async(qtbot, runtime.desk.recover())
    assert [r.state for r in results] == [DeskOpState.DONE, DeskOpState.UNKNOWN]

    w = open_window(qtbot, services)
    w.recovery.show_desk_results(results)
    w.window.show_screen("recovery")

    assert "stopped in the middle of 2 gift card operations" in w.recovery.heading.text()
    done, left = (w.recovery.list.item(i).text() for i in range(w.recovery.list.count()))
    assert done.startswith("Refund to gift card ····0013 · $10.00 · approved by Maria")
    assert "interrupted → finished" in done
    assert "Refunded $10.00 to gift card ····0013" in done
    assert left.startswith("Cash-out of gift card ····5003")
    assert "NEEDS A MANAGER" in left
    assert "Don't pay out cash until you know" in left
    [owed] = owed_texts(w.recovery)
    assert owed.startswith("Cash-out of gift card ····5003 · approved by Maria")
    assert sandbox(runtime).gift_card_state(GIFT_100.number)["balance"] == 7000

    qtbot.keyClick(w.window, Qt.Key.Key_F9)  # the card token is gone: a manager must check

    qtbot.waitUntil(lambda: "Check card ····5003's balance" in w.recovery.status.text())
    assert w.recovery.status.kind == "warn"
    assert sandbox(runtime).gift_card_state(GIFT_50.number)["balance"] == 5000
    assert len(owed_texts(w.recovery)) == 1
    assert GIFT_50.number not in " ".join(owed_texts(w.recovery)) + w.recovery.status.text()
