"""Small pictures of the real line drawings (strength patterns and flow arrows) for pickers and menus.

Drawn afresh at each size and screen scale (painted_icon), so they stay crisp at 150% and 200%.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPolygonF

from ... import geometry, style
from .painted import painted_icon


def strength_pen(strength: str, colour: str | None = None, scale: float = 1.0) -> QPen:
    """The pen a connection of this strength is drawn with (ticks are drawn separately)."""
    line = style.LINE_STYLES[strength]
    pen = QPen(QColor(colour or style.LINE_COLOUR), line.width * scale)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if line.dash:
        pen.setDashPattern(list(line.dash))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


# A picture's ticks are longer and bolder than the line's own at its size (and a little further apart,
# so they stay apart): at 0.8 of the canvas's they were 11 pixels of a 1.4-pixel stroke in a 24-pixel
# picture, too small to tell a stressful line from a plain one at a glance.
ICON_TICK_LENGTH = 1.6
ICON_TICK_SPACING = 1.15


def _draw_sample(painter: QPainter, strength: str, x1: float, y: float, x2: float, scale: float) -> None:
    painter.setPen(strength_pen(strength, scale=scale))
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    line = style.LINE_STYLES[strength]
    if line.ticks:
        painter.setPen(QPen(QColor(style.LINE_COLOUR), max(2.0, line.width * scale)))
        spacing = line.tick_spacing * scale * ICON_TICK_SPACING
        length = line.tick_length * scale * ICON_TICK_LENGTH
        for tx1, ty1, tx2, ty2 in geometry.tick_marks(x1, y, x2, y, spacing, length):
            painter.drawLine(QPointF(tx1, ty1), QPointF(tx2, ty2))


def strength_icon(strength: str, width: int = 64, height: int = 24) -> QIcon:
    return painted_icon(lambda painter: _draw_sample(painter, strength, 4, height / 2, width - 4, 0.8),
                        width, height)


def flow_icon(flow: str, width: int = 64, height: int = 24) -> QIcon:
    return painted_icon(lambda painter: _draw_flow(painter, flow, width, height), width, height)


def _draw_flow(painter: QPainter, flow: str, width: int, height: int) -> None:
    y = height / 2
    x1, x2 = 4.0, width - 4.0
    painter.setPen(strength_pen("moderate", scale=0.8))
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.LINE_COLOUR))
    heads = []
    if flow in ("to_target", "both"):
        heads.append(((x2, y), (x1, y)))
    if flow in ("to_source", "both"):
        heads.append(((x1, y), (x2, y)))
    for (tx, ty), (fx, fy) in heads:
        points = geometry.arrowhead(tx, ty, fx, fy, length=11, width=10)
        painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))


def colour_icon(colour: str | None, size: int = 20) -> QIcon:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(QColor(colour or style.LINE_COLOUR))
        painter.drawEllipse(2, 2, size - 4, size - 4)

    return painted_icon(draw, size, size)
