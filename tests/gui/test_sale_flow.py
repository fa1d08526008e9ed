"""The cashier's sale and pay screens end to end: real widgets, real swipes, in-process sandbox."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos_app.domain.sale import SaleState
from pos_app.domain.tender import TenderState
from pos_app.hardware import SwipeDetector
from pos_app.runtime import Runtime
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sale_screen import SaleScreen, parse_entry
from pos_app.ui.services import UiServices
from pos_app.ui.tender_panels import quick_cash
from pos_app.ui.tender_screen import TenderScreen

WAIT = 10_000


class Register:
    """The main window with the two screens, as a cashier drives it."""

    def __init__(self, qtbot: QtBot, services: UiServices) -> None:
        self.qtbot = qtbot
        self.services = services
        self.window = MainWindow(services)
        qtbot.addWidget(self.window)
        self.sale = SaleScreen(services)
        self.pay = TenderScreen(services)
        self.window.add_screen("sale", self.sale, "Sale", "F2")
        self.window.add_screen("tender", self.pay, "Pay")
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()
        self.window.show_screen("sale")

    def key(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        self.qtbot.keyClick(widget or self.focused(), key)

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    def type(self, widget: QWidget, text: str, enter: bool = True) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def swipe(self, track: str) -> None:
        """A reader's burst into whatever has focus, ending with Enter."""
        target = self.focused()
        self.qtbot.keyClicks(target, track)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)

    def ring_up_and_pay(self, amount: str) -> None:
        self.type(self.sale.amount, amount)
        self.key(Qt.Key.Key_F5, self.window)
        self.qtbot.waitUntil(lambda: self.window.current is self.pay, timeout=WAIT)

    def wait_status(self, text: str) -> str:
        try:
            self.qtbot.waitUntil(lambda: text in self.pay.status.text(), timeout=WAIT)
        except Exception:
            print("STATUS:", self.pay.status.text())  # what the cashier saw instead
            raise
        return self.pay.status.text()

    def key_card(self, number: str, expiry: str = "12/30", cvv: str = "123") -> None:
        self.key(Qt.Key.Key_F7, self.window)
        self.qtbot.waitUntil(lambda: self.pay.mode == "card")
        panel = self.pay.card_panel
        self.type(panel.number, number, enter=False)
        self.type(panel.expiry, expiry, enter=False)
        self.type(panel.cvv, cvv)


@pytest.fixture
def detector() -> Iterator[SwipeDetector]:
    # A huge gap: the test's key timing never decides whether a burst is a swipe.
    swipe = SwipeDetector(max_gap_ms=60_000, flush_after_ms=60_000)
    swipe.install()
    yield swipe
    swipe.uninstall()


@pytest.fixture
def register(qtbot: QtBot, services: UiServices, detector: SwipeDetector) -> Register:
    services.swipe = detector
    return Register(qtbot, services)


def test_split_tender_gift_card_swipe_then_keyed_card_completes_with_receipt(
        register: Register, services: UiServices) -> None:
    pay = register.pay
    register.ring_up_and_pay("62.50")
    assert "TOTAL  $62.50" in pay.total.text()
    assert pay.due.text() == "Remaining due $62.50"

    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "gift_card")
    register.swipe(";600123?")
    message = register.wait_status("paid $25.00")
    assert "Gift card ····0123 paid $25.00" in message
    assert "Remaining due $37.50" in message
    assert pay.due.text() == "Remaining due $37.50"
    assert pay.ledger.item(0, 1).text() == "Held"
    assert pay.card_button.hasFocus()  # the next tender
    assert not pay.back_button.isVisible()

    register.key_card("4111111111111111")
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.COMPLETED,
                             timeout=WAIT)
    register.wait_status("Sale complete")
    assert pay.due.text() == "Paid in full"
    assert pay.due.property("paid") == "true"
    assert pay.receipt.isVisible() and pay.new_sale_button.isVisible()
    receipt = pay.receipt.toPlainText()
    assert "TOTAL" in receipt and "····1111" in receipt
    assert "4111111111111111" not in receipt
    assert pay.card_panel.number.text() == "" and pay.card_panel.cvv.text() == ""
    assert [pay.ledger.item(row, 1).text() for row in range(2)] == ["Paid", "Paid"]

    register.key(Qt.Key.Key_Return)  # New sale [Enter]
    register.qtbot.waitUntil(lambda: register.window.current is register.sale)
    assert register.sale.lines.rowCount() == 0
    register.type(register.sale.amount, "3.50")
    assert register.sale.lines.rowCount() == 1
    assert services.checkout.sale is not None
    assert services.checkout.sale.state is SaleState.OPEN


def test_cancel_after_a_gift_card_hold_releases_it(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay, number = register.pay, "7777373100001234"
    register.ring_up_and_pay("62.50")
    register.key(Qt.Key.Key_F6, register.window)
    register.type(pay.gift_panel.number, number, enter=False)
    register.type(pay.gift_panel.code, "4321")
    register.wait_status("paid $40.00")
    assert pay.gift_panel.number.text() == "" and pay.gift_panel.code.text() == ""
    sandbox = runtime.sandbox
    assert sandbox is not None
    assert sandbox.gift_card_state(number)["lock_amount"] == 4000  # type: ignore[attr-defined]

    register.key(Qt.Key.Key_F12, register.window)
    register.qtbot.waitUntil(lambda: "Press again" in pay.cancel_button.text())
    assert services.checkout.sale is not None
    assert services.checkout.sale.state is SaleState.TENDERING  # one press cancels nothing
    register.key(Qt.Key.Key_F12, register.window)
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.CANCELLED,
                             timeout=WAIT)
    register.wait_status("cancelled")
    state = sandbox.gift_card_state(number)  # type: ignore[attr-defined]
    assert state["lock_amount"] == 0 and state["balance"] == 4000
    assert pay.ledger.item(0, 1).text() == "Voided"
    assert pay.new_sale_button.isVisible()


def test_declined_card_leaves_the_due_then_a_swiped_card_pays(
        register: Register, services: UiServices) -> None:
    pay = register.pay
    register.ring_up_and_pay("62.50")
    register.key_card("4000000000000002")
    message = register.wait_status("Card declined")
    assert "ask for another card" in message.lower() or "another card" in message
    assert pay.status.kind == "error"
    assert pay.due.text() == "Remaining due $62.50"
    assert pay.ledger.item(0, 1).text() == "Declined"
    assert pay.mode == "card"  # ready for the next card

    register.swipe(";4111111111111111=30121015432112345678?")
    register.qtbot.waitUntil(lambda: pay.card_panel.holding_swipe)
    assert "Card ····1111 read" in pay.status.text()
    assert pay.card_panel.cvv.hasFocus()
    register.type(pay.card_panel.cvv, "123")
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.COMPLETED,
                             timeout=WAIT)
    sale = services.checkout.sale
    assert [t.state for t in sale.tenders] == [TenderState.DECLINED, TenderState.CAPTURED]
    assert "····1111" in pay.receipt.toPlainText()


def test_cash_pays_with_change(register: Register, services: UiServices) -> None:
    pay = register.pay
    register.ring_up_and_pay("12.30")
    register.key(Qt.Key.Key_F8, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "cash")
    shown = [b.text() for b in pay.cash_panel.quick_buttons if not b.isHidden()]
    assert shown == ["Exact $12.30  [Alt+1]", "$15.00  [Alt+2]", "$20.00  [Alt+3]"]
    register.type(pay.cash_panel.amount, "20")
    register.wait_status("Change due $7.70")
    # The large amount under the total now reads the change to hand back.
    assert pay.due.isVisible() and pay.due.text() == "Change due $7.70"
    assert pay.due.property("paid") == "true"
    assert services.checkout.sale is not None
    assert services.checkout.sale.state is SaleState.COMPLETED


def test_a_new_virtual_card_is_shown_once_on_screen_and_never_on_the_receipt(
    register: Register, services: UiServices
) -> None:
    pay = register.pay
    services.checkout.add_virtual_gift_card("67063", 2000)
    register.key(Qt.Key.Key_F5, register.window)
    register.qtbot.waitUntil(lambda: register.window.current is pay, timeout=WAIT)
    register.key(Qt.Key.Key_F8, register.window)
    register.qtbot.waitUntil(lambda: pay.mode == "cash")
    register.type(pay.cash_panel.amount, "20")
    register.qtbot.waitUntil(pay.new_cards.isVisible, timeout=WAIT)

    shown = pay.new_cards.text()
    match = re.search(r"((?:\d{4} ){3}\d{4})\s+Security code (\d+)", shown)
    assert match is not None, shown
    number = match[1].replace(" ", "")
    receipt = pay.receipt.toPlainText()
    assert number not in receipt.replace(" ", "") and match[2] not in receipt
    assert f"····{number[-4:]}" in receipt
    register.key(Qt.Key.Key_Return, register.window)  # New sale
    register.qtbot.waitUntil(lambda: register.window.current is register.sale, timeout=WAIT)
    assert not pay.new_cards.isVisible() and pay.new_cards.text() == ""
    assert services.checkout.new_cards(services.checkout.sale) == ()  # type: ignore[arg-type]


def test_sale_screen_refuses_bad_amounts_and_empty_pay(register: Register,
                                                       services: UiServices) -> None:
    screen = register.sale
    register.type(screen.amount, "12.345")
    assert screen.status.kind == "error" and "two decimals" in screen.status.text()
    assert screen.lines.rowCount() == 0
    register.key(Qt.Key.Key_F5, register.window)
    register.qtbot.waitUntil(lambda: "Add an item first" in screen.status.text())
    assert register.window.current is screen

    screen.amount.clear()
    register.type(screen.amount, "3*2.50")
    assert screen.lines.item(0, 1).text() == "3" and screen.lines.item(0, 2).text() == "$7.50"
    screen.quick_keys[0].click()  # Coffee $3.50
    assert screen.lines.rowCount() == 2 and "TOTAL  $11.00" in screen.total.text()
    register.key(Qt.Key.Key_Delete, screen.amount)  # nothing to delete in the field: a line
    assert screen.lines.rowCount() == 1


def test_parse_entry_and_quick_cash() -> None:
    assert parse_entry("2.50") == (1, 250)
    assert parse_entry("3*2.50") == (3, 250)
    assert parse_entry("2 x 1") == (2, 100)
    assert quick_cash(1230) == [1230, 1500, 2000]
    assert quick_cash(2000) == [2000, 2500, 3000, 4000]


def test_no_answer_shows_check_again_which_finds_the_payment(
        register: Register, services: UiServices, runtime: Runtime) -> None:
    pay, sandbox = register.pay, runtime.sandbox
    assert sandbox is not None
    register.ring_up_and_pay("10.00")
    # Clover takes the charge but every answer (and every look-up) is lost on the way back.
    # The app records sales as Clover orders (the default): the card pays the sale's order.
    assert runtime.checkout.config.record_orders
    sandbox.faults.add("POST /v1/orders/{id}/pay", "drop", count=50, phase="after")  # type: ignore[attr-defined]
    sandbox.faults.add("GET /v1/charges", "drop", count=50)  # type: ignore[attr-defined]
    register.key_card("4111111111111111")
    register.qtbot.waitUntil(lambda: pay.check_button.isVisible() and not pay.tasks.running,
                             timeout=30_000)
    assert pay.status.kind == "warn" and "no answer from clover" in pay.status.text().lower()
    assert pay.ledger.item(0, 1).text() == "Checking…"

    sandbox.faults.clear()  # type: ignore[attr-defined]
    register.key(Qt.Key.Key_F9, register.window)
    register.qtbot.waitUntil(lambda: services.checkout.sale is not None
                             and services.checkout.sale.state is SaleState.COMPLETED,
                             timeout=WAIT)
    assert not pay.check_button.isVisible()
    assert pay.ledger.item(0, 1).text() == "Paid"
