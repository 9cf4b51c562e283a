"""Plane geometry for drawing connections: where a line from a node's centre meets its outline.

Pure functions on floats so the canvas and the PDF place arrowheads identically.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import repeat
from typing import Generic, TypeVar

from . import style


# A node's outline: (half width, half height, corner radius); a circle has w == h == r. Functions
# below take one of these, or a kind for that kind's standard outline (a long name grows a node's
# outline: node_shape.py).
Outline = tuple[float, float, float]


def node_half_size(kind: str) -> Outline:
    """(half width, half height, corner radius) of a kind's standard outline."""
    if kind == "centre":
        r = style.CENTRE_RADIUS
        return r, r, r
    if kind == "group":
        return style.GROUP_WIDTH / 2, style.GROUP_HEIGHT / 2, style.GROUP_CORNER
    r = style.PERSON_RADIUS
    return r, r, r


def outline_of(shape: str | Outline) -> Outline:
    return node_half_size(shape) if isinstance(shape, str) else shape


def label_fits(kind: str, scale: float) -> bool:
    """Whether a node drawn *scale* times its size is big enough to hold text (the canvas and the
    pages leave smaller ones nameless)."""
    return node_half_size(kind)[1] * scale >= style.LABEL_MIN_NODE_PX


def outline_distance(shape: str | Outline, dx: float, dy: float) -> float:
    """Distance from the node's centre to its outline (or its kind's) along direction (dx, dy)."""
    length = math.hypot(dx, dy)
    if length == 0:
        return 0.0
    ux, uy = dx / length, dy / length
    hw, hh, corner = outline_of(shape)
    if corner >= hw and hw == hh:  # a circle
        return hw
    # Rounded rectangle: intersect with the rectangle, then correct inside a rounded corner.
    tx = hw / abs(ux) if ux else math.inf
    ty = hh / abs(uy) if uy else math.inf
    t = min(tx, ty)
    px, py = abs(ux) * t, abs(uy) * t
    cx, cy = hw - corner, hh - corner
    if px > cx and py > cy:
        # Solve |t*u - c| = corner for the corner circle centred at (cx, cy).
        ax, ay = abs(ux), abs(uy)
        b = ax * cx + ay * cy
        disc = b * b - (cx * cx + cy * cy - corner * corner)
        t = b + math.sqrt(max(disc, 0.0))
    return t


# (left, top, right, bottom): around a node's centre, relative to it (left and top negative), or
# absolute on the map where a function says so.
Box = tuple[float, float, float, float]


def box_distance(box: Box, dx: float, dy: float) -> float:
    """Distance from the node's centre to the edge of *box* (around the centre) along (dx, dy)."""
    length = math.hypot(dx, dy)
    if length == 0:
        return 0.0
    ux, uy = dx / length, dy / length
    left, top, right, bottom = box
    tx = (right if ux > 0 else left) / ux if ux else math.inf
    ty = (bottom if uy > 0 else top) / uy if uy else math.inf
    return max(0.0, min(tx, ty))


def clipped_segment(
    kind_a: str | Outline, ax: float, ay: float, kind_b: str | Outline, bx: float, by: float,
    name_a: Box | None = None, name_b: Box | None = None,
) -> tuple[float, float, float, float] | None:
    """The part of the centre-to-centre segment outside both outlines, or None if they overlap.

    *name_a*, *name_b*: the box of a name drawn wider than its node; the segment then stops at that
    box too, so neither the line nor its arrowhead covers a letter."""
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length == 0:
        return None
    da = outline_distance(kind_a, dx, dy)
    db = outline_distance(kind_b, -dx, -dy)
    if name_a is not None:
        da = max(da, box_distance(name_a, dx, dy))
    if name_b is not None:
        db = max(db, box_distance(name_b, -dx, -dy))
    if da + db >= length:
        return None
    ux, uy = dx / length, dy / length
    return ax + ux * da, ay + uy * da, bx - ux * db, by - uy * db


def line_in_box(x: float, y: float, ux: float, uy: float, box: Box) -> tuple[float, float] | None:
    """The distances d along (x, y) + d * (ux, uy), a line without ends, at which it is inside *box*
    (absolute left, top, right, bottom), or None where it misses it."""
    low, high = -math.inf, math.inf
    for start, step, lo, hi in ((x, ux, box[0], box[2]), (y, uy, box[1], box[3])):
        if step == 0:
            if not lo <= start <= hi:
                return None
            continue
        a, b = (lo - start) / step, (hi - start) / step
        low, high = max(low, min(a, b)), min(high, max(a, b))
    return (low, high) if low <= high else None


def arrow_room(x1: float, y1: float, x2: float, y2: float, boxes, reach: float,
               half_width: float) -> float | None:
    """How far the end (x2, y2) of a connection must move back toward (x1, y1) so that an arrowhead
    there (*reach* long, 2 * *half_width* wide) covers none of *boxes* (absolute left, top, right,
    bottom: other names drawn wider than their nodes); 0 when it covers none, None when it would have
    to move back past the other end."""
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return 0.0
    ux, uy = (x1 - x2) / length, (y1 - y2) / length  # from the end back toward the start
    # Only the boxes beside the segment can be in the way (a cheap test before the exact one).
    low_x, high_x = min(x1, x2) - half_width, max(x1, x2) + half_width
    low_y, high_y = min(y1, y2) - half_width, max(y1, y2) + half_width
    spans = []
    for left, top, right, bottom in boxes:
        if right < low_x or left > high_x or bottom < low_y or top > high_y:
            continue
        span = line_in_box(x2, y2, ux, uy, (left - half_width, top - half_width,
                                             right + half_width, bottom + half_width))
        if span is not None:
            spans.append(span)
    moved = 0.0
    for _ in range(len(spans) + 1):  # each box can push the arrowhead back once
        behind = [high for low, high in spans if low < moved + reach and high > moved]
        if not behind:
            return moved
        moved = max(behind)
        if moved + reach > length:
            return None
    return moved


def arrowhead(tip_x: float, tip_y: float, from_x: float, from_y: float, length: float = style.ARROW_LENGTH,
              width: float = style.ARROW_WIDTH) -> list[tuple[float, float]]:
    """Three points of a filled arrowhead whose tip touches (tip_x, tip_y), pointing away from 'from'."""
    dx, dy = tip_x - from_x, tip_y - from_y
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    bx, by = tip_x - ux * length, tip_y - uy * length
    px, py = -uy * width / 2, ux * width / 2
    return [(tip_x, tip_y), (bx + px, by + py), (bx - px, by - py)]


# Cross-ticks lean this far from the line's direction, so they read as hatching, not as a ladder.
TICK_ANGLE = math.radians(60)


# A line never carries more cross-ticks than this: on a longer one they spread out. Hatching reads
# the same, and no file can make a picture draw millions of them. At 16 units apart the limit is
# reached on lines longer than about 1,600 units, wider than a screen at 100%.
MAX_TICKS = 100


def tick_layout(x1: float, y1: float, x2: float, y2: float, spacing: float,
                margin: float = 0.0) -> tuple[int, float, float, float, float]:
    """Where the cross-ticks of a segment go: (count, distance of the first one's centre from
    (x1, y1), the segment's unit direction ux, uy, and the spacing between ticks); count is 0 on a
    segment too short for any. The ticks are *spacing* apart (more on a line that would need more
    than MAX_TICKS), centred along the segment, *margin* clear of its ends."""
    dx, dy = x2 - x1, y2 - y1
    d = math.hypot(dx, dy)
    if d <= 2 * margin + spacing / 2:
        return 0, 0.0, 0.0, 0.0, spacing
    usable = d - 2 * margin
    count = max(1, int(usable // spacing))
    if count > MAX_TICKS:
        count, spacing = MAX_TICKS, usable / MAX_TICKS
    return count, margin + (usable - (count - 1) * spacing) / 2, dx / d, dy / d, spacing


def tick_marks(x1: float, y1: float, x2: float, y2: float, spacing: float, length: float,
               margin: float = 0.0) -> list[tuple[float, float, float, float]]:
    """Short slanted cross-ticks along a segment (the 'stressful' hatching)."""
    count, start, ux, uy, spacing = tick_layout(x1, y1, x2, y2, spacing, margin)
    if not count:
        return []
    # Perpendicular rotated a little so the ticks read as hatching, not as a ladder.
    angle = TICK_ANGLE
    nx_ = -uy * math.sin(angle) + ux * math.cos(angle)
    ny_ = ux * math.sin(angle) + uy * math.cos(angle)
    half = length / 2
    marks = []
    for i in range(count):
        t = start + i * spacing
        cx, cy = x1 + ux * t, y1 + uy * t
        marks.append((cx - nx_ * half, cy - ny_ * half, cx + nx_ * half, cy + ny_ * half))
    return marks


# ----- a whole connection ---------------------------------------------------------------------------

# Which ends carry an arrowhead for each flow value: (at the source end, at the target end).
FLOW_ENDS = {
    "none": (False, False),
    "to_target": (False, True),
    "to_source": (True, False),
    "both": (True, True),
}
# The stroke stops this far (a fraction of the arrow's length) inside an arrowhead, so a thick line
# cannot poke out beside the tip.
ARROW_LINE_INSET = 0.6
# Cross-ticks keep this far from the ends: clear of arrowheads when there are any.
TICK_MARGIN_ARROWS = style.ARROW_LENGTH + 4.0
TICK_MARGIN_PLAIN = 6.0


def connection_parts(
    x1: float, y1: float, x2: float, y2: float, strength: str, flow: str, size: float = 1.0,
    with_ticks: bool = True,
) -> tuple[tuple[float, float, float, float], list[list[tuple[float, float]]],
           list[tuple[float, float, float, float]]]:
    """The stroked segment, arrowheads and cross-ticks of a connection whose drawing touches the two
    outlines at (x1, y1) and (x2, y2) (from clipped_segment).

    *size* scales arrowheads and ticks (1 = as on the canvas at 100%); the PDF enlarges them a little
    when a big map is drawn small, so they stay visible. Returns (line, arrows, ticks); with_ticks
    False leaves the ticks out (the canvas places them with tick_layout instead).
    """
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    at_source, at_target = FLOW_ENDS.get(flow, (False, False))
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    arrow_length, arrow_width = style.ARROW_LENGTH * size, style.ARROW_WIDTH * size
    count = int(at_source) + int(at_target)
    if count and count * arrow_length > 0.9 * length:
        # Two nodes almost touching: smaller arrowheads, so they still point the right way.
        shrink = 0.9 * length / (count * arrow_length)
        arrow_length, arrow_width = arrow_length * shrink, arrow_width * shrink
    inset = arrow_length * ARROW_LINE_INSET
    sx, sy, ex, ey = x1, y1, x2, y2
    arrows = []
    if at_target:
        arrows.append(arrowhead(x2, y2, x1, y1, arrow_length, arrow_width))
        ex, ey = x2 - ux * inset, y2 - uy * inset
    if at_source:
        arrows.append(arrowhead(x1, y1, x2, y2, arrow_length, arrow_width))
        sx, sy = x1 + ux * inset, y1 + uy * inset
    ticks = []
    if line_style.ticks and with_ticks:
        spacing, tick_length, margin = tick_spacing_length_margin(strength, flow, size)
        ticks = tick_marks(x1, y1, x2, y2, spacing, tick_length, margin)
    return (sx, sy, ex, ey), arrows, ticks


def tick_spacing_length_margin(strength: str, flow: str, size: float = 1.0) -> tuple[float, float, float]:
    """The cross-ticks' spacing, length and margin from the ends for a connection (see connection_parts)."""
    line_style = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    at_source, at_target = FLOW_ENDS.get(flow, (False, False))
    margin = (TICK_MARGIN_ARROWS if (at_source or at_target) else TICK_MARGIN_PLAIN) * size
    return line_style.tick_spacing * size, line_style.tick_length * size, margin


# ----- what is near a box ---------------------------------------------------------------------------

_Item = TypeVar("_Item")


class BoxGrid(Generic[_Item]):
    """Boxes (absolute left, top, right, bottom), each with an item, filed by the square cells of the
    plane they reach, so the boxes meeting a box are found without a walk over every box (a big map
    asks this for every place it tries)."""

    def __init__(self, cell: float) -> None:
        self.cell = cell  # a side: about the size of the boxes, so each reaches a few cells
        self._boxes: list[Box] = []
        self._items: list[_Item] = []
        self._cells: dict[tuple[int, int], list[int]] = {}

    def add(self, box: Box, item: _Item) -> None:
        index = len(self._boxes)
        self._boxes.append(box)
        self._items.append(item)
        cells = self._cells
        for x, y in self._cells_of(box):
            cells.setdefault((x, y), []).append(index)

    def meeting(self, box: Box) -> list[_Item]:
        """The item of each box that overlaps *box* (touching is not overlapping), once; in the order
        they were added within each cell, cells by columns."""
        return list(self.each_meeting(box))

    def each_meeting(self, box: Box) -> Iterator[_Item]:
        """The items meeting() lists, one at a time, in its order: a caller that has seen enough
        stops the search there."""
        left, top, right, bottom = box
        boxes, items, cells, cell = self._boxes, self._items, self._cells, self.cell
        x0, x1 = math.floor(left / cell), math.floor(right / cell)
        y0, y1 = math.floor(top / cell), math.floor(bottom / cell)
        if x0 == x1 and y0 == y1:  # within one cell: no box is met twice
            for index in cells.get((x0, y0), ()):
                b_left, b_top, b_right, b_bottom = boxes[index]
                if b_left < right and b_right > left and b_top < bottom and b_bottom > top:
                    yield items[index]
            return
        seen: set[int] = set()
        rows = range(y0, y1 + 1)
        for x in range(x0, x1 + 1):
            for y in rows:
                for index in cells.get((x, y), ()):
                    b_left, b_top, b_right, b_bottom = boxes[index]
                    meets = b_left < right and b_right > left and b_top < bottom and b_bottom > top
                    if meets and index not in seen:
                        seen.add(index)
                        yield items[index]

    def _cells_of(self, box: Box) -> list[tuple[int, int]]:
        cell = self.cell
        left, top, right, bottom = box
        rows = range(math.floor(top / cell), math.floor(bottom / cell) + 1)
        return [(x, y) for x in range(math.floor(left / cell), math.floor(right / cell) + 1) for y in rows]


class SegmentGrid(Generic[_Item]):
    """Line segments, each with an item, filed by the square cells of the plane that the segment comes
    within a margin of: the segments that may reach into a box are found without a walk over every one.

    Not by their boxes (BoxGrid): on a big map every line runs to the family at the centre, and there
    all their boxes overlap, while the lines themselves fan out. Items can be filed again or dropped
    (a line moves with its person)."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], set[_Item]] = {}
        self._filed: dict[_Item, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self._filed)

    def put(self, item: _Item, x1: float, y1: float, x2: float, y2: float, margin: float) -> None:
        """File *item*'s segment, any part of whose drawing lies within *margin* of it (on each axis);
        an item filed before is moved."""
        if item in self._filed:
            self.drop(item)
        keys = cells_along(x1, y1, x2, y2, margin, self.cell)
        cells = self._cells
        for key in keys:
            try:
                cells[key].add(item)
            except KeyError:
                cells[key] = {item}
        self._filed[item] = keys

    def drop(self, item: _Item) -> None:
        """Forget *item* (nothing if it was not filed)."""
        cells = self._cells
        for key in self._filed.pop(item, ()):
            filed = cells[key]
            filed.discard(item)
            if not filed:
                del cells[key]

    def near(self, left: float, top: float, right: float, bottom: float) -> set[_Item]:
        """Every item whose segment (with its margin) may reach into the box; a few more may come too
        (those that only pass through the same cells)."""
        cell, cells = self.cell, self._cells
        x0, x1 = math.floor(left / cell), math.floor(right / cell)
        y0, y1 = math.floor(top / cell), math.floor(bottom / cell)
        found: set[_Item] = set()
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(cells):  # a box bigger than the filed area: walk the cells
            for (x, y), filed in cells.items():
                if x0 <= x <= x1 and y0 <= y <= y1:
                    found |= filed
            return found
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                filed = cells.get((x, y))
                if filed:
                    found |= filed
        return found


def cells_along(x1: float, y1: float, x2: float, y2: float, margin: float,
                cell: float) -> list[tuple[int, int]]:
    """The square cells *cell* wide (column, row) that the segment, widened by *margin* on each axis,
    reaches: column by column, the part of the segment within the (widened) column sets the rows."""
    if x1 > x2:
        x1, y1, x2, y2 = x2, y2, x1, y1
    floor = math.floor
    first, last = floor((x1 - margin) / cell), floor((x2 + margin) / cell)
    if first == last or x1 == x2:  # within one column: the rows of its whole height
        low, high = (y1, y2) if y1 < y2 else (y2, y1)
        rows = range(floor((low - margin) / cell), floor((high + margin) / cell) + 1)
        return [(column, row) for column in range(first, last + 1) for row in rows]
    run, rise = x2 - x1, y2 - y1
    keys = []
    for column in range(first, last + 1):
        # The segment's heights where it enters and leaves the column widened by the margin (as
        # shares of its run, kept within it: a nearly upright segment's share can overflow).
        left = column * cell - margin
        right = left + cell + 2 * margin
        enter = (left - x1) / run if left > x1 else 0.0
        leave = (right - x1) / run if right < x2 else 1.0
        ya = y1 + rise * (enter if enter < 1.0 else 1.0)
        yb = y1 + rise * (leave if leave < 1.0 else 1.0)
        if ya > yb:
            ya, yb = yb, ya
        top, bottom = floor((ya - margin) / cell), floor((yb + margin) / cell)
        keys += zip(repeat(column), range(top, bottom + 1))  # (column, row) for each row, made in C
    return keys
