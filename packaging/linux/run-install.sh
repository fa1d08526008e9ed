#!/bin/sh
# Installs Counter POS from the unpacked .run installer (makeself runs this in its folder).
# As root: the app in /opt/counter-pos, `pos-app` in /usr/local/bin, the menu entry and icon
# in /usr/local/share. As a user: the same under ~/.local. The uninstaller goes next to the
# app and removes exactly what this put in place; user data (settings, journal, logs,
# keyring entries) is in each user's home folder and is never touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$HERE/VERSION")
if [ "$(id -u)" = 0 ]; then
  PREFIX=${COUNTER_POS_PREFIX:-/opt/counter-pos}
  BIN=/usr/local/bin
  SHARE=/usr/local/share
else
  PREFIX=${COUNTER_POS_PREFIX:-$HOME/.local/opt/counter-pos}
  BIN=$HOME/.local/bin
  SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi
fail() { echo "Counter POS installer: $*" >&2; exit 1; }

if command -v dpkg-query >/dev/null 2>&1 \
   && dpkg-query -W -f '${Status}' counter-pos 2>/dev/null | grep -q 'ok installed'; then
  fail "the counter-pos Debian package is installed; upgrade it with its .deb instead"
fi
if [ -e "$PREFIX" ] && [ ! -f "$PREFIX/.install-manifest" ]; then
  fail "$PREFIX exists and was not installed by this installer; not touching it"
fi

# The system libraries the bundle needs (X11/xcb, fontconfig, GLib, D-Bus, CUPS, libGL…)
# must be there before anything is copied, or the app would not start.
missing=$(cd "$HERE/pos-app" && find . -type f \( -name '*.so*' -o -name pos-app \) \
  -exec sh -c 'LD_LIBRARY_PATH=_internal:_internal/PySide6/Qt/lib ldd "$1" 2>/dev/null' _ {} \; \
  | grep 'not found' | awk '{print $1}' | sort -u | tr '\n' ' ')
[ -z "$missing" ] || fail "this computer lacks libraries the app needs: $missing(install them with the system's package manager, then run this again)"

if [ -f "$PREFIX/uninstall.sh" ]; then
  echo "Replacing the Counter POS installed in $PREFIX ($(cat "$PREFIX/VERSION" 2>/dev/null || echo '?'))"
  sh "$PREFIX/uninstall.sh" --quiet
fi

# Folders this makes are listed, so the uninstaller removes them again (if still empty).
: >"$HERE/created-dirs"
for dir in "$(dirname "$PREFIX")" "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/256x256/apps"; do
  new=""
  while [ ! -e "$dir" ]; do new="$dir
$new"; dir=$(dirname "$dir"); done
  printf '%s' "$new" >>"$HERE/created-dirs"
done
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/256x256/apps"
cp -a "$HERE/pos-app" "$PREFIX"
cp "$HERE/VERSION" "$PREFIX/VERSION"
grep -v '^$' "$HERE/created-dirs" | sort -r >"$PREFIX/.created-dirs" || true
cp "$HERE/run-uninstall.sh" "$PREFIX/uninstall.sh"
chmod 755 "$PREFIX/uninstall.sh"
ln -sf "$PREFIX/pos-app" "$BIN/pos-app"
sed "s|^Exec=.*|Exec=$PREFIX/pos-app|; s|^TryExec=.*|TryExec=$PREFIX/pos-app|" \
  "$HERE/counter-pos.desktop" >"$SHARE/applications/counter-pos.desktop"
cp "$HERE/counter-pos.png" "$SHARE/icons/hicolor/256x256/apps/counter-pos.png"
chmod -R u+rwX,go+rX,go-w "$PREFIX"
cat >"$PREFIX/.install-manifest" <<MANIFEST
$BIN/pos-app
$SHARE/applications/counter-pos.desktop
$SHARE/icons/hicolor/256x256/apps/counter-pos.png
MANIFEST
echo "Installed Counter POS $VERSION in $PREFIX (command: $BIN/pos-app)."
echo "Remove it with: $PREFIX/uninstall.sh"
