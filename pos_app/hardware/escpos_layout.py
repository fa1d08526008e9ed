"""A receipt laid out for 58 or 80 mm thermal paper, as ESC/POS bytes (python-escpos)."""

from __future__ import annotations

import logging
import os
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from pos_app.domain.receipt import TRAINING_BANNER, Receipt, ReceiptLine

from .printer_port import PrinterFault, PrinterProblem

__all__ = ["PAPER_WIDTHS", "Paper", "check_page_bytes", "drawer_pulse", "receipt_bytes"]

_LOGO_MAX_HEIGHT = 200  # dots (1 inch at 203 dpi): a logo, not a poster
_import_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Paper:
    """A roll width: characters per line in font A, printable dots per line at 203 dpi."""

    mm: int
    columns: int
    dots: int


PAPER_WIDTHS = {58: Paper(58, 32, 384), 80: Paper(80, 48, 576)}


def _escpos() -> Any:
    """python-escpos, imported on first use (a worker thread): it loads its printer database
    (~0.5 s), so the till never pays for it at start-up. Its import calls
    logging.basicConfig() and caches into a fresh temp folder each time; neither is wanted."""
    with _import_lock:
        root = logging.getLogger()
        handlers = list(root.handlers)
        # It loads its cache with pickle: only from this user's own cache folder, never from a
        # shared temp folder another account could have written.
        cache = Path(platformdirs.user_cache_dir("counter-pos", appauthor=False)) / "escpos"
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
        given = os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
        from escpos.printer import Dummy  # noqa: PLC0415 - read once, at its import

        if given == str(cache):
            os.environ.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)

        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        return Dummy


def _printer() -> Any:
    printer = _escpos()()
    printer.hw("INIT")  # ESC @: whatever the last job left set is cleared
    return printer


def _columns(left: str, right: str, width: int) -> list[str]:
    """`left` and `right` on one line; a long label wraps above its amount (nothing cut)."""
    if not right:
        return textwrap.wrap(left, width) or [""]
    room = width - len(right) - 1
    parts = textwrap.wrap(left, max(room, 1)) or [""]
    last = parts.pop()
    return [*parts, f"{last:<{room}} {right}"]


def _centered(printer: Any, lines: Sequence[str], width: int) -> None:
    printer.set(align="center")
    for text in lines:
        for part in textwrap.wrap(text, width) or [""]:
            printer.textln(part)
    printer.set(align="left")


def _banner(printer: Any, width: int) -> None:
    printer.set(align="center", bold=True, invert=True)
    for part in textwrap.wrap(TRAINING_BANNER, width):
        printer.textln(part)
    printer.set(align="left", bold=False, invert=False)


def _logo(printer: Any, path: Path, paper: Paper) -> None:
    try:
        from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - python-escpos needs it

        with Image.open(path) as source:
            image = source.convert("RGBA")
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise PrinterFault(PrinterProblem.BAD_LOGO, str(path)) from exc
    white = Image.new("RGBA", image.size, "white")
    image = Image.alpha_composite(white, image).convert("L")  # transparent parts print white
    image.thumbnail((paper.dots, _LOGO_MAX_HEIGHT))
    canvas = Image.new("L", (paper.dots, image.height), 255)
    canvas.paste(image, ((paper.dots - image.width) // 2, 0))  # centred on the roll
    printer.image(canvas, impl="bitImageRaster")


def _lines(printer: Any, section: Sequence[ReceiptLine], width: int,
           *, total: bool = False) -> None:
    """`section`'s lines; with `total`, its last line (the sale's total) in large bold type."""
    for index, line in enumerate(section):
        strong = total and index == len(section) - 1
        if strong:
            printer.set(bold=True, double_height=True)
        for text in _columns(line.label, line.amount, width):
            printer.textln(text)
        if strong:
            printer.set(bold=False, normal_textsize=True)
        for detail in line.details:
            for part in textwrap.wrap(detail, width - 2):
                printer.textln(f"  {part}")
    printer.textln("-" * width)


def receipt_bytes(receipt: Receipt, paper: Paper, logo: Path | None = None) -> bytes:
    """The whole receipt as one ESC/POS job: logo, TRAINING banner, store, lines, cut.
    Card numbers reach it as ····last4 only (the receipt model never holds more)."""
    printer = _printer()
    width = paper.columns
    if logo is not None:
        _logo(printer, logo, paper)
    if receipt.training:
        _banner(printer, width)
    if receipt.header:
        printer.set(align="center", bold=True, double_height=True)
        for part in textwrap.wrap(receipt.header[0], width):
            printer.textln(part)
        printer.set(bold=False, normal_textsize=True)
    _centered(printer, [*receipt.header[1:], receipt.title], width)
    printer.textln("-" * width)
    _lines(printer, receipt.items, width)
    _lines(printer, receipt.totals, width, total=True)  # Subtotal, Tax, then TOTAL
    if receipt.tenders:
        _lines(printer, receipt.tenders, width)
    _centered(printer, receipt.footer, width)
    if receipt.training:
        _banner(printer, width)
    printer.cut()  # feeds past the cutter first
    return bytes(printer.output)


def check_page_bytes(lines: Sequence[str], paper: Paper, logo: Path | None = None) -> bytes:
    """A test page: the logo, `lines` (worded by the caller), a ruler as wide as the paper."""
    printer = _printer()
    if logo is not None:
        _logo(printer, logo, paper)
    _centered(printer, lines, paper.columns)
    printer.textln("".join(str(i % 10) for i in range(1, paper.columns + 1)))
    printer.cut()
    return bytes(printer.output)


def drawer_pulse(pin: int) -> bytes:
    """ESC p m t1 t2: a 50 ms pulse on drawer pin 2 (m=0) or pin 5 (m=1), then 500 ms off —
    the timing drawers' solenoids are made for."""
    printer = _escpos()()
    printer.cashdraw([27, 112, 0 if pin == 2 else 1, 25, 250])
    return bytes(printer.output)
