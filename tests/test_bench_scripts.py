"""The benchmark scripts still run and end with the figure their target is stated in."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_api_overhead_bench_runs_and_prints_its_ratio_last() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "api_overhead.py"), "--sales", "2"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.fullmatch(r"ratio: \d+\.\d{3}", result.stdout.strip().splitlines()[-1])
