"""What the words on a changed line keep clear of while comparing: the people's and groups' shapes
(their names are inside), ghosts and the other tags, kept in a grid of boxes so a big map is not
searched item by item for every place tried (the scene's own look-up wraps every item it finds for
Python, every line crossing the place too: on a 2,000-person map that was seconds)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from ..geometry import Box, BoxGrid

# How many places the wider searches of one placement round (one Crowd) may look at in all, past the
# first few places each search tries (line_words, node_words). On a crowded map of thousands hardly a
# place is clear, and each of hundreds of words would look at hundreds more: the words met first are
# searched for, the others take the least covered of their first places. Compared with its first
# visit, the three-visit example's wider searches look at about 300.
WIDER_LOOKS = 1500
CELL = 150.0  # scene units a side: about a name's width

# A box, and (for a person or group) a function giving its shape: a circle's corners are not its name.
_Entry = tuple[float, float, float, float, Callable[[], QPainterPath] | None]


class Crowd:
    """Boxes (with their shapes, made only when a box is met) that words should not cover."""

    def __init__(self) -> None:
        self._grid: BoxGrid[_Entry] = BoxGrid(CELL)
        self._shapes: dict[int, QPainterPath] = {}  # made once per entry: many places meet the same
        # Words stay inside this (the part of the map on show) where they find a clear place there.
        self.within: QRectF | None = None
        self.looks = 0  # places looked at so far
        self.wider_looks = 0  # of which by the wider searches (see WIDER_LOOKS)

    def add(self, box: Box, shape: Callable[[], QPainterPath] | None = None) -> None:
        """Keep clear of *box*, or only of the shape inside it (*shape* makes it when first met)."""
        self._grid.add(box, (*box, shape))

    def may_look_wider(self) -> bool:
        """Whether the wider searches have places left to look at (WIDER_LOOKS)."""
        return self.wider_looks < WIDER_LOOKS

    def inside(self, rect: QRectF) -> bool:
        """Whether *rect* is inside `within` (True when there is none)."""
        return self.within is None or self.within.contains(rect)

    def covered(self, rect: QRectF, enough: float = math.inf) -> float:
        """How much of what is kept clear of *rect* covers (0: nothing), or, once that reaches
        *enough*, some amount at least as much (a caller weighing places needs no more: on a crowded
        map most places tried are covered many times over)."""
        self.looks += 1
        left, top, right, bottom = rect.getCoords()
        total = 0.0
        shapes = self._shapes
        for entry in self._grid.each_meeting((left, top, right, bottom)):
            e_left, e_top, e_right, e_bottom, shape = entry
            if shape is not None:
                path = shapes.get(id(entry))
                if path is None:
                    path = shapes[id(entry)] = shape()
                if not path.intersects(rect):
                    continue
            total += (min(right, e_right) - max(left, e_left)) * (min(bottom, e_bottom) - max(top, e_top))
            if total >= enough and total > 0.0:  # a box of no area met first leaves them clear so far
                break
        return total


def rect_box(rect: QRectF) -> Box:
    """A QRectF as (left, top, right, bottom)."""
    return rect.left(), rect.top(), rect.right(), rect.bottom()
