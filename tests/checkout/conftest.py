"""Fixtures for the checkout tests: the live sandbox over HTTP, an in-process one, a journal."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from pos_app.checkout import Journal
from pos_app.clover import CloverClient, Hosts, StaticCredentials
from pos_app.sandbox import Sandbox, SandboxConfig
from tests.integration.conftest import FAST_RETRY, client, live, live_server

__all__ = ["client", "live", "live_server"]  # the live sandbox fixtures, shared with integration


async def no_sleep(seconds: float) -> None:
    """The desk's pause between same-key resends, skipped: tests don't wait on the clock."""


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "register.sqlite3"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    opened = Journal(journal_path)
    yield opened
    opened.close()


@pytest.fixture
def box() -> Iterator[Sandbox]:
    """An in-process sandbox, for faults on cue; a "timeout" fault hangs only briefly."""
    sandbox = Sandbox(SandboxConfig(rate_limit=0, concurrency_limit=0, hang_seconds=0.01))
    yield sandbox
    sandbox.close()


@pytest.fixture
async def box_client(box: Sandbox) -> AsyncIterator[CloverClient]:
    async with CloverClient(Hosts.local(), StaticCredentials(box.api_token),
                            transport=box.transport(), retry=FAST_RETRY) as api:
        yield api
