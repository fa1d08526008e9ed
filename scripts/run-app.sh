#!/usr/bin/env bash
# Installs Counter POS on a fresh machine and runs it (training mode when no Clover account is set up).
set -euo pipefail
cd "$(dirname "$0")/.."
PIP_EXTRAS="" bash scripts/install.sh
exec .venv/bin/pos-app "$@"
