"""SVG and PNG pictures of the canvas, drawn by Qt from a private projection of the document.

A fresh scene is built for the export (nothing selected, no handles), on a white background, with the
circles of support only when some node is placed in one (the same rule as the PDF), and the legend
in a column left of the map. Both files are written atomically.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import fill, translate, window_translate
from .options import ExportError

MARGIN = 24.0  # scene units around the picture
MAX_PIXELS = 120_000_000  # a PNG larger than this is refused (about 480 MB of memory while drawing)


def ensure_app():
    """The running QApplication, or a new one; with no app yet and no screen, drawing is offscreen."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            # The command line draws files only: never needs, nor opens, a window.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QLoggingCategory

        # A name in a script no font has made Qt write a line per font per script to the terminal
        # (hundreds for one name); the command line says it once, in words, itself.
        QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
        app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "ecomap"])
    return app


class _Picture:
    """A private scene of the document and the rectangles to draw, in scene units."""

    def __init__(self, doc) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor

        from .. import style
        from ..canvas.projection import MapProjection, ring_names
        from ..typeface import register_qt_fonts
        from .compose.mapdraw import ring_name_places
        from .compose.mapinfo import read_map

        ensure_app()
        register_qt_fonts()
        self.scene = MapProjection(doc)  # the drawing alone: nothing to select, nothing to undo
        self.scene.setBackgroundBrush(QColor("#ffffff"))
        info = read_map(doc)
        names = ring_names()
        rings = self.scene.ring_item()
        if info.rings:
            rings.set_rings([(radius, names[key]) for key, radius in info.rings])
            # Where the pages put the circles' names (ring_places.ring_name_angles), so a picture and a
            # printout of one map agree.
            rings.set_name_angles([angle for _key, _radius, angle in ring_name_places(info)])
            self.scene.set_rings_visible(True)
        else:
            self.scene.set_rings_visible(False)
        # The canvas caches node pictures as bitmaps for smooth dragging; a file needs the vectors.
        from PySide6.QtWidgets import QGraphicsItem

        for item in self.scene.items():
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.legend = self.scene.legend_item()
        legend_rect = self.legend.boundingRect() if self.legend.isVisible() else QRectF()
        self.scene.set_legend_visible(False)  # drawn separately, beside the map
        x0, y0, x1, y1 = info.bounds
        self.map_rect = QRectF(x0 - MARGIN, y0 - MARGIN, (x1 - x0) + 2 * MARGIN, (y1 - y0) + 2 * MARGIN)
        self.legend_size = (legend_rect.width(), legend_rect.height())
        self.legend_column = legend_rect.width() + MARGIN if not legend_rect.isEmpty() else 0.0
        self.width = self.map_rect.width() + self.legend_column
        self.height = max(self.map_rect.height(), legend_rect.height() + 2 * MARGIN)
        self._style = style

    def paint(self, painter, scale: float) -> None:
        """Draw at *scale* device units per scene unit, the picture's top-left at (0, 0)."""
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyleOptionGraphicsItem

        # Small pictures keep names legible the way a zoomed-out canvas does.
        self.scene.set_view_scale(scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, self.width * scale, self.height * scale), Qt.GlobalColor.white)
        target = QRectF(self.legend_column * scale, 0, self.map_rect.width() * scale, self.height * scale)
        source = QRectF(self.map_rect)
        source.setHeight(self.height)
        self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        if self.legend_column:
            painter.save()
            painter.translate(MARGIN * scale, MARGIN * scale)
            painter.scale(scale, scale)
            self.legend.paint(painter, QStyleOptionGraphicsItem(), None)
            painter.restore()

    def close(self) -> None:
        # Deaf to the document before anything else: a script that never runs Qt's deferred deletes
        # (or a reset before they run) must not reach a scene whose items are gone.
        self.scene.stop_following()
        self.scene.clear()
        self.scene.deleteLater()


def png_bytes(doc, width: int = 2000) -> bytes:
    """The canvas as a PNG *width* pixels wide (height follows the picture's shape), white background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter

    if not 16 <= int(width) <= 20_000:
        raise ExportError(window_translate(
            "Export", QT_TRANSLATE_NOOP("Export", "The picture width must be between 16 and 20,000 pixels.")))
    picture = _Picture(doc)
    try:
        scale = width / picture.width
        height = max(1, round(picture.height * scale))
        if width * height > MAX_PIXELS:
            raise ExportError(
                fill(window_translate("Export", QT_TRANSLATE_NOOP(
                    "Export", "A picture %1 pixels wide would be too large for this map's shape (%2 pixels "
                              "high); please ask for a smaller width.")),
                     str(width), str(height))
            )
        image = QImage(int(width), height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        image.setDotsPerMeterX(round(96 / 0.0254))
        image.setDotsPerMeterY(round(96 / 0.0254))
        painter = QPainter(image)
        try:
            picture.paint(painter, scale)
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise ExportError(window_translate(
                "Export", QT_TRANSLATE_NOOP("Export", "The picture could not be encoded as PNG.")))
        buffer.close()
        return bytes(data.data())
    finally:
        picture.close()


def svg_bytes(doc) -> bytes:
    """The canvas as SVG, one unit per scene unit; labels stay text."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from ..canvas.items.connection_drawing import ticks_as_paths
    from .svg_outlines import outline_text

    picture = _Picture(doc)
    try:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        w, h = round(picture.width), round(picture.height)
        generator.setSize(QSize(w, h))
        # The picture's exact size, so a reader scales it as the PNG is scaled (no rounding drift).
        generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
        # A generic title: the file's metadata travels with it, and the map's title is usually the
        # family's name (the PDF does the same).
        generator.setTitle(translate("Export", "Eco-map"))
        generator.setDescription("")
        painter = QPainter(generator)
        try:
            with ticks_as_paths():
                picture.paint(painter, 1.0)
        finally:
            painter.end()
        buffer.close()
        return outline_text(bytes(data.data()))
    finally:
        picture.close()


def unbundled_warnings(doc) -> list[str]:
    """The warning, when a name, household or legend entry holds a character none of the bundled
    fonts has (the PDF's rule): Qt then draws it with whatever the computer has, or an empty box.
    The characters are counted, never quoted."""
    from .fonts import split_runs

    texts = []
    for _id, node in doc.nodes_data():
        texts.append(node.get("label") or "")
        texts += [f"{h.get('name', '')} {h.get('relationship', '')}" for h in node.get("household") or ()]
    texts += [entry.get("label") or "" for entry in doc.meta("legend") or ()]
    if not any(split_runs(text)[1] for text in texts if not text.isascii()):
        return []
    return [window_translate("Export", QT_TRANSLATE_NOOP(
        "Export", "Some characters are in none of the bundled fonts; they may show as empty boxes."))]


def export_png(doc, path: str | os.PathLike[str], width: int = 2000) -> list[str]:
    """Write the PNG; returns warnings to show (see unbundled_warnings)."""
    from ..io.atomic import write_bytes_atomically

    write_bytes_atomically(path, png_bytes(doc, width), keep_backup=False)
    return unbundled_warnings(doc)


def export_svg(doc, path: str | os.PathLike[str]) -> list[str]:
    """Write the SVG; returns warnings to show (see unbundled_warnings)."""
    from ..io.atomic import write_bytes_atomically

    write_bytes_atomically(path, svg_bytes(doc), keep_backup=False)
    return unbundled_warnings(doc)
