#!/bin/sh
# Add Exchange Explorer from this unpacked folder to your applications menu (no root needed).
# Run it again after moving the folder; remove ~/.local/share/applications/exchange-explorer.desktop
# to take the entry away. Your notes and bookmarks are elsewhere and are never touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$APPS"
sed -e "s|^Exec=.*|Exec=\"$HERE/exchange-explorer\"|" \
    -e "s|^TryExec=.*|TryExec=$HERE/exchange-explorer|" \
    -e "s|^Icon=.*|Icon=$HERE/exchange-explorer.png|" \
    "$HERE/exchange-explorer.desktop" > "$APPS/exchange-explorer.desktop"
chmod 644 "$APPS/exchange-explorer.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
echo "Exchange Explorer added to the applications menu ($APPS/exchange-explorer.desktop)"
