"""Times process start to main window shown: the app, and a bare PySide6 window, offscreen.

Each run starts a fresh process with a fresh temporary HOME and XDG folders, so the app starts
as it does the first time on a register (no settings, so training mode, new journal). The app
runs as `python -m pos_app` with COUNTER_POS_QUIT_WHEN_SHOWN=1: once its main window is shown
it prints `window shown <time.perf_counter()>` and closes (if it also prints `ready <time>`, when
its screens are loaded, that is shown too, outside the ratio). The baseline is a bare script that
imports PySide6.QtWidgets, shows a 1280x800 QMainWindow and prints the same line. The two
alternate, after one untimed warm-up of each (disk cache, bytecode). Prints each variant's
median and minimum and, last, `ratio: R` (app median over bare median). Target: R <= 1.5.

Bytecode is cached as an installed app's is (pip compiles it at install): the children run with
PYTHONDONTWRITEBYTECODE unset and a private PYTHONPYCACHEPREFIX for this run, which the warm-ups
fill, so nothing is written into the source tree.

    python bench/startup.py [--runs 9] [--profile]

`--profile` also runs the app once with `-X importtime` and prints its 15 slowest imports
(cumulative time, which includes the imports each one triggers).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 60.0  # seconds; a child still running after this is killed and the run fails
_SHOWN = re.compile(r"^window shown (\d+\.\d+)$", re.MULTILINE)
_READY = re.compile(r"^ready (\d+\.\d+)$", re.MULTILINE)  # the app, if it prints it
_IMPORT = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)\s*$")  # self, cumulative

APP = [sys.executable, "-m", "pos_app"]
BARE_SCRIPT = """\
import time
import PySide6.QtWidgets
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"window shown {time.perf_counter():.6f}", flush=True)
window.close()
"""
BARE = [sys.executable, "-c", BARE_SCRIPT]


def fresh_env(home: Path, pycache: Path) -> dict[str, str]:
    """This environment with an empty HOME and XDG folders: a first start, offscreen."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "COUNTER_POS_QUIT_WHEN_SHOWN": "1",
        "PYTHONPYCACHEPREFIX": str(pycache),
    })
    return env


def run_child(command: list[str], name: str, pycache: Path) -> tuple[float, float | None, str]:
    """Start `command` in a fresh HOME. Returns the seconds until its window was shown, until
    it printed `ready` (None if it did not), and its stderr."""
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as home:
        env = fresh_env(Path(home), pycache)
        # time.perf_counter() is CLOCK_MONOTONIC on Linux: one clock for the whole machine, so
        # the child's printed perf_counter() and this t0 can be subtracted across processes.
        t0 = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=env)
        try:
            out, err = child.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            raise SystemExit(f"{name}: no exit after {TIMEOUT:.0f} s (killed); stdout:\n"
                             f"{out[-2000:]}\nstderr:\n{err[-4000:]}") from None
    shown = _SHOWN.search(out)
    if child.returncode != 0 or shown is None:
        raise SystemExit(f"{name}: exit status {child.returncode}, "
                         f"{'no' if shown is None else 'a'} 'window shown' line; stdout:\n"
                         f"{out[-2000:]}\nstderr:\n{err[-4000:]}")
    ready = _READY.search(out)
    return float(shown.group(1)) - t0, float(ready.group(1)) - t0 if ready else None, err


def import_profile(pycache: Path, top: int = 15) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) of the app's slowest imports, slowest first."""
    command = [sys.executable, "-X", "importtime", "-m", "pos_app"]
    _, _, err = run_child(command, "app -X importtime", pycache)
    rows = []
    for line in err.splitlines():
        match = _IMPORT.match(line)
        if match:
            rows.append((int(match.group(2)), int(match.group(1)), match.group(3)))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per variant (default 9)")
    parser.add_argument("--profile", action="store_true",
                        help="also print the app's 15 slowest imports (-X importtime)")
    args = parser.parse_args()
    variants = [("app", APP), ("bare", BARE)]
    times: dict[str, list[float]] = {name: [] for name, _ in variants}
    ready: list[float] = []
    with tempfile.TemporaryDirectory(prefix="startup-bench-pycache-") as folder:
        pycache = Path(folder)
        for name, command in variants:  # untimed warm-up: disk cache, bytecode
            run_child(command, name, pycache)
        for index in range(args.runs):
            # Alternate which goes first, so drift on a noisy machine hits both alike.
            for name, command in variants if index % 2 == 0 else variants[::-1]:
                shown, ready_at, _ = run_child(command, name, pycache)
                times[name].append(shown)
                if ready_at is not None:
                    ready.append(ready_at)
        if args.profile:
            print("slowest imports of `python -m pos_app` (-X importtime, one run):")
            print(f"  {'cumulative':>10}  {'self':>8}  module")
            for cumulative, own, module in import_profile(pycache):
                print(f"  {cumulative / 1000:8.1f} ms  {own / 1000:5.1f} ms  {module}")
    app_ms = statistics.median(times["app"]) * 1000
    bare_ms = statistics.median(times["bare"]) * 1000
    print(f"runs per variant: {args.runs} (offscreen, fresh HOME each, after 1 warm-up each)")
    print(f"app (python -m pos_app): median {app_ms:.0f} ms, "
          f"min {min(times['app']) * 1000:.0f} ms to window shown")
    if ready:  # the app shows its frame first, then loads the screens: when it can sell
        print(f"app ready (screens loaded, not in the ratio): median "
              f"{statistics.median(ready) * 1000:.0f} ms, min {min(ready) * 1000:.0f} ms")
    print(f"bare PySide6 QMainWindow: median {bare_ms:.0f} ms, "
          f"min {min(times['bare']) * 1000:.0f} ms to window shown")
    print(f"ratio: {app_ms / bare_ms:.3f}")


if __name__ == "__main__":
    main()
