#!/usr/bin/env bash
# Build the one-folder app (build_installer.spec) and check the built program works on its own:
#   --version, validate (good and bad maps), export an example to PDF and PNG and check the files,
#   the bundled resources, and (Linux) that every library the folder needs is in it or in the system.
# Then report the folder's size and the program's start-up time to its first window (under Xvfb).
#
#   make test-installer            # or: PYTHON=.venv/bin/python tools/test_installer.sh [--no-build]
#
# The built program runs with an empty environment (no PYTHONPATH, no venv on PATH, a throwaway
# HOME), the way it runs on a laptop that has no Python. Needs pdfinfo, pdffonts and pdftotext
# (poppler-utils); timing the first window needs Xvfb and xwininfo.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-.venv/bin/python}
APP_DIR=$ROOT/dist/ecomap
APP=$APP_DIR/ecomap
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecomap-installer-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

if [ "${1:-}" != "--no-build" ]; then
    step "building with PyInstaller"
    start=$(date +%s)
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build_installer.spec
    echo "built in $(( $(date +%s) - start )) s"
fi
[ -x "$APP" ] || fail "$APP was not built"

# The built program, alone: no Python from this machine, settings in a throwaway home.
run() {
    env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$APP" "$@"
}
mkdir -p "$WORK/home"

step "--version"
expected="Ecomap Desktop $("$PYTHON" -c 'import ecomap_desktop; print(ecomap_desktop.__version__)')"
got=$(run --version)
[ "$got" = "$expected" ] || fail "--version printed '$got', expected '$expected'"
echo "$got"

step "validate"
run validate "$ROOT"/examples/*.ecomap || fail "validate rejected the examples"
printf '{"format": "ecomap", "version": 1, "nodes": [' > "$WORK/broken.ecomap"
set +e
run validate "$WORK/broken.ecomap" 2> "$WORK/validate.err"
status=$?
set -e
[ "$status" = 1 ] || fail "validate of a broken map exited $status, expected 1"
grep -q "broken.ecomap" "$WORK/validate.err" || fail "validate did not name the broken file"
grep -q "Traceback" "$WORK/validate.err" && fail "validate printed a traceback"
echo "examples valid; a broken map exits 1 with: $(head -c 160 "$WORK/validate.err")"

step "export to PDF"
run export "$ROOT/examples/01-rivera-family.ecomap" "$WORK/rivera.pdf" --page-size letter
pages=$(pdfinfo "$WORK/rivera.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 1 ] || fail "the PDF has no pages"
pdfinfo "$WORK/rivera.pdf" | grep -q "612 x 792" || fail "the PDF is not on US Letter paper"
pdffonts "$WORK/rivera.pdf" | grep -q "NotoSans-Regular" || fail "the bundled Noto Sans font is not embedded"
pdftotext "$WORK/rivera.pdf" - | grep -q "Rivera" || fail "the PDF does not hold the family's name"
echo "rivera.pdf: $pages page(s), Letter, Noto Sans embedded, $(stat -c %s "$WORK/rivera.pdf") bytes"
run export "$ROOT/examples/02-agency-caseload-map.ecomap" "$WORK/agency.pdf" --page-size a4 2> /dev/null
pdfinfo "$WORK/agency.pdf" | grep -q "^Page size:.*(A4)" || fail "the agency map's PDF is not A4"

step "export to PNG"
run export "$ROOT/examples/01-rivera-family.ecomap" "$WORK/rivera.png" --width 1200
"$PYTHON" - "$WORK/rivera.png" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width == 1200 and 300 <= height <= 3000, (width, height)
assert len(data) > 20_000, "the picture is nearly empty"
print(f"rivera.png: {width} x {height} pixels, {len(data)} bytes")
EOF

step "bundled files"
RES=$APP_DIR/_internal/ecomap_desktop/_resources
for f in fonts/NotoSans-Regular.ttf fonts/LICENSE-OFL-1.1.txt icons/ecomap-desktop-256.png \
         help/quick-guide.html licenses/LGPL-3.0.txt licenses/THIRD-PARTY-NOTICES.txt \
         linux/ecomap-desktop.desktop linux/ecomap-desktop-mime.xml linux/install-desktop-entry.sh \
         translations/ecomap_es.qm help/quick-guide.es.html; do
    [ -s "$RES/$f" ] || fail "$f is missing from the bundle"
done
# Qt's own Spanish (standard buttons, file and colour dialogs): i18n._load_qt reads it from
# QLibraryInfo's TranslationsPath, which PyInstaller's qt.conf puts under PySide6/Qt (Windows: PySide6).
qt_es=""
for candidate in "$APP_DIR"/_internal/PySide6/Qt/translations/qtbase_es.qm \
                 "$APP_DIR"/_internal/PySide6/translations/qtbase_es.qm; do
    [ -s "$candidate" ] && qt_es=$candidate
done
[ -n "$qt_es" ] || fail "Qt's qtbase_es.qm is missing from the bundle"
run export "$ROOT/examples/01-rivera-family.ecomap" "$WORK/rivera-es.pdf" --language es
pdftotext "$WORK/rivera-es.pdf" - | grep -q "Leyenda" || fail "the Spanish PDF is not in Spanish"
[ -s "$APP_DIR/_internal/examples/01-rivera-family.ecomap" ] || fail "the examples are missing"
for unwanted in QtNetwork QtQml QtQuick QtWebEngineCore Qt3DCore QtMultimedia; do
    ls "$APP_DIR/_internal/PySide6/" | grep -q "^$unwanted\." && fail "PySide6.$unwanted is in the bundle"
done
echo "resources, examples and licences are in; unused Qt modules are out"

if [ "$(uname -s)" = Linux ]; then
    step "libraries"
    # Every library must be in the folder or on any desktop Linux. Wayland's client libraries come
    # with every Wayland desktop (and Qt falls back to X11 without them).
    missing=$(cd "$APP_DIR/_internal" && find . \( -name '*.so' -o -name '*.so.*' \) -type f \
        -exec env LD_LIBRARY_PATH="$APP_DIR/_internal" ldd {} \; 2>/dev/null \
        | awk '/not found/ {print $1}' | grep -v '^libwayland-' | sort -u || true)
    [ -z "$missing" ] || fail "libraries needed but not found: $missing"
    echo "all libraries resolve"
fi

step "size"
size_mb=$(du -sm "$APP_DIR" | cut -f1)
archive_mb=$(tar -C "$ROOT/dist" -czf - ecomap | wc -c | awk '{printf "%.0f", $1 / 1048576}')
echo "dist/ecomap: $size_mb MB on disk, $archive_mb MB as a .tar.gz"

step "start-up to the first window"
if command -v Xvfb > /dev/null && command -v xwininfo > /dev/null; then
    cp "$ROOT/examples/02-agency-caseload-map.ecomap" "$WORK/agency.ecomap"
    bundle_time=$("$PYTHON" tools/time_first_window.py --runs 5 -- "$APP" "$WORK/agency.ecomap")
    venv_time=$("$PYTHON" tools/time_first_window.py --runs 5 -- "$PYTHON" -m ecomap_desktop "$WORK/agency.ecomap")
    echo "installed app (60-node example): $bundle_time"
    echo "the same from the venv:          $venv_time"
else
    echo "not measured: Xvfb and xwininfo are needed"
fi
echo "OK: the installer build works"
