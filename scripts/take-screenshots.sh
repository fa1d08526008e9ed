#!/usr/bin/env bash
# The README's screenshots, from the real `pos-app` under Xvfb, driven with xdotool the way a
# cashier would: sign-in, the shift opened, keyed items, Pay, a gift card swiped as a reader
# types it, the gift card desk, a cash drop, the blind close, the Z report.
# Needs: the app installed (scripts/install.sh) plus Xvfb and xdotool (installed here as root).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  EXTRA_APT_PACKAGES="xvfb xdotool" bash scripts/install.sh
fi
OUT=${1:-docs/screenshots}
mkdir -p "$OUT"
HOME_DIR=$(mktemp -d)  # a first start: training mode, nothing in the journal
export DISPLAY=:${SCREENSHOT_DISPLAY:-87} QT_QPA_PLATFORM=xcb
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
sleep 1
HOME=$HOME_DIR XDG_DATA_HOME=$HOME_DIR/data XDG_CONFIG_HOME=$HOME_DIR/config \
  XDG_STATE_HOME=$HOME_DIR/state XDG_CACHE_HOME=$HOME_DIR/cache .venv/bin/pos-app &
APP=$!
WIN=$(xdotool search --sync --name "Counter POS" | head -1)
sleep 3  # the frame shows first; the screens follow
xdotool windowfocus --sync "$WIN"
grab() { .venv/bin/python - "$1" <<'PY'
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.primaryScreen().grabWindow(0).save(sys.argv[1])
PY
}
grab "$OUT/sign-in.png"
# Training's demo cashier (first on the list; PINs in the README), then the $100.00 float.
xdotool key Down; xdotool type --delay 40 864208; xdotool key Return; sleep 1.5
xdotool type --delay 40 100; xdotool key Return; sleep 0.5
xdotool key F1; sleep 0.8
item() {  # description, amount: Shift+Tab reaches the description field from the amount
  xdotool key shift+Tab; xdotool type --delay 40 "$1"; xdotool key Tab
  xdotool type --delay 40 "$2"; xdotool key Return; sleep 0.4
}
item "Coffee beans 1 kg" 18
item "Travel mug" 22
item "Rain jacket" 22.50
grab "$OUT/sale.png"
xdotool key F5; sleep 0.5
# A magstripe reader: the whole track in a burst, then Enter (gift card 600123, $25.00).
xdotool type --delay 4 ";600123?"; xdotool key --delay 4 Return; sleep 2
grab "$OUT/tender-split.png"
xdotool key F8; sleep 0.5; xdotool type --delay 40 40; xdotool key Return; sleep 1.5  # cash
xdotool key F3; sleep 0.5
xdotool type --delay 4 ";7777190000000000019?"; xdotool key --delay 4 Return; sleep 0.5
xdotool type --delay 40 191919; xdotool key F6; sleep 2
grab "$OUT/gift-card-desk.png"
xdotool key ctrl+F1; sleep 0.8  # the shift: a $20.00 drop, then the blind count ($2.00 short)
xdotool type --delay 40 20; xdotool key Tab; xdotool type --delay 40 "to the safe"
xdotool key F6; sleep 0.5
xdotool key F10; sleep 0.3; xdotool type --delay 40 115.50  # $117.50 expected
grab "$OUT/shift-close-count.png"
# A cashier may not close the shift: the demo manager (first approver) types their PIN.
xdotool key Return; sleep 0.8; xdotool type --delay 40 135797; xdotool key Return; sleep 1.5
grab "$OUT/shift-closed.png"
xdotool key F12; sleep 0.8; xdotool key F6; sleep 0.8  # Z report: the manager approves again
xdotool type --delay 40 135797; xdotool key Return; sleep 2
grab "$OUT/z-report.png"
echo "screenshots in $OUT"
