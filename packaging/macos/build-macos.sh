#!/usr/bin/env bash
# Builds "Counter POS.app" and a .dmg on macOS 11 or newer from packaging/pos-app.spec, checks
# the frozen app (selftest; doctor must find the Keychain secure), and signs and notarizes it
# when the signing variables are set. Run from the repository root with Python 3.11
# (python.org installer) and the Xcode command line tools (iconutil, sips, hdiutil, codesign):
#   packaging/macos/build-macos.sh
# Optional: CODESIGN_IDENTITY="Developer ID Application: …" and NOTARY_PROFILE (a profile
# stored with `xcrun notarytool store-credentials`).
set -euo pipefail
[ "$(uname)" = Darwin ] || { echo "build-macos.sh: run this on macOS" >&2; exit 1; }
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3.11 -m venv .venv
.venv/bin/python -m pip install -q -e ".[build]"
VERSION=$(.venv/bin/python -c 'import pos_app; print(pos_app.__version__)')

# The .icns the spec names, made from the checked-in 256 px PNG.
ICONSET=$(mktemp -d)/counter-pos.iconset
mkdir -p "$ICONSET"
for size in 16 32 64 128 256; do
  sips -z "$size" "$size" resources/counter-pos.png --out "$ICONSET/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o resources/counter-pos.icns

.venv/bin/python -m PyInstaller --noconfirm --clean packaging/pos-app.spec
APP="dist/Counter POS.app"
CLI="$APP/Contents/MacOS/pos-app"
[ "$("$CLI" --version)" = "pos-app $VERSION" ] || { echo "wrong version in the bundle" >&2; exit 1; }
"$CLI" selftest | tail -1
# keyring's macOS backend (the login Keychain) must be found and secure in the frozen app.
"$CLI" doctor --require-secure-keyring

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/counter-pos-$VERSION.dmg"
hdiutil create -volname "Counter POS $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "built $DMG"
