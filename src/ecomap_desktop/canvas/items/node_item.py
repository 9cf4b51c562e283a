"""A node on the canvas: the centre (family), a person (circle) or a group (rounded rectangle)."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ... import geometry, node_shape, style
from .brush import solid_brush
from .node_outline import Box, outline_geometry, outline_shape, plain_shape
from .text_layout import (
    TextBlock,
    block_box,
    build_block,
    fitted_shape,
    font_metrics,
    label_font,
    name_fonts,
)
from . import item_types

NODE_Z = 10.0


@lru_cache(maxsize=256)
def _brush(colour: str) -> QBrush:
    """One brush per fill colour, shared by every node of that colour (never changed in place)."""
    return solid_brush(QColor(colour))


def _pen(colour: str, width: float, alpha: int = 255) -> QPen:
    qcolour = QColor(colour)
    qcolour.setAlpha(alpha)
    return QPen(qcolour, width)


_SELECTION_PEN = _pen(style.HIGHLIGHT, style.SELECTION_WIDTH)
_DROP_PEN = _pen(style.HIGHLIGHT, style.SELECTION_WIDTH * 1.6, 150)
_TEXT_PEN = _pen(style.LABEL_COLOUR, 1.0)
_PLACEHOLDER_PEN = _pen(style.RING_LABEL_COLOUR, 1.0)
_HANDLE_PEN = _pen(style.HIGHLIGHT, 2.0)
_HANDLE_BRUSH = solid_brush(QColor(style.HANDLE_FILL))
_FOCUS_PEN = QPen(QColor(style.FOCUS_RING_COLOUR), style.FOCUS_RING_WIDTH, Qt.PenStyle.DashLine)
_DEFAULT_FILL = solid_brush(QColor(style.DEFAULT_FILL))
_FADED_PEN = _pen("#b9b9b9", style.NODE_OUTLINE_WIDTH)
_FADED_FILL = solid_brush(QColor("#f5f5f3"))
_FADED_TEXT_PEN = _pen("#8c8c8c", 1.0)  # 3.3:1 on its fill: quieter, still read
_OUTLINE_PEN = QPen(QColor(style.NODE_OUTLINE), style.NODE_OUTLINE_WIDTH)
_NO_LINE = QPen(Qt.PenStyle.NoPen)
_NO_RECT = QRectF()
_NO_BOX: Box = (0.0, 0.0, 0.0, 0.0)  # left, top, right, bottom: QRectF()'s edges
_ORIGIN = QPointF()
_NO_TEXT = TextBlock()
_NO_FONT = QFont()
_LABEL_MIN_NODE_PX = style.LABEL_MIN_NODE_PX
_NO_SHAPE = node_shape.NodeShape("person", 0.0, 0.0, 0.0, (), (), ())
_NODE_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable


class NodeItem(QGraphicsRectItem):
    """Draws one node from plain values (kind, label, fill, household lines); knows nothing of the map.

    The label is wrapped once per change of text; zooming out only scales the prepared text (see
    set_text_boost), so redraws and drags never lay text out again. Its box is the rectangle of a
    pen-less QGraphicsRectItem, so Qt reads it without calling Python; paint() draws the node.
    """

    Type = item_types.NODE

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.NODE

    # Starting values, shared by every node until it sets its own (a big map makes thousands of
    # nodes): replaced, never changed in place.
    kind = ""
    label = ""
    _household: tuple[str, ...] = ()
    _fill = _DEFAULT_FILL
    _pen = _OUTLINE_PEN
    _outline_size: geometry.Outline = (0.0, 0.0, 0.0)
    _shape = _NO_SHAPE
    _outline_rect = _NO_RECT
    _corner = 0.0
    _handle_centre = _ORIGIN
    _base_bounds: Box = _NO_BOX
    _text: TextBlock | None = _NO_TEXT  # None: placed when first drawn (see _block)
    _font = _small_font = _NO_FONT
    _placeholder = ""  # faint words while the label is empty (the centre: the family's name)
    _showing_placeholder = False
    _text_boost = 1.0
    _label_hidden = False
    _hovered = False
    _handle_allowed = True  # False on a map that cannot be changed (a past visit)
    _drop_target = False
    _handle_radius = style.HANDLE_RADIUS
    _half_height = 0.0
    _centre_fill = style.CENTRE_FILL
    _selection_pen, _text_pen = _SELECTION_PEN, _TEXT_PEN
    _placeholder_pen = _PLACEHOLDER_PEN
    _faded = False  # drawn in pale ink and fill (the compare overlay's "did not change")

    def __init__(self, node_id: str, kind: str, label: str | None = None, *, fill: str = style.DEFAULT_FILL,
                 household: list[str] | tuple[str, ...] = (), placeholder: str = "",
                 variant: style.CanvasVariant | None = None, handle_radius: float = style.HANDLE_RADIUS,
                 text_boost: float = 1.0) -> None:
        """A node of *kind*; with a *label*, made with all it shows at once (a whole map is made
        node by node): its name fitted once, at *text_boost*, in *variant* (None: standard)."""
        super().__init__()
        self.node_id = node_id
        # Focusable, so the node the keys act on can show a focus ring (the scene gives it focus).
        self.setFlags(_NODE_FLAGS)
        self.setPen(_NO_LINE)  # the box is then exactly the rectangle (see _update_bounds)
        self.setAcceptHoverEvents(True)
        self.setZValue(NODE_Z)
        if label is None:
            self.set_kind(kind)
            return
        # Not in a scene yet: no geometry change to announce, nothing to repaint.
        if variant is not None:
            self._set_variant_values(variant)
        self._handle_radius = handle_radius
        self.kind, self._placeholder, self._text_boost = kind, placeholder, text_boost
        self._fill = _brush(self._centre_fill if kind == "centre" else fill)
        self.label = label
        if household:
            self._household = tuple(household)
        if label or household or placeholder:
            self._relayout(notify=False)
        else:
            self._plain_shape(notify=False)

    # ----- values from the scene ------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        if kind == self.kind:
            return
        self.kind = kind
        if kind == "centre":
            self._fill = solid_brush(QColor(self._centre_fill))
        if self.label or self._household or self._placeholder:
            self._relayout()
        else:
            # No text to lay out yet (a new item): the kind's own size; set_content lays out once.
            self._plain_shape()

    def _plain_shape(self, notify: bool = True) -> None:
        """The kind's own size, with no text in it."""
        self._shape = plain_shape(self.kind)
        self._text = _NO_TEXT
        self._set_outline(self._shape.outline_at(self._text_boost))
        self._update_bounds(notify)

    def _set_outline(self, outline: geometry.Outline) -> None:
        rect, corner, half_height, handle, bounds, self._outline_size = outline_geometry(outline,
                                                                                        self._handle_radius)
        self._outline_rect, self._base_bounds = rect, bounds
        self._corner, self._half_height, self._handle_centre = corner, half_height, handle

    def set_content(self, label: str, fill: str, household: list[str] | None = None) -> None:
        """The label, the fill colour (#rrggbb) and, for the centre, the household lines to list."""
        self._fill = _brush(self._centre_fill if self.kind == "centre" else fill)
        household = tuple(household or ())
        if label != self.label or household != self._household:
            self.label, self._household = label, household
            self._relayout()
        else:
            self.update()

    def set_placeholder(self, text: str) -> None:
        """Faint words to show while the label is empty, saying what belongs there."""
        if text != self._placeholder:
            self._placeholder = text
            if not self.label:
                self._relayout()

    def showing_placeholder(self) -> bool:
        return self._showing_placeholder

    def set_variant(self, variant: style.CanvasVariant) -> None:
        """Outline, text and highlight colours and widths (standard or high contrast).

        The fill comes with set_content, which the scene calls again after a change of variant.
        """
        self._set_variant_values(variant)
        self.update()

    def _set_variant_values(self, variant: style.CanvasVariant) -> None:
        self._pen = QPen(QColor(variant.node_outline), variant.node_outline_width)
        self._text_pen = _pen(variant.label_colour, 1.0)
        self._placeholder_pen = _pen(variant.ring_label_colour, 1.0)
        self._selection_pen = _pen(variant.highlight, style.SELECTION_WIDTH)
        self._centre_fill = variant.centre_fill

    def set_faded(self, faded: bool) -> None:
        """Draw in pale ink on a pale fill, opaque (nothing behind shows through), or as usual."""
        if faded != self._faded:
            self._faded = faded
            self.update()

    def is_faded(self) -> bool:
        return self._faded

    def fill_colour(self) -> str:
        """The fill as #rrggbb (for tests and accessibility checks)."""
        return self._fill.color().name()

    def has_focus_ring(self) -> bool:
        """Whether the focus ring is drawn: the node has keyboard focus (the canvas has focus too)."""
        return self.hasFocus()

    def set_text_boost(self, boost: float) -> bool:
        """Draw the text *boost* times larger (the view sets this when zoomed out, and the text-size
        setting), the outline grown to hold it. Returns whether the outline changed (its
        connections must then meet the new one)."""
        if boost == self._text_boost:
            return False
        self._text_boost = boost
        old = self._outline_size
        self._set_outline(self._shape.outline_at(boost))
        self._update_bounds()
        return self._outline_size != old

    def outline_at(self, boost: float) -> geometry.Outline:
        """The outline the node would have with its text *boost* times larger."""
        return self._shape.outline_at(boost)

    def set_label_hidden(self, hidden: bool) -> None:
        """Hide the label while it is being edited in place."""
        self._label_hidden = hidden
        self.update()

    def set_drop_target(self, on: bool) -> None:
        """Highlight the node as the place a connection being drawn would go."""
        if on != self._drop_target:
            self._drop_target = on
            self.update()

    def handle_radius(self) -> float:
        return self._handle_radius

    def set_handle_radius(self, radius: float) -> None:
        """The size of the "+" handle (larger in touch mode, for a fingertip)."""
        if radius != self._handle_radius:
            self._handle_radius = radius
            self._set_outline(self._outline_size)
            self._update_bounds()

    # ----- queries --------------------------------------------------------------------------

    def handle_visible(self) -> bool:
        return self._handle_allowed and (self._hovered or self.isSelected())

    def set_handle_allowed(self, allowed: bool) -> None:
        """Whether the "+" handle ever shows: not where no line can be drawn (a past visit)."""
        if allowed != self._handle_allowed:
            self.prepareGeometryChange()  # the shape loses or regains the handle's circle
            self._handle_allowed = allowed

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self._handle_centre)

    def handle_contains(self, scene_pos: QPointF) -> bool:
        """Whether *scene_pos* is on the visible "drag to connect" handle."""
        if not self.handle_visible():
            return False
        offset = self.mapFromScene(scene_pos) - self._handle_centre
        return math.hypot(offset.x(), offset.y()) <= self._handle_radius + 2

    def text_lines(self) -> list[str]:
        """The label and household lines as drawn, for tests and accessibility."""
        return [line for _, _, line in self._block().rows]

    def text_line_rects(self) -> list[QRectF]:
        """Each drawn line's box in item coordinates at 100% (for tests: is the name inside?)."""
        return list(self._block().line_rects)

    def text_rect(self) -> QRectF:
        """The drawn text's box in item coordinates, boost included."""
        return self._boosted_text_rect()

    # ----- geometry -------------------------------------------------------------------------

    def outline(self) -> geometry.Outline:
        """(half width, half height, corner radius): the kind's size, or larger to hold the name."""
        return self._outline_size

    def _relayout(self, notify: bool = True) -> None:
        kind = self.kind if self.kind in style.LABEL_WRAP_WIDTH else "person"
        self._showing_placeholder = not self.label.strip() and bool(self._placeholder)
        label = self._placeholder if self._showing_placeholder else self.label
        members = ", ".join(self._household)
        if self._showing_placeholder:
            font = label_font(node_shape.label_size(kind), False, label)
            font.setItalic(True)
            metrics = font_metrics(font)
            small, small_metrics = name_fonts(kind, "", members)[2:] if members else (font, metrics)
        else:  # shared by every node with the same kind of name: never changed here
            font, metrics, small, small_metrics = name_fonts(kind, label, members)
        self._shape = shape = fitted_shape(kind, label, members, metrics, small_metrics)
        self._set_outline(shape.outline_at(self._text_boost))
        # The lines are placed for drawing when first drawn: on a big map most names never are.
        self._text, self._font, self._small_font = None, font, small
        self._update_bounds(notify)

    def _block(self) -> TextBlock:
        if self._text is None:
            self._text = build_block(self._shape.rows, self._font, self._small_font, self._shape.widths)
        return self._text

    def _boosted_text_rect(self) -> QRectF:
        x, y, width, height = block_box(self._shape.rows, self._shape.widths)
        boost = self._text_boost
        return QRectF(x * boost, y * boost, width * boost, height * boost)

    def _update_bounds(self, notify: bool = True) -> None:
        """Work out the bounds again; *notify*: tell the scene (not while the item is being made).

        setRect() announces a change of box to the scene itself (prepareGeometryChange), so only a
        change inside the same box needs telling, by update()."""
        # The outline with room for the rings and the handle (per kind), and the text with a margin:
        # worked out in floats as QRectF's adjusted() and united() do, with the same operations in
        # the same order (the same rectangle to the last bit), one call to Qt instead of four.
        # (The text's box is worked out from the shape each time, not kept: one object fewer per
        # node for Python's cycle collector to go through after a big map is made.)
        shape = self._shape
        rows = shape.rows
        if rows:  # block_box(), inlined (every node, again at each change of text size)
            width = max(shape.widths)
            top = rows[0][2]
            x, y, height = -width / 2, top, -2 * top
        else:
            x = y = width = height = 0.0
        boost = self._text_boost
        if boost != 1.0:
            x, y, width, height = x * boost, y * boost, width * boost, height * boost
        x, y = x + -6.0, y + -4.0
        right, bottom = x + (width + 6.0 - -6.0), y + (height + 4.0 - -4.0)
        left_b, top_b, right_b, bottom_b = self._base_bounds
        left = left_b if left_b < x else x  # qMin, qMax: the same pick on ties as Qt
        top = top_b if top_b < y else y
        right = right if right_b < right else right_b
        bottom = bottom if bottom_b < bottom else bottom_b
        self.setRect(left, top, right - left, bottom - top)
        if notify:
            self.update()

    def shape(self) -> QPainterPath:
        outline = outline_shape(self._outline_size)
        if not self.handle_visible():
            return outline
        path = QPainterPath(outline)
        path.addEllipse(self._handle_centre, self._handle_radius + 2, self._handle_radius + 2)
        # Winding, not odd-even: where the handle overlaps the outline is the handle too, not a hole
        # that a press would fall through to the canvas (and start a rubber band).
        path.setFillRule(Qt.FillRule.WindingFill)
        return path

    # ----- hover ----------------------------------------------------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's name
        self._hovered = False
        self.update()

    # ----- painting -------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        if selected or self._drop_target:
            painter.setPen(self._selection_pen if selected else _DROP_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = style.SELECTION_GAP
            ring = self._outline_rect.adjusted(-grow, -grow, grow, grow)
            if self._corner:
                painter.drawRoundedRect(ring, self._corner + grow, self._corner + grow)
            else:
                painter.drawEllipse(ring)
        if self.hasFocus():
            self._paint_focus_ring(painter)
        faded = self._faded
        painter.setPen(_FADED_PEN if faded else self._pen)
        painter.setBrush(_FADED_FILL if faded else self._fill)
        # drawEllipse / drawRoundedRect are much quicker than drawPath for the same outline.
        if self._corner:
            painter.drawRoundedRect(self._outline_rect, self._corner, self._corner)
        else:
            painter.drawEllipse(self._outline_rect)
        world = painter.worldTransform()
        if option.levelOfDetailFromTransform(world) * self._half_height < _LABEL_MIN_NODE_PX:
            return  # too small on screen for text or handle to mean anything
        # (The text and the handle are drawn here in one go: a big map paints thousands of nodes.)
        if self._shape.rows and not self._label_hidden:
            boost = self._text_boost
            if boost != 1.0:
                # Enlarged text: the outline has grown to hold it (set_text_boost).
                painter.scale(boost, boost)
            painter.setPen(_FADED_TEXT_PEN if faded
                           else self._placeholder_pen if self._showing_placeholder else self._text_pen)
            text = self._text
            if text is None:
                text = self._block()
            for font, position, static in text.runs:
                painter.setFont(font)
                painter.drawStaticText(position, static)
            if boost != 1.0:
                painter.setWorldTransform(world)
        if self._handle_allowed and (selected or self._hovered):  # handle_visible()
            self._paint_handle(painter)

    def _paint_focus_ring(self, painter: QPainter) -> None:
        # Dashed, outside the selection ring: focus shows by its pattern, not only its colour.
        painter.setPen(_FOCUS_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grow = style.SELECTION_GAP + style.SELECTION_WIDTH + style.FOCUS_RING_GAP + style.FOCUS_RING_WIDTH / 2
        ring = self._outline_rect.adjusted(-grow, -grow, grow, grow)
        if self._corner:
            painter.drawRoundedRect(ring, self._corner + grow, self._corner + grow)
        else:
            painter.drawEllipse(ring)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()

    def _paint_handle(self, painter: QPainter) -> None:
        r = self._handle_radius
        painter.setPen(_HANDLE_PEN)
        painter.setBrush(_HANDLE_BRUSH)
        painter.drawEllipse(self._handle_centre, r, r)
        c = self._handle_centre
        arm = r * 0.55
        painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))
