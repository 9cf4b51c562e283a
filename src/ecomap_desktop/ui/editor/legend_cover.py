"""Whether anything the legend must not cover lies under a box: Qt's own answer, found cheaply.

Asking the scene for the items whose shape meets the box (QGraphicsScene.items with
IntersectsItemShape) has Qt build the hit band of every long line whose box crosses it as a
QPainterPath and test it (thousands per edit); on a big map at 100% that cost about 18 ms per edit
and per pan step. Here the scene's index gives the candidates by their boxes only; a connection is
then tested in plain floats against its hit band (connection_drawing.hit_path: a flat-ended band
style.EDGE_HIT_WIDTH wide along the line from one outline to the other) and every other kind by
Qt's own shape test, and the first one found under the box ends the search. Where a band only
touches the box, within rounding, Qt's test decides, so every answer is Qt's
(tests/test_legend_cover.py compares the two).

People, groups, names and a comparison's words must not come right up to the legend either: they
are tested against the box grown by a *room* (legend_place.NAME_ROOM_PX on screen); a line is
tested against the box itself (one passing beside the legend reads fine).

The legend asks again at every pan step and after every edit, mostly about boxes that something
still covers: Witnesses remembers, per corner, the item found there, and when that item is still
under the new box no search is needed (it is one Qt would have listed).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable

import shiboken6

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ... import style
from ...canvas.items import item_types
from ...canvas.items.edge_item import EdgeItem
from ...canvas.items.node_item import NodeItem

# What the legend must never cover: the map's people, groups and lines, and the compare overlay's
# ghosts of what ended and words on a change. The overlay's are known by their type() numbers, so
# their module (compare_items.py) is imported with the first comparison, not at every start.
OVERLAY_TYPES = frozenset((item_types.GHOST_NODE, item_types.GHOST_EDGE, item_types.COMPARE_TAG))
_HALF_BAND = style.EDGE_HIT_WIDTH / 2
_BY_BOX = Qt.ItemSelectionMode.IntersectsItemBoundingRect
_BY_SHAPE = Qt.ItemSelectionMode.IntersectsItemShape
# Qt leaves out an item whose opacity is below 0.001 (QGraphicsItemPrivate::isOpacityNull); one
# remembered is trusted only well above that (below, the search decides).
_SURELY_SEEN = 0.01
# Rounding: a band nearer the box than this (relative to the coordinates' size) is left to Qt, and
# so is a line too short to have a direction one can trust in floats.
_TOUCHING = 1e-7
_TOO_SHORT = 1e-6


def band_meets_box(x1: float, y1: float, x2: float, y2: float, half: float,
                   left: float, top: float, right: float, bottom: float) -> bool | None:
    """Whether the band reaching *half* to each side of the segment (x1, y1)-(x2, y2), its ends cut
    square, meets the box; None when floats cannot tell (they only touch, or the segment is a dot).

    Both are convex, so they are apart exactly when their shadows on one of four lines are apart: the
    two axes, the segment's direction and its normal (the separating axis theorem)."""
    size = 1.0 + max(abs(x1), abs(y1), abs(x2), abs(y2), abs(left), abs(top), abs(right), abs(bottom))
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length <= _TOO_SHORT * size:
        return None
    ux, uy = dx / length, dy / length
    # How far the band reaches past the segment's ends along x and along y (its normal is (-uy, ux)).
    reach_x, reach_y = half * abs(uy), half * abs(ux)
    gap = max(left - max(x1, x2) - reach_x, min(x1, x2) - reach_x - right,
              top - max(y1, y2) - reach_y, min(y1, y2) - reach_y - bottom)
    # The box's centre and half sizes, seen from the segment's start along and across the segment.
    half_w, half_h = (right - left) / 2, (bottom - top) / 2
    cx, cy = left + half_w - x1, top + half_h - y1
    along, across = cx * ux + cy * uy, abs(cy * ux - cx * uy)
    spread_along = half_w * abs(ux) + half_h * abs(uy)
    spread_across = half_w * abs(uy) + half_h * abs(ux)
    gap = max(gap, along - spread_along - length, -along - spread_along, across - spread_across - half)
    margin = _TOUCHING * size
    if gap > margin:
        return False
    if gap < -margin:
        return True
    return None


def qt_covers(item: QGraphicsItem, box: QRectF) -> bool:
    """Qt's own test of one item whose box meets *box* (scene coordinates), as QGraphicsScene.items
    does it: the box as a path in the item's coordinates against the item's shape."""
    path = QPainterPath()
    path.addRect(box)
    return item.collidesWithPath(item.mapFromScene(path), _BY_SHAPE)


def covers(item: QGraphicsItem, box: QRectF, sides: tuple[float, float, float, float],
           roomy: QRectF | None = None) -> bool:
    """Whether *item*, one of the scene's items whose box meets *roomy* (else *box*), is under it by
    Qt's shape test: a line under *box*, anything else under *roomy* (the box and the room kept round
    it) when given. *sides* is the box's (left, top, right, bottom)."""
    if type(item) is EdgeItem:
        # Its hit band (shape()) runs between the drawing's ends, which are the segment's; the item
        # stays at the scene's origin, untransformed, so its coordinates are the scene's.
        segment = item.segment()
        if segment is None:  # its two nodes overlap: nothing drawn, an empty shape
            return False
        meets = band_meets_box(*segment, _HALF_BAND, *sides)
        if meets is not None:
            return meets
    elif type(item) is not NodeItem and item.type() not in OVERLAY_TYPES:
        return False
    elif roomy is not None and item.type() != item_types.GHOST_EDGE:  # a ghost line is a line
        return qt_covers(item, roomy)
    return qt_covers(item, box)


def _roomy(box: QRectF, room: float) -> QRectF | None:
    return box.adjusted(-room, -room, room, room) if room > 0 else None


def anything_under(scene: QGraphicsScene, box: QRectF, room: float = 0.0) -> bool:
    """Whether a line is under *box*, or a person, group, name (or, while comparing, a ghost or a
    change's words) under it or within *room* of it (scene units): with no room, the same answer as
    any of them in scene.items(box, IntersectsItemShape)."""
    sides = (box.left(), box.top(), box.right(), box.bottom())
    roomy = _roomy(box, room)
    # Topmost first, as Qt lists them unasked: people and groups come before lines, and one of them
    # under the box ends the search soonest. (Qt sorts whatever the order asked; a list left unsorted,
    # Qt.SortOrder(-1), saved nothing measurable: 0.59 against 0.62 ms for 2,255 candidates.)
    return first_under(scene.items(roomy or box, _BY_BOX), box, sides, roomy) is not None


def first_under(candidates: Iterable[QGraphicsItem], box: QRectF, sides: tuple[float, float, float, float],
                roomy: QRectF | None = None) -> QGraphicsItem | None:
    """The first of *candidates* (items whose box meets *roomy*, else *box*) that is under it, or None."""
    for item in candidates:
        if covers(item, box, sides, roomy):
            return item
    return None


class Witnesses:
    """anything_under() that remembers, per corner, the item last found under the box there: when it
    is still under the new box (a pan step moves the box a little; an edit moves a few items), the
    answer is known without a search. Kept as weak references: a removed item is not kept alive."""

    def __init__(self) -> None:
        self._seen: dict[str, weakref.ref[QGraphicsItem]] = {}

    def anything_under(self, scene: QGraphicsScene, box: QRectF, key: str, room: float = 0.0) -> bool:
        """anything_under(scene, box, room), trying first the item found last time for *key*."""
        sides = (box.left(), box.top(), box.right(), box.bottom())
        roomy = _roomy(box, room)
        seen = self._seen.get(key)
        item = seen() if seen is not None else None
        if item is not None and _still_listed(item, scene, roomy or box) and covers(item, box, sides, roomy):
            return True
        item = first_under(scene.items(roomy or box, _BY_BOX), box, sides, roomy)
        if item is None:
            self._seen.pop(key, None)
            return False
        self._seen[key] = weakref.ref(item)
        return True


def _still_listed(item: QGraphicsItem, scene: QGraphicsScene, box: QRectF) -> bool:
    """Whether scene.items(box, IntersectsItemBoundingRect) would list *item*, for an item with no
    parent: in this scene, shown, not see-through, its box meeting *box* (no box of zero width or
    height: Qt widens those a hair before the test, so they are left to the search)."""
    # Not item.parentItem(): in PySide 6.11, asked of an item with no parent, it answers None and
    # hands the item itself to Python (shiboken6.ownedByPython turns true); an item in a scene owned
    # by Python is deleted with its wrapper, scene or not (gone from the map early, or deleted twice:
    # a crash). topLevelItem() keeps every item's ownership; asked of a child (a change's words) it
    # only ties the top-level item's wrapper to the child's, harmless for items made in Python.
    return (shiboken6.isValid(item) and item.scene() is scene and item.topLevelItem() is item
            and item.isVisible() and item.effectiveOpacity() >= _SURELY_SEEN
            and box.intersects(item.sceneBoundingRect()))
