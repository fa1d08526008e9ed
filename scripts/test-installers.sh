#!/usr/bin/env bash
# CI packaging stage (as root, after scripts/build-installers.sh): installs the .deb on this
# machine and runs `pos-app --version`, `selftest`, `doctor` (real Secret Service), the window
# (offscreen) and `sandbox serve` from the installed copy; upgrades to it from an older version
# over a register that has settings, a keyring entry and an unfinished sale, and checks all
# three survive and the sale is recovered; removes it and checks every file of the package is
# gone. Then installs and uninstalls the .run the same way. Whatever fails, the trap removes
# what was installed and checks that nothing is left in /opt and /usr.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ "$(id -u)" = 0 ] || { echo "test-installers.sh: run as root (it installs a package)" >&2; exit 1; }
VERSION=$("$PY" -c 'import pos_app; print(pos_app.__version__)')
ARCH=$(dpkg --print-architecture)
DEB=$ROOT/dist/counter-pos_${VERSION}_${ARCH}.deb
RUN=$ROOT/dist/counter-pos_${VERSION}_${ARCH}.run
for file in "$DEB" "$RUN"; do
  [ -f "$file" ] || { echo "test-installers.sh: $file is missing (scripts/build-installers.sh)" >&2; exit 1; }
done
if dpkg-query -W -f '${Status}' counter-pos 2>/dev/null | grep -q 'ok installed' || [ -e /opt/counter-pos ]; then
  echo "test-installers.sh: counter-pos is installed on this machine already; not touching it" >&2
  exit 1
fi

T=$(mktemp -d /tmp/pos-installer-test.XXXXXX)
U=$T/home  # the cashier's home folder: settings, journal, logs and the keyring live here
mkdir -p -m700 "$U" "$U/run"
LEFT=$T/left-over
SYSTEM_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin  # dpkg needs sbin
step() { echo "== $*"; }
fail() { echo "test-installers.sh: FAILED: $*" >&2; exit 1; }

# Paths the package would own, and which of them existed before (shared folders like /usr/bin).
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' | grep -v '^/$' >"$T/deb-paths"
while read -r path; do [ -e "$path" ] && echo "$path"; done <"$T/deb-paths" >"$T/existed-before" || true

check_nothing_left() {  # $1: the list of paths that must be gone (unless they existed before)
  : >"$LEFT"
  while read -r path; do
    case $path in ""|/|/.) continue ;; esac
    if [ -e "$path" ] || [ -L "$path" ]; then
      if [ -d "$path" ] && [ ! -L "$path" ] && grep -qxF "$path" "$T/existed-before"; then
        continue  # a shared folder such as /usr/share/applications
      fi
      echo "$path" >>"$LEFT"
    fi
  done <"$1"
  [ -e /opt/counter-pos ] && echo /opt/counter-pos >>"$LEFT"
  if [ -s "$LEFT" ]; then
    echo "left behind:" >&2; sed 's/^/  /' "$LEFT" >&2
    return 1
  fi
}

cleanup() {
  local rc=$?
  set +e
  if dpkg-query -W -f '${Status}' counter-pos 2>/dev/null | grep -q 'ok installed'; then
    dpkg -L counter-pos >"$T/cleanup-paths" 2>/dev/null
    dpkg --purge counter-pos >/dev/null
    check_nothing_left "$T/cleanup-paths" || rc=1
  fi
  if [ -f /opt/counter-pos/uninstall.sh ]; then
    sh /opt/counter-pos/uninstall.sh --quiet || rc=1
  fi
  [ -e /opt/counter-pos ] && { echo "cleanup: /opt/counter-pos is still there" >&2; rc=1; }
  rm -rf "$T"
  [ "$rc" = 0 ] && echo "test-installers.sh: OK" || echo "test-installers.sh: FAILED" >&2
  exit "$rc"
}
trap cleanup EXIT

# Runs a command as the cashier would: their HOME, no display (offscreen), a UTF-8 locale.
as_cashier() {
  env -i PATH="$SYSTEM_PATH" HOME="$U" XDG_RUNTIME_DIR="$U/run" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS} "$@"
}
export -f as_cashier

step "build the previous version ($VERSION~previous) to upgrade from"
DEB_COMPRESS=zstd DEB_LEVEL=3 bash scripts/build-installers.sh --version "$VERSION~previous" \
  --out "$T/previous" --deb-only | grep -E '^(==|built|selftest)'
PREVIOUS_DEB=$(ls "$T"/previous/counter-pos_*.deb)

step "install the previous version"
dpkg -i "$PREVIOUS_DEB" >/dev/null
[ "$(as_cashier pos-app --version)" = "pos-app $VERSION~previous" ] || fail "previous version not installed"

step "upgrade over a register with settings, a keyring entry and an unfinished sale"
# One private D-Bus session with GNOME Keyring for the whole upgrade; the keyring file is in
# the cashier's HOME, as on a real register.
cat >"$T/upgrade.sh" <<'SCRIPT'
set -euo pipefail
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
as_cashier "$PY" scripts/installer_fixture.py
settings=$U/.config/CounterPOS/settings.json
before=$(sha256sum <"$settings")
echo "-- doctor of the previous version"
as_cashier pos-app doctor | tee "$T/doctor-before"
grep -q "1 unfinished sale" "$T/doctor-before" || { echo "no unfinished sale before the upgrade" >&2; exit 1; }
echo "-- dpkg -i $(basename "$DEB")"
dpkg -i "$DEB" >/dev/null
[ "$(as_cashier pos-app --version)" = "pos-app $VERSION" ] || { echo "upgrade did not install $VERSION" >&2; exit 1; }
[ "$(sha256sum <"$settings")" = "$before" ] || { echo "the upgrade changed the settings" >&2; exit 1; }
echo "-- doctor of the upgraded version"
as_cashier pos-app doctor --require-secure-keyring | tee "$T/doctor-after"
grep -q "secure; holds pakms_key" "$T/doctor-after" || { echo "the keyring entry is gone" >&2; exit 1; }
grep -q "1 unfinished sale" "$T/doctor-after" || { echo "the journal lost the sale" >&2; exit 1; }
echo "-- start the upgraded app once (offscreen): it recovers the sale"
as_cashier COUNTER_POS_QUIT_WHEN_SHOWN=1 timeout 120 pos-app | tr '\n' ' '; echo
grep -h "recovery: sale #1" "$U"/.local/state/CounterPOS/log/counter-pos.log* \
  || { echo "no recovery in the log" >&2; exit 1; }
as_cashier pos-app doctor --require-secure-keyring | tee "$T/doctor-recovered"
grep -q "no unfinished sale" "$T/doctor-recovered" || { echo "the sale is still unfinished" >&2; exit 1; }
SCRIPT
export PY T U DEB VERSION
as_cashier timeout 600 dbus-run-session -- env PY="$PY" T="$T" U="$U" DEB="$DEB" VERSION="$VERSION" \
  PATH="$SYSTEM_PATH" SYSTEM_PATH="$SYSTEM_PATH" bash -c "$(declare -f as_cashier); source '$T/upgrade.sh'" \
  || fail "upgrade"

step "installed copy: selftest and sandbox serve"
as_cashier timeout 120 pos-app selftest | tail -1 | grep -qx "selftest: OK" || fail "selftest"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_cashier pos-app sandbox serve --port "$PORT" >"$T/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 100); do grep -q listening "$T/sandbox.log" && break; sleep 0.1; done
answer=$(curl -s -X POST "http://127.0.0.1:$PORT/v1/activate" -H 'authorization: Bearer sandbox-token' \
  -H 'content-type: application/json' -d '{"promotion_code": "67062"}' || true)
# The server runs as a child of the background shell that as_cashier runs in: stop it, then the shell.
pkill -TERM -P "$SANDBOX_PID" || true
kill "$SANDBOX_PID" 2>/dev/null || true
wait "$SANDBOX_PID" || true
grep -q '"status": *"success"\|"status":"success"\|amount' <<<"$answer" || fail "sandbox serve answered: $answer"
echo "sandbox serve: activated a virtual card"

step "remove the .deb and check every file is gone"
dpkg -L counter-pos >"$T/installed-paths"
echo "the package installed $(wc -l <"$T/installed-paths") paths"
dpkg --purge counter-pos >/dev/null
check_nothing_left "$T/installed-paths" || fail "the .deb left files behind"
[ -d "$U/.local/share/CounterPOS" ] || fail "removing the package removed the cashier's data"
echo "removed; nothing left in /opt or /usr; the cashier's data stays"

step "the .run installer: install, run, uninstall"
sh "$RUN" --quiet --nox11 | tail -2
[ "$(as_cashier pos-app --version)" = "pos-app $VERSION" ] || fail ".run install"
as_cashier timeout 120 pos-app selftest | tail -1 | grep -qx "selftest: OK" || fail ".run selftest"
{ cat /opt/counter-pos/.install-manifest /opt/counter-pos/.created-dirs; find /opt/counter-pos; } >"$T/run-paths"
echo "the .run installed $(wc -l <"$T/run-paths") paths (created folders: $(wc -l </opt/counter-pos/.created-dirs))"
/opt/counter-pos/uninstall.sh
: >"$T/existed-before"  # nothing of the .run's may stay, not even a folder it made
check_nothing_left "$T/run-paths" || fail "the .run uninstaller left files behind"
echo "the .run installed and uninstalled cleanly"
