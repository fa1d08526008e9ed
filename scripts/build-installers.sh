#!/usr/bin/env bash
# Builds the standalone installers into dist/: the frozen one-folder app (PyInstaller, from
# packaging/pos-app.spec), a Debian package and a self-extracting .run installer (makeself).
# Fails if the frozen app does not start, misses a library, or finds no secure keyring under a
# real Secret Service. Linux only (Windows and macOS: see packaging/README.md).
#
#   scripts/build-installers.sh [--version V] [--out DIR] [--deb-only]
#
# --version V builds the same source reporting version V (a copy of the tree with V written
# into pos_app/__init__.py): the installer test uses it for an older version to upgrade from.
# Needs: the project's .venv with the [build] extra, binutils (strip, objdump), dpkg-deb,
# makeself, dbus-run-session and gnome-keyring-daemon.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
OUT=$ROOT/dist
VERSION=""
DEB_ONLY=0
while [ $# -gt 0 ]; do
  case $1 in
    --version) VERSION=$2; shift 2 ;;
    --out) OUT=$(realpath -m "$2"); shift 2 ;;
    --deb-only) DEB_ONLY=1; shift ;;
    *) echo "build-installers.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
# Chosen by measurement (packaging/README.md): zstd -19 is within 3 MB of xz -6 and unpacks
# several times faster at install; xz -9 saved 1 MB more for over twice the build time.
DEB_COMPRESS=${DEB_COMPRESS:-zstd}
DEB_LEVEL=${DEB_LEVEL:-19}
RUN_LEVEL=${RUN_LEVEL:-19}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

for tool in strip objdump readelf dpkg-deb dpkg makeself dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "build-installers.sh: $tool is missing" >&2; exit 1; }
done
"$PY" -c 'import PyInstaller' 2>/dev/null \
  || { echo "build-installers.sh: PyInstaller is missing: pip install -e '.[build]'" >&2; exit 1; }

WORK=$(mktemp -d /tmp/pos-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
step() { echo "== $*"; }
seconds() { echo $(( $(date +%s%N) / 1000000 )); }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

SRC=$ROOT
if [ -n "$VERSION" ]; then
  SRC=$WORK/src
  mkdir -p "$SRC"
  cp -r "$ROOT/pos_app" "$ROOT/packaging" "$ROOT/resources" "$SRC/"
  sed -i "s/^__version__ = .*/__version__ = \"$VERSION\"/" "$SRC/pos_app/__init__.py"
fi
VERSION=$(cd "$SRC" && "$PY" -c 'import pos_app; print(pos_app.__version__)')
ARCH=$(dpkg --print-architecture)
mkdir -p "$OUT"

step "translations (compiled from resources/translations/*.ts)"
# The spec bundles build/translations/*.qm as the frozen app's translations/ folder.
"$PY" "$ROOT/scripts/translations.py" compile "$SRC/build/translations"

step "pyinstaller (pos-app $VERSION)"
t=$(seconds)
# -B keeps the copy of the tree (or the repository) free of __pycache__ folders.
(cd "$SRC" && "$PY" -B -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" packaging/pos-app.spec)
BUNDLE=$WORK/dist/pos-app
INTERNAL=$BUNDLE/_internal
echo "pyinstaller: $(( ($(seconds) - t) / 1000 )) s, $(mb "$(du -sb "$BUNDLE" | cut -f1)") MB"

step "strip the shared libraries"
# --strip-unneeded keeps every symbol another library or Python may look up (.dynsym); only
# debug information and local symbols go. The executable itself is left alone: PyInstaller's
# bootloader finds its archive at the end of the file.
before=$(du -sb "$BUNDLE" | cut -f1)
while IFS= read -r -d '' lib; do
  if [ "$(head -c4 "$lib" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]; then
    strip --strip-unneeded "$lib"
  fi
done < <(find "$INTERNAL" -type f -name '*.so*' -print0)
after=$(du -sb "$BUNDLE" | cut -f1)
echo "strip: $(mb "$before") MB -> $(mb "$after") MB"

step "check every library resolves (bundle first, then the system)"
LIBDIRS=$INTERNAL:$INTERNAL/PySide6/Qt/lib
: >"$WORK/system-libs"
: >"$WORK/needed"
missing=0
while IFS= read -r -d '' elf; do
  [ "$(head -c4 "$elf" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] || continue
  while IFS= read -r line; do
    case $line in
      *"not found"*) echo "missing for ${elf#"$BUNDLE"/}: $line" >&2; missing=1 ;;
      *"=> /"*) path=${line#*=> }; path=${path%% (*}
        case $path in "$BUNDLE"/*) ;; *) echo "${line%% =>*} $path" >>"$WORK/system-libs" ;; esac ;;
    esac
  done < <(LD_LIBRARY_PATH=$LIBDIRS ldd "$elf" 2>/dev/null || true)
  readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >>"$WORK/needed"
done < <(find "$BUNDLE" -type f \( -name '*.so*' -o -name pos-app \) -print0)
if [ -n "$(find "$BUNDLE" -xtype l)" ]; then
  echo "dangling links: $(find "$BUNDLE" -xtype l)" >&2; missing=1
fi
[ "$missing" = 0 ] || { echo "build-installers.sh: the bundle misses libraries" >&2; exit 1; }

# Depends: the Debian package of each system library the bundle links directly (what those
# need in turn, their own packages depend on), libc at the newest symbol version the bundle
# uses, and a font. The Secret Service is only recommended: training mode needs none.
glibc=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name pos-app \) -exec objdump -T {} + \
  2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
packages=$(sort -u "$WORK/system-libs" | while read -r name lib; do
  grep -qxF "$(echo "$name" | tr -d '[:space:]')" "$WORK/needed" || continue
  dpkg -S "$lib" 2>/dev/null || dpkg -S "$(realpath "$lib")" 2>/dev/null \
    || { echo "no package owns $lib" >&2; exit 1; }
done | cut -d: -f1 | sort -u | grep -v '^libc6$')
DEPENDS="libc6 (>= $glibc), $(echo "$packages" | paste -sd, | sed 's/,/, /g'), fonts-dejavu-core"
echo "Depends: $DEPENDS"

step "frozen smoke test (offscreen)"
for qm in counter_pos_fr_CA.qm qtbase_fr.qm; do
  [ -s "$INTERNAL/translations/$qm" ] || { echo "the bundle has no translations/$qm" >&2; exit 1; }
done
FROZEN_HOME=$WORK/home
mkdir -p -m700 "$FROZEN_HOME/run"
frozen() {
  env -i PATH=/usr/bin:/bin HOME="$FROZEN_HOME" XDG_RUNTIME_DIR="$FROZEN_HOME/run" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
got=$(frozen "$BUNDLE/pos-app" --version)
[ "$got" = "pos-app $VERSION" ] || { echo "frozen --version says '$got'" >&2; exit 1; }
frozen timeout 120 "$BUNDLE/pos-app" selftest | tail -1
shown=$(frozen COUNTER_POS_QUIT_WHEN_SHOWN=1 timeout 120 "$BUNDLE/pos-app")
grep -q '^ready ' <<<"$shown" || { echo "frozen app never got ready: $shown" >&2; exit 1; }
echo "window: $(tr '\n' ' ' <<<"$shown")"
# The doctor lays out an ESC/POS check page with a logo: python-escpos and Pillow, loaded
# only when a receipt prints, must work in the bundle.
mkdir -p "$FROZEN_HOME/.config/CounterPOS"
printf '{"receipt_logo": "%s"}\n' "$INTERNAL/resources/counter-pos.png" \
  >"$FROZEN_HOME/.config/CounterPOS/settings.json"
# The frozen doctor under a real Secret Service (GNOME Keyring on a private D-Bus): the build
# fails unless it finds a secure keyring there.
frozen timeout 120 dbus-run-session -- sh -c \
  'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
   "$0" doctor --require-secure-keyring' "$BUNDLE/pos-app" | tee "$WORK/doctor.txt" \
  || { echo "build-installers.sh: the frozen doctor failed under a real Secret Service" >&2; exit 1; }
grep -q '^ok    escpos .*logo' "$WORK/doctor.txt" \
  || { echo "build-installers.sh: the frozen app cannot lay out ESC/POS receipts" >&2; exit 1; }

step "debian package"
t=$(seconds)
DEB_ROOT=$WORK/deb
PKG=counter-pos
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
  "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps" \
  "$DEB_ROOT/usr/share/doc/$PKG"
cp -a "$BUNDLE" "$DEB_ROOT/opt/counter-pos"
ln -s /opt/counter-pos/pos-app "$DEB_ROOT/usr/bin/pos-app"
install -m644 "$SRC/resources/counter-pos.desktop" "$DEB_ROOT/usr/share/applications/counter-pos.desktop"
install -m644 "$SRC/resources/counter-pos.png" \
  "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps/counter-pos.png"
install -m644 packaging/linux/copyright "$DEB_ROOT/usr/share/doc/$PKG/copyright"
chmod -R u+rwX,go+rX,go-w "$DEB_ROOT"
installed_kb=$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  -e "s/@DEPENDS@/$DEPENDS/" packaging/linux/control.in >"$DEB_ROOT/DEBIAN/control"
DEB=$OUT/${PKG}_${VERSION}_${ARCH}.deb
dpkg-deb "-Z$DEB_COMPRESS" "-z$DEB_LEVEL" --threads-max="$(nproc)" --root-owner-group --build "$DEB_ROOT" "$DEB" >/dev/null
deb_s=$(( ($(seconds) - t) / 1000 ))
echo "built $DEB: $(mb "$(stat -c %s "$DEB")") MB in ${deb_s} s ($DEB_COMPRESS -$DEB_LEVEL), installed $(mb $((installed_kb * 1024))) MB"
[ "$DEB_ONLY" = 0 ] || exit 0

step "self-extracting .run installer"
t=$(seconds)
RUN_ROOT=$WORK/run
mkdir -p "$RUN_ROOT"
cp -a "$BUNDLE" "$RUN_ROOT/pos-app"
cp packaging/linux/run-install.sh packaging/linux/run-uninstall.sh "$RUN_ROOT/"
cp "$SRC/resources/counter-pos.desktop" "$SRC/resources/counter-pos.png" "$RUN_ROOT/"
echo "$VERSION" >"$RUN_ROOT/VERSION"
RUN=$OUT/${PKG}_${VERSION}_${ARCH}.run
makeself --zstd --complevel "$RUN_LEVEL" --threads "$(nproc)" --nox11 --noprogress --tar-quietly --sha256 "$RUN_ROOT" "$RUN" \
  "Counter POS $VERSION" ./run-install.sh >/dev/null
run_s=$(( ($(seconds) - t) / 1000 ))

echo "built $RUN: $(mb "$(stat -c %s "$RUN")") MB in ${run_s} s"
