"""The area a map's nodes cover, kept up to date node by node: an edit on a big map must not walk
every node to find it, not even when the node edited stood on the map's edge."""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections.abc import Iterable
from typing import Protocol

from .. import geometry

Box = tuple[float, float, float, float]  # left, top, right, bottom
Place = tuple[geometry.Outline, float, float]  # outline, centre x, centre y
NO_NODES: Box = (math.inf, math.inf, -math.inf, -math.inf)  # grows to the first node's box
# Changes between two reads past which the kept sides are dropped for one walk (measured: 5,000
# nodes all moved in one drag step took 31 ms with the sides kept, against 4 ms walking once).
MANY_CHANGES = 32


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
    """The box holding every node's outline, or None while it must be worked out again.

    Once a node on the map's edge has moved in (or shrunk, or gone), the walk over every node that
    finds the next one out also keeps each side's coordinates in order: the edits after it find the
    next one out without a walk. (Not at every walk: sorting makes one ~2x slower, and a change of
    zoom, which may resize every name, walks every node once each step.)"""

    __slots__ = ("_value", "_sides", "_keep_sides", "_unread")

    def __init__(self) -> None:
        self._value: Box | None = None
        # Every node's lefts, tops, rights and bottoms, each list in order; None when not known.
        self._sides: tuple[list[float], list[float], list[float], list[float]] | None = None
        self._keep_sides = False  # the next walk keeps them (a node on the edge moved in)
        self._unread = 0  # changes to the kept sides since the extent was last asked for

    @property
    def value(self) -> Box | None:
        return self._value

    @value.setter
    def value(self, extent: Box | None) -> None:
        """Set from outside (a rebuild works it out as it makes the items): the sides are not known."""
        self._value = extent
        self._sides = None
        self._keep_sides = False
        self._unread = 0

    def forget(self) -> None:
        """Work it out again when next asked (every outline may have changed)."""
        self.value = None

    def of(self, items: Iterable[_Placed]) -> Box:
        """The extent, worked out from *items* (every node) when it is not known."""
        self._unread = 0
        if self._value is None:
            boxes = [box(item) for item in items]  # each the kind's size, or larger to hold a long name
            if not boxes:
                self.value = NO_NODES
            elif self._keep_sides:
                lefts, tops, rights, bottoms = (sorted(side) for side in zip(*boxes))
                self._sides = (lefts, tops, rights, bottoms)
                self._value = (lefts[0], tops[0], rights[-1], bottoms[-1])
            else:
                lefts, tops, rights, bottoms = zip(*boxes)
                self._value = (min(lefts), min(tops), max(rights), max(bottoms))
        return self._value

    def changed(self, old: Box | None, new: Box | None) -> None:
        """One node's box went from *old* to *new* (None: no box)."""
        extent = self._value
        if extent is None:
            return
        if self._sides is not None:
            self._unread += 1
            if self._unread > MANY_CHANGES:
                # Many nodes moved at once (a drag of them all, Arrange): each change shifts four
                # lists of every node, so one plain walk when next asked costs less.
                self.value = None
            else:
                self._move_sides(old, new)
        elif old is not None and (old[0] <= extent[0] or old[1] <= extent[1] or old[2] >= extent[2]
                                  or old[3] >= extent[3]):
            self.value = None  # it was on the edge of the map: it may have held the edge out
            self._keep_sides = True
        elif new is not None:
            self._value = (min(extent[0], new[0]), min(extent[1], new[1]), max(extent[2], new[2]),
                           max(extent[3], new[3]))

    def _move_sides(self, old: Box | None, new: Box | None) -> None:
        sides = self._sides
        if old is not None:
            for side, coordinate in zip(sides, old):
                at = bisect_left(side, coordinate)
                if at == len(side) or side[at] != coordinate:
                    self.value = None  # not the box it was given: work it all out again
                    return
                del side[at]
        if new is not None:
            for side, coordinate in zip(sides, new):
                insort(side, coordinate)
        lefts, tops, rights, bottoms = sides
        self._value = (lefts[0], tops[0], rights[-1], bottoms[-1]) if lefts else NO_NODES
