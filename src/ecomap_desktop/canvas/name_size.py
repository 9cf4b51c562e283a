"""How large the canvas draws names: the text-size setting, the zoom boost, and the parent view's floor.

Zoomed out, names are drawn larger (the *boost*, up to style.LABEL_MAX_BOOST times) so they stay
legible, and their shapes grow with them. The parent view asks more: names at least as large on
screen as the window's ordinary text (as its panels' text when the map is too big to show whole and
scrolls anyway), which only a zoom floor can keep (a bigger boost would grow every shape into its
neighbours), so the view never zooms out past readable_zoom(). On a crowded map even the
usual boost would (parent_boost_cap): there the floor rises further and the map scrolls instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

from .. import geometry, style


class _Shaped(Protocol):
    """A node as parent_boost_cap reads it (a NodeItem)."""

    def x(self) -> float: ...

    def y(self) -> float: ...

    def outline_at(self, boost: float) -> geometry.Outline: ...


def boost(text_scale: float, view_scale: float, readable_px: float | None = None,
          cap: float = style.LABEL_MAX_BOOST) -> float:
    """How many times larger than style.LABEL_FONT_SIZE names are drawn at *view_scale*.

    *text_scale*: the text-size setting (times the parent view's); *readable_px*: the least size on
    screen names should have (None: style.LABEL_MIN_SCREEN_PX); *cap*: the most the zoom may add
    with *readable_px* (parent_boost_cap; otherwise style.LABEL_MAX_BOOST)."""
    least = style.LABEL_MIN_SCREEN_PX if readable_px is None else readable_px
    cap = style.LABEL_MAX_BOOST if readable_px is None else cap
    wanted = least / (style.LABEL_FONT_SIZE * text_scale * max(view_scale, 1e-6))
    # Quarter steps: zooming a little does not re-measure every label every time.
    return text_scale * min(cap, max(1.0, math.ceil(wanted * 4 - 1e-9) / 4))


def readable_zoom(text_scale: float, readable_px: float | None, cap: float = style.LABEL_MAX_BOOST) -> float:
    """The least zoom at which names can be drawn *readable_px* high on screen (0: no floor)."""
    if readable_px is None:
        return 0.0
    return readable_px / (style.LABEL_FONT_SIZE * text_scale * cap)


class Floor:
    """How large names must stay on screen (a MapProjection's set_display), and the boost's cap.

    A plain class, not a dataclass whose generated methods were compiled at every start (issue 18)."""

    __slots__ = ("readable_px", "scroll_px", "scrolling", "cap")

    def __init__(self) -> None:
        self.readable_px: float | None = None  # always (None: no floor)
        self.scroll_px: float | None = None  # while the map is too big to show whole, so it scrolls anyway
        self.scrolling = False
        self.cap: float = style.LABEL_MAX_BOOST  # see parent_boost_cap

    def least_px(self, scrolling: bool | None = None) -> float | None:
        """The least size of names now (or, with *scrolling*, while the map scrolls or not)."""
        scrolling = self.scrolling if scrolling is None else scrolling
        if scrolling and self.readable_px is not None and self.scroll_px is not None:
            return max(self.readable_px, self.scroll_px)
        return self.readable_px

    def zoom(self, text_scale: float, scrolling: bool | None = None) -> float:
        """The least zoom at which names can be drawn least_px() high (0: no floor)."""
        return readable_zoom(text_scale, self.least_px(scrolling), self.cap)


def parent_boost_cap(text_scale: float, nodes: Iterable[_Shaped]) -> float:
    """The largest zoom boost (style.LABEL_MAX_BOOST, 1.25 or 1) at which the shapes, grown for their
    names, run into each other no more often than with no zoom boost at all."""
    nodes = list(nodes)
    base = overlaps(nodes, text_scale)
    for cap in (style.LABEL_MAX_BOOST, 1.25):
        if overlaps(nodes, text_scale * cap) <= base:
            return cap
    return 1.0


_SLACK = 1e-6  # scene units: far below a pixel, far above double rounding at map sizes


def overlaps(nodes: list[_Shaped], text_boost: float) -> int:
    """How many pairs of nodes' outlines overlap with their text *text_boost* times larger (circles as
    circles, groups as rectangles; a grid of cells keeps a big map quick)."""
    shapes = [(node.x(), node.y(), *node.outline_at(text_boost)) for node in nodes]
    if len(shapes) < 2:
        return 0
    # Two outlines can overlap only where the boxes around them do. The boxes are a hair wider than
    # the outlines: two outlines that meet by a rounding error (38.400000000000006 + 9.600000000000001
    # apart by 48) could otherwise have boxes that only touch once rounded, and never reach _overlap.
    boxes = [(x - w - _SLACK, y - h - _SLACK, x + w + _SLACK, y + h + _SLACK)
             for x, y, w, h, _corner in shapes]
    grid: geometry.BoxGrid[int] = geometry.BoxGrid(2 * max(max(w, h) for _, _, w, h, _ in shapes) or 1.0)
    for index, box in enumerate(boxes):
        grid.add(box, index)
    return sum(1 for index, box in enumerate(boxes) for other in grid.meeting(box)
               if other > index and _overlap(shapes[index], shapes[other]))


def _overlap(a: tuple, b: tuple) -> bool:
    (ax, ay, aw, ah, ac), (bx, by, bw, bh, bc) = a, b
    a_round, b_round = ac >= aw and aw == ah, bc >= bw and bw == bh
    if a_round and b_round:
        return math.hypot(ax - bx, ay - by) < aw + bw
    if not a_round and not b_round:
        return abs(ax - bx) < aw + bw and abs(ay - by) < ah + bh
    circle, box = (a, b) if a_round else (b, a)
    (cx, cy, r), (rx, ry, rw, rh) = circle[:3], box[:4]
    return math.hypot(max(abs(cx - rx) - rw, 0.0), max(abs(cy - ry) - rh, 0.0)) < r
