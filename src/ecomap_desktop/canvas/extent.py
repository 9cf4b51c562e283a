"""The area a map's nodes cover, kept up to date node by node: an edit on a big map must not walk
every node to find it."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

from .. import geometry

Box = tuple[float, float, float, float]  # left, top, right, bottom
Place = tuple[geometry.Outline, float, float]  # outline, centre x, centre y
NO_NODES: Box = (math.inf, math.inf, -math.inf, -math.inf)  # grows to the first node's box


class _Placed(Protocol):
    """A node as the extent reads it (a NodeItem, or a compare ghost)."""

    def x(self) -> float: ...

    def y(self) -> float: ...

    def outline(self) -> geometry.Outline: ...


def box(item: _Placed) -> Box:
    """The node's outline as (left, top, right, bottom) in the scene."""
    half_w, half_h, _ = item.outline()
    x, y = item.x(), item.y()
    return x - half_w, y - half_h, x + half_w, y + half_h


def place(item: _Placed) -> Place:
    """The node's outline and centre, as a connection's end is drawn from them."""
    return item.outline(), item.x(), item.y()


class Extent:
    """The box holding every node's outline, or None while it must be worked out again."""

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value: Box | None = None

    def forget(self) -> None:
        """Work it out again when next asked (every outline may have changed)."""
        self.value = None

    def of(self, items: Iterable[_Placed]) -> Box:
        """The extent, worked out from *items* (every node) when it is not known."""
        if self.value is None:
            boxes = [box(item) for item in items]  # each the kind's size, or larger to hold a long name
            if not boxes:
                self.value = NO_NODES
            else:
                lefts, tops, rights, bottoms = zip(*boxes)
                self.value = (min(lefts), min(tops), max(rights), max(bottoms))
        return self.value

    def changed(self, old: Box | None, new: Box | None) -> None:
        """One node's box went from *old* to *new* (None: no box)."""
        extent = self.value
        if extent is None:
            return
        if old is not None and (old[0] <= extent[0] or old[1] <= extent[1] or old[2] >= extent[2]
                                or old[3] >= extent[3]):
            self.value = None  # it was on the edge of the map: it may have held the edge out
        elif new is not None:
            self.value = (min(extent[0], new[0]), min(extent[1], new[1]), max(extent[2], new[2]),
                          max(extent[3], new[3]))
