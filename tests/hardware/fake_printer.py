"""A fake ESC/POS network printer on loopback: records every byte, answers DLE EOT status,
and can be out of paper, offline, silent, or drop the connection mid-receipt."""

from __future__ import annotations

import re
import socket
import struct
import threading
from dataclasses import dataclass, field

DLE_EOT = b"\x10\x04"
ONLINE = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_OUT = {1: 0x1A, 2: 0x32, 4: 0x72}  # offline; cause: paper end; sensor: paper end
COVER_OPEN = {1: 0x1A, 2: 0x16, 4: 0x12}


def printed_lines(data: bytes) -> list[str]:
    """The text lines a printer would print from `data`: the ESC/POS commands are dropped."""
    text = re.sub(rb"\x1b[@]|\x1b[!-~][\x00-\xff]|\x1d[!BV][\x00-\xff]", b"",
                  data)
    return [line.decode("cp437", "replace") for line in text.split(b"\n")]


@dataclass
class Connection:
    data: bytearray = field(default_factory=bytearray)  # everything but status requests
    status_asked: list[int] = field(default_factory=list)
    dropped: bool = False
    closed: bool = False


class FakePrinter:
    """`with FakePrinter() as printer:` — listens on 127.0.0.1:`printer.port`."""

    def __init__(self) -> None:
        self.status: dict[int, int] | None = dict(ONLINE)  # None: never answers status
        self.drop_after: int | None = None  # reset the connection after this many job bytes
        self.connections: list[Connection] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port: int = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._done = threading.Condition()

    @property
    def spec(self) -> str:
        return f"escpos:net:127.0.0.1:{self.port}"

    @property
    def received(self) -> bytes:
        """The job bytes of every connection, in order, once each was closed by the app."""
        with self._done:
            self._done.wait_for(lambda: all(c.closed for c in self.connections), timeout=5)
            return b"".join(bytes(c.data) for c in self.connections)

    def wait_for(self, connections: int) -> None:
        """Until `connections` were made and closed (the app sends and hangs up at once)."""
        with self._done:
            self._done.wait_for(lambda: len(self.connections) >= connections
                                and all(c.closed for c in self.connections), timeout=5)

    def __enter__(self) -> FakePrinter:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            record = Connection()
            with self._done:
                self.connections.append(record)
                self._done.notify_all()
            threading.Thread(target=self._talk, args=(conn, record), daemon=True).start()

    def _talk(self, conn: socket.socket, record: Connection) -> None:
        try:
            self._read(conn, record)
        finally:
            with self._done:
                record.closed = True
                self._done.notify_all()

    def _read(self, conn: socket.socket, record: Connection) -> None:
        pending = b""
        conn.settimeout(0.2)
        with conn:
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                pending += chunk
                while True:
                    at = pending.find(DLE_EOT)
                    if at != -1 and at + 2 < len(pending):
                        if not self._take(conn, record, pending[:at]):
                            return
                        which, pending = pending[at + 2], pending[at + 3:]
                        with self._done:
                            record.status_asked.append(which)
                        if self.status is not None:
                            conn.sendall(bytes([self.status.get(which, 0x12)]))
                        continue
                    # keep a request split across reads for the next one
                    cut = at if at != -1 else len(pending) - pending.endswith(b"\x10")
                    if not self._take(conn, record, pending[:cut]):
                        return
                    pending = pending[cut:]
                    break

    def _take(self, conn: socket.socket, record: Connection, job: bytes) -> bool:
        """Record `job`; False once the printer 'dies' (connection reset mid-receipt)."""
        if self.drop_after is not None and len(record.data) + len(job) > self.drop_after:
            with self._done:
                record.data += job[:max(0, self.drop_after - len(record.data))]
                record.dropped = True
            # RST, not FIN: like a printer switched off or a cable pulled
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        with self._done:
            record.data += job
        return True
