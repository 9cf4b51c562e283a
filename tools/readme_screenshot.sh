#!/usr/bin/env bash
# Take docs/screenshot.png for the README: the real window (its first-time size, 1280x800) on a
# private Xvfb screen of that size, with the Rivera family example, grabbed with xwd, made small.
#
#   tools/readme_screenshot.sh [PROGRAM]      # default: .venv/bin/ecomap
#
# Needs Xvfb, xwd and ImageMagick's convert. Settings go to a throwaway home, so the window has its
# first-time layout.
set -euo pipefail
cd "$(dirname "$0")/.."
PROGRAM=${1:-.venv/bin/ecomap}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecomap-shot.XXXXXX")
cp examples/01-rivera-family.ecomap "$WORK/"
exec 3> "$WORK/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
XVFB=$!
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2> /dev/null || true; kill "$XVFB" 2> /dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$WORK/display")"
HOME="$WORK" XDG_CONFIG_HOME="$WORK/.config" XDG_DATA_HOME="$WORK/.local" QT_QPA_PLATFORM=xcb \
    "$PROGRAM" "$WORK/01-rivera-family.ecomap" > /dev/null 2>&1 &
APP=$!
sleep "${SETTLE_SECONDS:-6}"
# The window opens inside the screen with a margin on its first start: cut the empty (black) screen
# around it away (a black border first, so the trim starts from black corners).
xwd -root -silent | convert xwd:- -bordercolor black -border 1 -trim +repage -strip -colors 256 \
    PNG8:docs/screenshot.png
echo "docs/screenshot.png: $(stat -c %s docs/screenshot.png) bytes"
