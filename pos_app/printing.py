"""Which receipt printer and cash drawer the settings name (Qt-free: the till and the shift's
no-sale build their drawer port from here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pos_app.hardware.escpos_printer import CashDrawer, DrawerSetup, PrinterSetup
from pos_app.hardware.printer_target import PrinterTarget
from pos_app.storage import Settings

__all__ = ["cash_drawer", "drawer_setup", "printer_setup"]


def printer_setup(settings: Settings) -> PrinterSetup | None:
    """The ESC/POS printer of `settings`; None when receipts go to a Qt printer or a PDF."""
    if not PrinterTarget.is_escpos(settings.receipt_printer):
        return None
    logo = Path(settings.receipt_logo).expanduser() if settings.receipt_logo else None
    return PrinterSetup(PrinterTarget.parse(settings.receipt_printer),
                        paper_mm=settings.receipt_paper_mm, logo=logo)


def drawer_setup(settings: Settings) -> DrawerSetup | None:
    """The cash drawer: it hangs on the ESC/POS printer's drawer port, so none without one."""
    if settings.cash_drawer == "none" or not PrinterTarget.is_escpos(settings.receipt_printer):
        return None
    return DrawerSetup(PrinterTarget.parse(settings.receipt_printer),
                       pin=5 if settings.cash_drawer == "pin5" else 2)


def cash_drawer(settings: Callable[[], Settings]) -> CashDrawer:
    """The drawer port, reading the settings at each call (Settings apply without a restart)."""
    return CashDrawer(lambda: drawer_setup(settings()))
