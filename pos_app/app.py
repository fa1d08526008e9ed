"""The composition root: build every part once, show the window on a qasync loop, shut down."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

import PySide6.QtWidgets  # noqa: F401 - imported before qasync, so qasync picks PySide6
import qasync
from PySide6.QtWidgets import QApplication

from pos_app import APP_NAME, __version__
from pos_app.checkout import recover
from pos_app.hardware import SwipeDetector
from pos_app.runtime import Runtime, build_runtime, setup_logging
from pos_app.storage import AppPaths, SecretStore, read_settings, save_settings
from pos_app.ui.services import UiServices
from pos_app.ui.theme import STYLESHEET

__all__ = ["main"]

log = logging.getLogger(__name__)


def _services(runtime: Runtime, secrets: SecretStore | None, paths: AppPaths,
              swipe: SwipeDetector) -> UiServices:
    return UiServices(
        checkout=runtime.checkout, desk=runtime.desk, settings=runtime.settings,
        secrets=secrets, swipe=swipe, training=runtime.training,
        training_reason=runtime.training_reason,
        save_settings=lambda settings: save_settings(paths.settings_path, settings),
    )


async def _run(app: QApplication, runtime: Runtime, services: UiServices) -> int:
    from pos_app.ui.build import build_window  # noqa: PLC0415 - after the loop exists

    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def window_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    app.lastWindowClosed.connect(window_closed)
    services.recovery = await recover(runtime.checkout)
    await runtime.desk.recover()
    window = build_window(services)
    window.show()
    window.show_screen("recovery" if services.recovery else "sale")
    log.info("window shown (%d sales recovered)", len(services.recovery))
    if os.environ.get("COUNTER_POS_QUIT_WHEN_SHOWN"):  # bench/startup.py and the smoke test
        app.processEvents()
        print(f"window shown {time.perf_counter():.6f}", flush=True)
        window.close()
    if services.secrets is None:  # training needs no secret: probe the keyring off the loop
        services.secrets = await SecretStore.adetect()
    await closed
    return 0


def _exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    # A failed task must never vanish silently: it goes to the (redacted) log.
    log.error("unhandled error in the event loop: %s", context.get("message"),
              exc_info=context.get("exception"))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the cashier application; returns the exit code."""
    paths = AppPaths.default().ensure()
    setup_logging(paths)
    loaded = read_settings(paths.settings_path)
    for problem in loaded.problems:
        log.warning("settings: %s", problem)
    app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLESHEET)
    app.setQuitOnLastWindowClosed(False)  # `_run` ends on lastWindowClosed; then we shut down
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_exception_handler)
    # Probing the keyring takes most of a second (D-Bus); training mode needs no secret.
    training = loaded.settings.environment == "training"
    secrets = None if training else SecretStore.detect()
    runtime = build_runtime(paths, loaded.settings, secrets)
    swipe = SwipeDetector(max_gap_ms=loaded.settings.swipe_max_gap_ms)
    swipe.install()
    services = _services(runtime, secrets, paths, swipe)
    with loop:
        try:
            code: int = loop.run_until_complete(_run(app, runtime, services))
            return code
        finally:
            loop.run_until_complete(runtime.aclose())
