"""The live line shown while a new connection is being drawn."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ... import geometry
from .connection_drawing import ConnectionShape, build_shape, paint_connection, shape_bounds
from . import item_types

PREVIEW_Z = 500.0


class PreviewItem(QGraphicsItem):
    """A connection drawn in the style it will get, from a node's outline to the pointer or a target."""

    Type = item_types.PREVIEW

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.PREVIEW

    def __init__(self, strength: str, flow: str, colour: str | None) -> None:
        super().__init__()
        self._style = (strength, flow, colour)
        self._shape: ConnectionShape | None = None
        self._bounds = QRectF()
        self.setZValue(PREVIEW_Z)
        self.setOpacity(0.75)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_ends(self, outline_a: geometry.Outline, a: QPointF, outline_b: geometry.Outline | None,
                 b: QPointF) -> None:
        """From node *a* (its outline) to node *b*, or to the free point *b* when outline_b is None."""
        self.prepareGeometryChange()
        if outline_b is not None:
            segment = geometry.clipped_segment(outline_a, a.x(), a.y(), outline_b, b.x(), b.y())
        else:
            dx, dy = b.x() - a.x(), b.y() - a.y()
            reach = geometry.outline_distance(outline_a, dx, dy)
            length = math.hypot(dx, dy)
            segment = None
            if length > reach + 1:
                segment = (a.x() + dx / length * reach, a.y() + dy / length * reach, b.x(), b.y())
        if segment is None:
            self._shape, self._bounds = None, QRectF()
            return
        strength, flow, _ = self._style
        self._shape = build_shape(*segment, strength, flow)
        self._bounds = shape_bounds(*segment, strength)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._shape is not None:
            strength, _, colour = self._style
            paint_connection(painter, self._shape, strength, colour, selected=True)
