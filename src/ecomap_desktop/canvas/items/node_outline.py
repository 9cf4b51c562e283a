"""A node's outline on the canvas, worked out once per size and shared by every node of that size:
its box with room for the selection and focus rings and the "+" handle, and its path for hit tests."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from ... import geometry, node_shape, style

Box = tuple[float, float, float, float]  # left, top, right, bottom
OutlineGeometry = tuple[QRectF, float, float, QPointF, Box, geometry.Outline]


@lru_cache(maxsize=512)
def outline_geometry(outline: geometry.Outline, handle_radius: float) -> OutlineGeometry:
    """Outline's box, corner radius (0 for a circle), half height, handle centre and the bounds
    without the text (as left, top, right, bottom, the edges Qt's QRectF.united() reads), and the
    outline itself, for one outline and handle size: shared by all nodes of that size, never changed
    in place (nodes of one size then share one outline too: fewer objects for Python's cycle
    collector to go through after a big map is made)."""
    half_w, half_h, corner = outline
    rect = QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h)
    # The handle sits just outside the rim towards the upper right, touching it: on the rim itself it
    # covered the end of a name's first line on a small circle, whose name fills it.
    reach = geometry.outline_distance(outline, 1.0, -1.0) + handle_radius
    handle = QPointF(reach / math.sqrt(2), -reach / math.sqrt(2))
    # Room for the selection and focus rings, and for the handle.
    grow = style.SELECTION_GAP + style.SELECTION_WIDTH + style.FOCUS_RING_GAP + style.FOCUS_RING_WIDTH
    bounds = rect.adjusted(-grow, -grow, grow, grow)
    radius = handle_radius + 2
    bounds = bounds.united(QRectF(handle - QPointF(radius, radius), handle + QPointF(radius, radius)))
    circle = corner >= half_w and half_w == half_h
    edges = (bounds.x(), bounds.y(), bounds.x() + bounds.width(), bounds.y() + bounds.height())
    return rect, 0.0 if circle else corner, half_h, handle, edges, outline


@lru_cache(maxsize=512)
def outline_shape(outline: geometry.Outline) -> QPainterPath:
    """The outline as a path, for hit tests only (painting draws the ellipse or rounded rectangle
    itself): made when first asked, shared, never changed in place."""
    half_w, half_h, corner = outline
    path = QPainterPath()
    rect = QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h)
    if corner < half_w or half_w != half_h:
        path.addRoundedRect(rect, corner, corner)
    else:
        path.addEllipse(rect)
    return path


@lru_cache(maxsize=8)
def plain_shape(kind: str) -> node_shape.NodeShape:
    """A kind's own shape with no text (shared, never changed in place)."""
    half_w, half_h, corner = geometry.node_half_size(kind)
    return node_shape.NodeShape(kind, half_w, half_h, corner, (), (), ())
