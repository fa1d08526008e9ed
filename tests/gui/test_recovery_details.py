"""The Recovery screen after a crash: each sale's cards and amounts given back, its receipt, and
its items rung up again at a press."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.checkout import CheckoutError
from pos_app.checkout.recovery import recover
from pos_app.domain import GiftCardInput, LineKind, SaleState
from pos_app.runtime import Runtime
from pos_app.ui.main_window import MainWindow
from pos_app.ui.recovery_screen import RecoveryScreen
from pos_app.ui.screen import Screen
from pos_app.ui.services import UiServices
from tests.gui.conftest import run_async

GIFT_25 = GiftCardInput("600123")


def sandbox(runtime: Runtime) -> Any:
    assert runtime.sandbox is not None
    return runtime.sandbox


def test_recovery_names_what_was_given_back_shows_the_receipt_and_rings_the_items_again(
    qtbot: QtBot, services: UiServices, runtime: Runtime, tmp_path: Path
) -> None:
    checkout = runtime.checkout
    checkout.add_item("Lamp", 5000)
    checkout.add_item("Socks", 900, quantity=2)
    checkout.add_virtual_gift_card("67063", 2000)
    run_async(qtbot, checkout.pay_gift_card(GIFT_25))  # holds $25.00 of $88.00
    cash = run_async(qtbot, checkout.pay_cash(1000))
    assert cash.sale_state is SaleState.TENDERING
    old = checkout.sale
    assert old is not None
    # The register stopped here; at start-up recovery reverses the unpaid sale.
    checkout.sale = None
    services.recovery = run_async(qtbot, recover(checkout))
    window = MainWindow(services)
    qtbot.addWidget(window)
    sale_screen, recovery = Screen(services), RecoveryScreen(services)
    window.add_screen("sale", sale_screen, "Sale", "F1")
    window.add_screen("recovery", recovery, "Recovery")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen("recovery")

    [item] = [recovery.list.item(i).text() for i in range(recovery.list.count())]
    assert item.startswith(f"Sale #{old.number} · $88.00 · Taking payment → reversed")
    assert "• Hand back $10.00 cash" in item
    assert "• Gift card ····0123 $25.00 — hold released, nothing taken" in item
    assert sandbox(runtime).gift_card_state(GIFT_25.number)["lock_amount"] == 0
    assert recovery.receipt.isVisible()
    receipt = recovery.receipt.toPlainText()
    assert f"Sale #{old.number}" in receipt
    assert "Lamp" in receipt
    assert "Socks" in receipt
    assert recovery.again_button.isEnabled()

    services.settings = services.settings.replace(receipt_printer=f"pdf:{tmp_path}")

    qtbot.keyClick(window, Qt.Key.Key_F6)  # its receipt, printed

    qtbot.waitUntil(lambda: "printed" in recovery.status.text(), timeout=10_000)
    [pdf] = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in recovery.status.text()

    qtbot.keyClick(window, Qt.Key.Key_F7)  # ring the same items up again

    qtbot.waitUntil(lambda: window.current is sale_screen)
    again = checkout.sale
    assert again is not None
    assert again.id != old.id
    assert again.number > old.number
    assert again.state is SaleState.OPEN
    assert [(line.kind, line.description, line.quantity, line.amount, line.promotion_code)
            for line in again.lines] == [
        (LineKind.ITEM, "Lamp", 1, 5000, None), (LineKind.ITEM, "Socks", 2, 1800, None),
        (LineKind.GIFT_CARD, "Gift card (virtual)", 1, 2000, "67063")]
    assert not again.tenders
    assert f"rung up again as sale #{again.number} ($88.00)" in recovery.status.text()
    assert checkout.journal.load(old.id).state is SaleState.CANCELLED  # the old one is kept


def test_a_sale_with_payments_on_the_till_is_not_replaced_by_ringing_up_again(
    qtbot: QtBot, services: UiServices, runtime: Runtime
) -> None:
    checkout = runtime.checkout
    checkout.add_item("Lamp", 5000)
    assert run_async(qtbot, checkout.cancel()).state is SaleState.CANCELLED
    old = checkout.sale
    assert old is not None
    checkout.new_sale()
    checkout.add_item("Mug", 4000)
    run_async(qtbot, checkout.pay_cash(1000))  # the till is taking payment

    with pytest.raises(CheckoutError, match="cancel the sale"):
        checkout.ring_up_again(old.id)
    assert [line.description for line in checkout.sale.lines] == ["Mug"]  # type: ignore[union-attr]
