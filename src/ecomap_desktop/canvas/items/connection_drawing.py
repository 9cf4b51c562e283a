"""How one connection is drawn: its line, pattern, cross-ticks and arrowheads.

Shared by the connection item, the live preview and the legend's samples, so a sample always looks
like the real thing. The shapes come from ecomap_desktop.geometry, as in the PDF export.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from ... import geometry, style
from .brush import solid_brush

# How far along its line a cross-tick reaches from its centre at most (its lean, its pen), and more.
TICK_REACH = max(each.tick_length for each in style.LINE_STYLES.values()) / 2 + 2 * style.TICK_WIDTH

# True while a vector file is drawn (see ticks_as_paths). Read at each line with cross-ticks: asking
# the painter's engine for its type there took longer than drawing the ticks.
_ticks_as_paths = False


@contextmanager
def ticks_as_paths() -> Iterator[None]:
    """While an SVG file is drawn: each line's cross-ticks go into it as one path, not one element per
    tick (a big map has a million). Pictures and the screen draw them as lines."""
    global _ticks_as_paths
    before, _ticks_as_paths = _ticks_as_paths, True
    try:
        yield
    finally:
        _ticks_as_paths = before


class ConnectionShape:
    """Everything needed to paint one connection, computed once per change of ends or style (a big
    map makes thousands when first drawn). Its box is shape_bounds().

    A plain class, not a dataclass whose generated methods were compiled at every start (issue 18).
    Where it touches the outlines is kept as numbers (start and end make the points when asked: a
    selected line's band and hit area), and a line without arrowheads shares one empty tuple: fewer
    objects made, and gone through by Python's cycle collector, when a big map is first drawn."""

    __slots__ = ("line", "touches", "arrows", "tick_comb", "tick_frame")

    def __init__(self, line: QLineF, touches: tuple[float, float, float, float],
                 arrows: list[QPolygonF] | tuple[()] = (),
                 tick_comb: tuple[QTransform, list[QLineF]] | None = None,
                 tick_frame: tuple[float, float, float, float, float, float, float] | None = None) -> None:
        self.line = line  # the stroked part (shortened under arrowheads)
        # (x1, y1, x2, y2): where the drawing touches the source and the target outlines.
        self.touches = touches
        self.arrows = arrows
        # The cross-ticks as a comb along the x axis, shared by every line with as many ticks, and the
        # transform that lays it along this line: no tick is computed one by one for a new line.
        self.tick_comb = tick_comb
        # For finding the ticks near a place: the line's start, unit direction and length, and where
        # its ticks are along it (the first one's centre's distance from start, the spacing).
        self.tick_frame = tick_frame

    @property
    def start(self) -> QPointF:
        """Where the drawing touches the source outline."""
        return QPointF(self.touches[0], self.touches[1])

    @property
    def end(self) -> QPointF:
        """Where the drawing touches the target outline."""
        return QPointF(self.touches[2], self.touches[3])

    @property
    def ticks(self) -> list[QLineF]:
        """The cross-ticks in scene coordinates (painting draws the comb through its transform)."""
        if self.tick_comb is None:
            return []
        transform, comb = self.tick_comb
        return [transform.map(tick) for tick in comb]

    def ticks_within(self, left: float, top: float, right: float, bottom: float) -> tuple[int, int] | None:
        """Which cross-ticks (first, past the last) have their foot on the line inside the rectangle,
        give or take TICK_REACH along it; None when the line does not enter it at all.

        So with the rectangle grown by how far the drawing reaches from its line, they are the ticks
        that may put ink in it. The line is clipped to it by Liang-Barsky, in distances along it."""
        x, y, ux, uy, length, first, spacing = self.tick_frame
        span = _slab(left, right, x, ux, 0.0, length)
        if span is not None:
            span = _slab(top, bottom, y, uy, *span)
        if span is None:
            return None
        start, stop = span
        lo = math.ceil((start - TICK_REACH - first) / spacing)
        return (lo if lo > 0 else 0), math.floor((stop + TICK_REACH - first) / spacing) + 1

    def paint_ticks(self, painter: QPainter, which: tuple[int, int] | None = None) -> None:
        """Draw the cross-ticks with the painter's pen (nothing if the line has none); with *which*
        (as ticks_within gives), only those."""
        if self.tick_comb is None:
            return
        transform, comb = self.tick_comb
        if which is not None:
            lo, hi = which
            if lo >= hi or lo >= len(comb):
                return
            if lo or hi < len(comb):
                comb = comb[lo:hi]  # the same lines, so each is drawn where it always is
        world = painter.worldTransform()
        painter.setWorldTransform(transform, True)
        if _ticks_as_paths:  # an SVG file: one path per line
            painter.drawPath(_comb_path(comb))
        else:
            painter.drawLines(comb)
        painter.setWorldTransform(world)


def _slab(low: float, high: float, origin: float, step: float, start: float,
          stop: float) -> tuple[float, float] | None:
    """The part of [start, stop] (distances along a line from *origin*, *step* per unit on one axis)
    whose points lie between *low* and *high* on that axis; None when no part does."""
    if step > 0.0:
        at, end = (low - origin) / step, (high - origin) / step
    elif step < 0.0:
        at, end = (high - origin) / step, (low - origin) / step
    elif low <= origin <= high:
        return start, stop
    else:
        return None
    if at > start:
        start = at
    if end < stop:
        stop = end
    return (start, stop) if start <= stop else None


def _comb_path(comb: list[QLineF]) -> QPainterPath:
    path = QPainterPath()
    for tick in comb:
        path.moveTo(tick.p1())
        path.lineTo(tick.p2())
    return path


@lru_cache(maxsize=1024)
def _tick_comb(count: int, spacing: float, length: float) -> list[QLineF]:
    """*count* cross-ticks *spacing* apart from the origin along the x axis (a line's own frame),
    leaning as geometry.tick_marks draws them."""
    lean_x = math.cos(geometry.TICK_ANGLE) * length / 2
    lean_y = math.sin(geometry.TICK_ANGLE) * length / 2
    return [QLineF(t - lean_x, -lean_y, t + lean_x, lean_y) for t in (i * spacing for i in range(count))]


def build_shape(x1: float, y1: float, x2: float, y2: float, strength: str, flow: str) -> ConnectionShape:
    """The drawing of a connection whose ends touch the outlines at (x1, y1) and (x2, y2).

    The parts come from geometry.connection_parts, as in the PDF export, so both draw alike.
    """
    (sx, sy, ex, ey), arrows, _ = geometry.connection_parts(x1, y1, x2, y2, strength, flow, with_ticks=False)
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    polygons = _arrow_polygons(arrows) if arrows else ()
    if line_style.ticks:
        spacing, length, margin = geometry.tick_spacing_length_margin(strength, flow)
        count, first, ux, uy, spacing = geometry.tick_layout(x1, y1, x2, y2, spacing, margin)
        if count:
            comb = (QTransform(ux, uy, -uy, ux, x1 + ux * first, y1 + uy * first),
                    _tick_comb(count, spacing, length))
            frame = (x1, y1, ux, uy, math.hypot(x2 - x1, y2 - y1), first, spacing)
            return ConnectionShape(QLineF(sx, sy, ex, ey), (x1, y1, x2, y2), polygons, comb, frame)
    return ConnectionShape(QLineF(sx, sy, ex, ey), (x1, y1, x2, y2), polygons)


def _arrow_polygons(arrows: list[list[tuple[float, float]]]) -> list[QPolygonF]:
    return [QPolygonF([QPointF(px, py) for px, py in points]) for points in arrows]


@lru_cache(maxsize=16)
def band_pad(strength: str) -> float:
    """How far from its segment a connection's drawing reaches at most: line, ticks, arrowheads and
    the selection band (high contrast's thicker lines included)."""
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    return max(line_style.width, style.ARROW_WIDTH, line_style.tick_length) / 2 + style.SELECTION_WIDTH + 2


def shape_box(x1: float, y1: float, x2: float, y2: float, strength: str) -> tuple[float, float, float, float]:
    """The box build_shape's drawing fits in (with room for the selection band), without building it:
    left, top, width, height (as numbers: a big map's thousands of lines make no QRectF for it)."""
    pad = band_pad(strength)
    left, right = (x1, x2) if x1 < x2 else (x2, x1)
    top, bottom = (y1, y2) if y1 < y2 else (y2, y1)
    return left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad


def shape_bounds(x1: float, y1: float, x2: float, y2: float, strength: str) -> QRectF:
    """shape_box as a rectangle."""
    return QRectF(*shape_box(x1, y1, x2, y2, strength))


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
    return solid_brush(QColor(colour or style.LINE_COLOUR))


@lru_cache(maxsize=16)
def highlight_pen(strength: str) -> QPen:
    """The soft blue band drawn under a selected connection, wider than its line and ticks."""
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    colour = QColor(style.HIGHLIGHT)
    colour.setAlpha(90)
    pen = QPen(colour, max(line_style.width, line_style.tick_length if line_style.ticks else 0) + 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def paint_connection(
    painter: QPainter, shape: ConnectionShape, strength: str, colour: str | None, selected: bool = False
) -> None:
    """Paint a connection; a selected one gets a soft blue band underneath."""
    if selected:
        painter.setPen(highlight_pen(strength))
        painter.drawLine(QLineF(shape.start, shape.end))
    painter.setPen(line_pen(strength, colour))
    painter.drawLine(shape.line)
    if shape.tick_comb is not None:
        painter.setPen(tick_pen(colour))
        shape.paint_ticks(painter)
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
