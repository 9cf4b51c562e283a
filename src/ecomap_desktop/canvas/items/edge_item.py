"""A connection between two nodes on the canvas."""

from __future__ import annotations

from functools import lru_cache

import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ... import geometry, style
from .connection_drawing import (
    arrow_brush,
    comb_path,
    highlight_pen,
    hit_path,
    line_pen,
    shape_bounds,
    tick_pen,
    tick_placing,
)

EDGE_Z = 0.0
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_LINE = QPainterPath()
_NO_ARROWS = (False, False)
_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


@lru_cache(maxsize=64)
def _drawing_of(strength: str, colour: str | None) -> tuple[QPen, QPen, QBrush, QPen, bool]:
    """The line's pen, the ticks' pen, the arrowheads' brush, the selection band's pen and whether the
    line has cross-ticks, for a line of *strength* in *colour* (one look-up per line made)."""
    has_ticks = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"]).ticks
    return (line_pen(strength, colour), tick_pen(colour), arrow_brush(colour), highlight_pen(strength),
            has_ticks)


class _Ticks(QGraphicsPathItem):
    """A line's cross-ticks, painted by Qt. Its box is the comb's with room for the pen, worked out
    here: Qt would otherwise outline every tick of the comb to find it (as costly as drawing them),
    once for each line of a big map as it opens."""

    def shape(self) -> QPainterPath:
        comb = self.path().controlPointRect()
        return _box_path(comb.left(), comb.top(), comb.right(), comb.bottom(), self.pen().widthF())


@lru_cache(maxsize=1024)
def _box_path(left: float, top: float, right: float, bottom: float, width: float) -> QPainterPath:
    """The comb's box grown by the pen's *width* on every side (a tick's end reaches width / 2)."""
    path = QPainterPath()
    path.addRect(QRectF(left - width, top - width, right - left + 2 * width, bottom - top + 2 * width))
    return path


class EdgeItem(QGraphicsItem):
    """Draws one connection from plain values: the two ends' kinds and centres, strength, flow, colour.

    The item itself paints nothing: its line, cross-ticks, arrowheads and selection band are child
    items of Qt's own (paths), so a redraw crossing thousands of lines runs no Python per line. They
    are made when the line first has them and stack in the order made (the line first, the band
    behind it); they take no clicks of their own (Qt passes a press they ignore on to this item).
    This item holds the values, the box the scene's index and a click use, and the band a click hits.
    Its geometry lives in scene coordinates (the item stays at the origin), rebuilt only when an end
    moves or the style changes, never while painting.
    """

    # What most lines never get, kept on the class until a line has its own (thousands are made).
    _ends: tuple[geometry.Outline, float, float, geometry.Outline, float, float] | None = None
    _segment: tuple[float, float, float, float] | None = None  # None: the nodes overlap
    _stroked: tuple[float, float, float, float] | None = None  # the line under the arrowheads
    _tick_count = 0
    _hit: QPainterPath | None = None
    _bounds = QRectF()
    _variant: tuple[str | None, float, str | None] = (None, 1.0, None)
    _caption: QGraphicsItem | None = None  # words kept at the line's middle (compare overlay)
    _line: QGraphicsPathItem | None = None  # made with the first ends
    _ticks: _Ticks | None = None  # made for a line with cross-ticks
    _arrows: QGraphicsPathItem | None = None  # made for a line with arrowheads
    _arrow_tips: tuple | list = ()
    _band: QGraphicsPathItem | None = None  # made when the line is first selected

    def __init__(self, edge_id: str, strength: str = "moderate", flow: str = "none",
                 colour: str | None = None) -> None:
        super().__init__()
        self.edge_id = edge_id
        self._set_pens(strength, flow, colour)  # no ends yet: nothing to build
        self.setFlags(_FLAGS)
        self.setZValue(EDGE_Z)

    # ----- values from the scene ------------------------------------------------------------

    def set_style(self, strength: str, flow: str, colour: str | None) -> None:
        self._set_pens(strength, flow, colour)
        self._rebuild()

    def _set_pens(self, strength: str, flow: str, colour: str | None) -> None:
        self.strength, self.flow, self.colour = strength, flow, colour
        # Pens and brush looked up once here and handed to the parts, which Qt paints.
        pens = _drawing_of(strength, colour)
        self._pen, self._tick_pen, self._brush, self._highlight, self._has_ticks = pens
        self._has_arrows = geometry.FLOW_ENDS.get(flow, _NO_ARROWS) != _NO_ARROWS
        forced, scale, highlight = self._variant
        if forced or scale != 1.0 or highlight:  # high contrast: one strong colour, thicker lines
            ink = forced or colour
            self._pen, self._tick_pen = QPen(line_pen(strength, ink)), QPen(tick_pen(ink))
            self._pen.setWidthF(self._pen.widthF() * scale)
            self._tick_pen.setWidthF(self._tick_pen.widthF() * scale)
            self._brush = arrow_brush(ink)
            self._highlight = QPen(self._highlight)
            extra = self._pen.widthF() - line_pen(strength, None).widthF()
            self._highlight.setWidthF(self._highlight.widthF() + extra)
            if highlight:
                band = QColor(highlight)
                band.setAlpha(120)
                self._highlight.setColor(band)
        if self._line is not None:
            self._line.setPen(self._pen)
        if self._ticks is not None:
            self._ticks.setPen(self._tick_pen)
        if self._arrows is not None:
            self._arrows.setBrush(self._brush)
        if self._band is not None:
            self._band.setPen(self._highlight)

    def set_variant(
        self, line_colour: str | None, width_scale: float = 1.0, highlight: str | None = None
    ) -> None:
        """Draw every line in *line_colour* (None: its own colour), *width_scale* times as thick,
        with a selection band of *highlight* (None: the usual one). Used by the high-contrast view and
        the compare overlay's dimmed lines. Only the pens change: the drawing's shape stays."""
        self._variant = (line_colour, width_scale, highlight)
        self._set_pens(self.strength, self.flow, self.colour)

    def set_caption(self, caption: QGraphicsItem | None) -> None:
        """Keep *caption* (an item with a few words) at the middle of the line as its ends move;
        None takes the one shown away."""
        old = self._caption
        if old is caption:
            return
        self._caption = caption
        if old is not None:
            old.setParentItem(None)
            if old.scene() is not None:
                old.scene().removeItem(old)
        if caption is not None:
            caption.setParentItem(self)
            self._place_caption()

    def caption(self) -> QGraphicsItem | None:
        return self._caption

    def _place_caption(self) -> None:
        segment = self._segment
        self._caption.setVisible(segment is not None)
        if segment is not None:
            self._caption.setPos((segment[0] + segment[2]) / 2, (segment[1] + segment[3]) / 2)

    def line_pen(self) -> QPen:
        """The pen the line is drawn with (for tests and accessibility checks)."""
        return QPen(self._pen)

    def set_ends(self, outline_a: geometry.Outline, ax: float, ay: float, outline_b: geometry.Outline,
                 bx: float, by: float) -> None:
        """The source's and target's outlines (or kinds) and centres (scene coordinates)."""
        ends = (outline_a, ax, ay, outline_b, bx, by)
        if ends == self._ends:
            return
        self._ends = ends
        self._rebuild()

    def drawn_ends(self) -> tuple[QPointF, QPointF] | None:
        """Where the drawing touches the source and target outlines (arrow tips included)."""
        segment = self._segment
        if segment is None:
            return None
        return QPointF(segment[0], segment[1]), QPointF(segment[2], segment[3])

    def arrow_count(self) -> int:
        return len(self._arrow_tips)

    def arrowheads(self) -> list[QPolygonF]:
        """The arrowheads drawn (scene coordinates), each from its tip."""
        return [QPolygonF([QPointF(x, y) for x, y in points]) for points in self._arrow_tips]

    def tick_count(self) -> int:
        return self._tick_count

    def drawn_line(self) -> QLineF | None:
        return QLineF(*self._stroked) if self._stroked is not None else None

    def show_band(self, shown: bool) -> None:
        """Show the soft band under the line that marks it selected (SelectionBands calls this)."""
        if self._band is None:
            if not shown:
                return
            self._band = QGraphicsPathItem(self._band_path(), self)
            self._band.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
            self._band.setPen(self._highlight)
        self._band.setVisible(shown)

    def _band_path(self) -> QPainterPath:
        segment = self._segment
        if segment is None:
            return _NO_LINE
        path = QPainterPath()
        path.moveTo(segment[0], segment[1])
        path.lineTo(segment[2], segment[3])
        return path

    # ----- geometry -------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        self._hit = None
        segment = self._segment = geometry.clipped_segment(*self._ends) if self._ends else None
        if self._caption is not None:
            self._place_caption()
        if self._band is not None:
            self._band.setPath(self._band_path())
        if segment is None:
            # The two nodes overlap: nothing sensible to draw until they are pulled apart.
            self._bounds = QRectF()
            self._stroked = None
            if self._line is not None:
                self._line.setPath(_NO_LINE)
            self._place_ticks(None)
            self._place_arrows(())
            return
        x1, y1, x2, y2 = segment
        strength, flow = self.strength, self.flow
        self._bounds = shape_bounds(x1, y1, x2, y2, strength)
        if self._has_arrows:
            stroked, arrows, _ = geometry.connection_parts(x1, y1, x2, y2, strength, flow, with_ticks=False)
        else:
            stroked, arrows = segment, ()  # the common case: the line is the whole segment
        self._stroked = stroked
        path = QPainterPath()
        path.moveTo(stroked[0], stroked[1])
        path.lineTo(stroked[2], stroked[3])
        if self._line is None:
            self._line = QGraphicsPathItem(path, self)
            self._line.setPen(self._pen)
        else:
            self._line.setPath(path)
        if self._has_ticks or self._ticks is not None:
            self._place_ticks(tick_placing(x1, y1, x2, y2, strength, flow))
        if arrows or self._arrow_tips:
            self._place_arrows(arrows)

    def _place_ticks(self, placing: tuple | None) -> None:
        if placing is None:
            self._tick_count = 0
            if self._ticks is not None:
                self._ticks.setVisible(False)
            return
        transform, count, spacing, length = placing
        self._tick_count = count
        if self._ticks is None:
            self._ticks = _Ticks(comb_path(count, spacing, length), self)
            self._ticks.setPen(self._tick_pen)
        else:
            self._ticks.setPath(comb_path(count, spacing, length))
            self._ticks.setVisible(True)
        self._ticks.setTransform(transform)

    def _place_arrows(self, arrows: list | tuple) -> None:
        self._arrow_tips = list(arrows)
        path = QPainterPath()
        for (tx, ty), (lx, ly), (rx, ry) in arrows:
            path.moveTo(tx, ty)
            path.lineTo(lx, ly)
            path.lineTo(rx, ry)
            path.closeSubpath()
        if self._arrows is None:
            self._arrows = QGraphicsPathItem(path, self)
            self._arrows.setPen(_NO_PEN)
            self._arrows.setBrush(self._brush)
        else:
            self._arrows.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        # Asked by the scene's index and by clicks only: the item paints nothing itself.
        return self._bounds

    def shape(self) -> QPainterPath:
        segment = self._segment
        if segment is None:
            return QPainterPath()
        if self._hit is None:
            # Built lazily: only hit tests and rubber bands need it, never a redraw.
            self._hit = hit_path(QPointF(segment[0], segment[1]), QPointF(segment[2], segment[3]))
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pass  # never called (ItemHasNoContents): the parts draw the connection


class SelectionBands:
    """Shows the band under each selected connection as the scene's selection changes (the parts
    are painted by Qt, so a line cannot look at its own selection while it is drawn)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._shown: set[EdgeItem] = set()
        scene.selectionChanged.connect(self._follow)

    def _follow(self) -> None:
        if not shiboken6.isValid(self._scene):
            return
        selected = {item for item in self._scene.selectedItems() if isinstance(item, EdgeItem)}
        for item in self._shown - selected:
            if shiboken6.isValid(item):
                item.show_band(False)
        for item in selected - self._shown:
            item.show_band(True)
        self._shown = selected
