"""The ESC/POS receipt printer and cash drawer as the cashier and the owner meet them: real
widgets, a fake printer on a real loopback TCP socket; the bytes it got are read back."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.domain.sale import SaleState
from pos_app.hardware import discover
from pos_app.runtime import Runtime
from pos_app.ui.services import UiServices
from tests.gui import test_sale_flow as flow
from tests.gui.test_pay_screen_issue16 import _take_cash
from tests.gui.test_sale_flow import WAIT, Register
from tests.gui.test_settings_screen import Page
from tests.hardware.fake_printer import PAPER_OUT, FakePrinter, printed_lines

detector = flow.detector
register = flow.register

CUT = b"\x1dV\x00"
PULSE = b"\x1bp\x00\x19\xfa"


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter() as fake:
        yield fake


def _use(services: UiServices, printer: FakePrinter, **more: object) -> None:
    services.settings = services.settings.replace(receipt_printer=printer.spec, **more)


def _print(register: Register) -> str:
    pay = register.pay
    register.pay.status.show_message("", "info")
    register.key(Qt.Key.Key_F6, register.window)
    register.qtbot.waitUntil(lambda: bool(pay.status.text()) and pay.status.kind != "busy"
                             and not pay.tasks.running, timeout=WAIT)
    return pay.status.text()


def test_a_sale_prints_its_receipt_on_the_thermal_printer(
        register: Register, services: UiServices, printer: FakePrinter) -> None:
    _use(services, printer, receipt_paper_mm=58)
    register.ring_up_and_pay("12.30")
    _take_cash(register, "20")
    register.qtbot.waitUntil(register.pay.print_button.isVisible, timeout=WAIT)

    said = _print(register)
    sale = services.checkout.sale
    assert sale is not None
    assert said == f"Receipt of sale #{sale.number} printed (127.0.0.1:{printer.port})."
    data = printer.received
    lines = [line.strip() for line in printed_lines(data)]
    assert any(f"Sale #{sale.number}" in line for line in lines)
    assert any(re.fullmatch(r"TOTAL +\$12\.30", line) for line in lines)
    assert data.count(b"TRAINING") == 2 and data.rstrip(b"\n").endswith(CUT)
    assert PULSE not in data  # training: the drawer stays shut


def test_paper_out_says_so_keeps_the_sale_and_prints_again_once_loaded(
        register: Register, services: UiServices, printer: FakePrinter) -> None:
    pay = register.pay
    _use(services, printer)
    register.ring_up_and_pay("5.00")
    _take_cash(register, "5")
    register.qtbot.waitUntil(pay.print_button.isVisible, timeout=WAIT)
    printer.status = dict(PAPER_OUT)

    said = _print(register)
    assert said.startswith("The receipt printer is out of paper — load a new roll")
    assert pay.status.kind == "error" and printer.received == b""
    sale = services.checkout.sale
    assert sale is not None and sale.state is SaleState.COMPLETED  # the sale is done anyway
    assert pay.print_button.isVisible() and pay.print_button.isEnabled()  # print it again

    printer.status = None  # a fresh roll; this printer no longer answers status: prints anyway
    assert "printed" in _print(register)
    assert printer.received.rstrip(b"\n").endswith(CUT)
    register.key(Qt.Key.Key_Return)  # New sale
    register.qtbot.waitUntil(lambda: register.window.current is register.sale, timeout=WAIT)


def test_a_printer_dropping_mid_receipt_is_told_and_the_receipt_can_be_printed_again(
        register: Register, services: UiServices, printer: FakePrinter) -> None:
    _use(services, printer)
    register.ring_up_and_pay("7.00")
    _take_cash(register, "10")
    register.qtbot.waitUntil(register.pay.print_button.isVisible, timeout=WAIT)
    printer.drop_after = 200

    said = _print(register)
    assert "stopped mid-receipt" in said and "Part of the receipt may have printed" in said
    printer.drop_after = None
    assert "printed" in _print(register)
    assert printer.connections[-1].data.rstrip(b"\n").endswith(CUT)


def test_cash_opens_the_drawer_once_and_a_dead_printer_never_blocks_the_sale(
        register: Register, services: UiServices, runtime: Runtime,
        printer: FakePrinter) -> None:
    runtime.checkout.config = dataclasses.replace(runtime.checkout.config, training=False)
    _use(services, printer)
    register.ring_up_and_pay("3.00")
    _take_cash(register, "5")  # no Clover call for cash: nothing real is charged here
    printer.wait_for(1)
    assert printer.received == PULSE

    services.settings = services.settings.replace(receipt_printer="escpos:net:127.0.0.1:9")
    register.key(Qt.Key.Key_Return)  # New sale
    register.qtbot.waitUntil(lambda: register.window.current is register.sale, timeout=WAIT)
    register.ring_up_and_pay("4.00")
    register.key(Qt.Key.Key_F8, register.window)
    register.qtbot.waitUntil(lambda: register.pay.mode == "cash")
    register.type(register.pay.cash_panel.amount, "4")
    register.wait_status("The cash drawer didn't open")
    assert "Open the drawer with its key" in register.pay.status.text()
    sale = services.checkout.sale
    assert sale is not None and sale.state is SaleState.COMPLETED
    assert register.pay.new_sale_button.isVisible()


@pytest.fixture
def page(qtbot: QtBot, services: UiServices) -> Page:
    return Page(qtbot, services)


def test_settings_print_a_test_page_and_open_the_drawer_on_the_printer_typed(
        page: Page, services: UiServices, printer: FakePrinter) -> None:
    group = page.form.printer_group
    page.retype(group.printer, printer.spec)
    group.paper.setCurrentIndex(group.paper.findData(58))
    page.qtbot.mouseClick(group.test_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: "Test page sent" in page.status, timeout=WAIT)
    lines = printed_lines(printer.received)
    assert "Receipt printer test page" in [line.strip() for line in lines]
    assert "12345678901234567890123456789012" in lines  # 58 mm: 32 characters a line
    assert services.settings.receipt_printer == ""  # tried, not saved

    page.qtbot.mouseClick(group.drawer_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: page.status == "The cash drawer opened.", timeout=WAIT)
    printer.wait_for(2)
    assert printer.connections[1].data == PULSE


def test_settings_find_printers_fills_the_field_and_refuse_a_bad_address(
        page: Page, services: UiServices, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lp0").write_bytes(b"")
    monkeypatch.setattr(discover, "_DEVICE_FILES", (str(tmp_path / "lp*"),))
    monkeypatch.setattr(discover, "_SERIAL_FILES", ())
    monkeypatch.setattr(discover, "_usb", list)
    monkeypatch.setattr(discover, "_serial", list)
    group = page.form.printer_group
    page.qtbot.mouseClick(group.find_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: "Printers found: 1" in page.status, timeout=WAIT)
    assert group.found.isVisible()
    assert group.found.itemText(0) == f"Device — {tmp_path}/lp0 (escpos:file:{tmp_path}/lp0)"
    group.found.activated.emit(0)
    assert group.printer.text() == f"escpos:file:{tmp_path}/lp0"

    group.found.activated.emit(1)  # the network choice: the owner types the address
    assert group.printer.text() == "escpos:net:"
    page.save()
    assert "Type the network printer's address" in page.status and group.printer.hasFocus()
    assert services.settings.receipt_printer == ""

    page.qtbot.keyClicks(group.printer, "192.168.1.50")
    assert page.save().startswith("Saved.")
    assert services.settings.receipt_printer == "escpos:net:192.168.1.50:9100"  # applies now


def test_scrolling_past_the_cash_drawer_choice_never_changes_it(page: Page) -> None:
    drawer = page.form.printer_group.drawer
    before = drawer.currentData()
    page.form.store_name.setFocus()
    centre = QPointF(drawer.rect().center())
    wheel = QWheelEvent(centre, drawer.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(drawer, wheel)
    assert drawer.currentData() == before == "pin2"


def test_an_office_printer_gets_the_test_page_through_qt(page: Page, tmp_path: Path) -> None:
    group = page.form.printer_group
    page.retype(group.printer, f"pdf:{tmp_path}")
    page.qtbot.mouseClick(group.test_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: "Test page sent" in page.status, timeout=WAIT)
    [pdf] = tmp_path.glob("test-page-*.pdf")
    assert str(pdf) in page.status
    page.qtbot.mouseClick(group.drawer_button, Qt.MouseButton.LeftButton)
    page.qtbot.waitUntil(lambda: "No cash drawer is set up" in page.status, timeout=WAIT)
