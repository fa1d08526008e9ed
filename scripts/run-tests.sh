#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs the linters and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_APT_PACKAGES="gnome-keyring ${EXTRA_APT_PACKAGES:-}" PIP_EXTRAS="[test]" bash scripts/install.sh
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
