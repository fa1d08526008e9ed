"""The longest stall of the Qt event loop while a cashier rings up split-tender sales.

The app's real window (`build_window`), controllers, journal and API client run on a qasync
loop in this process, offscreen, against a `pos-app sandbox serve` process on loopback that
answers every API call 200 ms late (a fault queued through its admin API), so the server's
own work never runs on the measured loop. A cashier is simulated through the real widgets, key
by key: two items keyed in, Pay (F5), Gift card (F6) and a swipe of the $25.00 test card
`600123` typed as a reader's key burst, Card (F7) keyed in for the rest, then New sale (Enter).
The sandbox is re-seeded between sales (outside the measured time).

A 1 ms precise QTimer records when it runs; a gap between two runs longer than the interval
is a stall (stall = gap - 1 ms). The baseline, in the same run, is the same meter over as many
seconds with the window shown and idle. A watchdog thread samples the main thread's Python
stack (sys._current_frames) while a gap grows past `--trace-ms`, to say what blocked the loop.
Prints the sale phase's and the idle phase's gaps, the GC pauses in each, the long stalls with
where the main thread was and, last, `max stall ms: S` (the longest stall during the sales).
Target: S < 16 (one frame at 60 Hz).

    python bench/ui_stall.py [--sales 5] [--latency-ms 200] [--trace-ms 8] [--qt-events]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx
import PySide6.QtWidgets  # noqa: F401 - imported before qasync, so qasync picks PySide6
import qasync
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.checkout import CheckoutConfig, CheckoutController, Journal, recover
from pos_app.checkout.desk import GiftCardDesk
from pos_app.clover import CloverClient, Hosts, StaticCredentials
from pos_app.domain.sale import SaleState
from pos_app.hardware import SwipeDetector
from pos_app.runtime import demo_cashier_on_shift, register_parts, settle_heap, setup_logging
from pos_app.storage import AppPaths, Settings
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sale_screen import SaleScreen
from pos_app.ui.services import UiServices
from pos_app.ui.tender_screen import TenderScreen
from pos_app.ui.theme import STYLESHEET

TOKEN = "ui-stall-bench-token"
GIFT_SWIPE = ";600123?"  # the seeded $25.00 gift card, as a reader types track 2
CARD, EXPIRY, CVV = "4111111111111111", "12/30", "123"
ITEMS = ("2*12.50", "37.50")  # $62.50: the gift card pays $25.00, the card $37.50
INTERVAL_MS = 1.0
TYPING_GAP = 0.010  # seconds between a cashier's keys (a quick typist, or the keypad)
READER_GAP = 0.002  # seconds between a card reader's keys (readers type every 1-10 ms)
STEP_TIMEOUT = 30.0
MAX_SAMPLES_PER_STALL = 12


class BenchError(RuntimeError):
    """The run could not go on (raised inside the loop, reported by `main`)."""


# -- the sandbox server, in its own process ---------------------------------------------------


@contextmanager
def sandbox_server(folder: Path) -> Iterator[str]:
    """`pos-app sandbox serve` on a free loopback port; yields its base URL."""
    command = [sys.executable, "-m", "pos_app", "sandbox", "serve", "--port", "0",
               "--db", str(folder / "sandbox.sqlite3"), "--token", TOKEN,
               "--rate-limit", "0", "--concurrency-limit", "0"]
    with (folder / "sandbox.stderr").open("w+") as err:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            yield _listening_url(process, err)
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def _listening_url(process: subprocess.Popen[str], err: TextIO) -> str:
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None

    def read() -> None:  # and keep draining, so the server never blocks on a full pipe
        for line in stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if "listening on " in line:
            return line.rsplit("listening on ", 1)[1].strip()
    process.kill()
    process.wait(timeout=5)
    err.seek(0)
    raise SystemExit(f"the sandbox server did not start; its stderr:\n{err.read()[-4000:]}")


async def admin(http: httpx.AsyncClient, path: str, body: dict[str, Any] | None = None) -> None:
    response = await http.post(path, json=body, headers={"authorization": f"Bearer {TOKEN}"})
    response.raise_for_status()


# -- the meter and the watchdog -------------------------------------------------------------


class LoopMeter:
    """A 1 ms precise QTimer on the Qt event loop that records when each of its runs happened."""

    def __init__(self) -> None:
        self.ticks = array("d")
        self.cpu = array("d")  # the main thread's CPU time at each tick
        self.last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(round(INTERVAL_MS))
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append(now)
        self.cpu.append(time.thread_time())
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.ticks.append(self.last)
        self.cpu.append(time.thread_time())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.last = 0.0

    def gaps(self, windows: list[tuple[float, float]]) -> list[tuple[float, float, float]]:
        """(start, gap seconds, main thread CPU seconds in the gap) of each gap that ended
        inside one of the windows. A gap much longer than its CPU time was spent waiting: the
        machine gave the process no CPU (another process, or the VM's host), or a lock."""
        found = []
        ticks, cpu = self.ticks, self.cpu
        for index in range(1, len(ticks)):
            end = ticks[index]
            if any(start <= end <= stop for start, stop in windows):
                found.append((ticks[index - 1], end - ticks[index - 1],
                              cpu[index] - cpu[index - 1]))
        return found


class GcPauses:
    """When each cyclic garbage collection ran and how long it took (gc.callbacks)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, float, int]] = []  # (start, seconds, generation)
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            self.pauses.append((self._started, now - self._started, info["generation"]))

    def within(self, windows: list[tuple[float, float]]) -> list[tuple[float, float, int]]:
        return [p for p in self.pauses if any(a <= p[0] <= b for a, b in windows)]


class EventTrail(QObject):
    """An application event filter that remembers the last Qt events dispatched (`--qt-events`):
    a stall with no Python frame running is Qt's own C++ work, and these say which."""

    def __init__(self) -> None:
        super().__init__()
        self.trail: deque[tuple[float, QEvent.Type, str]] = deque(maxlen=512)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.trail.append((time.perf_counter(), event.type(), type(watched).__name__))
        return False


@dataclass
class Sample:
    at: float  # seconds into the stall
    stack: traceback.StackSummary
    events: list[tuple[float, QEvent.Type, str]]  # Qt events dispatched since the stall began


class Watchdog(threading.Thread):
    """While the meter is late by more than `threshold` seconds, sample the main thread's
    Python stack every few ms. Samples are keyed by the meter's last run, where the gap began.
    (A C call that holds the GIL delays the sample until it returns.)"""

    def __init__(self, meter: LoopMeter, threshold: float, trail: EventTrail | None,
                 poll: float = 0.002) -> None:
        super().__init__(name="stall-watchdog", daemon=True)
        self.meter, self.threshold, self.trail, self.poll = meter, threshold, trail, poll
        self.main_id = threading.main_thread().ident
        self.samples: dict[float, list[Sample]] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.poll):
            last = self.meter.last
            now = time.perf_counter()
            if not last or now - last < self.threshold:
                continue
            frame = sys._current_frames().get(self.main_id or 0)
            if frame is None:
                continue
            samples = self.samples.setdefault(last, [])
            if len(samples) < MAX_SAMPLES_PER_STALL:
                events = [e for e in list(self.trail.trail) if e[0] >= last] if self.trail \
                    else []
                stack = traceback.StackSummary.extract(  # no source lines read: cheap
                    traceback.walk_stack(frame), lookup_lines=False)
                stack.reverse()
                samples.append(Sample(now - last, stack, events))
            del frame


def _short(frame: traceback.FrameSummary) -> str:
    path = frame.filename
    for marker in ("/pos_app/", "/site-packages/", "/lib/python3"):
        if marker in path:
            path = path[path.index(marker) + 1:]
            break
    return f"{path}:{frame.lineno} {frame.name}"


def where(stack: traceback.StackSummary) -> list[str]:
    """The app's innermost frames of a stack and the innermost frame of all."""
    app = [_short(f) for f in stack if "/pos_app/" in f.filename]
    leaf = stack[-1] if len(stack) else None
    if leaf is not None and leaf.name == "run_forever" and "qasync" in leaf.filename:
        return ["(no Python frame: Qt's own C++ work — layout, style, paint — or no CPU)"]
    shown = _short(leaf) if leaf is not None else "?"
    return [*app[-4:], *([] if app and app[-1] == shown else [f"-> {shown}"])]


def _events(events: list[tuple[float, QEvent.Type, str]]) -> str:
    counts = Counter(f"{kind.name}→{receiver}" for _, kind, receiver in events)
    return ", ".join(f"{name} ×{n}" for name, n in counts.most_common(6))


# -- the cashier --------------------------------------------------------------------------------


@dataclass
class Cashier:
    """Drives the real window through key events, one key per loop turn, as a person does."""

    window: MainWindow
    services: UiServices
    sales: list[tuple[float, float]] = field(default_factory=list)
    steps: list[tuple[float, str]] = field(default_factory=list)  # (when it began, what)

    def step(self, what: str) -> None:
        self.steps.append((time.perf_counter(), what))

    def step_at(self, moment: float) -> str:
        """The step the cashier was at when `moment` came."""
        found = "-"
        for began, what in self.steps:
            if began > moment:
                break
            found = what
        return found

    @property
    def screens(self) -> tuple[SaleScreen, TenderScreen]:
        screen, pay = self.window.screens["sale"], self.window.screens["tender"]
        assert isinstance(screen, SaleScreen)
        assert isinstance(pay, TenderScreen)
        return screen, pay

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    async def press(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        QTest.keyClick(widget or self.focused(), key)
        await asyncio.sleep(TYPING_GAP)

    async def type(self, widget: QWidget, text: str, enter: bool = True) -> None:
        widget.setFocus()
        for char in text:
            QTest.keyClicks(widget, char)
            await asyncio.sleep(TYPING_GAP)
        if enter:
            await self.press(Qt.Key.Key_Return, widget)

    async def swipe(self, track: str) -> None:
        """A reader's burst into whatever has focus, ending with Enter."""
        target = self.focused()
        for char in track:
            QTest.keyClicks(target, char)
            await asyncio.sleep(READER_GAP)
        QTest.keyClick(target, Qt.Key.Key_Return)

    async def until(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                pay = self.screens[1]
                sale = self.services.checkout.sale
                raise BenchError(f"timed out waiting for {what}; pay screen status: "
                                 f"{pay.status.text()!r}; sale state: "
                                 f"{sale.state.value if sale else None}")
            await asyncio.sleep(0.005)

    async def sale(self) -> None:
        screen, pay = self.screens
        checkout = self.services.checkout
        started = time.perf_counter()
        self.step("keying the items")
        for item in ITEMS:
            await self.type(screen.amount, item)
        self.step("F5: the pay screen")
        await self.press(Qt.Key.Key_F5, self.window)
        await self.until(lambda: self.window.current is pay, "the pay screen")
        self.step("F6: the gift card panel")
        await self.press(Qt.Key.Key_F6, self.window)
        await self.until(lambda: pay.mode == "gift_card", "the gift card panel")
        self.step("swipe: the gift card pays $25.00")
        await self.swipe(GIFT_SWIPE)
        await self.until(lambda: "paid $25.00" in pay.status.text(), "the gift card's $25.00")
        self.step("F7: the card panel")
        await self.press(Qt.Key.Key_F7, self.window)
        await self.until(lambda: pay.mode == "card", "the card panel")
        panel = pay.card_panel
        self.step("keying the card")
        await self.type(panel.number, CARD, enter=False)
        await self.type(panel.expiry, EXPIRY, enter=False)
        await self.type(panel.cvv, CVV, enter=False)
        self.step("Enter: the card pays the rest, the sale completes")
        await self.press(Qt.Key.Key_Return, panel.cvv)
        await self.until(lambda: checkout.sale is not None
                         and checkout.sale.state is SaleState.COMPLETED
                         and "Sale complete" in pay.status.text(), "Sale complete")
        self.step("Enter: new sale")
        await self.press(Qt.Key.Key_Return)  # New sale [Enter]
        await self.until(lambda: self.window.current is screen, "the sale screen again")
        self.sales.append((started, time.perf_counter()))


# -- the run ------------------------------------------------------------------------------------


@dataclass
class Result:
    sale_gaps: list[tuple[float, float, float]]
    idle_gaps: list[tuple[float, float, float]]
    per_sale: list[float]
    seconds: float
    samples: dict[float, list[Sample]]
    sale_gc: list[tuple[float, float, int]]
    idle_gc: list[tuple[float, float, int]]
    step_at: Callable[[float], str]


def _services(folder: Path, url: str) -> tuple[UiServices, Callable[[], Any]]:
    """The app's parts as `build_runtime` makes them, but on the sandbox server's URL."""
    paths = AppPaths.under(folder / "app").ensure()
    setup_logging(paths)
    settings = Settings(store_name="Bench Shop")
    journal = Journal(paths.journal_path)
    client = CloverClient(Hosts.local(url), StaticCredentials(TOKEN),
                          forwarded_for=settings.register_ip)
    config = CheckoutConfig(currency=settings.currency, tax_rate_ppm=settings.tax_rate_ppm,
                            redeem_immediately=settings.redeem_mode == "redeem", training=True)
    checkout = CheckoutController(client, journal, config)
    desk = GiftCardDesk(client, journal, currency=settings.currency, training=True)
    swipe = SwipeDetector(max_gap_ms=settings.swipe_max_gap_ms)
    swipe.install()
    staff, shifts = register_parts(journal, settings, training=True)
    services = UiServices(checkout=checkout, desk=desk, settings=settings, secrets=None,
                          staff=staff, shifts=shifts, swipe=swipe, training=True,
                          training_reason="Benchmark: sandbox server with injected latency.")

    async def aclose() -> None:
        swipe.uninstall()
        await checkout.aclose()
        await client.aclose()
        journal.close()

    return services, aclose


async def run(app: QApplication, folder: Path, url: str, sales: int, latency_ms: int,
              trace_ms: float, qt_events: bool) -> Result:
    from pos_app.ui.build import build_window  # noqa: PLC0415 - after the loop exists, as app.py

    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=30) as http:
        await admin(http, "/_sandbox/faults", {"route": "*", "kind": "latency",
                                               "count": 10**9, "latency_ms": latency_ms})
        began = time.perf_counter()
        (await http.get("/assets/keys.json")).raise_for_status()
        took = (time.perf_counter() - began) * 1000
        if took < latency_ms:
            raise BenchError(f"the injected latency did not apply: a call took {took:.0f} ms")
        services, aclose = _services(folder, url)
        await demo_cashier_on_shift(services.staff, services.shifts)  # as a cashier starts
        services.recovery = await recover(services.checkout)
        await services.desk.recover()
        await services.checkout.client.warm_up()  # as app.py does once the window is ready
        window = build_window(services)
        window.resize(1280, 800)
        window.show()
        window.show_screen("sale")
        window.activateWindow()
        app.processEvents()
        window.rehearse()  # as app.py does before it is ready
        settle_heap()  # as app.py does once start-up is over
        cashier = Cashier(window, services)
        await cashier.until(window.isActiveWindow, "the window to become active")
        meter = LoopMeter()
        trail = EventTrail() if qt_events else None
        if trail is not None:
            app.installEventFilter(trail)
        watchdog = Watchdog(meter, trace_ms / 1000, trail)
        watchdog.start()
        pauses = GcPauses()
        gc.callbacks.append(pauses)
        meter.start()
        try:
            for index in range(sales):
                if index:
                    await admin(http, "/_sandbox/reset")  # the gift card has $25.00 again
                await cashier.sale()
            seconds = sum(end - start for start, end in cashier.sales)
            idle_start = time.perf_counter()
            await asyncio.sleep(seconds)
            idle = [(idle_start, time.perf_counter())]
        finally:
            meter.stop()
            gc.callbacks.remove(pauses)
            if trail is not None:
                app.removeEventFilter(trail)
            watchdog.done.set()
            watchdog.join()
            window.close()
            await aclose()
    per_sale = [max((gap for _, gap, _ in meter.gaps([w])), default=0.0) for w in cashier.sales]
    return Result(meter.gaps(cashier.sales), meter.gaps(idle), per_sale, seconds,
                  watchdog.samples, pauses.within(cashier.sales), pauses.within(idle),
                  cashier.step_at)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _summary(gaps: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(max, p99, median) of the gaps, in seconds."""
    values = sorted(gap for _, gap, _ in gaps)
    if not values:
        return 0.0, 0.0, 0.0
    return values[-1], values[min(len(values) - 1, int(len(values) * 0.99))], \
        values[len(values) // 2]


def report(result: Result, sales: int, latency_ms: int, trace_ms: float) -> None:
    interval = INTERVAL_MS / 1000
    print(f"sales: {sales} split-tender (gift card swipe $25.00 + keyed card $37.50), "
          f"sandbox server with {latency_ms} ms latency per call; meter every {INTERVAL_MS:g} ms")
    top, p99, median = _summary(result.sale_gaps)
    print(f"sales ({result.seconds:.1f} s, {len(result.sale_gaps)} samples): gap max {_ms(top)}, "
          f"p99 {_ms(p99)}, median {_ms(median)}")
    idle_top, idle_p99, idle_median = _summary(result.idle_gaps)
    print(f"idle baseline ({result.seconds:.1f} s, {len(result.idle_gaps)} samples): gap max "
          f"{_ms(idle_top)}, p99 {_ms(idle_p99)}, median {_ms(idle_median)}")
    for phase, pauses in (("sales", result.sale_gc), ("idle", result.idle_gc)):
        longest = max(pauses, key=lambda p: p[1], default=(0.0, 0.0, 0))
        print(f"garbage collections during {phase}: {len(pauses)}, longest {_ms(longest[1])} "
              f"(generation {longest[2]})")
    print("longest stall per sale: " + ", ".join(
        _ms(max(gap - interval, 0.0)) for gap in result.per_sale))
    busiest = max((cpu for _, _, cpu in result.sale_gaps), default=0.0)
    print(f"most CPU the main thread spent inside one gap: {_ms(busiest)}")
    by_step: dict[str, tuple[float, float]] = {}  # step -> (longest gap, most CPU in a gap)
    for start, gap, cpu in result.sale_gaps:
        longest, most = by_step.get(result.step_at(start), (0.0, 0.0))
        by_step[result.step_at(start)] = (max(longest, gap), max(most, cpu))
    print("longest stall (main thread CPU in a gap) by step:")
    for what, (longest, most) in by_step.items():
        print(f"  {_ms(max(longest - interval, 0.0)):>9}  ({_ms(most)})  {what}")
    stalls = sorted(((gap, start, cpu) for start, gap, cpu in result.sale_gaps
                     if gap - interval > trace_ms / 1000), reverse=True)
    if stalls:
        print(f"stalls over {trace_ms:g} ms during the sales, longest first "
              "(main thread's stack as sampled during the stall):")
    for gap, start, cpu in stalls[:10]:
        print(f"  {_ms(gap - interval)}  (the main thread ran {_ms(cpu)} of it)  at "
              f"{result.step_at(start)}")
        samples = result.samples.get(start, [])
        previous: list[str] = []
        for sample in samples:
            frames = where(sample.stack)
            if frames != previous:  # a new place: print it with when it was first seen
                print(f"    +{sample.at * 1000:3.0f} ms  " + "\n              ".join(frames))
                previous = frames
        if samples and samples[-1].events:
            print(f"    Qt events during the stall: {_events(samples[-1].events)}")
        if not samples:
            print("    (no sample: the main thread held the GIL throughout)")
    print(f"max stall ms: {max(top - interval, 0.0) * 1000:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=5, help="sales to ring up (default 5)")
    parser.add_argument("--latency-ms", type=int, default=200,
                        help="latency the sandbox adds to every API call (default 200)")
    parser.add_argument("--trace-ms", type=float, default=8.0,
                        help="sample the main thread's stack once a gap passes this (default 8)")
    parser.add_argument("--qt-events", action="store_true",
                        help="also record which Qt events ran during a stall (an app-wide "
                             "event filter: adds a little work to every event)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    with tempfile.TemporaryDirectory(prefix="ui-stall-bench-") as name, \
            sandbox_server(Path(name)) as url:
        app = QApplication([sys.argv[0]])
        app.setStyleSheet(STYLESHEET)
        app.setQuitOnLastWindowClosed(False)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        failures: list[str] = []

        def failed(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            failures.append(str(context.get("exception") or context.get("message")))
            print("error in the event loop:", failures[-1], file=sys.stderr)

        loop.set_exception_handler(failed)
        try:
            with loop:
                result = loop.run_until_complete(
                    run(app, Path(name), url, args.sales, args.latency_ms, args.trace_ms,
                        args.qt_events))
        except BenchError as exc:
            raise SystemExit(f"ui_stall: {exc}") from None
    if failures:
        raise SystemExit(f"ui_stall: {len(failures)} error(s) in the event loop, first: "
                         f"{failures[0]}")
    report(result, args.sales, args.latency_ms, args.trace_ms)


if __name__ == "__main__":
    main()
