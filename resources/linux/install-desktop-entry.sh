#!/bin/sh
# Add Ecomap Desktop to this user's Linux desktop: the applications menu entry, the icon, and the
# .ecomap file type (double-click a map to open it). Nothing outside your home folder is changed.
#
#   sh install-desktop-entry.sh [PROGRAM]      # PROGRAM: the ecomap program (default: found for you)
#   sh install-desktop-entry.sh --uninstall
#
# In the installed app this script is in ecomap/_internal/ecomap_desktop/_resources/linux/ and finds
# ecomap/ecomap by itself. From a source checkout: `make install-desktop`.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
resources=$(dirname "$here")
data=${XDG_DATA_HOME:-$HOME/.local/share}
name=ecomap-desktop
sizes="16 24 32 48 64 128 256"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$name.desktop" "$data/mime/packages/$name.xml" \
          "$data/icons/hicolor/scalable/apps/$name.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$name.png"; done
    refresh
    echo "Ecomap Desktop was removed from the applications menu."
    exit 0
fi

program=${1:-}
if [ -z "$program" ]; then
    bundled=$(cd "$here/../../../.." 2>/dev/null && pwd)/ecomap
    if [ -x "$bundled" ] && [ -f "$bundled" ]; then
        program=$bundled
    elif command -v ecomap >/dev/null 2>&1; then
        program=$(command -v ecomap)
    else
        echo "Cannot find the ecomap program; give its path: sh $0 /path/to/ecomap" >&2
        exit 2
    fi
fi
case "$program" in /*) ;; *) program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program") ;; esac
if [ ! -x "$program" ]; then
    echo "$program is not a program that can be run." >&2
    exit 2
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
# The menu entry, with Exec and TryExec naming this program (quoted, as the desktop-entry spec asks).
grep -v -e '^Exec=' -e '^TryExec=' "$here/$name.desktop" > "$data/applications/$name.desktop"
printf 'Exec="%s" %%f\nTryExec=%s\n' "$program" "$program" >> "$data/applications/$name.desktop"
cp "$here/$name-mime.xml" "$data/mime/packages/$name.xml"
cp "$resources/icons/$name.svg" "$data/icons/hicolor/scalable/apps/$name.svg"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/$name-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$name.png"
done
refresh
echo "Ecomap Desktop is in the applications menu, and .ecomap maps open with it."
