"""Jobs for an ESC/POS printer: a receipt, a test page, a drawer kick; and the drawer port that
the till (a cash tender) and a manager's no-sale call. Blocking parts run on a worker thread."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pos_app.domain.receipt import Receipt

from .escpos_layout import PAPER_WIDTHS, check_page_bytes, drawer_pulse, receipt_bytes
from .printer_port import CHUNK, STATUS_TIMEOUT, Port, PrinterFault, PrinterProblem, open_port
from .printer_target import PrinterTarget

__all__ = ["CashDrawer", "DrawerSetup", "PrinterSetup", "kick_drawer", "print_check_page",
           "print_escpos_receipt", "send_job"]

log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"  # real-time status: the printer answers at once, even mid-job
_PRINTER, _OFFLINE_CAUSE, _PAPER = 1, 2, 4
_OFFLINE = 0x08
_COVER_OPEN, _PAPER_STOP = 0x04, 0x20
_PAPER_END = 0x60


@dataclass(frozen=True, slots=True)
class PrinterSetup:
    """What Settings say about the ESC/POS printer."""

    target: PrinterTarget
    paper_mm: int = 80
    logo: Path | None = None


@dataclass(frozen=True, slots=True)
class DrawerSetup:
    """The cash drawer: behind which printer, on which pin (2 or 5) of its drawer port."""

    target: PrinterTarget
    pin: int = 2


def _status(port: Port, which: int) -> int | None:
    """One DLE EOT answer; None when the printer (or the wire) gives none."""
    port.write(DLE_EOT + bytes([which]))
    answer = port.read(1, STATUS_TIMEOUT)
    if not answer or answer[-1] & 0x93 != 0x12:  # fixed bits 1 and 4 set, 0 and 7 clear
        return None
    return answer[-1]


def _check(port: Port, where: str, *, printed_some: bool = False) -> bool:
    """Raise when the printer says it can't print; False when it doesn't answer at all."""
    if not port.answers:
        return False
    state = _status(port, _PRINTER)
    if state is None:
        return False
    if state & _OFFLINE:
        cause = _status(port, _OFFLINE_CAUSE) or 0
        problem = (PrinterProblem.COVER_OPEN if cause & _COVER_OPEN else
                   PrinterProblem.PAPER_OUT if cause & _PAPER_STOP else PrinterProblem.OFFLINE)
        raise PrinterFault(problem, where, printed_some=printed_some)
    paper = _status(port, _PAPER)
    if paper is not None and paper & _PAPER_END == _PAPER_END:
        raise PrinterFault(PrinterProblem.PAPER_OUT, where, printed_some=printed_some)
    return True


def send_job(target: PrinterTarget, data: bytes, *, check: bool = True) -> None:
    """Send one job to the printer: its status first (where it answers), the bytes in pieces,
    then its status again — a printer that dropped or ran out mid-job is a PrinterFault."""
    port = open_port(target)
    sent = 0
    try:
        answers = check and _check(port, target.where)
        for start in range(0, len(data), CHUNK):
            port.write(data[start:start + CHUNK])
            sent += len(data[start:start + CHUNK])
        if answers:
            _check(port, target.where, printed_some=True)
    except PrinterFault as fault:
        if sent and not fault.printed_some:
            raise PrinterFault(fault.problem, fault.where, printed_some=True) from fault
        raise
    finally:
        port.close()
    log.info("printer job of %d bytes sent to %s", len(data), target.where)


def print_escpos_receipt(setup: PrinterSetup, receipt: Receipt) -> str:
    """Lay out and print `receipt`; returns where it went. Blocking."""
    paper = PAPER_WIDTHS.get(setup.paper_mm, PAPER_WIDTHS[80])
    try:
        data = receipt_bytes(receipt, paper, setup.logo)
    except PrinterFault as fault:
        if fault.problem is not PrinterProblem.BAD_LOGO:
            raise
        # A moved logo file must not hold up the queue: the receipt goes out without it
        # (the test page in Settings says what is wrong with the logo).
        log.warning("receipt logo %s unreadable; printing without it", fault.where)
        data = receipt_bytes(receipt, paper, None)
    send_job(setup.target, data)
    return setup.target.where


def print_check_page(setup: PrinterSetup, lines: list[str]) -> str:
    """The test page of Settings. Blocking."""
    paper = PAPER_WIDTHS.get(setup.paper_mm, PAPER_WIDTHS[80])
    send_job(setup.target, check_page_bytes(lines, paper, setup.logo))
    return setup.target.where


def kick_drawer(setup: DrawerSetup) -> None:
    """Pulse the drawer. No status check: a drawer opens even when the paper is out."""
    send_job(setup.target, drawer_pulse(setup.pin), check=False)


class CashDrawer:
    """The cash drawer port: `await drawer.open()` opens it (on a worker thread).

    The till calls it when a cash tender is taken; the shift's no-sale calls it once a manager
    approved. Returns False when no drawer is set up (nothing was sent); raises PrinterFault
    when the printer that drives it can't be reached. `setup` is read at each call, so a change
    in Settings applies at once.
    """

    def __init__(self, setup: Callable[[], DrawerSetup | None]) -> None:
        self._setup = setup

    @property
    def present(self) -> bool:
        return self._setup() is not None

    async def open(self) -> bool:
        setup = self._setup()
        if setup is None:
            return False
        await asyncio.get_running_loop().run_in_executor(None, kick_drawer, setup)
        log.info("cash drawer opened (pin %d, %s)", setup.pin, setup.target.where)
        return True
