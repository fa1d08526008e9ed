#!/usr/bin/env bash
# Screenshot of the installed copy (/usr/bin/pos-app from the .deb or .run) under Xvfb: a first
# start, two items rung up, grabbed with ImageMagick's `import` (no Python or Qt of the source
# tree involved). Needs Xvfb, xdotool and imagemagick.
#   packaging/linux/screenshot-installed.sh OUT.png [DISPLAY_NUMBER]
set -euo pipefail
OUT=$(realpath -m "$1")
export DISPLAY=:${2:-95} QT_QPA_PLATFORM=xcb LANG=C.UTF-8
T=$(mktemp -d)
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
sleep 1
env -i PATH=/usr/local/bin:/usr/bin:/bin DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
  HOME="$T" pos-app >"$T/app.log" 2>&1 &
APP=$!
WIN=$(timeout 60 xdotool search --sync --name "Counter POS" | head -1)
sleep 3  # the frame shows first; the screens follow
xdotool windowfocus --sync "$WIN"
for item in "Coffee beans 1 kg:18" "Café crème mug:12.50"; do
  xdotool key shift+Tab; xdotool type --delay 40 "${item%%:*}"; xdotool key Tab
  xdotool type --delay 40 "${item#*:}"; xdotool key Return; sleep 0.5
done
import -window root "$OUT"
echo "screenshot of $(pos-app --version) in $OUT"
