"""The one grid that answers "which boxes are near this box" (the compared words on the canvas, the
arrowheads on paper, the parent view's zoom) finds exactly what a walk over every box finds."""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from ecomap_desktop import geometry
from ecomap_desktop.canvas import name_size
from ecomap_desktop.canvas.crowd import Crowd
from ecomap_desktop.export.compose import mapdraw

# Whole numbers, so boxes often share an edge exactly (touching is not overlapping) or a cell's edge.
_coordinate = st.integers(-600, 600).map(float)
_size = st.integers(0, 320).map(float)


@st.composite
def _boxes(draw) -> geometry.Box:
    left, top = draw(_coordinate), draw(_coordinate)
    return left, top, left + draw(_size), top + draw(_size)


def _overlapping(a: geometry.Box, b: geometry.Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@settings(max_examples=300, deadline=None)
@given(st.lists(_boxes(), max_size=40), st.lists(_boxes(), min_size=1, max_size=8),
       st.sampled_from([25.0, 37.5, 150.0, 1000.0]))
def test_grid_finds_the_boxes_a_walk_over_all_finds(boxes, queries, cell):
    grid: geometry.BoxGrid[int] = geometry.BoxGrid(cell)
    for index, box in enumerate(boxes):
        grid.add(box, index)
    for query in queries:
        # Each once, though a box may reach many of the cells the query reaches.
        every_one = [index for index, box in enumerate(boxes) if _overlapping(box, query)]
        assert sorted(grid.meeting(query)) == every_one


@settings(max_examples=200, deadline=None)
@given(st.lists(_boxes(), max_size=30), _boxes())
def test_words_are_covered_by_as_much_as_every_box_they_overlap(boxes, words):
    crowd = Crowd()
    for box in boxes:
        crowd.add(box)
    left, top, right, bottom = words
    area = sum((min(right, b[2]) - max(left, b[0])) * (min(bottom, b[3]) - max(top, b[1]))
               for b in boxes if _overlapping(b, words))
    assert math.isclose(crowd.covered(QRectF(left, top, right - left, bottom - top)), area, abs_tol=1e-6)


@st.composite
def _names_along_a_line(draw):
    """A line, and names' patches: some anywhere, some small ones strung along the line or beside it
    (they push an arrowhead back one after the other, further than the widest name)."""
    seg = draw(st.tuples(_coordinate, _coordinate, _coordinate, _coordinate))
    boxes = draw(st.lists(_boxes(), max_size=15))
    strung = st.tuples(st.floats(0, 1), st.integers(1, 12), st.integers(-20, 20), st.integers(-20, 20))
    for share, half, beside_x, beside_y in draw(st.lists(strung, max_size=25)):
        x = seg[2] + (seg[0] - seg[2]) * share + beside_x
        y = seg[3] + (seg[1] - seg[3]) * share + beside_y
        boxes.append((x - half, y - half, x + half, y + half))
    return seg, boxes


@settings(max_examples=300, deadline=None)
@given(_names_along_a_line(), st.integers(4, 40).map(float), st.integers(1, 12).map(float))
def test_an_arrowhead_on_paper_stops_clear_of_every_name_a_walk_over_all_would(line, reach, half_width):
    seg, boxes = line
    names = {f"name {index}": box for index, box in enumerate(boxes)}
    leave_out = ("name 0", "name 1")  # the line's own two ends
    others = [box for key, box in names.items() if key not in leave_out]
    assert (mapdraw._arrow_room(mapdraw._names_grid(names), seg, leave_out, reach, half_width)
            == geometry.arrow_room(*seg, others, reach, half_width))


class _Node:
    """A node as name_size reads it: a centre and its outline (a circle, or a rounded box)."""

    def __init__(self, x: float, y: float, outline: geometry.Outline) -> None:
        self._x, self._y, self._outline = x, y, outline

    def x(self) -> float:
        return self._x

    def y(self) -> float:
        return self._y

    def outline_at(self, boost: float) -> geometry.Outline:
        half_w, half_h, corner = self._outline
        return half_w * boost, half_h * boost, corner * boost


_circles = st.integers(5, 90).map(lambda r: (float(r), float(r), float(r)))
_rounded_boxes = st.tuples(st.integers(5, 90), st.integers(5, 60)).map(
    lambda half: (float(half[0]), float(half[1]), 4.0))
_nodes = st.builds(_Node, _coordinate, _coordinate, st.one_of(_circles, _rounded_boxes))


@settings(max_examples=200, deadline=None)
@given(st.lists(_nodes, max_size=30), st.sampled_from([1.0, 1.25, 1.6]))
# Two circles that meet by a rounding error at 1.6x, whose boxes only touch once rounded.
@example([_Node(0, -395, (24.0, 24.0, 24.0)), _Node(0, -443, (6.0, 6.0, 6.0))], 1.6)
def test_the_parent_view_counts_every_pair_of_shapes_that_run_into_each_other(nodes, boost):
    shapes = [(n.x(), n.y(), *n.outline_at(boost)) for n in nodes]
    every_pair = sum(1 for i in range(len(shapes)) for j in range(i + 1, len(shapes))
                     if name_size._overlap(shapes[i], shapes[j]))
    assert name_size.overlaps(nodes, boost) == every_pair


@settings(max_examples=200, deadline=None)
@given(st.lists(_boxes(), max_size=40), st.lists(_boxes(), min_size=1, max_size=8),
       st.sampled_from([25.0, 150.0, 1000.0]))
def test_the_grid_one_at_a_time_finds_what_it_lists_in_its_order(boxes, queries, cell):
    grid: geometry.BoxGrid[int] = geometry.BoxGrid(cell)
    for index, box in enumerate(boxes):
        grid.add(box, index)
    for query in queries:
        assert list(grid.each_meeting(query)) == grid.meeting(query)


@settings(max_examples=200, deadline=None)
@given(st.lists(_boxes(), max_size=30), _boxes(), st.integers(0, 40000).map(float))
def test_covered_stops_once_it_is_enough_and_is_exact_below_that(boxes, words, enough):
    """Asked whether words are covered by at least *enough* (a place no better than the best so far),
    the crowd may stop adding there; below that it says exactly how much, as it always did."""
    crowd = Crowd()
    for box in boxes:
        crowd.add(box)
    left, top, right, bottom = words
    rect = QRectF(left, top, right - left, bottom - top)
    full = crowd.covered(rect)
    looks = crowd.looks
    some = crowd.covered(rect, enough)
    assert crowd.looks == looks + 1  # still one look: the wider searches count them
    if full < enough:
        assert some == full
    else:
        assert enough <= some <= full + 1e-6
    assert (some > 0) == (full > 0)  # never "clear" while something covers


def test_a_box_with_no_area_does_not_make_the_words_clear():
    """Asked only whether anything covers (enough 0), a box of no width met first (a tag with no
    words, say) said "clear" while the next box covered them."""
    crowd = Crowd()
    crowd.add((15.0, 1.0, 15.0, 9.0))  # no width: no area in common
    crowd.add((12.0, 2.0, 20.0, 8.0))  # inside the words
    words = QRectF(10.0, 0.0, 20.0, 10.0)
    assert crowd.covered(words, 0.0) > 0
