"""Where an ESC/POS receipt printer is: the "escpos:…" receipt printer setting, parsed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["ESCPOS_PREFIX", "NETWORK_PORT", "PortKind", "PrinterTarget", "TargetError"]

ESCPOS_PREFIX = "escpos:"
NETWORK_PORT = 9100  # the raw printing port of every network receipt printer
DEFAULT_BAUD = 9600
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")
_USB_ID = re.compile(r"([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})")
_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class PortKind(StrEnum):
    NETWORK = "net"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"


class TargetError(ValueError):
    """The setting names no printer this app can reach; `problem` says which part is wrong
    (the Settings screen words it: user-visible text lives in the ui layer)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # "kind", "host", "port", "usb_id", "path", "baud"


@dataclass(frozen=True, slots=True)
class PrinterTarget:
    """One ESC/POS printer: a host and port, a USB vendor:product, a serial port, a device file.

    Spec forms: ``escpos:net:HOST[:PORT]``, ``escpos:usb:VVVV:PPPP``,
    ``escpos:serial:/dev/ttyUSB0[@BAUD]``, ``escpos:file:/dev/usb/lp0``.
    """

    kind: PortKind
    address: str  # host, device path, or "vvvv:pppp"
    port: int = NETWORK_PORT  # network only
    baud: int = DEFAULT_BAUD  # serial only

    @staticmethod
    def is_escpos(spec: str) -> bool:
        return spec.strip().lower().startswith(ESCPOS_PREFIX)

    @classmethod
    def parse(cls, spec: str) -> PrinterTarget:
        """The target `spec` names; TargetError when it is malformed."""
        body = spec.strip()[len(ESCPOS_PREFIX):] if cls.is_escpos(spec) else spec.strip()
        kind_text, _, rest = body.partition(":")
        try:
            kind = PortKind(kind_text.strip().lower())
        except ValueError:
            raise TargetError("kind") from None
        rest = rest.strip()
        if kind is PortKind.NETWORK:
            return cls._network(rest)
        if kind is PortKind.USB:
            match = _USB_ID.fullmatch(rest)
            if not match:
                raise TargetError("usb_id")
            return cls(kind, f"{match[1].lower()}:{match[2].lower()}")
        path, _, baud_text = rest.partition("@") if kind is PortKind.SERIAL else (rest, "", "")
        if not path.startswith("/") and not re.fullmatch(r"COM[0-9]{1,3}", path):
            raise TargetError("path")
        if baud_text:
            if not baud_text.isdigit() or int(baud_text) not in _BAUDS:
                raise TargetError("baud")
            return cls(kind, path, baud=int(baud_text))
        return cls(kind, path)

    @classmethod
    def _network(cls, rest: str) -> PrinterTarget:
        host, port_text = rest, ""
        if rest.startswith("["):  # [IPv6]:port
            host, _, tail = rest.partition("]")
            host += "]"
            port_text = tail.removeprefix(":")
        elif rest.count(":") == 1:
            host, _, port_text = rest.partition(":")
        if not _HOST.fullmatch(host):
            raise TargetError("host")
        port = NETWORK_PORT
        if port_text:
            if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
                raise TargetError("port")
            port = int(port_text)
        return cls(PortKind.NETWORK, host.strip("[]"), port=port)

    @property
    def spec(self) -> str:
        """The setting's text for this target (what `parse` reads back)."""
        if self.kind is PortKind.NETWORK:
            host = f"[{self.address}]" if ":" in self.address else self.address
            return f"{ESCPOS_PREFIX}net:{host}:{self.port}"
        if self.kind is PortKind.SERIAL and self.baud != DEFAULT_BAUD:
            return f"{ESCPOS_PREFIX}serial:{self.address}@{self.baud}"
        return f"{ESCPOS_PREFIX}{self.kind.value}:{self.address}"

    @property
    def where(self) -> str:
        """Short, for a sentence: "192.168.1.50:9100", "/dev/usb/lp0", "USB 04b8:0202"."""
        if self.kind is PortKind.NETWORK:
            host = f"[{self.address}]" if ":" in self.address else self.address
            return f"{host}:{self.port}"
        if self.kind is PortKind.USB:
            return f"USB {self.address}"
        return self.address
