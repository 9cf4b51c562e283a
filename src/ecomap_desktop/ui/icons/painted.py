"""Icons drawn with QPainter at whatever size and screen scale they are shown at.

A pixmap painted once at a fixed size is blurred when a 150% or 200% screen (or a bigger text
setting) scales it up. An icon made here keeps its drawing function and paints it again for each
size and device pixel ratio asked for, so it is as crisp as the text beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

Draw = Callable[[QPainter], None]


class PaintedIconEngine(QIconEngine):
    """Paints *draw* (which draws in a width x height box) at every size and scale."""

    def __init__(self, draw: Draw, width: float, height: float) -> None:
        super().__init__()
        self._draw = draw
        self._width = float(width)
        self._height = float(height)
        # Drawn once per size, scale and mode: toolbars and table rows ask again at every repaint.
        self._cache: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def _fit(self, size: QSize) -> tuple[float, QPointF]:
        scale = min(size.width() / self._width, size.height() / self._height)
        offset = QPointF((size.width() - self._width * scale) / 2, (size.height() - self._height * scale) / 2)
        return scale, offset

    def _render(self, painter: QPainter, size: QSize) -> None:
        scale, offset = self._fit(size)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(offset)
        painter.scale(scale, scale)
        self._draw(painter)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        pixmap = self.scaledPixmap(rect.size(), mode, state, painter.device().devicePixelRatioF()
                                   if painter.device() is not None else 1.0)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802 - Qt's name
                     scale: float) -> QPixmap:
        scale = max(1.0, float(scale))
        key = (size.width(), size.height(), scale, mode)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._render(painter, device)
        painter.end()
        if mode == QIcon.Mode.Disabled and QApplication.instance() is not None:
            pixmap = _greyed(pixmap)
        pixmap.setDevicePixelRatio(scale)
        self._cache[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        scale, _ = self._fit(size)
        return QSize(round(self._width * scale), round(self._height * scale))

    def clone(self) -> QIconEngine:
        return PaintedIconEngine(self._draw, self._width, self._height)


def _greyed(pixmap: QPixmap) -> QPixmap:
    """*pixmap* greyed as the style greys a disabled icon (its generatedIconPixmap, with the
    application's palette). Asked of a plain pixmap icon, which has Qt call the style itself: using
    QStyle from Python would build its Python types and their ~600 enum values, ~4 ms of every
    start (a disabled Undo is on the first window's toolbar)."""
    return QIcon(pixmap).pixmap(pixmap.size(), 1.0, QIcon.Mode.Disabled)


def painted_icon(draw: Draw, width: float, height: float) -> QIcon:
    """An icon that paints *draw* (in a width x height box) crisply at any size and screen scale."""
    return QIcon(PaintedIconEngine(draw, width, height))
