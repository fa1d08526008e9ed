"""Printing a receipt straight to the register's printer (no dialog), off the event loop: an
ESC/POS receipt printer (hardware/), or a Qt printer or PDF folder for office printers."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from pos_app.domain import Sale, build_receipt
from pos_app.domain.receipt import Receipt
from pos_app.hardware.escpos_printer import print_check_page, print_escpos_receipt
from pos_app.hardware.printer_port import PrinterFault
from pos_app.lang import N_
from pos_app.printing import printer_setup
from pos_app.storage import Settings

from .i18n import tr
from .printer_words import TEST_PAGE_LINES, fault_message

if TYPE_CHECKING:
    from .screen import Screen

__all__ = ["PDF_PREFIX", "PrintError", "print_copy", "print_now", "print_receipt",
           "print_sale_receipt", "print_test_page", "receipt_document", "receipt_font"]

PDF_PREFIX = "pdf:"  # the receipt printer setting "pdf:FOLDER": each receipt a PDF file there
NO_PRINTER = (N_("No printer is set up on this computer — choose the receipt printer in Settings "
              "(Ctrl+,), or press New sale for no receipt."))
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


class PrintError(Exception):
    """The receipt could not be printed; `user_message` says what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def receipt_font() -> QFont:
    """The system's fixed-pitch font: receipt columns line up only in a monospace face."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(10)
    return font


def receipt_document(receipt_text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(receipt_font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)  # the text is already laid out in columns
    document.setDefaultTextOption(option)
    document.setPlainText(receipt_text)
    return document


def _pdf_printer(folder_text: str, name: str) -> tuple[QPrinter, str]:
    folder = Path(folder_text).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PrintError(
            tr("The receipt folder {folder} can't be written — check the receipt printer in "
               "Settings.").format(folder=folder)
        ) from exc
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{_UNSAFE.sub('-', name)}-{stamp}-{time.time_ns() % 1_000_000:06d}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setOutputFileName(str(path))
    return printer, str(path)


def print_now(receipt_text: str, setting: str, name: str = "receipt") -> str:
    """Print `receipt_text` on the printer `setting` names ("" the default printer, a printer's
    name, or "pdf:FOLDER"), with no dialog; returns where it went. Blocking: run it off the
    event loop (`print_receipt`). PrintError when there is nowhere to print."""
    setting = setting.strip()
    if setting.startswith(PDF_PREFIX):
        printer, where = _pdf_printer(setting[len(PDF_PREFIX):], name)
    else:
        info = QPrinterInfo.printerInfo(setting) if setting else QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintError(
                NO_PRINTER
                if not setting
                else tr("The printer {setting!r} isn't on this computer — check the receipt "
                        "printer in Settings (Ctrl+,).").format(setting=setting)
            )
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        where = info.printerName()
    document = receipt_document(receipt_text)
    document.print_(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(
            tr("The printer {where} reported an error — check it, then print again.").format(
                where=where
            )
        )
    return where


async def print_receipt(receipt_text: str, setting: str, name: str = "receipt") -> str:
    """`print_now` on a worker thread: a printer (or a slow spooler) never freezes the till."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, print_now, receipt_text, setting, name)


async def print_sale_receipt(receipt: Receipt, settings: Settings, name: str = "receipt") -> str:
    """Print `receipt` where Settings say, on a worker thread; returns where it went.

    PrintError (its `user_message` says what to do) when the printer is off, out of paper,
    unplugged or dropped mid-receipt: the sale is done either way, the receipt can be printed
    again."""
    setup = printer_setup(settings)
    if setup is None:
        return await print_receipt(receipt.render_text(), settings.receipt_printer, name)
    try:
        # a closure: qasync's executor logs what it runs, and a receipt has no place in a log
        return await asyncio.get_running_loop().run_in_executor(
            None, lambda: print_escpos_receipt(setup, receipt))
    except PrinterFault as fault:
        raise PrintError(fault_message(fault)) from fault


async def print_test_page(settings: Settings) -> str:
    """Settings' "Print test page" on the printer typed there (not yet saved, maybe)."""
    setup = printer_setup(settings)
    if setup is None:
        text = "\n".join(tr(line).center(42) for line in TEST_PAGE_LINES) + "\n"
        return await print_receipt(text, settings.receipt_printer, "test-page")
    try:
        return await asyncio.get_running_loop().run_in_executor(
            None, lambda: print_check_page(setup, [tr(line) for line in TEST_PAGE_LINES]))
    except PrinterFault as fault:
        raise PrintError(fault_message(fault)) from fault


def print_copy(screen: Screen, sale: Sale, button: QWidget, busy: str, done: str) -> None:
    """A copy of `sale`'s receipt straight to the register's printer (Settings), never a desktop
    print dialog, with `button` disabled meanwhile. `busy` and `done` are translated templates
    with {number} (and {where} for done): the message that follows says where it went, or why
    it didn't."""
    number = sale.number
    screen.tasks.run(
        print_sale_receipt(build_receipt(sale, screen.services.store, reprint=True, words=tr),
                           screen.services.settings, f"sale-{number}-copy"),
        busy=busy.format(number=number),
        disable=[button],
        done=lambda where: screen.status.show_message(done.format(number=number, where=where),
                                                      "ok"),
    )
