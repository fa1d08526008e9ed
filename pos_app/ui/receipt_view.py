"""Printing a text receipt: monospace QTextDocument to a printer (dialog) or straight to a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

__all__ = ["print_receipt", "receipt_document", "receipt_font"]


def receipt_font() -> QFont:
    """The system's fixed-pitch font: receipt columns line up only in a monospace face."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(10)
    return font


def receipt_document(receipt_text: str, parent: QWidget | None = None) -> QTextDocument:
    document = QTextDocument(parent)
    document.setDefaultFont(receipt_font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)  # the text is already laid out in columns
    document.setDefaultTextOption(option)
    document.setPlainText(receipt_text)
    return document


def print_receipt(receipt_text: str, parent: QWidget | None, *,
                  pdf_path: Path | None = None) -> QPrintDialog | None:
    """Print `receipt_text`. With `pdf_path`: write a PDF there at once, no dialog (returns
    None). Otherwise open a print dialog with `.open()` — never `exec()`, which would nest an
    event loop under qasync — and print when it is accepted; the dialog is returned."""
    document = receipt_document(receipt_text, parent)
    if pdf_path is not None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        printer.setOutputFileName(str(pdf_path))
        document.print_(printer)
        document.deleteLater()
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print receipt")
    dialog.setAccessibleName("Print receipt")
    document.setParent(dialog)

    def accepted() -> None:  # its closure keeps the Python-owned printer alive with the dialog
        document.print_(printer)

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    # QPrintDialog's own open() wants a receiver and a slot; the base one is the plain
    # window-modal open() — never exec(), which would nest an event loop under qasync.
    QDialog.open(dialog)
    return dialog
