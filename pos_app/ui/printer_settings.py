"""Settings' receipt printer group: where receipts go, paper width, logo, cash drawer; find the
printers plugged in, print a test page, open the drawer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pos_app.hardware.discover import FoundPrinter
from pos_app.hardware.printer_target import ESCPOS_PREFIX, PortKind
from pos_app.storage import Settings

from .widgets import button

__all__ = ["PrinterGroup", "found_text"]

_PAPER = ((80, "80 mm — 48 characters a line"), (58, "58 mm — 32 characters a line"))
_DRAWER = (("pin2", "On the printer's drawer port (pin 2)"),
           ("pin5", "Second drawer (pin 5)"),
           ("none", "No cash drawer"))
_KINDS = {PortKind.USB: "USB", PortKind.SERIAL: "Serial", PortKind.FILE: "Device",
          PortKind.NETWORK: "Network"}
NETWORK_CHOICE = "Network printer — type its address after escpos:net:"
PRINTER_TIP = ("Empty: this computer's default printer. A printer's name prints through the "
               "system; pdf:FOLDER saves PDF files. A thermal receipt printer: "
               "escpos:net:ADDRESS (network, port 9100), escpos:usb:VENDOR:PRODUCT, "
               "escpos:serial:/dev/ttyUSB0, escpos:file:/dev/usb/lp0 — or press Find printers.")


def found_text(found: FoundPrinter) -> str:
    """One line of the Find printers list: "USB — EPSON TM-T20 (escpos:usb:04b8:0202)"."""
    return f"{_KINDS[found.target.kind]} — {found.label} ({found.target.spec})"


class _Combo(QComboBox):
    """A choice the scroll wheel never changes unless it has focus: scrolling down Settings
    must not turn the cash drawer off on the way past."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page under it scrolls instead


def _combo(name: str, options: tuple[tuple[object, str], ...]) -> QComboBox:
    combo = _Combo()
    combo.setAccessibleName(name)
    for value, text in options:
        combo.addItem(text, value)
    return combo


class PrinterGroup(QGroupBox):
    """The fields and buttons; the Settings screen runs what the buttons start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Receipt printer and cash drawer", parent)
        self.printer = QLineEdit()
        self.printer.setAccessibleName("Receipt printer")
        self.printer.setPlaceholderText("Empty: this computer's default printer")
        self.printer.setToolTip(PRINTER_TIP)
        self.printer.returnPressed.connect(self.printer.focusNextChild)
        self.found = _combo("Printers found", ())
        self.found.setVisible(False)
        self.found.activated.connect(self._chosen)
        self.paper = _combo("Paper width", _PAPER)
        self.logo = QLineEdit()
        self.logo.setAccessibleName("Receipt logo")
        self.logo.setPlaceholderText("A picture file, like /home/shop/logo.png — or empty")
        self.logo.returnPressed.connect(self.logo.focusNextChild)
        self.drawer = _combo("Cash drawer", _DRAWER)
        self.find_button = button("Find printers", name="Find printers")
        self.test_button = button("Print test page", name="Print test page")
        self.drawer_button = button("Open cash drawer", name="Open cash drawer")

        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        self._row(form, "Receipt printer", self.printer)
        form.addRow("", self.found)
        self._row(form, "Paper", self.paper)
        self._row(form, "Logo", self.logo)
        self._row(form, "Cash drawer", self.drawer)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for widget in (self.find_button, self.test_button, self.drawer_button):
            buttons.addWidget(widget)
        form.addRow("", buttons)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        caption = QLabel(text)
        caption.setMinimumHeight(48)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(field)
        form.addRow(caption, field)

    # -- values ----------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        self.printer.setText(settings.receipt_printer)
        self.paper.setCurrentIndex(self.paper.findData(settings.receipt_paper_mm))
        self.logo.setText(settings.receipt_logo)
        self.drawer.setCurrentIndex(self.drawer.findData(settings.cash_drawer))

    def values(self) -> dict[str, object]:
        return {"receipt_printer": self.printer.text(),
                "receipt_paper_mm": self.paper.currentData(),
                "receipt_logo": self.logo.text(), "cash_drawer": self.drawer.currentData()}

    def widget_for(self, field: str) -> QWidget | None:
        return {"receipt_printer": self.printer, "receipt_paper_mm": self.paper,
                "receipt_logo": self.logo, "cash_drawer": self.drawer}.get(field)

    # -- find printers ---------------------------------------------------------------------

    def show_found(self, found: list[FoundPrinter]) -> None:
        """The printers plugged in, and the network choice; picking one fills the field."""
        self.found.clear()
        for printer in found:
            self.found.addItem(found_text(printer), printer.target.spec)
        self.found.addItem(NETWORK_CHOICE, f"{ESCPOS_PREFIX}{PortKind.NETWORK.value}:")
        self.found.setVisible(True)
        self.found.setFocus()

    def _chosen(self, index: int) -> None:
        spec = str(self.found.itemData(index))
        self.printer.setText(spec)
        self.printer.textEdited.emit(spec)  # the form counts it as an edit
        self.printer.setFocus()
        self.printer.end(False)
