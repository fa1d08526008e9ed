"""Find receipt printers attached to this computer: USB printer-class devices (with pyusb and
libusb), serial ports, and printer device files. Network printers are typed in by address."""

from __future__ import annotations

import glob
import logging
from dataclasses import dataclass
from typing import Any

from .printer_target import PortKind, PrinterTarget

__all__ = ["FoundPrinter", "find_printers"]

log = logging.getLogger(__name__)

USB_PRINTER_CLASS = 7
_DEVICE_FILES = ("/dev/usb/lp*", "/dev/lp[0-9]*")
_SERIAL_FILES = ("/dev/ttyUSB*", "/dev/ttyACM*")


@dataclass(frozen=True, slots=True)
class FoundPrinter:
    target: PrinterTarget
    label: str  # what the device says it is (maker, model), or its path


def _usb() -> list[FoundPrinter]:
    try:
        import usb.core  # noqa: PLC0415 - optional: pyusb
    except ImportError:
        return []
    try:
        devices: list[Any] = list(usb.core.find(find_all=True))
    except usb.core.NoBackendError:
        log.info("pyusb is installed but no USB back end (libusb) is")
        return []
    found = []
    for device in devices:
        classes = {device.bDeviceClass} | {
            interface.bInterfaceClass for config in device for interface in config}
        if USB_PRINTER_CLASS not in classes:
            continue
        address = f"{device.idVendor:04x}:{device.idProduct:04x}"
        try:
            name = " ".join(filter(None, (device.manufacturer, device.product)))
        except (ValueError, usb.core.USBError):
            name = ""  # strings need access to the device; the ID still finds it
        found.append(FoundPrinter(PrinterTarget(PortKind.USB, address), name or address))
    return found


def _serial() -> list[FoundPrinter]:
    try:
        from serial.tools import list_ports  # noqa: PLC0415 - optional: pyserial
    except ImportError:
        paths = sorted(p for pattern in _SERIAL_FILES for p in glob.glob(pattern))
        return [FoundPrinter(PrinterTarget(PortKind.SERIAL, p), p) for p in paths]
    return [FoundPrinter(PrinterTarget(PortKind.SERIAL, port.device),
                         f"{port.device} {port.description}".strip())
            for port in sorted(list_ports.comports(), key=lambda port: port.device)]


def find_printers() -> list[FoundPrinter]:
    """What is plugged in now. Blocking (USB enumeration): run it off the event loop."""
    files = sorted(p for pattern in _DEVICE_FILES for p in glob.glob(pattern))
    return [*_usb(), *[FoundPrinter(PrinterTarget(PortKind.FILE, p), p) for p in files],
            *_serial()]
