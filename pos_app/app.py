"""The composition root: show the window frame at once, build every part once, run on qasync.

Start-up order is chosen for the cashier: the window appears first (only Qt and the frame are
imported before it), then settings, the journal, the Clover client (or the training sandbox)
and the screens load while the frame says "Starting…". Only then is the register ready.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QApplication

    from pos_app.hardware import SwipeDetector
    from pos_app.runtime import Runtime
    from pos_app.storage import AppPaths, SecretStore
    from pos_app.ui.main_window import MainWindow
    from pos_app.ui.services import UiServices

__all__ = ["main"]

# bench/startup.py and the smoke test: print the start-up milestones, then close.
QUIT_WHEN_SHOWN = "COUNTER_POS_QUIT_WHEN_SHOWN"


def _milestone(name: str) -> None:
    if os.environ.get(QUIT_WHEN_SHOWN):
        print(f"{name} {time.perf_counter():.6f}", flush=True)


def _services(runtime: Runtime, secrets: SecretStore | None, paths: AppPaths,
              swipe: SwipeDetector) -> UiServices:
    import functools  # noqa: PLC0415

    from pos_app.connection import check_connection  # noqa: PLC0415
    from pos_app.oauth_connect import connect_clover  # noqa: PLC0415
    from pos_app.runtime import sandbox_hosts  # noqa: PLC0415
    from pos_app.storage import save_settings  # noqa: PLC0415
    from pos_app.ui.services import UiServices  # noqa: PLC0415

    stand_in = sandbox_hosts()  # a developer's served sandbox for "Clover sandbox" mode
    if stand_in is not None:
        _log().info("Clover sandbox mode talks to %s (COUNTER_POS_SANDBOX_URL)", stand_in.scl)
    return UiServices(
        test_connection=functools.partial(check_connection, sandbox_hosts=stand_in),
        connect_clover=functools.partial(connect_clover, sandbox_hosts=stand_in),
        checkout=runtime.checkout, desk=runtime.desk, settings=runtime.settings,
        secrets=secrets, staff=runtime.staff, shifts=runtime.shifts, swipe=swipe,
        reports_dir=paths.data_dir / "reports", training=runtime.training,
        training_reason=runtime.training_reason, register_address=runtime.forwarded_for,
        save_settings=lambda settings: save_settings(paths.settings_path, settings),
    )


async def _run(app: QApplication, window: MainWindow, runtime: Runtime,
               services: UiServices) -> int:
    import asyncio  # noqa: PLC0415

    from pos_app.checkout import recover  # noqa: PLC0415
    from pos_app.runtime import settle_heap  # noqa: PLC0415
    from pos_app.storage import SecretStore  # noqa: PLC0415
    from pos_app.ui.build import build_window  # noqa: PLC0415 - after the loop exists

    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def window_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    app.lastWindowClosed.connect(window_closed)
    services.recovery = await recover(runtime.checkout)
    services.desk_recovery = await runtime.desk.recover()
    build_window(services, window)
    # Everyone starts by signing in (first start: setting up the owner); then recovery, the
    # shift or the sale, as `MainWindow.signed_in` decides.
    window.show_screen("signin")
    # Laid out at the window's size by the loop itself: a nested `app.processEvents()` here
    # would run the steps of the tasks recovery just started (a sale's background retry)
    # inside this one, and asyncio refuses that ("Cannot enter into task"): the task died.
    await _one_turn()
    window.rehearse()  # the first sale paints as fast as the next ones
    _log().info("ready (%d sales recovered)", len(services.recovery))
    if os.environ.get(QUIT_WHEN_SHOWN):
        await _one_turn()
        _milestone("ready")
        window.close()
    await runtime.client.warm_up()  # TLS set-up on a worker thread, not in the first sale
    if services.secrets is None:  # training needs no secret: probe the keyring off the loop
        services.secrets = await SecretStore.adetect()
    settle_heap()  # once everything start-up loads is loaded
    await closed
    return 0


async def _one_turn() -> None:
    """Let the Qt loop run once (posted events: layout, paint) without nesting a loop."""
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(0)


def _log() -> Any:
    import logging  # noqa: PLC0415

    return logging.getLogger(__name__)


def _exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    # A failed task must never vanish silently: it goes to the (redacted) log.
    _log().error("unhandled error in the event loop: %s", context.get("message"),
                 exc_info=context.get("exception"))


def _show_frame(argv: Sequence[str] | None) -> tuple[QApplication, MainWindow]:
    """Qt and the window frame, nothing else: what the cashier sees within a blink."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from pos_app import APP_NAME, __version__  # noqa: PLC0415
    from pos_app.ui.main_window import MainWindow  # noqa: PLC0415
    from pos_app.ui.theme import STYLESHEET  # noqa: PLC0415

    app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLESHEET)
    app.setQuitOnLastWindowClosed(False)  # `_run` ends on lastWindowClosed; then we shut down
    window = MainWindow()
    window.show()
    app.processEvents()
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    """Start the cashier application; returns the exit code."""
    app, window = _show_frame(argv)
    _milestone("window shown")

    import asyncio  # noqa: PLC0415

    import qasync  # noqa: PLC0415 - after PySide6, so qasync picks PySide6

    from pos_app.hardware import SwipeDetector  # noqa: PLC0415
    from pos_app.runtime import build_runtime, setup_logging  # noqa: PLC0415
    from pos_app.storage import AppPaths, SecretStore, read_settings  # noqa: PLC0415

    paths = AppPaths.default().ensure()
    setup_logging(paths)
    loaded = read_settings(paths.settings_path)
    for problem in loaded.problems:
        _log().warning("settings: %s", problem)
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
    window.attach(services)  # a swipe while "Starting…" shows is refused aloud, not lost
    with loop:
        try:
            code: int = loop.run_until_complete(_run(app, window, runtime, services))
            return code
        finally:
            loop.run_until_complete(runtime.aclose())
