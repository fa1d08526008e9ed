"""The ESC/POS printer over a real TCP socket on loopback: a fake printer records the bytes and
answers status; the receipt's lines, the cut and the drawer pulse are read back from the wire."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from pos_app.domain import (
    LineKind,
    Sale,
    SaleLine,
    SaleState,
    StoreInfo,
    Tender,
    TenderKind,
    TenderState,
    build_receipt,
)
from pos_app.hardware.escpos_layout import PAPER_WIDTHS
from pos_app.hardware.escpos_printer import (
    CashDrawer,
    DrawerSetup,
    PrinterSetup,
    kick_drawer,
    print_check_page,
    print_escpos_receipt,
)
from pos_app.hardware.printer_port import PrinterFault, PrinterProblem
from pos_app.hardware.printer_target import PortKind, PrinterTarget, TargetError

from .fake_printer import COVER_OPEN, PAPER_OUT, FakePrinter, printed_lines

CUT = b"\x1dV\x00"  # GS V 0: full cut
INIT = b"\x1b@"
PULSE_PIN2 = b"\x1bp\x00\x19\xfa"  # ESC p 0: 50 ms on, 500 ms off
VISA = "4111111111111111"
GIFT = "7777373100005003"
STORE = StoreInfo(name="Corner Books", address="12 Main St\nSpringfield", footer="Thank you!")


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter() as fake:
        yield fake


def _sale(*, training: bool = False) -> Sale:
    sale = Sale(tax_rate_ppm=0, number=41, state=SaleState.COMPLETED, training=training,
                created_ms=1_718_000_000_000)
    sale.lines += [SaleLine(LineKind.ITEM, "A rather long description of a jacket", 10_000),
                   SaleLine(LineKind.ITEM, "Mug", 1_230)]
    gift = Tender(TenderKind.GIFT_CARD, 5_000, last4=GIFT[-4:], balance_left=0)
    card = Tender(TenderKind.CARD, 4_000, last4=VISA[-4:], brand="VISA", auth_code="OK1234")
    cash = Tender(TenderKind.CASH, 2_230, cash_tendered=3_000, change_due=770)
    for tender in (gift, card, cash):
        tender.state = TenderState.CAPTURED
        tender.amount_approved = tender.amount_asked
    sale.tenders += [gift, card, cash]
    return sale


@pytest.mark.parametrize(("mm", "columns"), [(58, 32), (80, 48)])
def test_receipt_prints_over_the_network_laid_out_for_the_paper(
        printer: FakePrinter, mm: int, columns: int) -> None:
    setup = PrinterSetup(PrinterTarget.parse(printer.spec), paper_mm=mm)
    where = print_escpos_receipt(setup, build_receipt(_sale(), STORE))

    assert where == f"127.0.0.1:{printer.port}"
    data = printer.received
    assert data.startswith(INIT)
    lines = printed_lines(data)
    assert "Corner Books" in lines and "Springfield" in [line.strip() for line in lines]
    assert any(line.startswith("Mug") and line.endswith("$12.30") and len(line) == columns
               for line in lines)
    assert any(re.fullmatch(r"TOTAL +\$112\.30", line) for line in lines)
    assert re.search(rb"\x1bE\x01TOTAL +\$112\.30", data)  # the total in bold
    assert any(line.strip().startswith("Change $7.70") for line in lines)
    # the long label wraps above its amount: nothing cut off, nothing wider than the paper
    assert "jacket" in " ".join(lines)
    assert all(len(line) <= columns for line in lines), [x for x in lines if len(x) > columns]
    assert data.rstrip(b"\n").endswith(CUT)
    assert PULSE_PIN2 not in data  # printing a receipt never opens the drawer
    # last 4 only
    assert f"{VISA[-4:]}".encode() in data and GIFT[-4:].encode() in data
    assert VISA.encode() not in data and GIFT.encode() not in data
    # the printer was asked whether it could print, before and after the job
    assert printer.connections[0].status_asked[:1] == [1]


def test_training_receipt_has_the_banner_top_and_bottom(printer: FakePrinter) -> None:
    setup = PrinterSetup(PrinterTarget.parse(printer.spec), paper_mm=58)
    print_escpos_receipt(setup, build_receipt(_sale(training=True), STORE))
    data = printer.received
    assert data.count(b"*** TRAINING") == 2
    assert data.count(b"\x1dB\x01") == 2  # printed white on black, so no one takes it for real


def test_test_page_prints_a_ruler_as_wide_as_the_paper_and_cuts(printer: FakePrinter) -> None:
    setup = PrinterSetup(PrinterTarget.parse(printer.spec), paper_mm=58)
    print_check_page(setup, ["Counter POS test page", "Receipt printer works"])
    lines = printed_lines(printer.received)
    assert "Receipt printer works" in [line.strip() for line in lines]
    assert "12345678901234567890123456789012" in lines
    assert printer.received.rstrip(b"\n").endswith(CUT)


def test_logo_prints_as_a_raster_image_as_wide_as_the_paper(
        printer: FakePrinter, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("L", (1000, 500), 0).save(logo)  # wider than any roll: scaled down
    setup = PrinterSetup(PrinterTarget.parse(printer.spec), paper_mm=80, logo=logo)
    print_check_page(setup, ["Logo"])
    data = printer.received
    at = data.index(b"\x1dv0")  # GS v 0 m xL xH yL yH
    width_bytes = data[at + 4] + 256 * data[at + 5]
    height = data[at + 6] + 256 * data[at + 7]
    assert width_bytes * 8 == PAPER_WIDTHS[80].dots and 0 < height <= 300


def test_a_logo_that_is_not_an_image_fails_the_test_page_not_a_receipt(
        printer: FakePrinter, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture")
    setup = PrinterSetup(PrinterTarget.parse(printer.spec), logo=logo)
    with pytest.raises(PrinterFault) as caught:
        print_check_page(setup, ["Logo"])
    assert caught.value.problem is PrinterProblem.BAD_LOGO
    assert printer.received == b""

    print_escpos_receipt(setup, build_receipt(_sale(), STORE))  # a sale's receipt: no logo
    assert b"Corner Books" in printer.received and b"\x1dv0" not in printer.received


def test_drawer_kick_sends_the_pulse_on_the_chosen_pin(printer: FakePrinter) -> None:
    target = PrinterTarget.parse(printer.spec)
    kick_drawer(DrawerSetup(target, pin=2))
    kick_drawer(DrawerSetup(target, pin=5))
    printer.wait_for(2)
    assert printer.received == PULSE_PIN2 + b"\x1bp\x01\x19\xfa"


async def test_cash_drawer_port_opens_or_says_none_is_set_up(printer: FakePrinter) -> None:
    target = PrinterTarget.parse(printer.spec)
    setup: list[DrawerSetup | None] = [None]
    drawer = CashDrawer(lambda: setup[0])
    assert await drawer.open() is False and printer.received == b""
    setup[0] = DrawerSetup(target)
    assert await drawer.open() is True
    printer.wait_for(1)
    assert printer.received == PULSE_PIN2


@pytest.mark.parametrize(("status", "problem"), [(PAPER_OUT, PrinterProblem.PAPER_OUT),
                                                 (COVER_OPEN, PrinterProblem.COVER_OPEN)])
def test_a_printer_that_cannot_print_is_told_before_anything_is_sent(
        printer: FakePrinter, status: dict[int, int], problem: PrinterProblem) -> None:
    printer.status = status
    setup = PrinterSetup(PrinterTarget.parse(printer.spec))
    with pytest.raises(PrinterFault) as caught:
        print_escpos_receipt(setup, build_receipt(_sale(), STORE))
    assert caught.value.problem is problem and not caught.value.printed_some
    assert printer.received == b""  # not half a receipt: nothing


def test_a_printer_dropping_mid_receipt_is_a_fault_not_a_success(printer: FakePrinter) -> None:
    printer.drop_after = 300
    setup = PrinterSetup(PrinterTarget.parse(printer.spec))
    with pytest.raises(PrinterFault) as caught:
        print_escpos_receipt(setup, build_receipt(_sale(), STORE))
    assert caught.value.problem is PrinterProblem.DROPPED and caught.value.printed_some
    assert printer.connections[0].dropped
    assert 0 < len(printer.received) <= 300 and CUT not in printer.received


def test_nothing_listening_is_unreachable_at_once() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    setup = PrinterSetup(PrinterTarget.parse(f"escpos:net:127.0.0.1:{port}"))
    started = time.monotonic()
    with pytest.raises(PrinterFault) as caught:
        print_escpos_receipt(setup, build_receipt(_sale(), STORE))
    assert caught.value.problem is PrinterProblem.UNREACHABLE
    assert caught.value.where == f"127.0.0.1:{port}"
    assert "4111" not in str(caught.value) and time.monotonic() - started < 30


def test_a_printer_that_never_answers_status_still_prints(printer: FakePrinter) -> None:
    printer.status = None  # some printers ignore DLE EOT: the job goes out all the same
    setup = PrinterSetup(PrinterTarget.parse(printer.spec))
    print_escpos_receipt(setup, build_receipt(_sale(), STORE))
    assert printer.received.rstrip(b"\n").endswith(CUT)


def test_a_device_file_gets_the_same_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    setup = PrinterSetup(PrinterTarget.parse(f"escpos:file:{device}"), paper_mm=58)
    assert print_escpos_receipt(setup, build_receipt(_sale(), STORE)) == str(device)
    data = device.read_bytes()
    assert data.startswith(INIT) and data.rstrip(b"\n").endswith(CUT)
    assert b"\x10\x04" not in data  # a plain file can't answer: no status asked


def test_a_missing_device_file_is_not_found(tmp_path: Path) -> None:
    setup = PrinterSetup(PrinterTarget.parse(f"escpos:file:{tmp_path / 'nope' / 'lp0'}"))
    with pytest.raises(PrinterFault) as caught:
        print_escpos_receipt(setup, build_receipt(_sale(), STORE))
    assert caught.value.problem is PrinterProblem.NOT_FOUND


@pytest.mark.parametrize(("spec", "kind", "where"), [
    ("escpos:net:192.168.1.50", PortKind.NETWORK, "192.168.1.50:9100"),
    ("ESCPOS:net:printer.local:9101", PortKind.NETWORK, "printer.local:9101"),
    ("escpos:net:[fe80::1]:9100", PortKind.NETWORK, "[fe80::1]:9100"),
    ("escpos:usb:04B8:0202", PortKind.USB, "USB 04b8:0202"),
    ("escpos:serial:/dev/ttyUSB0@19200", PortKind.SERIAL, "/dev/ttyUSB0"),
    ("escpos:file:/dev/usb/lp0", PortKind.FILE, "/dev/usb/lp0"),
])
def test_printer_settings_parse_and_read_back(spec: str, kind: PortKind, where: str) -> None:
    target = PrinterTarget.parse(spec)
    assert target.kind is kind and target.where == where
    assert PrinterTarget.parse(target.spec) == target


@pytest.mark.parametrize(("spec", "problem"), [
    ("escpos:lpt:1", "kind"), ("escpos:net:", "host"), ("escpos:net:host:99999", "port"),
    ("escpos:usb:epson", "usb_id"), ("escpos:file:lp0", "path"),
    ("escpos:serial:/dev/ttyS0@1234", "baud"),
])
def test_bad_printer_settings_say_which_part_is_wrong(spec: str, problem: str) -> None:
    with pytest.raises(TargetError) as caught:
        PrinterTarget.parse(spec)
    assert caught.value.problem == problem
