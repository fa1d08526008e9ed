"""The gift card desk, History and Recovery screens, driven through their widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from pos_app.checkout.recovery import recover
from pos_app.domain import DeskOpKind, GiftCardInput, LineKind, SaleState
from pos_app.hardware import parse_manual
from pos_app.runtime import Runtime
from pos_app.ui.desk_screen import DeskScreen
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.main_window import MainWindow
from pos_app.ui.receipt_view import print_now
from pos_app.ui.recovery_screen import RecoveryScreen
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices
from tests.gui.conftest import APPROVED_BY, approve_as_manager, run_async

GIFT_100 = ("7777130000013", "1313")
GIFT_40 = ("7777373100001234", "4321")
GIFT_50 = ("7777373100005003", "12345678")
INACTIVE = ("7777373100009581", "9581")
GIFT_25 = "600123"


class Window(NamedTuple):
    window: MainWindow
    sale: Screen
    desk: DeskScreen
    history: HistoryScreen
    recovery: RecoveryScreen


def open_window(qtbot: QtBot, services: UiServices) -> Window:
    window = MainWindow(services)
    qtbot.addWidget(window)
    sale, desk = Screen(services), DeskScreen(services)
    history, recovery = HistoryScreen(services), RecoveryScreen(services)
    window.add_screen("sale", sale, "Sale", "F1")
    window.add_screen("desk", desk, "Gift cards", "F3")
    window.add_screen("history", history, "History", "F4")
    window.add_screen("recovery", recovery, "Recovery")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return Window(window, sale, desk, history, recovery)


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def balance(runtime: Runtime, number: str) -> int:
    return int(sandbox(runtime).gift_card_state(number)["balance"])


def key_card(qtbot: QtBot, desk: DeskScreen, number: str, code: str | None = None) -> None:
    qtbot.keyClicks(desk.number_edit, number)
    if code:
        qtbot.keyClicks(desk.code_edit, code)


def result_sale_number(services: UiServices) -> int:
    sale = services.checkout.sale
    assert sale is not None
    return sale.number


def card_fields_empty(desk: DeskScreen) -> bool:
    return not desk.number_edit.text() and not desk.code_edit.text()


def test_card_fields_are_masked_and_every_control_is_named_and_touch_sized(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")

    assert w.desk.number_edit.echoMode() is QLineEdit.EchoMode.Password
    assert w.desk.code_edit.echoMode() is QLineEdit.EchoMode.Password
    for button in w.desk.action_buttons:
        assert button.accessibleName()
        assert button.height() >= 48


def test_balance_of_a_keyed_card_shows_its_balance_and_forgets_the_card(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *GIFT_100)

    qtbot.mouseClick(w.desk.balance_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "$100.00" in w.desk.result.text())
    assert "····0013" in w.desk.result.text()
    assert "Available $100.00" in w.desk.result.text()
    assert card_fields_empty(w.desk)
    assert GIFT_100[0] not in w.desk.result.text() + w.desk.status.text()


def test_balance_by_function_key_takes_a_swiped_gift_card(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    assert w.desk.card_swiped(parse_manual(GIFT_25))
    assert "····0123" in w.desk.card_label.text()

    qtbot.keyClick(w.window, Qt.Key.Key_F6)

    qtbot.waitUntil(lambda: "$25.00" in w.desk.result.text())


def test_cash_out_with_a_manager_pays_the_balance_out(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *GIFT_40)

    qtbot.mouseClick(w.desk.cashout_button, Qt.MouseButton.LeftButton)  # first press: asks

    assert "Press F9 again to confirm" in w.desk.status.text()
    assert "····1234" in w.desk.status.text()
    assert w.desk.cashout_button.text() == "Confirm  [F9]"
    assert balance(runtime, GIFT_40[0]) == 4000

    qtbot.mouseClick(w.desk.cashout_button, Qt.MouseButton.LeftButton)
    approve_as_manager(qtbot, w.desk)  # the cashier signed in may not cash out

    qtbot.waitUntil(lambda: "Pay the customer $40.00 in cash" in w.desk.result.text())
    assert balance(runtime, GIFT_40[0]) == 0
    assert card_fields_empty(w.desk)
    journal = services.checkout.journal
    [op] = journal.desk_ops_between(0, journal.now_ms() + 1)
    assert op.approved_by == APPROVED_BY


def test_cash_out_without_a_manager_is_refused_and_pays_nothing(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *GIFT_50)

    for _ in range(2):  # asked, then confirmed: a manager must approve next
        qtbot.mouseClick(w.desk.cashout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.desk.dialog is not None and w.desk.dialog.isVisible())
    assert "A manager must approve: cash-out" in w.desk.dialog.heading.text()
    qtbot.mouseClick(w.desk.dialog.cancel_button, Qt.MouseButton.LeftButton)  # none at hand

    qtbot.waitUntil(lambda: not w.desk.dialog.isVisible())
    assert not w.desk.result.isVisible()
    assert balance(runtime, GIFT_50[0]) == 5000
    assert w.desk.cashout_button.isEnabled()


def test_selling_an_inactive_card_puts_it_on_the_sale(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *INACTIVE)
    qtbot.keyClicks(w.desk.amount_edit, "30")

    qtbot.keyClick(w.window, Qt.Key.Key_F7)

    qtbot.waitUntil(lambda: w.window.current is w.sale)
    sale = services.checkout.sale
    assert sale is not None
    [line] = sale.lines
    assert (line.kind, line.amount, line.last4) == (LineKind.GIFT_CARD, 3000, "9581")
    assert "is on the sale" in w.desk.status.text()
    assert card_fields_empty(w.desk)


def test_reload_puts_a_reload_line_on_the_sale(qtbot: QtBot, services: UiServices) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, GIFT_25)
    qtbot.keyClicks(w.desk.amount_edit, "10.00")

    qtbot.mouseClick(w.desk.reload_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: w.window.current is w.sale)
    sale = services.checkout.sale
    assert sale is not None
    assert [(x.kind, x.amount) for x in sale.lines] == [(LineKind.RELOAD, 1000)]


def test_reloading_an_inactive_card_is_refused(qtbot: QtBot, services: UiServices) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *INACTIVE)
    qtbot.keyClicks(w.desk.amount_edit, "10")

    qtbot.mouseClick(w.desk.reload_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: w.desk.status.kind == "error")
    assert "isn't active" in w.desk.status.text()
    assert w.window.current is w.desk
    assert services.checkout.sale is None or not services.checkout.sale.lines


def test_refund_from_history_and_void_of_that_refund_from_the_desk(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    services.checkout.add_item("Mug", 4000)
    result = run_async(qtbot, services.checkout.pay_gift_card(GiftCardInput(*GIFT_100)))
    assert result.sale_state is SaleState.COMPLETED
    assert balance(runtime, GIFT_100[0]) == 6000
    w = open_window(qtbot, services)

    qtbot.keyClick(w.window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: w.window.current is w.history)
    assert w.history.table.rowCount() == 1
    assert w.history.table.item(0, 3).text() == "Completed"
    assert w.history.table.item(0, 4).text() == "Gift card ····0013 $40.00"
    assert w.history.select_sale(result_sale_number(services))
    qtbot.waitUntil(lambda: "(copy)" in w.history.receipt.toPlainText())
    assert w.history.sale_actions.refund_button.isVisible()
    qtbot.mouseClick(w.history.sale_actions.refund_button, Qt.MouseButton.LeftButton)
    approve_as_manager(qtbot, w.history.sale_actions)

    qtbot.waitUntil(lambda: "Refunded $40.00" in w.history.status.text())
    assert balance(runtime, GIFT_100[0]) == 10000
    journal = services.checkout.journal
    [refund] = [op for op in journal.desk_ops_between(0, journal.now_ms() + 1)
                if op.kind is DeskOpKind.REFUND]
    assert refund.result_id is not None
    assert refund.result_id in w.history.status.text()

    qtbot.keyClick(w.window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: w.window.current is w.desk)
    qtbot.keyClicks(w.desk.target_edit, refund.result_id)
    qtbot.keyClick(w.window, Qt.Key.Key_F11)  # first press: asks, voids nothing

    qtbot.waitUntil(lambda: "Press F11 again to confirm" in w.desk.status.text())
    assert f"Void the refund {refund.result_id}?" in w.desk.status.text()
    assert balance(runtime, GIFT_100[0]) == 10000
    qtbot.keyClick(w.window, Qt.Key.Key_F11)
    approve_as_manager(qtbot, w.desk)

    qtbot.waitUntil(lambda: "Voided: $40.00" in w.desk.result.text())
    assert balance(runtime, GIFT_100[0]) == 6000


def test_recovery_screen_lists_the_sale_it_reversed_after_a_crash(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    # The register "stopped" with a gift card hold on a sale that wasn't paid in full.
    runtime.checkout.add_item("Lamp", 5000)
    held = run_async(qtbot, runtime.checkout.pay_gift_card(GiftCardInput(GIFT_25)))
    assert held.sale_state is SaleState.TENDERING
    assert sandbox(runtime).gift_card_state(GIFT_25)["lock_amount"] == 2500

    services.recovery = run_async(qtbot, recover(runtime.checkout))
    w = open_window(qtbot, services)
    w.window.show_screen("recovery")

    assert "stopped in the middle of 1 sale" in w.recovery.heading.text()
    [item] = [w.recovery.list.item(i) for i in range(w.recovery.list.count())]
    assert "$50.00" in item.text()
    assert "reversed" in item.text()
    assert sandbox(runtime).gift_card_state(GIFT_25)["lock_amount"] == 0
    assert balance(runtime, GIFT_25) == 2500

    qtbot.keyClick(w.window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.window.current is w.sale)


def test_try_again_leaves_the_sale_at_the_till_alone(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    # A sale the cashier is still taking payment for is not unfinished business for Recovery.
    runtime.checkout.add_item("Lamp", 5000)
    run_async(qtbot, runtime.checkout.pay_gift_card(GiftCardInput(GIFT_25)))
    w = open_window(qtbot, services)
    w.window.show_screen("recovery")

    qtbot.keyClick(w.window, Qt.Key.Key_F9)

    assert not w.recovery.retry_button.isEnabled()
    assert w.recovery.owed.item(0).text() == "Nothing needs a manager."
    assert sandbox(runtime).gift_card_state(GIFT_25)["lock_amount"] == 2500
    assert runtime.checkout.sale is not None
    assert runtime.checkout.sale.state is SaleState.TENDERING


def test_receipt_prints_to_pdf(qtbot: QtBot, services: UiServices, tmp_path: Path) -> None:
    where = print_now("Test Shop\nMug            $40.00\n", f"pdf:{tmp_path}", "sale-7")

    target = Path(where)
    assert target.parent == tmp_path and target.name.startswith("sale-7-")
    assert target.read_bytes().startswith(b"%PDF")


def test_selling_a_virtual_card_puts_a_line_with_its_promotion_code(
    qtbot: QtBot, services: UiServices
) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    qtbot.keyClicks(w.desk.promo_edit, "67063")
    qtbot.keyClicks(w.desk.amount_edit, "20")

    qtbot.mouseClick(w.desk.virtual_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: w.window.current is w.sale)
    sale = services.checkout.sale
    assert sale is not None
    [line] = sale.lines
    assert (line.kind, line.amount, line.promotion_code) == (LineKind.GIFT_CARD, 2000, "67063")


def test_escape_clears_what_was_typed_on_the_desk(qtbot: QtBot, services: UiServices) -> None:
    w = open_window(qtbot, services)
    w.window.show_screen("desk")
    key_card(qtbot, w.desk, *GIFT_100)
    qtbot.keyClicks(w.desk.amount_edit, "5")

    qtbot.keyClick(w.window, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: card_fields_empty(w.desk) and not w.desk.amount_edit.text())


def test_reprint_prints_straight_to_the_receipt_printer_without_a_dialog(
    qtbot: QtBot, services: UiServices, tmp_path: Path
) -> None:
    services.checkout.add_item("Mug", 4000)
    run_async(qtbot, services.checkout.pay_gift_card(GiftCardInput(*GIFT_100)))
    w = open_window(qtbot, services)
    w.window.show_screen("history")
    number = result_sale_number(services)
    assert w.history.select_sale(number)

    services.settings = services.settings.replace(receipt_printer="No Such Printer")
    qtbot.mouseClick(w.history.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.history.status.kind == "error")
    assert "isn't on this computer" in w.history.status.text()  # never "Reprinting…" for good

    services.settings = services.settings.replace(receipt_printer=f"pdf:{tmp_path}")
    qtbot.mouseClick(w.history.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reprinted" in w.history.status.text(), timeout=10_000)
    assert not [d for d in w.window.findChildren(QDialog) if d.isVisible()]
    [pdf] = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in w.history.status.text()
