"""GUI tests: one qasync loop for the whole session (pattern A), real widgets, in-process sandbox.

This folder runs in its own pytest process (see scripts/run-tests.sh): its process-wide qasync
loop must not meet pytest-asyncio's loops.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtBotTimeout
from pytestqt.qtbot import QtBot

from pos_app.runtime import Runtime, build_runtime, demo_cashier_on_shift
from pos_app.staff.demo import DEMO_PEOPLE
from pos_app.storage import AppPaths, SecretStore, Settings
from pos_app.ui.services import UiServices
from pos_app.ui.theme import STYLESHEET
from tests.storage.memory_keyring import MemoryKeyring

_T = TypeVar("_T")


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    qapp.setStyleSheet(STYLESHEET)
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Keyring calls (Settings) run in the loop's executor. This loop is never closed, so its
    # QThreads must be stopped here, or Qt aborts the process at exit (rc 134).
    executor = qasync.QThreadExecutor(4)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    qapp.processEvents()  # never loop.stop(): it would quit every later nested Qt loop
    executor.shutdown(wait=True)


def run_async(qtbot: QtBot, coro: Coroutine[Any, Any, _T], timeout: int = 10_000) -> _T:
    """Run a coroutine on the session loop while Qt keeps processing events."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


@pytest.fixture
def runtime(qloop: qasync.QEventLoop, qtbot: QtBot, tmp_path: Path) -> Iterator[Runtime]:
    """The app's real parts in training mode: in-process sandbox, journal in a temp folder."""
    paths = AppPaths.under(tmp_path / "app").ensure()
    secrets = SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,))
    built = build_runtime(paths, Settings(store_name="Test Shop"), secrets)
    built.checkout.config = type(built.checkout.config)(
        **{**_fields(built.checkout.config), "reconcile_delay": 0.01,
           "attention_delays": (0.05, 0.1)})
    yield built
    run_async(qtbot, built.aclose())


def _fields(config: object) -> dict[str, Any]:
    return {name: getattr(config, name) for name in config.__dataclass_fields__}  # type: ignore[attr-defined]


@pytest.fixture
def services(runtime: Runtime, qtbot: QtBot) -> UiServices:
    """The screens' services, with training's demo cashier signed in and a shift open (by the
    same calls the sign-in and shift screens make): a cashier's register, ready to sell."""
    run_async(qtbot, demo_cashier_on_shift(runtime.staff, runtime.shifts))
    return UiServices(checkout=runtime.checkout, desk=runtime.desk, settings=runtime.settings,
                      secrets=SecretStore(MemoryKeyring(), trusted_backends=(MemoryKeyring,)),
                      staff=runtime.staff, shifts=runtime.shifts,
                      training=runtime.training, training_reason=runtime.training_reason)


# What the journal says when training's demo manager approves for the demo cashier.
APPROVED_BY = f"{DEMO_PEOPLE[1][0]} (manager) for {DEMO_PEOPLE[2][0]}"


def approve_as_manager(qtbot: QtBot, holder: Any, pin: str | None = None) -> None:
    """The demo manager approves what `holder` (a screen or panel) asked for: their name
    chosen, their PIN typed in the approval dialog it opened, Enter."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    qtbot.waitUntil(lambda: holder.dialog is not None and shiboken6.isValid(holder.dialog)
                    and holder.dialog.isVisible())
    dialog = holder.dialog
    dialog.choose(DEMO_PEOPLE[1][0])
    dialog.pad.field.setFocus()
    qtbot.keyClicks(dialog.pad.field, pin or DEMO_PEOPLE[1][2])
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Return)
    if pin is None:  # approved: the dialog closes (and is deleted)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
        # The register's window takes the keys back a turn later (its F-keys need that); a
        # test whose window was never active goes on without it.
        with contextlib.suppress(QtBotTimeout):
            qtbot.waitUntil(holder.window().isActiveWindow, timeout=2000)
