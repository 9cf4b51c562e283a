"""What the words on a changed line keep clear of while comparing: the people's and groups' shapes
(their names are inside), ghosts and the other tags, kept in a grid of boxes so a big map is not
searched item by item for every place tried (the scene's own look-up wraps every item it finds for
Python, every line crossing the place too: on a 2,000-person map that was seconds)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

# How many places the wider searches of one placement round (one Crowd) may look at in all, past the
# first few places each search tries (line_words, node_words). On a crowded map of thousands hardly a
# place is clear, and each of hundreds of words would look at hundreds more: the words met first are
# searched for, the others take the least covered of their first places. Compared with its first
# visit, the three-visit example's wider searches look at about 300.
WIDER_LOOKS = 1500
CELL = 150.0  # scene units a side: about a name's width

Box = tuple[float, float, float, float]  # left, top, right, bottom
# A box, and (for a person or group) a function giving its shape: a circle's corners are not its name.
_Entry = tuple[float, float, float, float, Callable[[], QPainterPath] | None]


class Crowd:
    """Boxes (with their shapes, made only when a box is met) that words should not cover."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[_Entry]] = {}
        self._shapes: dict[int, QPainterPath] = {}  # made once per entry: many places meet the same
        self.looks = 0  # places looked at so far
        self.wider_looks = 0  # of which by the wider searches (see WIDER_LOOKS)

    def add(self, box: Box, shape: Callable[[], QPainterPath] | None = None) -> None:
        """Keep clear of *box*, or only of the shape inside it (*shape* makes it when first met)."""
        left, top, right, bottom = box
        entry = (left, top, right, bottom, shape)
        cells = self._cells
        for x in range(math.floor(left / CELL), math.floor(right / CELL) + 1):
            for y in range(math.floor(top / CELL), math.floor(bottom / CELL) + 1):
                cells.setdefault((x, y), []).append(entry)

    def may_look_wider(self) -> bool:
        """Whether the wider searches have places left to look at (WIDER_LOOKS)."""
        return self.wider_looks < WIDER_LOOKS

    def covered(self, rect: QRectF) -> float:
        """How much of what is kept clear of *rect* covers (0: nothing)."""
        self.looks += 1
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        seen: set[int] = set()
        total = 0.0
        for x in range(math.floor(left / CELL), math.floor(right / CELL) + 1):
            for y in range(math.floor(top / CELL), math.floor(bottom / CELL) + 1):
                for entry in self._cells.get((x, y), ()):
                    e_left, e_top, e_right, e_bottom, shape = entry
                    if e_left >= right or e_right <= left or e_top >= bottom or e_bottom <= top:
                        continue
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    if shape is not None:
                        path = self._shapes.get(id(entry))
                        if path is None:
                            path = self._shapes[id(entry)] = shape()
                        if not path.intersects(rect):
                            continue
                    width = min(right, e_right) - max(left, e_left)
                    total += width * (min(bottom, e_bottom) - max(top, e_top))
        return total


def rect_box(rect: QRectF) -> Box:
    """A QRectF as (left, top, right, bottom)."""
    return rect.left(), rect.top(), rect.right(), rect.bottom()
