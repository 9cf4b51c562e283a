"""A connection between two nodes on the canvas."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ... import geometry
from .connection_drawing import (
    ConnectionShape,
    arrow_brush,
    band_pad,
    build_shape,
    highlight_pen,
    hit_path,
    line_pen,
    shape_box,
    tick_pen,
)
from . import item_types

if TYPE_CHECKING:
    from .line_layer import LineLayer

EDGE_Z = 0.0  # Qt's own default: a new item already has it
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_RECT = QRectF()
# With the extended style option Qt says which part of the box it repaints (option.exposedRect).
_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
          | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
# A line drawn by the scene's line layer: Qt never calls its paint().
_LAYERED_FLAGS = _FLAGS | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_level_of_detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform
AA_SLACK_PX = 2.0  # how far antialiasing may reach past a stroke, in device pixels (as Qt allows)
_STANDARD: tuple[str | None, float, str | None] = (None, 1.0, None)
Ends = tuple[geometry.Outline, float, float, geometry.Outline, float, float]


@lru_cache(maxsize=64)
def _pens(strength: str, colour: str | None) -> tuple[QPen, QPen, QBrush, QPen]:
    """The line's pen, the ticks' pen, the arrows' brush and the selection band of one style,
    looked up at once (a big map makes thousands of connections with a few styles)."""
    return line_pen(strength, colour), tick_pen(colour), arrow_brush(colour), highlight_pen(strength)


@lru_cache(maxsize=64)
def _standard_key(strength: str, colour: str | None) -> tuple[str, str | None, tuple]:
    """The style key (EdgeItem.style_key) of a line of the standard look: one shared by every such line."""
    return strength, colour, _STANDARD


class EdgeItem(QGraphicsRectItem):
    """Draws one connection from plain values: the two ends' kinds and centres, strength, flow, colour.

    Its geometry lives in scene coordinates (the item stays at the origin), rebuilt only when an end
    moves or the style changes, never while painting. Its box is the rectangle of a pen-less
    QGraphicsRectItem, so Qt reads it without calling Python (three or four times per line per
    repaint); the rectangle itself is never drawn: paint() is ours. In a map's scene the line is
    drawn by the scene's LineLayer (line_layer.py), with the others, unless it has words on it.
    """

    Type = item_types.EDGE

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.EDGE

    # Starting values, shared by every connection until it sets its own (a big map makes thousands
    # at once): replaced, never changed in place.
    _ends: Ends | None = None
    _segment: tuple[float, float, float, float] | None = None  # None: the nodes overlap
    _shape: ConnectionShape | None = None  # the drawing, made when first needed (_drawing)
    _hit: QPainterPath | None = None
    _variant = _STANDARD
    _caption: QGraphicsItem | None = None  # words kept at the line's middle (compare overlay)
    _layer: LineLayer | None = None  # the layer that draws the line while it has no words on it

    def __init__(self, edge_id: str, strength: str = "moderate", flow: str = "none",
                 colour: str | None = None, ends: Ends | None = None, layer: LineLayer | None = None) -> None:
        """A connection of that style; with *ends* (as set_ends takes them), placed at once. With
        *layer*, the layer draws it (the caller gives it to the layer's adopt(), with the others)."""
        super().__init__()
        self.edge_id = edge_id
        self._set_pens(strength, flow, colour)
        if layer is None:
            self.setFlags(_FLAGS)
        else:
            self._layer = layer
            self.setFlags(_LAYERED_FLAGS)
        self.setPen(_NO_PEN)  # the box is then exactly the rectangle
        if ends is not None:
            # Not in a scene yet: no geometry change to announce (as _rebuild does otherwise).
            self._ends = ends
            self._place()

    # ----- values from the scene ------------------------------------------------------------

    def set_style(self, strength: str, flow: str, colour: str | None) -> None:
        self._set_pens(strength, flow, colour)
        self._rebuild()

    def _set_pens(self, strength: str, flow: str, colour: str | None) -> None:
        self.strength, self.flow, self.colour = strength, flow, colour
        if self._variant is _STANDARD:
            # Lines with the same key have the same pens: the line layer draws them in one call. The
            # pens and brush are looked up once here, not at every repaint; both are shared.
            self.style_key = _standard_key(strength, colour)
            self._pens = _pens(strength, colour)
            return
        self.style_key = (strength, colour, self._variant)
        pen, ticks, brush, band = _pens(strength, colour)
        forced, scale, highlight = self._variant
        if forced or scale != 1.0 or highlight:  # high contrast: one strong colour, thicker lines
            ink = forced or colour
            pen, ticks = QPen(line_pen(strength, ink)), QPen(tick_pen(ink))
            pen.setWidthF(pen.widthF() * scale)
            ticks.setWidthF(ticks.widthF() * scale)
            brush = arrow_brush(ink)
            band = QPen(band)
            extra = pen.widthF() - line_pen(strength, None).widthF()
            band.setWidthF(band.widthF() + extra)
            if highlight:
                colour_of_band = QColor(highlight)
                colour_of_band.setAlpha(120)
                band.setColor(colour_of_band)
        self._pens = (pen, ticks, brush, band)

    def set_variant(
        self, line_colour: str | None, width_scale: float = 1.0, highlight: str | None = None
    ) -> None:
        """Draw every line in *line_colour* (None: its own colour), *width_scale* times as thick,
        with a selection band of *highlight* (None: the usual one). Used by the high-contrast view and
        the compare overlay's dimmed lines. Only the pens change: the drawing's shape stays."""
        self._variant = (line_colour, width_scale, highlight)
        self._set_pens(self.strength, self.flow, self.colour)
        self.update()
        if self._layer is not None:
            self._layer.changed(self, self._segment)

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
        layer = self._layer
        if layer is not None and (old is None) != (caption is None):
            # Words on it: it draws itself, so that it can be raised above the people with its words.
            drawn_by_layer = caption is None
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, drawn_by_layer)
            if drawn_by_layer:
                layer.take_back(self)
            else:
                layer.release(self)
            self.update()

    def caption(self) -> QGraphicsItem | None:
        return self._caption

    def _place_caption(self) -> None:
        segment = self._segment
        self._caption.setVisible(segment is not None)
        if segment is not None:
            self._caption.setPos((segment[0] + segment[2]) / 2, (segment[1] + segment[3]) / 2)

    def pens(self) -> tuple[QPen, QPen, QBrush, QPen]:
        """The line's pen, the ticks' pen, the arrowheads' brush and the selection band's pen."""
        return self._pens

    def line_pen(self) -> QPen:
        """The pen the line is drawn with (for tests and accessibility checks)."""
        return QPen(self._pens[0])

    def set_ends(self, outline_a: geometry.Outline, ax: float, ay: float, outline_b: geometry.Outline,
                 bx: float, by: float) -> None:
        """The source's and target's outlines (or kinds) and centres (scene coordinates)."""
        ends = (outline_a, ax, ay, outline_b, bx, by)
        if ends == self._ends:
            return
        self._ends = ends
        self._rebuild()

    def segment(self) -> tuple[float, float, float, float] | None:
        """(x1, y1, x2, y2): where the line runs, outline to outline, in scene coordinates; its hit
        band (shape()) is built around it. None while the two nodes overlap."""
        return self._segment

    def drawn_ends(self) -> tuple[QPointF, QPointF] | None:
        """Where the drawing touches the source and target outlines (arrow tips included)."""
        drawing = self._drawing()
        if drawing is None:
            return None
        return QPointF(drawing.start), QPointF(drawing.end)

    def arrow_count(self) -> int:
        drawing = self._drawing()
        return len(drawing.arrows) if drawing else 0

    def tick_count(self) -> int:
        drawing = self._drawing()
        return len(drawing.tick_comb[1]) if drawing and drawing.tick_comb else 0

    def drawn_line(self) -> QLineF | None:
        drawing = self._drawing()
        return QLineF(drawing.line) if drawing else None

    # ----- geometry -------------------------------------------------------------------------

    def _rebuild(self) -> None:
        # Announced even when the box stays the same: the drawing inside it changes.
        old_segment = self._segment
        self.prepareGeometryChange()
        self._hit = None
        self._shape = None
        self._place()
        if self._caption is not None:
            self._place_caption()
        if self._layer is not None:
            self._layer.changed(self, old_segment)

    def _place(self) -> None:
        """The line's segment between its ends' outlines, and its box."""
        segment = self._segment = geometry.clipped_segment(*self._ends) if self._ends else None
        if segment is None:
            # The two nodes overlap: nothing sensible to draw until they are pulled apart.
            self.setRect(_NO_RECT)
            return
        # Only the box now: the drawing is made when the line is first drawn or asked about, so a
        # big map's connections off screen (or moved again before a repaint) cost no more than this.
        self.setRect(*shape_box(*segment, self.strength))

    def drawing(self) -> ConnectionShape | None:
        """What is drawn: the line, its ticks and arrowheads (None while the nodes overlap)."""
        return self._shape if self._shape is not None else self._drawing()

    def _drawing(self) -> ConnectionShape | None:
        if self._shape is None and self._segment is not None:
            self._shape = build_shape(*self._segment, self.strength, self.flow)
        return self._shape

    def _exposed_ticks(self, shape: ConnectionShape, exposed: QRectF,
                       painter: QPainter) -> tuple[int, int] | bool | None:
        """Which cross-ticks may put ink in the part of the box Qt repaints (as ticks_within gives);
        False when none of the line's drawing does, None when Qt did not say (draw them all)."""
        scale = _level_of_detail(painter.worldTransform())
        if exposed.isEmpty() or scale <= 0.0:
            return None
        left, top, right, bottom = exposed.getCoords()  # item coordinates: scene ones, as the line's
        pad = band_pad(self.strength) + AA_SLACK_PX / scale
        which = shape.ticks_within(left - pad, top - pad, right + pad, bottom + pad)
        return False if which is None else which

    def shape(self) -> QPainterPath:
        drawing = self._drawing()
        if drawing is None:
            return QPainterPath()
        if self._hit is None:
            # Built lazily: only hit tests and rubber bands need it, never a plain redraw.
            self._hit = hit_path(drawing)
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # The same drawing as paint_connection(), inlined: thousands of these run per redraw.
        shape = self._shape if self._shape is not None else self._drawing()
        if shape is None:
            return
        which = None
        if shape.tick_comb is not None:
            # Only a line with cross-ticks looks at the area Qt repaints: drawing its ticks there costs
            # far more than working out which. A plain line is drawn whole and clipped by the painter,
            # which costs about as much as that reckoning would (and the area is mostly where it runs).
            which = self._exposed_ticks(shape, option.exposedRect, painter)
            if which is False:
                return
        pen, ticks, brush, band = self._pens
        if self.isSelected():
            painter.setPen(band)
            painter.drawLine(shape.start, shape.end)
        painter.setPen(pen)
        painter.drawLine(shape.line)
        if shape.tick_comb is not None:
            painter.setPen(ticks)
            shape.paint_ticks(painter, which)
        if shape.arrows:
            painter.setPen(_NO_PEN)
            painter.setBrush(brush)
            for polygon in shape.arrows:
                painter.drawPolygon(polygon)
