"""A one-shot HTTP listener on 127.0.0.1 that takes the browser's OAuth redirect, and closes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from types import TracebackType
from typing import Self
from urllib.parse import parse_qsl, urlsplit

from pos_app.redact import register_secret

__all__ = ["LoopbackRedirect", "RedirectTimeout"]

log = logging.getLogger(__name__)

_MAX_REQUEST = 16 * 1024  # a redirect is one GET line and a few headers
_READ_TIMEOUT = 10.0  # a client that connects and says nothing is dropped

_DONE_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Counter POS</title></head>"
    "<body style=\"font-family:sans-serif;max-width:34em;margin:3em auto\">"
    "<h1>Counter POS has Clover's answer</h1>"
    "<p>Close this tab and go back to the register: Settings shows whether it connected.</p>"
    "</body></html>"
)


class RedirectTimeout(TimeoutError):
    """No redirect reached the listener in time (the browser was closed, or never approved)."""


class LoopbackRedirect:
    """Listens on 127.0.0.1, on a port the system picks, for one GET to `path`.

    The first such request ends it: its query (code, state, or error) is the result, the
    browser gets a page saying to go back to the register, and the socket is closed. Other
    requests (a favicon, a stray probe) get a 404 and change nothing. Nothing of the query is
    logged: the code is registered for redaction the moment it arrives.
    """

    def __init__(self, path: str = "/oauth/callback") -> None:
        self.path = path
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._port = 0
        # Open connections: a browser may open a spare one it never uses; closing the
        # listener closes those too (and Python 3.12+ waits for them in wait_closed).
        self._writers: set[asyncio.StreamWriter] = set()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def start(self) -> str:
        """Bind and listen; returns the redirect URI to give the authorize page."""
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0,
                                                  limit=_MAX_REQUEST)
        self._port = int(self._server.sockets[0].getsockname()[1])
        return self.redirect_uri

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._port}{self.path}"

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.is_serving()

    async def wait(self, seconds: float) -> dict[str, str]:
        """The redirect's query parameters; RedirectTimeout after `seconds`."""
        if self._result is None:
            raise RuntimeError("start() the listener first")
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), seconds)
        except TimeoutError:
            raise RedirectTimeout("no OAuth redirect arrived in time") from None
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        server, self._server = self._server, None
        for writer in list(self._writers):
            writer.close()
        if server is not None:
            server.close()
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _READ_TIMEOUT)
            query = self._redirect_query(head)
            if query is None:
                await self._answer(writer, 404, "Not found")
                return
            for name in ("code", "state"):
                register_secret(query.get(name))
            await self._answer(writer, 200, _DONE_PAGE)
            if self._result is not None and not self._result.done():
                self._result.set_result(query)
                log.info("OAuth redirect received on the loopback listener")
            if self._server is not None:
                self._server.close()  # one-shot: nothing else is accepted from now on
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ConnectionError):
            pass  # a client that hangs, sends too much or goes away: drop it
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _redirect_query(self, head: bytes) -> dict[str, str] | None:
        """The query of `GET <path>?…`, or None for any other request (or after the first)."""
        if self._result is None or self._result.done():
            return None
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            return None
        target = urlsplit(parts[1])
        if target.path != self.path:
            return None
        return dict(parse_qsl(target.query))

    @staticmethod
    async def _answer(writer: asyncio.StreamWriter, status: int, body: str) -> None:
        data = body.encode()
        reason = "OK" if status == 200 else "Not Found"
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/html; charset=utf-8\r\n"
            f"content-length: {len(data)}\r\ncache-control: no-store\r\n"
            "connection: close\r\n\r\n".encode() + data
        )
        await writer.drain()
