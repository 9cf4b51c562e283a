"""Where things go: a free spot for a new node, and the order Tab walks the nodes in.

Plain functions over positions, so the scene stays about projecting the document.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF

from ... import geometry

# Radii tried, in order, when looking for a free spot for a new node (the rings' neighbourhood).
FREE_SPOT_RADII = (220.0, 330.0, 460.0, 590.0)
# Room kept between a new node's outline and any other node.
FREE_SPOT_GAP = 24.0
# Centre-to-centre room along a circle between tried spots.
FREE_SPOT_STEP = 150.0


def free_spot(centre: QPointF, kind: str, is_free: Callable[[QRectF], bool]) -> QPointF:
    """The first spot around *centre*, inner circles first and clockwise from 12 o'clock, whose
    area (the node's box plus a gap) *is_free* accepts."""
    half_w, half_h, _ = geometry.node_half_size(kind)
    half_w += FREE_SPOT_GAP
    half_h += FREE_SPOT_GAP
    radii = list(FREE_SPOT_RADII) + [FREE_SPOT_RADII[-1] + 130.0 * k for k in range(1, 40)]
    for radius in radii:
        count = max(6, int(2 * math.pi * radius / FREE_SPOT_STEP))
        for i in range(count):
            angle = -math.pi / 2 + 2 * math.pi * i / count
            spot = QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))
            if is_free(QRectF(spot.x() - half_w, spot.y() - half_h, 2 * half_w, 2 * half_h)):
                return spot
    return QPointF(centre.x(), centre.y() - radii[-1] - 130.0)


def reading_order(centre_id: str, positions: Mapping[str, tuple[float, float]]) -> list[str]:
    """The centre first, then the others clockwise from 12 o'clock around it, nearer ones first
    at equal angles: the order a person reads a clock face."""
    cx, cy = positions[centre_id]

    def key(node_id: str) -> tuple[float, float, str]:
        x, y = positions[node_id]
        dx, dy = x - cx, y - cy
        angle = math.atan2(dx, -dy) % (2 * math.pi)  # 0 at 12 o'clock, growing clockwise on screen
        return (round(angle, 6), math.hypot(dx, dy), node_id)

    return [centre_id] + sorted((n for n in positions if n != centre_id), key=key)


def next_in_order(order: list[str], current: str | None, backwards: bool, wrap: bool) -> str | None:
    """The node after (or before) *current* in *order*; the first (or last) when *current* is not in
    it; None at either end when *wrap* is off."""
    if current in order:
        index = order.index(current) + (-1 if backwards else 1)
    else:
        index = len(order) - 1 if backwards else 0
    if not 0 <= index < len(order):
        if not wrap:
            return None
        index %= len(order)
    return order[index]
