#!/bin/sh
# Removes a Counter POS installed by the .run installer: the files listed in its manifest,
# then its folder. Each user's settings, journal, logs and keyring entries stay.
set -eu
PREFIX=$(cd "$(dirname "$0")" && pwd)
QUIET=${1:-}
[ -f "$PREFIX/.install-manifest" ] || { echo "uninstall: $PREFIX has no install manifest" >&2; exit 1; }
while IFS= read -r path; do
  [ -n "$path" ] || continue
  # Only what is still ours: the command link must point into this installation.
  if [ -L "$path" ]; then
    case $(readlink "$path") in "$PREFIX"/*) rm -f "$path" ;; esac
  elif [ -f "$path" ]; then
    rm -f "$path"
  fi
done <"$PREFIX/.install-manifest"
case $PREFIX in
  /|/usr|/usr/*|/opt|"$HOME") echo "uninstall: refusing to remove $PREFIX" >&2; exit 1 ;;
esac
created=$(cat "$PREFIX/.created-dirs" 2>/dev/null || true)
rm -rf "$PREFIX"
# The folders the installer made, deepest first, if nothing else has been put in them.
printf '%s\n' "$created" | while IFS= read -r dir; do
  [ -n "$dir" ] && rmdir "$dir" 2>/dev/null || true
done
[ "$QUIET" = --quiet ] || echo "Counter POS removed from $PREFIX (your settings, journal and logs are kept)."
