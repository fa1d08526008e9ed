"""X and Z reports on screen, printed through the receipt path, saved as PDF and CSV."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from pos_app.shift import Report, report_csv, report_text
from pos_app.staff import Action, Approval, StaffError
from pos_app.storage.atomic import write_atomic

from .approval import ApprovalDialog, with_approval
from .i18n import tr
from .receipt_view import print_receipt, receipt_document, receipt_font
from .services import UiServices
from .tasks import UiTasks
from .widgets import StatusLine, button

__all__ = ["ReportsPanel"]


class ReportsPanel(QWidget):
    """X any time (changes nothing); Z closes the day once per period. Every figure comes
    from the journal (`ShiftBook`); this only shows, prints and saves it."""

    def __init__(self, services: UiServices, tasks: UiTasks, status: StatusLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.status = services, tasks, status
        self.report: Report | None = None
        self.dialog: ApprovalDialog | None = None
        self.saved: list[Path] = []
        self.x_button = button(tr("X report"), key="F5", name=tr("X report"))
        self.z_button = button(tr("Z report — close the day"), role="danger", key="F6",
                               name=tr("Z report"))
        self.print_button = button(tr("Print"), key="F7", name=tr("Print report"))
        self.save_button = button(tr("Save PDF and CSV"), key="F8", name=tr("Save report"))
        self.x_button.clicked.connect(lambda: self.make("X"))
        self.z_button.clicked.connect(lambda: self.make("Z"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(tr("Report"))
        self.view.setFont(receipt_font())
        # Monospace and small enough that a whole report shows in two columns at once.
        self.view.setStyleSheet("QPlainTextEdit { font-family: monospace; font-size: 15px; }")
        row = QHBoxLayout()
        for widget in (self.x_button, self.z_button, self.print_button, self.save_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._show(None)

    @property
    def text(self) -> str:
        """The report as printed and saved (one receipt-wide column)."""
        if self.report is None:
            return ""
        return report_text(self.report, self.services.settings.store_name or tr("Counter POS"),
                           words=tr)

    def _show(self, report: Report | None) -> None:
        self.report = report
        store = self.services.settings.store_name or tr("Counter POS")
        self.view.setPlainText(report_text(report, store, pages=2, words=tr) if report else
                               tr("Press X report for the figures so far, or Z report to close "
                               "the day (after the shift is closed)."))
        self.print_button.setEnabled(report is not None)
        self.save_button.setEnabled(report is not None)

    def make(self, kind: str) -> None:
        def go(approval: Approval) -> None:
            book = self.services.shifts
            try:
                report = book.x_report(approval) if kind == "X" else book.z_report(approval)
            except StaffError as exc:
                self.status.show_message(exc.user_message, "error")
                return
            self._show(report)
            if kind == "Z":
                self.save()
            self.status.show_message(
                tr("{title} made").format(title=tr(report.title))
                + (
                    tr(" and saved in {parent}.").format(parent=self.saved[0].parent)
                    if kind == "Z" and self.saved
                    else "."
                ),
                "ok",
            )

        self.dialog = with_approval(self, self.services, Action.REPORTS,
                                    tr('{kind} report').format(kind=kind), go)

    def print_report(self) -> None:
        """On the receipt printer, as a receipt is printed (Settings' receipt printer)."""
        if self.report is None:
            return
        name = f"z-{self.report.number:04d}" if self.report.kind == "Z" else tr("x-report")
        coro = print_receipt(self.text, self.services.settings.receipt_printer, name)
        self.tasks.run(
            coro,
            busy=tr("Printing the {title}…").format(title=tr(self.report.title)),
            disable=[self.print_button],
            done=lambda where: self.status.show_message(
                tr("Printed on {where}.").format(where=where), "ok"
            ),
        )

    def save(self) -> None:
        """`<folder>/z-0001.pdf` and `.csv` (an X report by its time: it has no number)."""
        report, folder = self.report, self.services.reports_dir
        if report is None or folder is None:
            return
        stem = (f"z-{report.number:04d}" if report.kind == "Z" else
                "x-" + time.strftime("%Y%m%d-%H%M%S", time.localtime(report.end_ms / 1000)))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        pdf, csv = folder / f"{stem}.pdf", folder / f"{stem}.csv"
        write_atomic(csv, report_csv(report, words=tr).encode("utf-8"), mode=0o600)
        _write_pdf(self.text, pdf)
        self.saved = [pdf, csv]
        self.status.show_message(
            tr("Saved {name} and {name2} in {folder}.").format(
                name=pdf.name, name2=csv.name, folder=folder
            ),
            "ok",
        )


def _write_pdf(text: str, path: Path) -> None:
    """The report as the receipt printer lays it out, in a PDF file (A5, like a receipt)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setOutputFileName(str(path))
    receipt_document(text).print_(printer)
