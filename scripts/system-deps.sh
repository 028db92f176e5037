#!/bin/sh
# Install (as root, with apt-get) or name the system packages Qt needs on Debian/Ubuntu.
# Usage: scripts/system-deps.sh [run|test]   ("test" adds xvfb and the CJK fonts)
set -eu
RUNTIME="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-util1 libxcb-randr0 libxcb-xinerama0 \
libxcb-xfixes0 libxrender1 libxi6 fonts-dejavu-core fonts-noto-core fonts-noto-cjk"
# postgresql: the tests start a real server (Debian 12: unaccent and pg_trgm are in postgresql-15).
EXTRA_TEST="xvfb postgresql postgresql-contrib"
# accessibility: a D-Bus session, the AT-SPI bus and registry, pyatspi for scripts/a11y_walk.py
EXTRA_TEST="$EXTRA_TEST dbus dbus-x11 at-spi2-core python3-pyatspi"
want="$RUNTIME"
[ "${1:-run}" = "test" ] && want="$RUNTIME $EXTRA_TEST"

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt 6's xcb/EGL libraries and fonts are installed." >&2
  exit 0
fi
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Missing system packages. Run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
