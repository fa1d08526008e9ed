"""The register's own IP address, for `x-forwarded-for`: found without sending a packet."""

from __future__ import annotations

import ipaddress
import logging
import socket

__all__ = ["FALLBACK_ADDRESS", "register_address"]

log = logging.getLogger(__name__)

FALLBACK_ADDRESS = "127.0.0.1"
# TEST-NET-1 (RFC 5737): never a real host. Connecting a UDP socket only asks the kernel for
# a route (and so for the source address it would use); no datagram leaves the machine.
_PROBE = ("192.0.2.1", 9)


def register_address(probe: tuple[str, int] = _PROBE) -> str:
    """The address this computer's default route leaves from, else 127.0.0.1 (no network)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(probe)
            found = str(sock.getsockname()[0])
    except OSError as exc:
        log.info("register address: no route (%s); using %s", type(exc).__name__,
                 FALLBACK_ADDRESS)
        return FALLBACK_ADDRESS
    try:
        if ipaddress.ip_address(found).is_unspecified:
            return FALLBACK_ADDRESS
    except ValueError:
        return FALLBACK_ADDRESS
    return found
