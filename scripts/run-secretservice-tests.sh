#!/usr/bin/env bash
# Runs the secretservice tests against a real Secret Service: GNOME Keyring, unlocked, on a
# private D-Bus session under a throwaway HOME, so no keyring of the user is ever touched.
# Fails unless the test really ran and passed (a skip or an empty collection is a failure).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dbus-run-session gnome-keyring-daemon timeout; do
  command -v "$tool" >/dev/null \
    || { echo "run-secretservice-tests.sh: $tool is missing (apt-get install dbus gnome-keyring)" >&2; exit 1; }
done

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p -m700 "$T/run" "$T/data" "$T/config"

set +e
output=$(
  HOME=$T XDG_DATA_HOME=$T/data XDG_CONFIG_HOME=$T/config XDG_RUNTIME_DIR=$T/run \
  timeout 300 dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; POS_SECRET_SERVICE=1 .venv/bin/python -m pytest -q -p no:cacheprovider -rs -m secretservice tests/secretservice' \
    2>&1
)
rc=$?
set -e
printf '%s\n' "$output"

if [ "$rc" -ne 0 ]; then
  echo "run-secretservice-tests.sh: FAILED (exit $rc)" >&2
  exit "$rc"
fi
if ! grep -Eq '(^|[^0-9])[1-9][0-9]* passed' <<<"$output" || grep -Eq '[0-9]+ (skipped|deselected)' <<<"$output"; then
  echo "run-secretservice-tests.sh: FAILED: the Secret Service test did not run and pass" >&2
  exit 1
fi
echo "run-secretservice-tests.sh: OK"
