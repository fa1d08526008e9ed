"""The benchmark scripts still run and end with the figure their target is stated in."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run_bench(script: str, *args: str, timeout: int = 120) -> str:
    """Run a bench script with a tiny sample; returns its last line of output."""
    result = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


def test_api_overhead_bench_runs_and_prints_its_ratio_last() -> None:
    assert re.fullmatch(r"ratio: \d+\.\d{3}", run_bench("api_overhead.py", "--sales", "2"))


@pytest.mark.slow
def test_startup_bench_runs_and_prints_its_ratio_last() -> None:
    # One timed run per variant, after a warm-up of each: four short-lived Qt processes.
    assert re.fullmatch(r"ratio: \d+\.\d{3}", run_bench("startup.py", "--runs", "1"))


@pytest.mark.slow
def test_ui_stall_bench_runs_and_prints_its_max_stall_last() -> None:
    # One sale against a sandbox server (its own process), then as long idle; no threshold.
    last = run_bench("ui_stall.py", "--sales", "1", timeout=180)
    assert re.fullmatch(r"max stall ms: \d+\.\d", last)
