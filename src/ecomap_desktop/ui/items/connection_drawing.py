"""How one connection is drawn: its line, pattern, cross-ticks and arrowheads.

Shared by the connection item, the live preview and the legend's samples, so a sample always looks
like the real thing. The shapes come from ecomap_desktop.geometry, as in the PDF export.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from ... import geometry, style

#: Which ends carry an arrowhead for each flow value: (at the source end, at the target end).
FLOW_ENDS = {
    "none": (False, False),
    "to_target": (False, True),
    "to_source": (True, False),
    "both": (True, True),
}


@dataclass
class ConnectionShape:
    """Everything needed to paint one connection, computed once per change of ends or style."""

    line: QLineF  # the stroked part (shortened under arrowheads)
    start: QPointF  # where the drawing touches the source outline
    end: QPointF  # where the drawing touches the target outline
    arrows: list[QPolygonF] = field(default_factory=list)
    ticks: list[QLineF] = field(default_factory=list)
    bounds: QRectF = field(default_factory=QRectF)


def build_shape(x1: float, y1: float, x2: float, y2: float, strength: str, flow: str) -> ConnectionShape:
    """The drawing of a connection whose ends touch the outlines at (x1, y1) and (x2, y2)."""
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    at_source, at_target = FLOW_ENDS.get(flow, (False, False))
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    arrows = []
    # The stroke stops inside each arrowhead, so a thick line cannot poke out beside the tip.
    inset = style.ARROW_LENGTH * 0.6
    sx, sy, ex, ey = x1, y1, x2, y2
    if at_target:
        arrows.append(QPolygonF([QPointF(px, py) for px, py in geometry.arrowhead(x2, y2, x1, y1)]))
        ex, ey = x2 - ux * inset, y2 - uy * inset
    if at_source:
        arrows.append(QPolygonF([QPointF(px, py) for px, py in geometry.arrowhead(x1, y1, x2, y2)]))
        sx, sy = x1 + ux * inset, y1 + uy * inset
    ticks = []
    if line_style.ticks:
        margin = style.ARROW_LENGTH + 4 if (at_source or at_target) else 6.0
        ticks = [
            QLineF(a, b, c, d)
            for a, b, c, d in geometry.tick_marks(
                x1, y1, x2, y2, line_style.tick_spacing, line_style.tick_length, margin
            )
        ]
    pad = max(line_style.width, style.ARROW_WIDTH, line_style.tick_length) / 2 + style.SELECTION_WIDTH + 2
    bounds = QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2)))
    bounds.adjust(-pad, -pad, pad, pad)
    return ConnectionShape(QLineF(sx, sy, ex, ey), QPointF(x1, y1), QPointF(x2, y2), arrows, ticks, bounds)


@lru_cache(maxsize=64)
def line_pen(strength: str, colour: str | None) -> QPen:
    """The pen for a connection's main stroke (cached: thousands of lines share a few pens)."""
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    pen = QPen(QColor(colour or style.LINE_COLOUR), line_style.width)
    if line_style.dash:
        pen.setDashPattern(list(line_style.dash))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    else:
        # Flat ends, so the drawn line ends exactly on the node outline.
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@lru_cache(maxsize=64)
def tick_pen(colour: str | None) -> QPen:
    pen = QPen(QColor(colour or style.LINE_COLOUR), style.TICK_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@lru_cache(maxsize=64)
def arrow_brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour or style.LINE_COLOUR))


def _highlight_pen() -> QPen:
    colour = QColor(style.HIGHLIGHT)
    colour.setAlpha(90)
    pen = QPen(colour, 0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


_HIGHLIGHT_PEN = None


def paint_connection(
    painter: QPainter, shape: ConnectionShape, strength: str, colour: str | None, selected: bool = False
) -> None:
    """Paint a connection; a selected one gets a soft blue band underneath."""
    global _HIGHLIGHT_PEN
    if selected:
        if _HIGHLIGHT_PEN is None:
            _HIGHLIGHT_PEN = _highlight_pen()
        pen = QPen(_HIGHLIGHT_PEN)
        line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
        pen.setWidthF(max(line_style.width, line_style.tick_length if line_style.ticks else 0) + 8)
        painter.setPen(pen)
        painter.drawLine(QLineF(shape.start, shape.end))
    painter.setPen(line_pen(strength, colour))
    painter.drawLine(shape.line)
    if shape.ticks:
        painter.setPen(tick_pen(colour))
        painter.drawLines(shape.ticks)
    if shape.arrows:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(arrow_brush(colour))
        for polygon in shape.arrows:
            painter.drawPolygon(polygon)


def hit_path(shape: ConnectionShape) -> QPainterPath:
    """A band around the line that a click hits, wider than the line so thin lines are easy to pick."""
    path = QPainterPath(shape.start)
    path.lineTo(shape.end)
    stroker = QPainterPathStroker()
    stroker.setWidth(style.EDGE_HIT_WIDTH)
    stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
    return stroker.createStroke(path)
