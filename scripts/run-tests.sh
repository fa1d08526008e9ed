#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs the linters and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# gnome-keyring: the Secret Service tests; makeself, binutils, curl: the packaging stage.
EXTRA_APT_PACKAGES="gnome-keyring makeself binutils curl ${EXTRA_APT_PACKAGES:-}" \
  PIP_EXTRAS="[test,build]" bash scripts/install.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check pos_app tests bench
echo "== mypy"; .venv/bin/mypy
echo "== pytest"
# The outer timeout catches a hang in pytest's own teardown, which pytest-timeout cannot.
timeout 1500 .venv/bin/python -m pytest -q -p no:cacheprovider --ignore=tests/gui "$@"
echo "== pytest: GUI"
# The widget tests share one qasync loop for the whole process, so they get a process of their
# own (mixing it with pytest-asyncio's loops breaks both; see toolchain notes).
timeout 900 .venv/bin/python -m pytest -q -p no:cacheprovider tests/gui "$@"
echo "== fresh clone"
# The repository stands on its own: collected and the docs replayed with nothing beside it.
bash scripts/check-fresh-clone.sh
echo "== secret service"
# The one test that needs a real OS credential store (GNOME Keyring on a private D-Bus).
bash scripts/run-secretservice-tests.sh
echo "== packaging"
# The standalone installers: built (the build fails on a missing library, or if the frozen
# doctor finds no secure keyring under a real Secret Service), then the .deb installed on this
# machine, self-tested, doctored, upgraded to and removed, and the .run installed and removed.
timeout 900 bash scripts/build-installers.sh
if [ "$(id -u)" = 0 ]; then
  timeout 900 bash scripts/test-installers.sh
else
  echo "run-tests.sh: not root: the installers were built but not installed (CI runs as root)" >&2
fi
# The packaging benchmark, one run per variant, so it cannot rot (figures: packaging/README.md).
timeout 300 .venv/bin/python bench/package.py --runs 1 --no-build
