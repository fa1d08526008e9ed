#!/usr/bin/env bash
# Proves the repository stands on its own: clones what is committed into an empty temporary
# folder (nothing beside it, no ../shared), collects every test there and runs the docs replay,
# which must pass from the project's own data and skip, saying why, its check against the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY="$ROOT/.venv/bin/python"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
git clone -q --no-local "$ROOT" "$TMP/counter-pos"
cd "$TMP/counter-pos"
[ -z "$(ls -A "$TMP" | grep -v '^counter-pos$')" ] || { echo "fresh clone: $TMP is not empty" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
# Run from the clone, the clone's own pos_app and tests are the ones imported.
"$PY" -c 'import pos_app, sys; sys.exit(not pos_app.__file__.startswith(sys.argv[1]))' "$PWD" \
  || { echo "fresh clone: pos_app is not imported from the clone" >&2; exit 1; }
"$PY" -m pytest -q -p no:cacheprovider --collect-only tests | tail -n 1
"$PY" -m pytest -q -p no:cacheprovider -rs tests/integration/test_docs_replay.py | tee "$TMP/replay.log"
grep -q "are not beside the project" "$TMP/replay.log" \
  || { echo "fresh clone: the docs check did not skip saying why" >&2; exit 1; }
echo "fresh clone: OK (collected and replayed with nothing beside the repository)"
