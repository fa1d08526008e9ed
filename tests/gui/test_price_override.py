"""A price override on the sale screen (F6): a cashier needs a manager's PIN, a manager does it
alone; the line, total, journal, audit and receipt show it; bad amounts and gift cards refused."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.checkout.context import CheckoutError
from pos_app.money import format_cents, tax_on
from pos_app.runtime import Runtime
from pos_app.staff import AuditKind
from pos_app.staff.demo import DEMO_PEOPLE
from pos_app.ui.build import build_window
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sale_screen import SaleScreen
from pos_app.ui.services import UiServices
from tests.gui.conftest import APPROVED_BY, approve_as_manager, run_async

WAIT = 10_000
MANAGER, CASHIER = DEMO_PEOPLE[1][0], DEMO_PEOPLE[2][0]


def open_sale(qtbot: QtBot, services: UiServices) -> tuple[MainWindow, SaleScreen]:
    window = build_window(services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen("sale")
    screen = window.screens["sale"]
    assert isinstance(screen, SaleScreen)
    return window, screen


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, then: str) -> None:
    """A key as the cashier presses it; a button's key clicks it a moment later (Qt animates
    the press), so wait until the status line says `then`."""
    screen = window.current
    assert screen is not None
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, key)
    qtbot.waitUntil(lambda: then in screen.status.text(), timeout=WAIT)


def type_price(qtbot: QtBot, screen: SaleScreen, text: str) -> None:
    screen.amount.clear()
    qtbot.keyClicks(screen.amount, text)
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)


def test_a_cashier_needs_a_managers_pin_to_change_a_quick_key_price(
        qtbot: QtBot, services: UiServices, runtime: Runtime) -> None:
    window, screen = open_sale(qtbot, services)
    qtbot.mouseClick(screen.quick_keys[0], Qt.MouseButton.LeftButton)  # Coffee $3.50
    qtbot.mouseClick(screen.quick_keys[2], Qt.MouseButton.LeftButton)  # Muffin $2.75
    sale = services.checkout.sale
    assert sale is not None and [line.unit_price for line in sale.lines] == [350, 275]
    assert screen.price_button.text() == "Change price  [F6]"

    screen.lines.selectRow(0)
    press(qtbot, window, Qt.Key.Key_F6, "Type the new price of Coffee (now $3.50)")
    assert screen.amount.placeholderText() == "New price, then Enter"
    assert screen.add_button.text().startswith("Set price")
    type_price(qtbot, screen, "3.00")
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert "price override — Coffee: $3.50 → $3.00" in dialog.heading.text()
    assert CASHIER in dialog.asked.text()

    approve_as_manager(qtbot, screen, pin="000000")  # a wrong PIN: refused, nothing changes
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.status.text(), timeout=WAIT)
    assert sale.lines[0].unit_price == 350 and sale.lines[0].original_price is None
    assert screen.lines.item(0, 2).text() == "$3.50"

    approve_as_manager(qtbot, screen)  # the right PIN approves
    qtbot.waitUntil(lambda: sale.lines[0].unit_price == 300, timeout=WAIT)
    assert sale.lines[0].original_price == 350 and sale.lines[1].unit_price == 275
    assert "Price changed: Coffee: $3.50 → $3.00" in screen.status.text()
    assert screen.lines.item(0, 0).text() == "Coffee"
    assert screen.lines.item(0, 2).text() == "$3.00 (was $3.50)"
    total = 575 + tax_on(575, sale.tax_rate_ppm)  # tax once, on the new subtotal
    assert sale.total == total
    assert screen.total.text() == f"TOTAL  {format_cents(total)}"
    assert screen.amount.placeholderText() == "Amount, or 3*2.50"  # back to ringing up

    qtbot.waitUntil(lambda: any("price override" in event
                                for _at, event in runtime.journal.events(sale.id)),
                    timeout=WAIT)
    events = [event for _at, event in runtime.journal.events(sale.id)]
    assert f"price override: Coffee 350 -> 300, approved by {APPROVED_BY}" in events
    assert runtime.journal.load(sale.id).lines[0].original_price == 350

    trail = services.staff.audit(0, 2**62)
    refused = [e for e in trail if e.kind is AuditKind.OVERRIDE_REFUSED]
    approved = [e for e in trail if e.kind is AuditKind.OVERRIDE]
    changed = [e for e in trail if e.kind is AuditKind.PRICE_CHANGED]
    assert [(e.person_name, e.approver_name) for e in refused] == [(CASHIER, MANAGER)]
    assert [(e.person_name, e.approver_name) for e in approved] == [(CASHIER, MANAGER)]
    assert approved[0].detail == "price override: Coffee: $3.50 → $3.00"
    assert [(e.person_name, e.approver_name, e.amount) for e in changed] == \
        [(CASHIER, MANAGER, 300)]

    # Paid in cash, the receipt shows the new price and what it was.
    run_async(qtbot, services.checkout.pay_cash(total))
    window.go_to("history")
    history = window.screens["history"]
    assert history.select_sale(sale.number)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Price changed, was $3.50" in
                    history.receipt.toPlainText(), timeout=WAIT)  # type: ignore[attr-defined]
    receipt = history.receipt.toPlainText()  # type: ignore[attr-defined]
    assert any(line.startswith("Coffee") and line.endswith("$3.00")
               for line in receipt.splitlines())


def test_a_manager_changes_a_price_with_no_pin_asked(
        qtbot: QtBot, services: UiServices, runtime: Runtime) -> None:
    staff = services.staff
    staff.sign_out()
    manager = next(p for p in staff.people() if p.name == MANAGER)
    run_async(qtbot, staff.sign_in(manager.id, DEMO_PEOPLE[1][2]))
    window, screen = open_sale(qtbot, services)
    qtbot.mouseClick(screen.quick_keys[4], Qt.MouseButton.LeftButton)  # Sandwich $8.95
    sale = services.checkout.sale
    assert sale is not None

    # No line selected: the last one.
    press(qtbot, window, Qt.Key.Key_F6, "Type the new price of Sandwich")
    type_price(qtbot, screen, "9.50")  # raising a price is an override too
    assert screen.dialog is None  # no PIN asked
    assert sale.lines[0].unit_price == 950 and sale.lines[0].original_price == 895
    assert screen.lines.item(0, 2).text() == "$9.50 (was $8.95)"
    qtbot.waitUntil(lambda: any("price override" in event
                                for _at, event in runtime.journal.events(sale.id)),
                    timeout=WAIT)
    assert "price override: Sandwich 895 -> 950, approved by Max Manager (manager)" in \
        [event for _at, event in runtime.journal.events(sale.id)]
    changed = [e for e in staff.audit(0, 2**62) if e.kind is AuditKind.PRICE_CHANGED]
    assert [(e.person_name, e.approver_name) for e in changed] == [(MANAGER, "")]
    assert not [e for e in staff.audit(0, 2**62) if e.kind is AuditKind.OVERRIDE]


@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "That isn't an amount"),
    ("0", "The amount must be more than $0.00."),
    ("-2", "The amount can't be negative."),
    ("3.50", "That is already the line's price."),
])
def test_a_bad_price_is_refused_and_changes_nothing(
        qtbot: QtBot, services: UiServices, typed: str, message: str) -> None:
    window, screen = open_sale(qtbot, services)
    qtbot.mouseClick(screen.quick_keys[0], Qt.MouseButton.LeftButton)  # Coffee $3.50
    sale = services.checkout.sale
    assert sale is not None
    press(qtbot, window, Qt.Key.Key_F6, "Type the new price of Coffee")
    type_price(qtbot, screen, typed)
    assert message in screen.status.text()
    assert screen.dialog is None or not shiboken6.isValid(screen.dialog)  # no manager asked
    assert sale.lines[0].unit_price == 350 and sale.lines[0].original_price is None
    assert sale.total == 350 + tax_on(350, sale.tax_rate_ppm)

    # Esc backs out: the amount field rings up items again.
    press(qtbot, window, Qt.Key.Key_Escape, "The price was not changed.")
    assert screen.amount.placeholderText() == "Amount, or 3*2.50"
    type_price(qtbot, screen, "2.00")
    assert [line.unit_price for line in sale.lines] == [350, 200]


def test_the_checkout_refuses_a_price_of_zero_or_less_or_without_approval(
        qtbot: QtBot, services: UiServices) -> None:
    checkout = services.checkout
    line = checkout.add_item("Mug", 1200)
    for cents in (0, -100):
        with pytest.raises(CheckoutError, match="more than zero"):
            checkout.change_price(line.id, cents, approved_by=APPROVED_BY)
    with pytest.raises(CheckoutError, match="A manager must approve this price override"):
        checkout.change_price(line.id, 1000, approved_by=None)
    assert line.unit_price == 1200 and line.original_price is None


def test_a_gift_card_line_cannot_be_repriced(qtbot: QtBot, services: UiServices) -> None:
    window, screen = open_sale(qtbot, services)
    checkout = services.checkout
    card = checkout.add_virtual_gift_card("67063", 2000)
    sale = checkout.sale
    assert sale is not None
    screen.refresh()
    screen.lines.selectRow(0)
    press(qtbot, window, Qt.Key.Key_F6, "A gift card's amount is its value")
    assert screen.amount.placeholderText() == "Amount, or 3*2.50"  # not repricing
    with pytest.raises(CheckoutError, match="gift card"):
        checkout.change_price(card.id, 1500, approved_by=APPROVED_BY)
    assert card.unit_price == 2000 and sale.total == 2000


def test_no_price_changes_once_a_payment_holds_money(
        qtbot: QtBot, services: UiServices) -> None:
    window, _screen = open_sale(qtbot, services)
    checkout = services.checkout
    line = checkout.add_item("Scarf", 6250)
    run_async(qtbot, checkout.pay_cash(2000))  # $20.00 of $62.50 taken
    window.show_screen("sale")
    press(qtbot, window, Qt.Key.Key_F6, "Payments were taken")
    with pytest.raises(CheckoutError, match="Payments were taken"):
        checkout.change_price(line.id, 5000, approved_by=APPROVED_BY)
    assert line.unit_price == 6250
