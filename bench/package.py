"""Sizes of the installers, and the frozen app's start-up next to the source install's.

Uses dist/'s .deb and .run when they are newer than every file they are built from, else runs
scripts/build-installers.sh first. Prints the .deb's size, its installed size and the .run's
size; then unpacks the .deb's frozen app into a temporary folder (the same bytes the package
installs in /opt/counter-pos) and times, as bench/startup.py does and with its code, process
start → window shown and start → ready of the frozen app and of `python -m pos_app`, fresh
HOME each run, offscreen, alternating, after one untimed warm-up of each. Last line:
`deb MB: D; frozen ready ratio: R` (frozen ready median over source ready median).
Targets: D <= 45, R <= 1.10.

    python bench/package.py [--runs 7] [--no-build]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import APP, run_child  # bench/startup.py's way of timing a start

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pos_app", "packaging", "resources", "scripts/build-installers.sh", "pyproject.toml")


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from pos_app import __version__  # noqa: PLC0415

    return __version__


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest, *(f.stat().st_mtime for f in files if "__pycache__" not in f.parts)])
    return newest


def installers(build: bool) -> tuple[Path, Path]:
    """The .deb and .run of this version, built now unless fresh ones are in dist/."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stem = f"counter-pos_{_version()}_{arch}"
    deb, run = ROOT / "dist" / f"{stem}.deb", ROOT / "dist" / f"{stem}.run"
    fresh = deb.exists() and run.exists() and min(deb.stat().st_mtime,
                                                  run.stat().st_mtime) > _newest_source()
    if not fresh:
        if not build:
            raise SystemExit(f"no fresh build in dist/ ({deb.name}); run without --no-build")
        print("building: scripts/build-installers.sh", flush=True)
        subprocess.run(["bash", str(ROOT / "scripts" / "build-installers.sh")], check=True,
                       stdout=subprocess.DEVNULL)
    return deb, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per variant (default 7)")
    parser.add_argument("--no-build", action="store_true",
                        help="fail instead of building when dist/ has no fresh build")
    args = parser.parse_args()
    deb, run = installers(build=not args.no_build)
    mb = 1024 * 1024
    deb_mb = deb.stat().st_size / mb
    installed_kb = int(subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"],
                                      capture_output=True, text=True, check=True).stdout)
    print(f".deb: {deb_mb:.1f} MB ({deb.name}); installed: {installed_kb / 1024:.1f} MB; "
          f".run: {run.stat().st_size / mb:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="package-bench-") as folder:
        unpacked = Path(folder) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
        frozen = [str(unpacked / "opt" / "counter-pos" / "pos-app")]
        pycache = Path(folder) / "pycache"
        variants = [("frozen", frozen), ("source", APP)]
        shown: dict[str, list[float]] = {name: [] for name, _ in variants}
        ready: dict[str, list[float]] = {name: [] for name, _ in variants}
        for name, command in variants:  # untimed warm-up: disk cache, bytecode
            run_child(command, name, pycache)
        for index in range(args.runs):
            for name, command in variants if index % 2 == 0 else variants[::-1]:
                shown_at, ready_at, _ = run_child(command, name, pycache)
                if ready_at is None:
                    raise SystemExit(f"{name}: no 'ready' line")
                shown[name].append(shown_at)
                ready[name].append(ready_at)

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:.0f} ms, min {min(values) * 1000:.0f} ms"

    print(f"runs per variant: {args.runs} (offscreen, fresh HOME each, after 1 warm-up each)")
    for name, label in (("frozen", "frozen (.deb's /opt/counter-pos/pos-app)"),
                        ("source", "source (python -m pos_app)")):
        print(f"{label}: window shown {ms(shown[name])}; ready {ms(ready[name])}")
    ratio = statistics.median(ready["frozen"]) / statistics.median(ready["source"])
    print(f"deb MB: {deb_mb:.1f}; frozen ready ratio: {ratio:.3f}")


if __name__ == "__main__":
    main()
