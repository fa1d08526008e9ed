"""A real `pos-app sandbox serve` process on loopback, and API clients pointed at it."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_app.clover import CloverClient, Hosts, RetryPolicy, StaticCredentials

TOKEN = "integration-merchant-token"
_LISTENING = re.compile(r"Clover sandbox listening on (http://\S+)")


@dataclass
class LiveSandbox:
    """A sandbox server in its own process, and its admin controls over HTTP."""

    url: str
    token: str
    process: subprocess.Popen[str]

    def admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        with httpx.Client(base_url=self.url, trust_env=False, timeout=10) as http:
            response = http.request(
                method, path, json=body, headers={"authorization": f"Bearer {self.token}"}
            )
        response.raise_for_status()
        return response.json() if response.content else None

    def reset(self) -> None:
        self.admin("POST", "/_sandbox/reset")

    def fault(self, route: str, kind: str, **options: Any) -> None:
        self.admin("POST", "/_sandbox/faults", {"route": route, "kind": kind, **options})

    def gift_card(self, number: str) -> dict[str, Any]:
        state: dict[str, Any] = self.admin(
            "POST", "/_sandbox/gift_cards/lookup", {"number": number}
        )
        return state

    def advance_clock(self, seconds: float) -> None:
        self.admin("POST", "/_sandbox/clock", {"advance_seconds": seconds})


def start_sandbox_process(db: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    """Start `pos-app sandbox serve` on a free port; returns the process and its base URL."""
    command = [sys.executable, "-m", "pos_app", "sandbox", "serve", "--port", "0", "--db", str(db)]
    process = subprocess.Popen(
        [*command, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    try:
        while True:
            line = lines.get(timeout=30)
            match = _LISTENING.search(line)
            if match:
                return process, match.group(1)
    except queue.Empty:
        process.kill()
        _, err = process.communicate(timeout=10)
        raise RuntimeError(f"sandbox did not start: {err[-2000:]}") from None


def stop_process(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSandbox]:
    db = tmp_path_factory.mktemp("live-sandbox") / "ledger.sqlite3"
    process, url = start_sandbox_process(
        db, "--token", TOKEN, "--strict", "--rate-limit", "0", "--concurrency-limit", "0"
    )
    try:
        yield LiveSandbox(url=url, token=TOKEN, process=process)
    finally:
        stop_process(process)


@pytest.fixture
def live(live_server: LiveSandbox) -> Iterator[LiveSandbox]:
    """The live sandbox, re-seeded and with no faults queued, for one test."""
    live_server.reset()
    yield live_server
    live_server.admin("DELETE", "/_sandbox/faults")


FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=5.0)


@pytest.fixture
async def client(live: LiveSandbox) -> AsyncIterator[CloverClient]:
    """The app's API client, over real HTTP to the live sandbox, with quick retries."""
    async with CloverClient(
        Hosts.local(live.url), StaticCredentials(live.token), retry=FAST_RETRY
    ) as api:
        yield api
