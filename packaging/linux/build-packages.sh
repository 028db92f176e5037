#!/bin/sh
# Turn the PyInstaller bundle into the two Linux downloads:
#   dist/exchange-explorer-VERSION-linux-x86_64.tar.gz   unpack anywhere and run
#   dist/exchange-explorer_VERSION_amd64.deb              double-click or `apt install ./...`
#
# Usage: packaging/linux/build-packages.sh VERSION BUNDLE_DIR ICON_DIR TEXT_DIR OUT_DIR
#   BUNDLE_DIR  dist/exchange-explorer (from pyinstaller packaging/exchange-explorer.spec)
#   ICON_DIR    build/packaging/icons  (from packaging/scripts/render_icons.py)
#   TEXT_DIR    build/packaging/texts  (from packaging/scripts/package_texts.py)
# Environment: DEB_MAINTAINER overrides the Maintainer field.
set -eu

VERSION=$1 BUNDLE=$2 ICONS=$3 TEXTS=$4 OUT=$5
APP=exchange-explorer
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/$APP-pkg.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# .invalid is the reserved placeholder domain: set DEB_MAINTAINER for a public release.
MAINTAINER=${DEB_MAINTAINER:-Exchange Explorer contributors <maintainers@exchange-explorer.invalid>}

# --- .tar.gz: the bundle with its desktop entry, icon and texts at the top -----------------
TOP="$APP-$VERSION-linux-x86_64"
mkdir -p "$WORK/tar/$TOP"
cp -a "$BUNDLE/." "$WORK/tar/$TOP/"
cp "$HERE/$APP.desktop" "$ICONS/hicolor/256x256/apps/$APP.png" "$WORK/tar/$TOP/"
cp "$TEXTS"/*.txt "$WORK/tar/$TOP/"
cp "$HERE/install-desktop-entry.sh" "$WORK/tar/$TOP/"
chmod 755 "$WORK/tar/$TOP/install-desktop-entry.sh"
# Reproducible-ish: fixed owner and sorted names, so two builds of one commit compare.
tar -C "$WORK/tar" --owner=0 --group=0 --numeric-owner --sort=name \
    -czf "$OUT/$TOP.tar.gz" "$TOP"
echo "wrote $OUT/$TOP.tar.gz"

# --- .deb -----------------------------------------------------------------------------------
ROOTFS="$WORK/deb"
mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt/$APP" "$ROOTFS/usr/bin" \
    "$ROOTFS/usr/share/applications" "$ROOTFS/usr/share/doc/$APP"
cp -a "$BUNDLE/." "$ROOTFS/opt/$APP/"
# A symlink, not a copy: the PyInstaller bootloader finds its _internal folder through
# /proc/self/exe, which resolves the link to /opt/exchange-explorer.
ln -s "/opt/$APP/$APP" "$ROOTFS/usr/bin/$APP"
cp "$HERE/$APP.desktop" "$ROOTFS/usr/share/applications/"
mkdir -p "$ROOTFS/usr/share/icons"
cp -a "$ICONS/hicolor" "$ROOTFS/usr/share/icons/"
cp "$TEXTS/README.txt" "$TEXTS/DATA-SOURCES.txt" "$TEXTS/THIRD-PARTY.txt" \
    "$ROOTFS/usr/share/doc/$APP/"
{
    echo "Exchange Explorer"
    echo "Publisher: Exchange Explorer contributors"
    echo
    echo "The program is under the MIT licence:"
    echo
    cat "$TEXTS/LICENSE.txt"
    echo
    echo "------------------------------------------------------------------------------"
    cat "$TEXTS/DATA-SOURCES.txt"
    echo
    echo "------------------------------------------------------------------------------"
    cat "$TEXTS/THIRD-PARTY.txt"
} > "$ROOTFS/usr/share/doc/$APP/copyright"
find "$ROOTFS" -type d -exec chmod 755 {} +
chmod -R u+rw,go+r,go-w "$ROOTFS/opt" "$ROOTFS/usr"

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOTFS" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$INSTALLED_KB/" \
    -e "s|@MAINTAINER@|$MAINTAINER|" "$HERE/control.in" > "$ROOTFS/DEBIAN/control"

DEB="$OUT/${APP}_${VERSION}_amd64.deb"
# xz keeps the download small (about 96 MB against 154 MB for gzip) but takes minutes;
# DEB_COMPRESS="-Zzstd -z3" builds fast for local tries. --root-owner-group: no fakeroot.
dpkg-deb --root-owner-group ${DEB_COMPRESS:--Zxz} --build "$ROOTFS" "$DEB" >/dev/null
echo "wrote $DEB"
