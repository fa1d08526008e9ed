"""The manager's day through the real window: first start, sign-in, a sale, a refund approved
by a manager's PIN, a cash drop, a blind close $2.00 short, the Z report; lock-out; idle lock."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.domain import DeskOpKind, GiftCardInput, SaleState
from pos_app.hardware import SwipeDetector
from pos_app.runtime import Runtime, build_runtime
from pos_app.shift import DrawerKind
from pos_app.staff import Action, AuditKind, Role
from pos_app.staff.demo import DEMO_PEOPLE
from pos_app.storage import AppPaths, SecretStore, Settings
from pos_app.ui.approval import ApprovalDialog
from pos_app.ui.build import build_window
from pos_app.ui.main_window import MainWindow
from pos_app.ui.services import UiServices
from tests.gui.conftest import run_async
from tests.storage.memory_keyring import MemoryKeyring

GIFT_40 = GiftCardInput("7777373100001234", "4321")
OWNER_PIN, MANAGER_PIN, CASHIER_PIN = "204060", "13579", "86420"
WAIT = 10_000


@pytest.fixture
def new_store(qloop: qasync.QEventLoop, qtbot: QtBot,
              tmp_path: Path) -> Iterator[tuple[Runtime, UiServices]]:
    """A register on its first start: training's sandbox, but nobody set up yet."""
    paths = AppPaths.under(tmp_path / "app").ensure()
    runtime = build_runtime(paths, Settings(store_name="Test Shop"), None, demo=False)
    services = UiServices(
        checkout=runtime.checkout, desk=runtime.desk, settings=runtime.settings,
        secrets=SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,)),
        staff=runtime.staff, shifts=runtime.shifts, training=True,
        reports_dir=paths.data_dir / "reports")
    yield runtime, services
    run_async(qtbot, runtime.aclose())


def show(qtbot: QtBot, services: UiServices) -> MainWindow:
    window = build_window(services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen("signin")
    return window


def type_pin(qtbot: QtBot, field: object, pin: str) -> None:
    field.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def sign_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    screen = window.screens["signin"]
    screen.choose(name)  # type: ignore[attr-defined]
    type_pin(qtbot, screen.pad.field, pin)  # type: ignore[attr-defined]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A function key, as the cashier presses it: the window's shortcuts need it active (after
    an approval dialog closed, it is activated again on a later turn)."""
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, key, modifier)


def type_in(qtbot: QtBot, field: object, text: str) -> None:
    field.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def wait_for(qtbot: QtBot, window: MainWindow, key: str) -> None:
    qtbot.waitUntil(lambda: window.current is window.screens[key], timeout=WAIT)


def approve(qtbot: QtBot, dialog: ApprovalDialog | None, name: str, pin: str) -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.choose(name)
    type_pin(qtbot, dialog.pad.field, pin)


def test_a_day_from_first_start_to_the_z_report(
        qtbot: QtBot, new_store: tuple[Runtime, UiServices]) -> None:
    runtime, services = new_store
    # A card reader's burst must read as a swipe whatever the test machine's key timing.
    services.swipe = SwipeDetector(max_gap_ms=60_000, flush_after_ms=60_000)
    services.swipe.install()
    try:
        _a_day(qtbot, runtime, services)
    finally:
        services.swipe.uninstall()


def _a_day(qtbot: QtBot, runtime: Runtime, services: UiServices) -> None:
    staff = services.staff
    window = show(qtbot, services)
    signin = window.screens["signin"]

    # First start: the owner sets up (a PIN typed twice on the keyboard).
    assert signin.setting_up and signin.name_edit.isVisible()  # type: ignore[attr-defined]
    qtbot.keyClicks(signin.name_edit, "Olga Owner")  # type: ignore[attr-defined]
    qtbot.keyClicks(signin.confirm_edit, OWNER_PIN)  # type: ignore[attr-defined]
    for digit in OWNER_PIN:  # the touch keys
        qtbot.mouseClick(next(b for b in signin.pad.findChildren(type(signin.setup_button))  # type: ignore[attr-defined]
                              if b.text() == digit), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(signin.setup_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_for(qtbot, window, "shift")  # signed in, and no shift is open yet
    assert staff.current is not None and staff.current.role is Role.OWNER
    assert window.who.text() == "Olga Owner"

    # The owner adds a manager and a cashier.
    window.go_to("manager")
    wait_for(qtbot, window, "manager")
    people = window.screens["manager"].people  # type: ignore[attr-defined]
    for name, role, pin in (("Mo Manager", Role.MANAGER, MANAGER_PIN),
                            ("Cleo Cashier", Role.CASHIER, CASHIER_PIN)):
        people.name_edit.setText(name)
        people.role_combo.setCurrentIndex(people.role_combo.findData(role.value))
        qtbot.keyClicks(people.pin_edit, pin)
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=name: any(p.name == n for p in staff.people()), timeout=WAIT)

    # Lock; the cashier signs in and opens the shift with a $100.00 float.
    press(qtbot, window, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current is signin and staff.current is None, timeout=WAIT)
    window.go_to("sale")  # nobody signed in: no sale screen
    wait_for(qtbot, window, "signin")
    sign_in(qtbot, window, "Cleo Cashier", CASHIER_PIN)
    wait_for(qtbot, window, "shift")
    shift = window.screens["shift"]
    window.go_to("sale")  # no shift: the shift screen says why
    qtbot.waitUntil(lambda: "No shift is open" in shift.status.text(), timeout=WAIT)
    qtbot.keyClicks(shift.float_edit, "100.00")  # type: ignore[attr-defined]
    qtbot.keyClick(shift.float_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: services.shifts.shift is not None, timeout=WAIT)

    # A sale on the sale and pay screens: $62.50 keyed, Pay (F5), a $25.00 gift card swiped,
    # the $37.50 left in cash ($40.00 handed over).
    press(qtbot, window, Qt.Key.Key_F1)
    wait_for(qtbot, window, "sale")
    sale_screen, pay = window.screens["sale"], window.screens["tender"]
    type_in(qtbot, sale_screen.amount, "62.50")  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_F5)
    wait_for(qtbot, window, "tender")
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: pay.mode == "gift_card", timeout=WAIT)  # type: ignore[attr-defined]
    swiped_at = QApplication.focusWidget() or window
    qtbot.keyClicks(swiped_at, ";600123?")
    qtbot.keyClick(swiped_at, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Remaining due $37.50" in pay.status.text(), timeout=WAIT)
    press(qtbot, window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: pay.mode == "cash", timeout=WAIT)  # type: ignore[attr-defined]
    type_in(qtbot, pay.cash_panel.amount, "40")  # type: ignore[attr-defined]
    checkout = services.checkout
    qtbot.waitUntil(lambda: checkout.sale is not None
                    and checkout.sale.state is SaleState.COMPLETED, timeout=WAIT)
    sale = checkout.sale
    assert sale is not None

    # A refund of $10.00 to the gift card needs a manager's PIN: a wrong one is refused.
    window.go_to("history")
    wait_for(qtbot, window, "history")
    history = window.screens["history"]
    actions = history.sale_actions  # type: ignore[attr-defined]
    assert history.select_sale(sale.number)  # type: ignore[attr-defined]
    qtbot.keyClicks(actions.amount_edit, "10.00")
    qtbot.mouseClick(actions.refund_button, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    approve(qtbot, dialog, "Mo Manager", "11111")
    qtbot.waitUntil(lambda: "Wrong PIN for Mo Manager" in dialog.status.text(), timeout=WAIT)
    assert not [op for op in runtime.journal.desk_ops_between(0, 2**62)
                if op.kind is DeskOpKind.REFUND]
    approve(qtbot, dialog, "Mo Manager", MANAGER_PIN)
    qtbot.waitUntil(lambda: "Refund id" in history.status.text(), timeout=WAIT)
    refund = next(op for op in runtime.journal.desk_ops_between(0, 2**62)
                  if op.kind is DeskOpKind.REFUND)
    assert refund.amount == 1000 and refund.approved_by == "Mo Manager (manager) for Cleo Cashier"

    # A $20.00 cash drop, then the blind close: $115.50 counted, $117.50 expected.
    window.go_to("shift")
    wait_for(qtbot, window, "shift")
    qtbot.keyClicks(shift.amount_edit, "20.00")  # type: ignore[attr-defined]
    qtbot.keyClicks(shift.reason_edit, "to the safe")  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "Cash drop of $20.00 recorded" in shift.status.text(), timeout=WAIT)
    screen_text = " ".join(w.text() for w in shift.findChildren(type(shift.summary))  # type: ignore[attr-defined]
                           if w.isVisible())
    assert "117.50" not in screen_text  # blind: the expected cash is not on screen
    qtbot.keyClicks(shift.counted_edit, "115.50")  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: shift.dialog is not None, timeout=WAIT)  # type: ignore[attr-defined]
    approve(qtbot, shift.dialog, "Mo Manager", MANAGER_PIN)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Short $2.00" in shift.result.text(), timeout=WAIT)  # type: ignore[attr-defined]
    assert "Expected $117.50 · Counted $115.50" in shift.result.text()  # type: ignore[attr-defined]

    # The Z report (a manager approves it for the cashier) shows the short and the tenders.
    window.go_to("manager")
    wait_for(qtbot, window, "manager")
    reports = window.screens["manager"].reports  # type: ignore[attr-defined]
    qtbot.mouseClick(reports.z_button, Qt.MouseButton.LeftButton)
    approve(qtbot, reports.dialog, "Mo Manager", MANAGER_PIN)
    qtbot.waitUntil(lambda: "Z report #1" in reports.text, timeout=WAIT)
    text = reports.text
    assert "Over / short" in text and "-$2.00" in text
    assert "Gift card redemptions (1)           $25.00" in text
    assert "Cash (1)                            $37.50" in text
    assert "Total tenders                       $62.50" in text
    assert "Refunds (1)" in text and "$10.00" in text
    assert [p.name for p in reports.saved] == ["z-0001.pdf", "z-0001.csv"]
    assert reports.saved[0].read_bytes().startswith(b"%PDF")
    assert "Over / short,,-200,-$2.00" in reports.saved[1].read_text()

    # A second Z for the same period is refused.
    qtbot.mouseClick(reports.z_button, Qt.MouseButton.LeftButton)
    approve(qtbot, reports.dialog, "Mo Manager", MANAGER_PIN)
    status = window.screens["manager"].status
    qtbot.waitUntil(lambda: "already covers this period" in status.text(), timeout=WAIT)

    trail = staff.audit(0, 2**62)
    overrides = [(e.person_name, e.approver_name, e.detail) for e in trail
                 if e.kind is AuditKind.OVERRIDE]
    assert overrides[0][:2] == ("Cleo Cashier", "Mo Manager") and "refund" in overrides[0][2]
    assert {AuditKind.CASH_DROP, AuditKind.SHIFT_CLOSED, AuditKind.Z_REPORT,
            AuditKind.OVERRIDE_REFUSED, AuditKind.REGISTER_LOCKED} <= {e.kind for e in trail}


def test_five_wrong_pins_lock_the_cashier_out(qtbot: QtBot, services: UiServices) -> None:
    window = show(qtbot, services)
    services.staff.sign_out()
    signin = window.screens["signin"]
    cashier = DEMO_PEOPLE[2][0]
    for _ in range(4):
        sign_in(qtbot, window, cashier, "000000")
        qtbot.waitUntil(lambda: "Wrong PIN" in signin.status.text(), timeout=WAIT)
        signin.status.show_message("", "info")
    sign_in(qtbot, window, cashier, "000000")
    qtbot.waitUntil(lambda: "locked out for 5 minutes" in signin.status.text(), timeout=WAIT)
    sign_in(qtbot, window, cashier, DEMO_PEOPLE[2][2])  # the right PIN, too late
    qtbot.waitUntil(lambda: "locked out for 5 more minute" in signin.status.text(),
                    timeout=WAIT)
    assert services.staff.current is None and window.current is signin
    assert signin.pad.field.text() == ""  # type: ignore[attr-defined]


def test_the_register_locks_itself_when_idle_and_the_sale_survives(
        qtbot: QtBot, services: UiServices) -> None:
    window = show(qtbot, services)
    window.signed_in()
    wait_for(qtbot, window, "sale")
    services.checkout.add_item("Mug", 1200)
    window.last_activity -= services.settings.lock_after_minutes * 60
    window.check_idle()  # the timer's tick, without waiting 15 s
    assert services.staff.current is None and window.current is window.screens["signin"]
    sign_in(qtbot, window, DEMO_PEOPLE[2][0], DEMO_PEOPLE[2][2])
    wait_for(qtbot, window, "sale")
    assert services.checkout.sale is not None
    assert [line.description for line in services.checkout.sale.lines] == ["Mug"]
    kinds = [e.kind for e in services.staff.audit(0, 2**62)]
    assert AuditKind.REGISTER_LOCKED in kinds
    assert QApplication.activeModalWidget() is None


def test_removing_a_paid_payment_needs_a_managers_pin(
        qtbot: QtBot, services: UiServices, runtime: Runtime) -> None:
    from pos_app.ui.tender_screen import TenderScreen  # noqa: PLC0415

    window = build_window(services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    services.checkout.add_item("Scarf", 6250)
    run_async(qtbot, services.checkout.pay_gift_card(GIFT_40))  # a $40.00 hold
    window.show_screen("tender")
    pay = window.screens["tender"]
    assert isinstance(pay, TenderScreen)
    pay.remove_payment()
    dialog = pay.dialog
    assert dialog is not None and "remove a payment" in dialog.heading.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # no manager: kept
    sale = services.checkout.sale
    assert sale is not None and sale.tenders[0].state.counts_as_paid

    pay.remove_payment()
    from tests.gui.conftest import approve_as_manager  # noqa: PLC0415

    approve_as_manager(qtbot, pay)
    qtbot.waitUntil(lambda: not sale.tenders[0].state.counts_as_paid, timeout=WAIT)
    assert sandbox_balance(runtime, GIFT_40) == 4000  # the hold was released
    overrides = [e for e in services.staff.audit(0, 2**62) if e.kind is AuditKind.OVERRIDE]
    assert overrides[-1].approver_name == DEMO_PEOPLE[1][0]
    assert "remove a payment" in overrides[-1].detail


def sandbox_balance(runtime: Runtime, card: GiftCardInput) -> int:
    assert runtime.sandbox is not None
    state = runtime.sandbox.gift_card_state(card.number)  # type: ignore[attr-defined]
    return int(state["balance"]) - int(state["lock_amount"])


def test_the_owner_filters_the_audit_by_person_and_day_and_retires_a_person(
        qtbot: QtBot, services: UiServices) -> None:
    from PySide6.QtCore import QDate  # noqa: PLC0415

    window = show(qtbot, services)
    staff = services.staff
    staff.sign_out()
    owner, manager, cashier = (p[0] for p in DEMO_PEOPLE)
    sign_in(qtbot, window, cashier, "000000")  # a wrong PIN, on the record
    signin = window.screens["signin"]
    qtbot.waitUntil(lambda: "Wrong PIN" in signin.status.text(), timeout=WAIT)
    sign_in(qtbot, window, owner, DEMO_PEOPLE[0][2])
    qtbot.waitUntil(lambda: staff.current is not None, timeout=WAIT)
    window.go_to("manager")
    wait_for(qtbot, window, "manager")
    manager_screen = window.screens["manager"]
    audit = manager_screen.audit  # type: ignore[attr-defined]
    audit.person_combo.setCurrentIndex(audit.person_combo.findText(cashier))
    qtbot.mouseClick(audit.show_button, Qt.MouseButton.LeftButton)  # the owner: no PIN asked
    rows = [(audit.table.item(r, 1).text(), audit.table.item(r, 2).text())
            for r in range(audit.table.rowCount())]
    assert ("PIN failed", cashier) in rows
    assert all(who == cashier for _what, who in rows)
    audit.day_edit.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(audit.show_button, Qt.MouseButton.LeftButton)
    assert audit.table.rowCount() == 0  # nothing happened yesterday

    people = manager_screen.people  # type: ignore[attr-defined]
    people.refresh()
    row = next(r for r in range(people.list.count())
               if people.list.item(r).text().startswith(manager))
    people.list.setCurrentRow(row)
    qtbot.mouseClick(people.retire_button, Qt.MouseButton.LeftButton)
    assert "retired" in manager_screen.status.text()
    assert manager not in [p.name for p in staff.people()]
    assert "retired" in people.list.item(row).text()


def test_an_x_report_changes_nothing_and_a_cashier_needs_a_manager_for_it(
        qtbot: QtBot, services: UiServices, tmp_path: Path) -> None:
    services.reports_dir = tmp_path / "reports"
    window = show(qtbot, services)
    window.signed_in()
    window.go_to("manager")
    wait_for(qtbot, window, "manager")
    reports = window.screens["manager"].reports  # type: ignore[attr-defined]
    qtbot.mouseClick(reports.x_button, Qt.MouseButton.LeftButton)
    from tests.gui.conftest import approve_as_manager  # noqa: PLC0415

    approve_as_manager(qtbot, reports)
    qtbot.waitUntil(lambda: "X report" in reports.text, timeout=WAIT)
    assert "Float" in reports.text and "$100.00" in reports.text
    assert services.shifts.shift is not None  # the shift is still open
    assert not reports.saved  # an X report is saved only when asked
    qtbot.mouseClick(reports.save_button, Qt.MouseButton.LeftButton)
    pdf, csv = reports.saved
    assert pdf.name.startswith("x-") and pdf.read_bytes().startswith(b"%PDF")
    assert "X,," in csv.read_text() and ",Float,,10000,$100.00" in csv.read_text()
    assert services.shifts.records.last_z(True) is None  # no Z was made
    # Printed through the receipt path: the receipt printer here is a PDF folder.
    services.settings = services.settings.replace(receipt_printer=f"pdf:{tmp_path / 'printed'}")
    qtbot.mouseClick(reports.print_button, Qt.MouseButton.LeftButton)
    status = window.screens["manager"].status
    qtbot.waitUntil(lambda: "Printed on" in status.text(), timeout=WAIT)
    [printed] = (tmp_path / "printed").glob("x-report-*.pdf")
    assert printed.read_bytes().startswith(b"%PDF")


def test_a_cashier_cannot_open_settings_and_a_manager_can(
        qtbot: QtBot, services: UiServices) -> None:
    window = show(qtbot, services)
    window.signed_in()
    wait_for(qtbot, window, "sale")
    window.go_to("settings")
    qtbot.waitUntil(lambda: "Settings are for a manager" in window.screens["sale"].status.text(),
                    timeout=WAIT)
    assert window.current is window.screens["sale"]
    window.lock()
    sign_in(qtbot, window, DEMO_PEOPLE[1][0], DEMO_PEOPLE[1][2])
    qtbot.waitUntil(lambda: services.staff.current is not None, timeout=WAIT)
    wait_for(qtbot, window, "sale")
    window.go_to("settings")
    wait_for(qtbot, window, "settings")


def test_no_pin_or_pin_hash_reaches_the_log_even_at_debug(
        qtbot: QtBot, services: UiServices, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger,
    caplog.set_level(logging.DEBUG, logger="qasync")  # qasync's executor included (reset after)
    caplog.set_level(logging.DEBUG, logger="asyncio")
    window = show(qtbot, services)
    window.lock()
    signin = window.screens["signin"]
    sign_in(qtbot, window, DEMO_PEOPLE[2][0], "975310")
    qtbot.waitUntil(lambda: "Wrong PIN" in signin.status.text(), timeout=WAIT)
    sign_in(qtbot, window, DEMO_PEOPLE[2][0], DEMO_PEOPLE[2][2])
    qtbot.waitUntil(lambda: services.staff.current is not None, timeout=WAIT)
    run_async(qtbot, services.staff.approve(
        Action.REFUND, next(p.id for p in services.staff.people()
                            if p.name == DEMO_PEOPLE[1][0]), DEMO_PEOPLE[1][2]))
    assert caplog.records  # the log did run at DEBUG
    for _name, _role, pin, pin_hash in DEMO_PEOPLE:
        assert pin not in caplog.text and pin_hash not in caplog.text
    assert "975310" not in caplog.text


def test_locking_closes_an_approval_the_signed_out_cashier_asked_for(
        qtbot: QtBot, services: UiServices) -> None:
    window = show(qtbot, services)
    window.signed_in()
    window.go_to("shift")
    wait_for(qtbot, window, "shift")
    shift = window.screens["shift"]
    shift.reason_edit.setText("customer wanted change")  # type: ignore[attr-defined]
    shift.drawer(DrawerKind.NO_SALE)  # type: ignore[attr-defined]
    dialog = shift.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()

    window.lock()

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=WAIT)
    kinds = [e.kind for e in services.staff.audit(0, 2**62)]
    assert AuditKind.NO_SALE not in kinds


def test_a_no_sale_opens_the_drawer_on_the_receipt_printer_but_not_in_training(
        qtbot: QtBot, services: UiServices) -> None:
    from tests.gui.conftest import approve_as_manager  # noqa: PLC0415
    from tests.hardware.fake_printer import FakePrinter  # noqa: PLC0415

    pulse = b"\x1bp\x00\x19\xfa"
    with FakePrinter() as printer:
        services.settings = services.settings.replace(receipt_printer=printer.spec)
        window = show(qtbot, services)
        window.signed_in()
        window.go_to("shift")
        wait_for(qtbot, window, "shift")
        shift = window.screens["shift"]
        shift.reason_edit.setText("customer wanted change")  # type: ignore[attr-defined]
        shift.drawer(DrawerKind.NO_SALE)  # type: ignore[attr-defined]
        approve_as_manager(qtbot, shift)
        qtbot.waitUntil(lambda: "drawer stays shut" in shift.status.text(), timeout=WAIT)
        assert printer.received == b""  # training: no real money, the till stays shut

        services.training = False
        shift.reason_edit.setText("customer wanted change")  # type: ignore[attr-defined]
        shift.drawer(DrawerKind.NO_SALE)  # type: ignore[attr-defined]
        approve_as_manager(qtbot, shift)
        qtbot.waitUntil(lambda: "The cash drawer opened" in shift.status.text(), timeout=WAIT)
        printer.wait_for(1)
        assert printer.received == pulse
    no_sales = [e for e in services.staff.audit(0, 2**62) if e.kind is AuditKind.NO_SALE]
    assert len(no_sales) == 2 and no_sales[0].approver_name == DEMO_PEOPLE[1][0]
