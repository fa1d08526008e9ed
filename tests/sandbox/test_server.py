"""`run_server` in a subprocess: the listening line, real HTTP, and a drop over a real socket."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    "import sys; from pathlib import Path; from pos_app.sandbox import SandboxConfig, run_server; "
    "sys.exit(run_server(SandboxConfig(db_path=Path(sys.argv[1]), api_token='srv-token', "
    "hang_seconds=0.5), host='127.0.0.1', port=0))"
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "server.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    line: list[str] = []
    reader = threading.Thread(
        target=lambda: line.append(proc.stdout.readline() if proc.stdout else "")
    )
    reader.start()
    reader.join(timeout=20)
    try:
        match = re.fullmatch(
            r"Clover sandbox listening on (http://127\.0\.0\.1:(\d+))\n", line[0] if line else ""
        )
        assert match, f"unexpected first line: {line!r}"
        assert match.group(2) != "0"
        yield match.group(1), proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - only on a broken shutdown
                proc.kill()
                proc.wait()


async def test_server_serves_real_http_and_drops_connections(
    server: tuple[str, subprocess.Popen[str]],
) -> None:
    url, proc = server
    auth = {"authorization": "Bearer srv-token"}
    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=5) as client:
        keys = await client.get("/assets/keys.json")
        assert keys.status_code == 200
        assert len(keys.json()["TA_PUBLIC_KEY_DEV"]) == 684
        assert (await client.get("/pakms/apikey")).status_code == 401
        fault = {"route": "GET /pakms/apikey", "kind": "drop"}
        assert (await client.post("/_sandbox/faults", json=fault, headers=auth)).status_code == 200
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await client.get("/pakms/apikey", headers=auth)
        timeout = {"route": "GET /pakms/apikey", "kind": "timeout"}
        assert (
            await client.post("/_sandbox/faults", json=timeout, headers=auth)
        ).status_code == 200
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await client.get("/pakms/apikey", headers=auth)
        after = await client.get("/pakms/apikey", headers=auth)
        assert after.status_code == 200
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    stderr = proc.stderr.read() if proc.stderr else ""
    assert "Exception in ASGI application" not in stderr
    assert "srv-token" not in stderr
