"""Issue 16 on the pay screen, driven as the cashier hit it: real widgets, reader bursts,
the in-process sandbox; each test asserts what the cashier sees and what the ledger holds."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pos_app.checkout import CheckoutError
from pos_app.clover.cards import EXPIRED_CARD, CardDetails
from pos_app.domain.sale import SaleState
from pos_app.domain.tender import TenderKind, TenderState
from pos_app.hardware import SwipeDetector
from pos_app.runtime import Runtime
from pos_app.sandbox import Sandbox
from pos_app.ui.build import build_window
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sale_words import tenders_summary
from pos_app.ui.services import UiServices
from tests.gui import test_sale_flow as flow
from tests.gui.conftest import approve_as_manager, run_async
from tests.gui.test_sale_flow import WAIT, Register

detector = flow.detector  # the sale flow's fixtures: the register as a cashier drives it
register = flow.register

CODED = "7777373100005003"  # security code 12345678, $50.00


def _sandbox(runtime: Runtime) -> Sandbox:
    assert isinstance(runtime.sandbox, Sandbox)
    return runtime.sandbox


def _charges(runtime: Runtime) -> list[tuple[str, int, str, str]]:
    """(kind, amount, status, hold) of every charge the sandbox's ledger holds."""
    with _sandbox(runtime).state.db.tx() as conn:
        return [tuple(row) for row in conn.execute(
            "SELECT kind, amount, status, hold FROM charges ORDER BY seq")]


def _take_cash(register: Register, amount: str) -> None:
    pay = register.pay
    register.key(Qt.Key.Key_F8, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "cash")
    register.type(pay.cash_panel.amount, amount)
    register.wait_status(f"Cash ${amount}")


def _remove_row(register: Register, row: int) -> str:
    pay = register.pay
    pay.ledger.selectRow(row)
    register.qtbot.mouseClick(pay.remove_button, Qt.MouseButton.LeftButton)
    approve_as_manager(register.qtbot, pay)  # the cashier signed in may not remove a payment
    register.qtbot.waitUntil(lambda: not pay.tasks.running and "Reversing" not in
                             pay.status.text(), timeout=WAIT)
    return pay.status.text()


def _cancel(register: Register, services: UiServices) -> str:
    for _ in range(2):  # press twice: the inline confirmation
        register.qtbot.mouseClick(register.pay.cancel_button, Qt.MouseButton.LeftButton)
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.CANCELLED,
                             timeout=WAIT)
    return register.wait_status("cancelled")


def test_cash_removed_then_sale_cancelled_is_handed_back_once(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("40.00")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.swipe(";600123?")
    register.wait_status("paid $25.00")
    _take_cash(register, "5.00")
    assert pay.due.text() == "Remaining due $10.00"

    said = _remove_row(register, 1)
    assert "Hand back $5.00 cash" in said and "Remaining due $15.00" in said
    said = _cancel(register, services)
    assert "Hand back" not in said  # the $5.00 went back when the payment was removed
    sale = services.checkout.sale
    assert sale is not None
    assert [(t.kind, t.state) for t in sale.tenders] == [
        (TenderKind.GIFT_CARD, TenderState.VOIDED), (TenderKind.CASH, TenderState.VOIDED)]
    assert runtime.journal.load(sale.id).tenders[1].removed
    card = _sandbox(runtime).gift_card_state("600123")
    assert card["balance"] == 2500 and card["lock_amount"] == 0
    assert _charges(runtime) == [("gift", 0, "succeeded", "released")]


def test_cash_still_taken_at_cancel_is_handed_back(
        register: Register, services: UiServices) -> None:
    register.ring_up_and_pay("30.00")
    _take_cash(register, "5.00")
    _take_cash(register, "2.00")
    _remove_row(register, 0)
    said = _cancel(register, services)
    assert "Hand back $2.00 cash." in said and "$5.00" not in said


def test_a_sale_whose_payments_were_all_removed_takes_items_again(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay, screen = register.pay, register.sale
    register.ring_up_and_pay("30.00")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.swipe(";600123?")
    register.wait_status("paid $25.00")
    said = _remove_row(register, 0)
    assert "reversed" in said and "Remaining due $30.00" in said
    sale = services.checkout.sale
    assert sale is not None and sale.state is SaleState.OPEN
    assert runtime.journal.load(sale.id).state is SaleState.OPEN
    assert pay.back_button.isVisible()

    register.key(Qt.Key.Key_Escape, register.window)
    register.qtbot.waitUntil(lambda: register.window.current is screen, timeout=WAIT)
    register.type(screen.amount, "2.00")
    assert screen.status.kind != "error", screen.status.text()
    assert screen.lines.rowCount() == 2 and "TOTAL  $32.00" in screen.total.text()
    register.key(Qt.Key.Key_F5, register.window)
    register.qtbot.waitUntil(lambda: register.window.current is pay, timeout=WAIT)
    assert pay.due.text() == "Remaining due $32.00"
    register.key_card("4111111111111111")
    register.qtbot.waitUntil(lambda: sale.state is SaleState.COMPLETED, timeout=WAIT)
    assert sale.total == 3200
    assert _charges(runtime) == [("gift", 0, "succeeded", "released"),
                                 ("card", 3200, "succeeded", "none")]
    assert _sandbox(runtime).gift_card_state("600123")["balance"] == 2500


def test_a_declined_first_card_leaves_the_items_open(
        register: Register, services: UiServices) -> None:
    register.ring_up_and_pay("30.00")
    register.key_card("4000000000000002")
    register.wait_status("Card declined")
    sale = services.checkout.sale
    assert sale is not None and sale.state is SaleState.OPEN
    services.checkout.add_item("Bag", 100)
    assert sale.total == 3100


def test_a_coded_gift_card_swiped_is_asked_for_its_code_and_keeps_its_number(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("62.50")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.swipe(f";{CODED}=4912?")
    said = register.wait_status("needs its security code")
    assert "····5003" in said and "wrong" not in said
    assert pay.gift_panel.holding_number and pay.gift_panel.code.hasFocus()
    assert not pay.gift_panel.number.isVisible()
    sale = services.checkout.sale
    assert sale is not None and sale.tenders == []  # nothing was sent for money
    assert _charges(runtime) == []

    register.type(pay.gift_panel.code, "12345678")
    said = register.wait_status("paid $50.00")
    assert "Gift card ····5003 paid $50.00" in said and "Remaining due $12.50" in said
    assert _sandbox(runtime).gift_card_state(CODED)["lock_amount"] == 5000
    assert not pay.gift_panel.holding_number and pay.gift_panel.code.text() == ""


def test_a_code_typed_before_the_swipe_goes_with_it(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("20.00")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.type(pay.gift_panel.code, "12345678", enter=False)
    register.swipe(f";{CODED}=4912?")
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.COMPLETED,
                             timeout=WAIT)
    assert _sandbox(runtime).gift_card_state(CODED)["balance"] == 3000
    assert [t.state for t in services.checkout.sale.tenders] == [TenderState.CAPTURED]


def test_a_bad_amount_to_pay_keeps_the_keyed_card(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("30.00")
    register.key(Qt.Key.Key_F7, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "card")
    panel = pay.card_panel
    register.type(panel.number, "4111111111111111", enter=False)
    register.type(panel.expiry, "12/30", enter=False)
    register.type(panel.cvv, "123", enter=False)
    pay.amount.selectAll()
    register.type(pay.amount, "12.345", enter=False)
    register.type(panel.cvv, "", enter=True)
    assert pay.status.kind == "error" and "decimals" in pay.status.text()
    assert (panel.number.text(), panel.expiry.text(), panel.cvv.text()) == (
        "4111111111111111", "12/30", "123")
    assert pay.amount.hasFocus() and _charges(runtime) == []

    pay.amount.selectAll()
    register.type(pay.amount, "10.00", enter=False)
    register.type(panel.cvv, "", enter=True)
    said = register.wait_status("paid $10.00")
    assert "Remaining due $20.00" in said
    assert _charges(runtime) == [("card", 1000, "succeeded", "none")]


def test_a_cancelled_sale_says_so_and_its_receipt_shows_the_balance_given_back(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("30.00")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.swipe(";600123?")
    register.wait_status("card balance $0.00")
    _cancel(register, services)
    assert pay.due.text() == "Sale cancelled" and "Remaining due" not in pay.due.text()
    receipt = pay.receipt.toPlainText()
    assert "CANCELLED" in receipt and "VOIDED" in receipt
    assert "Card balance $25.00" in receipt and "Card balance $0.00" not in receipt
    assert _sandbox(runtime).gift_card_state("600123")["balance"] == 2500


def test_declines_are_large_and_plain_and_the_newest_is_in_sight(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay = register.pay
    register.ring_up_and_pay("30.00")
    for number in ("4000000000000002", "4000000000009995") * 4:
        register.key_card(number)
        register.qtbot.waitUntil(lambda: not pay.tasks.running, timeout=WAIT)
    said = pay.status.text()
    assert said == "Not enough funds on the card — ask for another card or another way to pay."
    assert pay.status.kind == "error"
    assert pay.status.text_font().pixelSize() > pay.status.font().pixelSize()  # drawn larger
    assert pay.due.text() == "Remaining due $30.00"
    ledger = pay.ledger
    rows = ledger.rowCount()
    assert rows == 8
    assert [ledger.item(rows - 1, col).text() for col in range(4)] == [
        "Visa ····9995", "Declined", "$30.00", "Not enough funds on the card"]
    register.qtbot.waitUntil(lambda: ledger.viewport().rect().contains(
        ledger.visualItemRect(ledger.item(rows - 1, 3))))  # in sight, not clipped
    for row in range(rows):
        assert ledger.rowHeight(row) >= ledger.sizeHintForRow(row)
    assert [status for (_kind, _amount, status, _hold) in _charges(runtime)] == ["failed"] * 8


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_end_of_a_sale_offers_print_or_no_receipt_and_prints_without_a_dialog(
        register: Register, services: UiServices, tmp_path: Path) -> None:
    pay = register.pay
    register.ring_up_and_pay("12.30")
    _take_cash(register, "20")
    register.qtbot.waitUntil(pay.print_button.isVisible, timeout=WAIT)
    assert pay.new_sale_button.text() == "New sale — no receipt  [Enter]"
    assert pay.new_sale_button.hasFocus()

    services.settings = services.settings.replace(receipt_printer="No Such Printer")
    register.qtbot.mouseClick(pay.print_button, Qt.MouseButton.LeftButton)
    register.qtbot.waitUntil(lambda: pay.status.kind == "error", timeout=WAIT)
    assert "isn't on this computer" in pay.status.text()

    services.settings = services.settings.replace(receipt_printer=f"pdf:{tmp_path}")
    register.key(Qt.Key.Key_F6, register.window)
    said = register.wait_status("printed")
    assert not [d for d in register.window.findChildren(QDialog) if d.isVisible()]
    [pdf] = tmp_path.glob("*.pdf")
    assert str(pdf) in said
    printed = _pdf_text(pdf)
    sale = services.checkout.sale
    assert sale is not None
    assert f"Sale #{sale.number}" in printed and "$12.30" in printed and "$7.70" in printed
    assert pay.new_sale_button.text() == "New sale  [Enter]"
    register.key(Qt.Key.Key_Return)
    register.qtbot.waitUntil(lambda: register.window.current is register.sale, timeout=WAIT)


def test_an_error_about_the_last_sale_is_gone_on_the_next(
        register: Register, services: UiServices) -> None:
    screen, pay = register.sale, register.pay
    register.ring_up_and_pay("30.00")
    _take_cash(register, "5.00")
    register.key(Qt.Key.Key_F2, register.window)  # back to the sale screen
    register.qtbot.waitUntil(lambda: register.window.current is screen, timeout=WAIT)
    register.type(screen.amount, "2.00")
    assert screen.status.kind == "error" and "Payments were taken" in screen.status.text()

    register.key(Qt.Key.Key_F5, register.window)
    register.qtbot.waitUntil(lambda: register.window.current is pay, timeout=WAIT)
    _cancel(register, services)
    register.key(Qt.Key.Key_Return)  # New sale
    register.qtbot.waitUntil(lambda: register.window.current is screen, timeout=WAIT)
    assert "TOTAL  $0.00" in screen.total.text()
    assert screen.status.text() == "" and not screen.status.isVisible()
    screen.amount.clear()  # the refused entry was kept to be corrected
    register.type(screen.amount, "2.00")
    assert screen.status.text() == "Added Item $2.00"


def test_keys_and_swipes_while_starting_are_refused_aloud_not_lost(
        qtbot: QtBot, services: UiServices, detector: SwipeDetector) -> None:
    window = MainWindow()  # the frame shown at start-up, before the app's parts are built
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    services.swipe = detector
    window.attach(services)
    qtbot.keyClicks(window, "3.50")
    assert "Not ready for keys yet: 4 keys not taken" in window.starting.text()
    qtbot.keyClicks(window, ";600123?")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert "4 keys and 1 card swipe not taken" in window.starting.text()

    build_window(services, window)
    window.show_screen("sale")
    sale = window.screens["sale"]
    assert sale.status.kind == "warn"
    assert sale.status.text() == ("4 keys and 1 card swipe pressed while Counter POS was "
                                  "starting were not taken — type them again.")
    assert services.checkout.sale is None  # nothing was rung up behind the cashier's back


def test_mastercard_reads_mastercard_on_screen_receipt_and_history(
        register: Register, services: UiServices) -> None:
    pay = register.pay
    register.ring_up_and_pay("12.00")
    register.key_card("5555555555554444")
    said = register.wait_status("Sale complete")
    assert "Mastercard ····4444 paid $12.00" in said
    assert pay.ledger.item(0, 0).text() == "Mastercard ····4444"
    assert "Mastercard ····4444" in pay.receipt.toPlainText()
    sale = services.checkout.sale
    assert sale is not None and "Mc" not in pay.receipt.toPlainText()
    assert tenders_summary(sale) == "Mastercard ····4444 $12.00"


def test_a_past_expiry_is_refused_at_the_register_and_the_card_kept(
        register: Register, services: UiServices, runtime: Runtime, qtbot: QtBot) -> None:
    pay = register.pay
    register.ring_up_and_pay("12.00")
    register.key_card("4111111111111111", expiry="01/20")
    assert pay.status.kind == "error" and pay.status.text() == EXPIRED_CARD
    panel = pay.card_panel
    assert (panel.number.text(), panel.expiry.text(), panel.cvv.text()) == (
        "4111111111111111", "01/20", "123")
    assert panel.expiry.hasFocus()

    register.swipe(";4111111111111111=20011015432112345678?")  # a swiped card, expired too
    register.qtbot.waitUntil(lambda: panel.holding_swipe)
    register.type(panel.cvv, "123")
    assert pay.status.text() == EXPIRED_CARD and panel.holding_swipe
    with pytest.raises(CheckoutError, match="expired"):  # the controller refuses it as well
        run_async(qtbot, services.checkout.pay_card(CardDetails("4111111111111111", 1, 20, "1")))
    sale = services.checkout.sale
    assert sale is not None and sale.tenders == [] and _charges(runtime) == []
