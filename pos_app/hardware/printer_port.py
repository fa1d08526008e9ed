"""The wire to an ESC/POS printer: network, USB, serial or a device file, behind one small
interface, and the printer's own status (DLE EOT) where the wire lets us read it."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import time
from enum import StrEnum
from typing import Any, Protocol

from .printer_target import PortKind, PrinterTarget

__all__ = [
    "CONNECT_TIMEOUT",
    "Port",
    "PrinterFault",
    "PrinterProblem",
    "open_port",
]

CONNECT_TIMEOUT = 4.0  # seconds: a printer that is on answers at once
STATUS_TIMEOUT = 1.5  # a real-time status answer comes within milliseconds, or never
WRITE_TIMEOUT = 10.0  # a busy printer's buffer drains while it prints; longer means stuck
CLOSE_TIMEOUT = 2.0  # waiting for the printer to hang up after the job
CHUNK = 512  # written piece by piece, so a printer that drops mid-receipt is noticed


class PrinterProblem(StrEnum):
    """Why a printer job failed; the ui layer says each one in words."""

    UNREACHABLE = "unreachable"  # nothing answers at that address (off, unplugged, wrong)
    DROPPED = "dropped"  # the connection closed before the job was done
    OFFLINE = "offline"  # the printer says it is offline (error, feed button held…)
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    NOT_FOUND = "not_found"  # no such device file / USB device
    NO_PERMISSION = "no_permission"  # the device is there but this user may not write to it
    NO_DRIVER = "no_driver"  # pyusb / pyserial (and a USB back end) are not installed
    BAD_LOGO = "bad_logo"  # the logo file can't be read as an image


class PrinterFault(Exception):
    """A printer job failed. `problem` and `where` only: never what was being printed."""

    def __init__(self, problem: PrinterProblem, where: str, *, printed_some: bool = False) -> None:
        super().__init__(f"{problem.value} at {where}")
        self.problem = problem
        self.where = where
        self.printed_some = printed_some  # part of the receipt may be on paper already


class Port(Protocol):
    """An open wire to one printer; `answers`: it can carry the printer's status back."""

    answers: bool

    def write(self, data: bytes) -> None: ...

    def read(self, size: int, timeout: float) -> bytes | None:
        """Up to `size` bytes; None when nothing came in time or the wire can't be read."""

    def close(self) -> None: ...


class NetworkPort:
    """Raw TCP to port 9100: the printer answers status requests on the same socket."""

    def __init__(self, target: PrinterTarget, timeout: float) -> None:
        self.where = target.where
        try:
            self.sock = socket.create_connection((target.address, target.port), timeout=timeout)
        except OSError as exc:
            raise PrinterFault(PrinterProblem.UNREACHABLE, self.where) from exc
        self.sock.settimeout(WRITE_TIMEOUT)
        self.answers = True

    def write(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except TimeoutError as exc:
            raise PrinterFault(PrinterProblem.OFFLINE, self.where) from exc
        except OSError as exc:
            raise PrinterFault(PrinterProblem.DROPPED, self.where) from exc

    def read(self, size: int, timeout: float) -> bytes | None:
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(size)
        except TimeoutError:
            return None
        except OSError as exc:
            raise PrinterFault(PrinterProblem.DROPPED, self.where) from exc
        finally:
            self.sock.settimeout(WRITE_TIMEOUT)
        if not data:  # the printer closed the connection
            raise PrinterFault(PrinterProblem.DROPPED, self.where)
        return data

    def close(self) -> None:
        """Hang up after the printer has everything: closing a socket with an unread byte
        (a late status answer) would reset it and drop the end of the receipt unsent."""
        with contextlib.suppress(OSError):  # already gone: nothing left to flush
            self.sock.shutdown(socket.SHUT_WR)  # the end of the job, after every queued byte
            self.sock.settimeout(CLOSE_TIMEOUT)
            deadline = time.monotonic() + CLOSE_TIMEOUT
            while time.monotonic() < deadline and self.sock.recv(64):
                pass  # the printer hangs up in turn once it has read it all
        self.sock.close()


class FilePort:
    """A device file (/dev/usb/lp0, a parallel port): written, read only if it answers."""

    def __init__(self, target: PrinterTarget) -> None:
        self.where = target.where
        try:
            self.fd = os.open(target.address, os.O_RDWR | os.O_NONBLOCK | os.O_NOCTTY)
            self.readable = True
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EISDIR, errno.EINVAL, errno.ENXIO):
                raise _os_fault(exc, self.where) from exc
            try:  # some devices (and plain files) open for writing only
                self.fd = os.open(target.address, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)
                self.readable = False
            except OSError as again:
                raise _os_fault(again, self.where) from again
        os.set_blocking(self.fd, True)
        # a plain file (or a write-only device) never answers a status request
        self.answers = self.readable and (os.isatty(self.fd) or _is_char_device(self.fd))

    def write(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.fd, view):]
        except OSError as exc:
            raise _os_fault(exc, self.where, writing=True) from exc

    def read(self, size: int, timeout: float) -> bytes | None:
        if not self.answers:
            return None
        os.set_blocking(self.fd, False)
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    data = os.read(self.fd, size)
                except BlockingIOError:
                    data = b""
                except OSError:
                    return None
                if data:
                    return data
                time.sleep(0.02)
            return None
        finally:
            os.set_blocking(self.fd, True)

    def close(self) -> None:
        os.close(self.fd)


class SerialPort:
    """A serial (RS-232 / USB-serial) printer through pyserial, when it is installed."""

    def __init__(self, target: PrinterTarget, timeout: float) -> None:
        self.where = target.where
        try:
            import serial  # noqa: PLC0415
        except ImportError as exc:
            raise PrinterFault(PrinterProblem.NO_DRIVER, self.where) from exc
        try:
            self.device: Any = serial.Serial(target.address, target.baud, timeout=timeout,
                                             write_timeout=WRITE_TIMEOUT)
        except serial.SerialException as exc:
            raise PrinterFault(PrinterProblem.NOT_FOUND, self.where) from exc
        self.answers = True

    def write(self, data: bytes) -> None:
        try:
            self.device.write(data)
            self.device.flush()
        except Exception as exc:  # pyserial raises its own and OSError
            raise PrinterFault(PrinterProblem.DROPPED, self.where) from exc

    def read(self, size: int, timeout: float) -> bytes | None:
        self.device.timeout = timeout
        try:
            data: bytes = self.device.read(size)
        except Exception:
            return None
        return data or None

    def close(self) -> None:
        self.device.close()


class UsbPort:
    """A USB printer-class device through pyusb (and libusb), when they are installed."""

    def __init__(self, target: PrinterTarget, timeout: float) -> None:
        self.where = target.where
        self.timeout_ms = int(timeout * 1000)
        try:
            import usb.core  # noqa: PLC0415
            import usb.util  # noqa: PLC0415
        except ImportError as exc:
            raise PrinterFault(PrinterProblem.NO_DRIVER, self.where) from exc
        vendor, product = (int(part, 16) for part in target.address.split(":"))
        try:
            device: Any = usb.core.find(idVendor=vendor, idProduct=product)
        except usb.core.NoBackendError as exc:
            raise PrinterFault(PrinterProblem.NO_DRIVER, self.where) from exc
        if device is None:
            raise PrinterFault(PrinterProblem.NOT_FOUND, self.where)
        try:
            with contextlib.suppress(NotImplementedError):  # not every back end can tell
                if device.is_kernel_driver_active(0):
                    device.detach_kernel_driver(0)  # usblp holds it: we speak to it directly
            device.set_configuration()
            interface = device.get_active_configuration()[(0, 0)]
        except usb.core.USBError as exc:
            raise PrinterFault(PrinterProblem.NO_PERMISSION, self.where) from exc
        util = usb.util

        def endpoint(way: int) -> Any:
            return util.find_descriptor(
                interface,
                custom_match=lambda e: util.endpoint_direction(e.bEndpointAddress) == way)

        self.out_ep, self.in_ep = endpoint(util.ENDPOINT_OUT), endpoint(util.ENDPOINT_IN)
        self.device = device
        self.usb = usb
        self.answers = self.in_ep is not None

    def write(self, data: bytes) -> None:
        try:
            self.out_ep.write(data, WRITE_TIMEOUT * 1000)
        except self.usb.core.USBError as exc:
            raise PrinterFault(PrinterProblem.DROPPED, self.where) from exc

    def read(self, size: int, timeout: float) -> bytes | None:
        if self.in_ep is None:
            return None
        try:
            return bytes(self.in_ep.read(size, int(timeout * 1000))) or None
        except self.usb.core.USBError:
            return None

    def close(self) -> None:
        self.usb.util.dispose_resources(self.device)


def open_port(target: PrinterTarget, timeout: float = CONNECT_TIMEOUT) -> Port:
    """An open wire to `target`; PrinterFault when it can't be opened."""
    if target.kind is PortKind.NETWORK:
        return NetworkPort(target, timeout)
    if target.kind is PortKind.FILE:
        return FilePort(target)
    if target.kind is PortKind.SERIAL:
        return SerialPort(target, timeout)
    return UsbPort(target, timeout)


def _is_char_device(fd: int) -> bool:
    import stat  # noqa: PLC0415

    return stat.S_ISCHR(os.fstat(fd).st_mode)


def _os_fault(exc: OSError, where: str, *, writing: bool = False) -> PrinterFault:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return PrinterFault(PrinterProblem.NO_PERMISSION, where)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO) and not writing:
        return PrinterFault(PrinterProblem.NOT_FOUND, where)
    return PrinterFault(PrinterProblem.DROPPED if writing else PrinterProblem.UNREACHABLE, where)
