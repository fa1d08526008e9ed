#!/usr/bin/env bash
# Installs what Counter POS needs on a fresh Debian machine: apt packages (as root), then a
# virtual environment in .venv with the package and the given extras. Sourced by run-*.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1

APT_PACKAGES=(
  # Qt's runtime libraries (offscreen and xcb) and a font
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core
  dbus
  ${EXTRA_APT_PACKAGES:-}
)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
else
  echo "install.sh: not root (or no apt-get); assuming these are installed: ${APT_PACKAGES[*]}" >&2
fi

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "install.sh: Python 3.11 or newer is needed ($PYTHON is older)" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${PIP_EXTRAS:-}"
# The screens' French (and any other catalogue): resources/translations/*.ts -> build/translations
.venv/bin/python scripts/translations.py compile build/translations
