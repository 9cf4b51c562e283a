"""Render the app icon's PNG sizes from resources/icons/ecomap-desktop.svg with Qt's QSvgRenderer.

    QT_QPA_PLATFORM=offscreen python tools/render_icons.py

The PNGs are committed (resources/icons/ecomap-desktop-<size>.png) so the app never needs Qt's SVG
icon plugin at run time; rerun this after changing the SVG. tests/test_app_icon.py checks they are
up to date.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "ecomap-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"ecomap-desktop-{size}.png"


def render(size: int, svg: Path = SVG) -> bytes:
    """The icon drawn at *size* x *size* pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    for size in SIZES:
        path = ICONS / png_name(size)
        path.write_bytes(render(size))
        print(f"wrote {path.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
