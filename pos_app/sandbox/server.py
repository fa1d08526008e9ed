"""`run_server`: the sandbox as a real HTTP server (uvicorn), for `pos-app sandbox serve`."""

from __future__ import annotations

import socket
from types import FrameType

import uvicorn

from .app import Sandbox
from .asgi import install_log_filter
from .config import SandboxConfig


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints the one "listening" line once its socket is bound."""

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        # SIGINT/SIGTERM is how this server is meant to stop: after the graceful shutdown
        # uvicorn would re-raise the signal (exit status -15); we return 0 instead.
        self._captured_signals.clear()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.started or not self.servers:
            return
        bound = self.servers[0].sockets[0].getsockname()
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        print(f"Clover sandbox listening on http://{shown}:{bound[1]}", flush=True)


def run_server(config: SandboxConfig, host: str = "127.0.0.1", port: int = 8765) -> int:
    """Serve the sandbox until SIGINT/SIGTERM; port 0 picks a free port. Returns the exit code."""
    sandbox = Sandbox(config)
    try:
        server_config = uvicorn.Config(
            sandbox.app,
            host=host,
            port=port,
            http="h11",
            ws="none",
            lifespan="off",
            access_log=False,  # an access log could leak nothing here, but stays quiet by choice
            log_level="warning",
            timeout_graceful_shutdown=2,
        )
        install_log_filter()  # after uvicorn configured its loggers
        _AnnouncingServer(server_config).run()
    finally:
        sandbox.close()
    return 0
