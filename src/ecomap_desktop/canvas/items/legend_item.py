"""The map's legend on the canvas: each entry with a real sample of its line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ... import style
from .brush import solid_brush
from .connection_drawing import ConnectionShape, build_shape, paint_connection
from .text_layout import label_font
from . import item_types

LEGEND_Z = 900.0
_PAD = 10.0
_ROW = 22.0
_GAP = 10.0


class LegendItem(QGraphicsItem):
    """A small box listing the legend entries, keeping its size on screen at every zoom.

    Entries are (key, label); a key is a strength name, or "flow" for the arrow sample. The view
    keeps it in a corner (it ignores the view's zoom, so it stays readable and the same size).
    """

    Type = item_types.LEGEND

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.LEGEND

    def __init__(self) -> None:
        super().__init__()
        self._title = ""
        self._rows: list[tuple[ConnectionShape, str, str]] = []  # shape, strength, label
        self._font = label_font(style.LEGEND_FONT_SIZE)
        self._title_font = label_font(style.LEGEND_FONT_SIZE, bold=True)
        self._bounds = QRectF()
        self._open_bounds = QRectF()  # the whole legend's box; _bounds is smaller while folded
        self._folded_bounds = QRectF()
        self._fold = "open"
        self._text_left = 0.0
        self._border_pen, self._background, self._text_pen = _BORDER_PEN, _BACKGROUND, _TEXT_PEN
        self._sample_colour: str | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(LEGEND_Z)

    def set_entries(self, title: str, entries: list[tuple[str, str]]) -> None:
        self.prepareGeometryChange()
        self._title = title
        metrics = QFontMetricsF(self._font)
        title_height = QFontMetricsF(self._title_font).height() if title else 0.0
        sample = style.LEGEND_SAMPLE_LENGTH
        self._text_left = _PAD + sample + _GAP
        self._rows = []
        text_width = QFontMetricsF(self._title_font).horizontalAdvance(title) - sample - _GAP
        y = _PAD + title_height + (6 if title else 0)
        for key, label in entries:
            strength, flow = (key, "none") if key in style.LINE_STYLES else ("moderate", "to_target")
            mid = y + _ROW / 2
            shape = build_shape(_PAD, mid, _PAD + sample, mid, strength, flow)
            self._rows.append((shape, strength, label))
            text_width = max(text_width, metrics.horizontalAdvance(label))
            y += _ROW
        width = self._text_left + max(text_width, 0.0) + _PAD
        self._open_bounds = QRectF(0, 0, width, y + _PAD - 4) if self._rows else QRectF()
        title_width = QFontMetricsF(self._title_font).horizontalAdvance(title)
        self._folded_bounds = (QRectF(0, 0, title_width + 2 * _PAD, title_height + 2 * _PAD - 4)
                               if self._rows and title else QRectF())
        self._bounds = self._bounds_for(self._fold)
        self.update()

    def size_when(self, fold: str) -> tuple[float, float]:
        """Width and height (item units) the legend takes when *fold* is "open" or "folded"."""
        rect = self._bounds_for(fold)
        return rect.width(), rect.height()

    def set_fold(self, fold: str) -> None:
        """"open": every entry; "folded": its title only, where the whole would cover the map;
        "away": nothing drawn, where even the title would (the view decides, see legend_place.py)."""
        if fold != self._fold:
            self.prepareGeometryChange()
            self._fold = fold
            self._bounds = self._bounds_for(fold)
            self.update()

    def fold(self) -> str:
        return self._fold

    def _bounds_for(self, fold: str) -> QRectF:
        return {"open": self._open_bounds, "folded": self._folded_bounds}.get(fold, QRectF())

    def set_colours(self, text: str, border: str, background: str, sample: str | None = None) -> None:
        """Text, border, background and line-sample colours (None: the usual ink), for high contrast."""
        self._text_pen = QPen(QColor(text))
        self._border_pen = QPen(QColor(border), 1.0 if border == style.LEGEND_BORDER else 2.0)
        self._background = solid_brush(QColor(background))
        self._sample_colour = sample
        self.update()

    def entry_labels(self) -> list[str]:
        return [label for _, _, label in self._rows]

    def title(self) -> str:
        return self._title

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._rows or self._bounds.isEmpty():
            return
        painter.setPen(self._border_pen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self._bounds.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        if self._title:
            painter.setPen(self._text_pen)
            painter.setFont(self._title_font)
            metrics = QFontMetricsF(self._title_font)
            painter.drawText(QPointF(_PAD, _PAD + metrics.ascent()), self._title)
        if self._fold != "open":
            return
        metrics = QFontMetricsF(self._font)
        for shape, strength, label in self._rows:
            paint_connection(painter, shape, strength, self._sample_colour)
            painter.setPen(self._text_pen)
            painter.setFont(self._font)
            mid = shape.start.y()
            baseline = mid + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(self._text_left, baseline), label)


_BORDER_PEN = QPen(QColor(style.LEGEND_BORDER), 1.0)
_BACKGROUND = solid_brush(QColor(style.LEGEND_BACKGROUND))
_TEXT_PEN = QPen(QColor(style.LABEL_COLOUR))
