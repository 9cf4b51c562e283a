"""How big a node is drawn so that its whole name fits inside it: one rule for canvas and paper.

A node keeps its standard size (style.py) while its name fits. A longer name never gets cut: a
person's or the family's circle grows just enough to hold it (the name is wrapped at the width that
needs the smallest circle), and a group widens (up to about twice its width) and grows taller.
The canvas and the PDF call ``node_shape`` with their own measure of the same font file, so a node
has the same lines and the same size on screen and on paper. Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from . import style
from .geometry import node_half_size
from .wrapping import Measure, Paragraph, list_pieces, one_line

# Noto Sans's line height and ascent, in ems (its hhea ascender 1069 and descender -293 per 1000):
# both back ends stack lines with these, so the text block has one height everywhere.
LINE_HEIGHT = 1.362
ASCENT = 1.069
HOUSEHOLD_GAP = 3.0  # between the family's name and the household members (scene units)
CIRCLE_PAD = 4.0  # room between the text's corners and a circle's outline
GROUP_PAD_X = 6.0
GROUP_PAD_Y = 5.0
# Widths tried for a name that does not fit its circle, as fractions of the kind's wrap width.
_CIRCLE_WRAPS = (0.75, 0.875, 1.125, 1.25, 1.5, 1.75, 2.0, 2.5)
_LINE_COST = 4.0
_BREAK_COST = 30.0
# Widths a group may widen to before its name takes more than two lines (scene units).
_GROUP_WRAPS = (150.0, 180.0, 210.0, 240.0)


# A NamedTuple (a tuple: no dict per shape, and a big map has thousands), not a frozen dataclass,
# whose generated methods were compiled at every start (~0.7 ms with slots; issue 18).
class NodeShape(NamedTuple):
    """A node's outline (half width, half height, corner radius) and the lines drawn inside it.

    A circle has half_w == half_h == corner. ``rows`` is every line with its font size (scene units)
    and its top, the block centred on the node (y = 0), for a text *scale* of 1.
    """

    kind: str
    half_w: float
    half_h: float
    corner: float
    lines: tuple[str, ...]
    household: tuple[str, ...]
    rows: tuple[tuple[str, float, float], ...]  # (text, font size, top)
    # What the text needs at a text scale of 1: a circle's radius, or a group's half width and
    # half height (padding included); see outline_at.
    need: tuple[float, float] = (0.0, 0.0)
    # Each row's width as measured while fitting it (scene units, text scale 1), so a back end that
    # places the rows need not measure them again.
    widths: tuple[float, ...] = ()

    @property
    def outline(self) -> tuple[float, float, float]:
        return self.half_w, self.half_h, self.corner

    def outline_at(self, text_scale: float) -> tuple[float, float, float]:
        """The outline that holds the same lines drawn *text_scale* times larger (the canvas's
        enlarged text when zoomed out or in the parent view): never smaller than the kind's own."""
        if text_scale == 1.0:
            return self.outline
        base_w, base_h, corner = node_half_size(self.kind)
        need_w, need_h = self.need
        if self.kind == "group":
            return (max(base_w, (need_w - GROUP_PAD_X) * text_scale + GROUP_PAD_X),
                    max(base_h, (need_h - GROUP_PAD_Y) * text_scale + GROUP_PAD_Y), corner)
        radius = max(base_w, need_w * text_scale)
        return radius, radius, radius

    @property
    def grown(self) -> bool:
        """Whether the name made the node larger than its kind's standard size."""
        return self.outline != node_half_size(self.kind)


def label_size(kind: str) -> float:
    return style.CENTRE_LABEL_FONT_SIZE if kind == "centre" else style.LABEL_FONT_SIZE


@lru_cache(maxsize=256)
def _row_places(count: int, size: float, members: int) -> tuple[tuple[float, float, float], ...]:
    """(size, top, farthest reach from y = 0) of each row, for *count* label lines of *size* and
    *members* household lines: the same for every name with as many lines."""
    sizes = [size] * count + [style.HOUSEHOLD_FONT_SIZE] * members
    gap = HOUSEHOLD_GAP if count and members else 0.0
    height = sum(s * LINE_HEIGHT for s in sizes) + gap
    y = -height / 2
    places = []
    for index, s in enumerate(sizes):
        if index == count and index:
            y += gap
        places.append((s, y, max(abs(y), abs(y + s * LINE_HEIGHT))))
        y += s * LINE_HEIGHT
    return tuple(places)


def _circle_need(places, widths) -> float:
    """The radius a circle needs to hold every row (each row's far corner inside it), from
    _row_places and the rows' widths."""
    need = 0.0
    hypot = math.hypot
    for (_, _, far), width in zip(places, widths):
        reach = hypot(width / 2, far)
        if reach > need:
            need = reach
    return need + CIRCLE_PAD if places else 0.0


def node_shape(kind: str, label: str, measure: Measure, household: str = "",
               household_measure: Measure | None = None, text_scale: float = 1.0) -> NodeShape:
    """The outline that holds *label* (and, for the centre, the *household* line) whole.

    *measure* gives a text's width at the kind's label size (label_size), *household_measure* at
    style.HOUSEHOLD_FONT_SIZE, both in scene units. *text_scale* > 1 is for a page whose text is
    drawn that much larger than the map around it (a crowded page keeps names at a readable size):
    the lines stay the same, the outline grows to hold the larger text.
    """
    if kind not in ("centre", "person", "group"):
        kind = "person"
    size = label_size(kind)
    label = one_line(label)
    household = one_line(household)
    wrap_width = style.LABEL_WRAP_WIDTH[kind]
    width = measure(label) if label and not household else 0.0
    if not household and width <= wrap_width:
        # Most names: one line that fits the standard outline (checked for every kind's wrap width).
        rows = ((label, size, -size * LINE_HEIGHT / 2),) if label else ()
        base_w, base_h, corner = node_half_size(kind)
        half_h = size * LINE_HEIGHT / 2 if label else 0.0
        if kind == "group":
            need = (width / 2 + GROUP_PAD_X, half_h + GROUP_PAD_Y)
        else:
            radius = math.hypot(width / 2, half_h) + CIRCLE_PAD if label else 0.0
            need = (radius, radius)
        shape = NodeShape(kind, base_w, base_h, corner, (label,) if label else (), (), rows, need,
                          (width,) if label else ())
        return shape if text_scale == 1.0 else _at(shape, text_scale)
    house_measure = household_measure or measure
    # Each text split and its runs of words measured once, however many widths are tried; a line is
    # one of those runs, so its width is known already.
    label_text = Paragraph(label, measure) if label else None
    house_text = _household_paragraph(household, house_measure) if household else None
    label_width = label_text.width if label_text else None
    house_width = house_text.width if house_text else None

    laid_out: dict[tuple, tuple] = {}  # by the lines (and the household's, when there are some)

    def measured(wrap_width: float):
        lines = tuple(label_text.balanced_lines(wrap_width)) if label_text else ()
        if house_text is None:
            key: tuple = lines
            house: tuple[str, ...] = ()
        else:
            house = tuple(house_text.balanced_lines(wrap_width))
            key = (lines, house)
        found = laid_out.get(key)  # several widths often give the same lines
        if found is None:
            places = _row_places(len(lines), size, len(house))
            rows = [(line, s, top) for line, (s, top, _) in zip((*lines, *house), places)]
            row_widths = [label_width(t) for t in lines] + [house_width(t) for t in house]
            found = laid_out[key] = (lines, house, rows, row_widths, _circle_need(places, row_widths))
        return found

    base_w, base_h, corner = node_half_size(kind)
    widest = label_text.widest() if label_text else 0.0
    lines, house, rows, row_widths, need = measured(wrap_width)
    best_widths = row_widths
    if kind == "group":
        # Wider, rather than a third line or a word broken in two.
        for wider in _GROUP_WRAPS:
            if wider > wrap_width and (len(lines) > 2 or widest > wrap_width):
                wrap_width = wider
                lines, house, rows, row_widths, _ = measured(wider)
        need = (max(row_widths, default=0.0) / 2 + GROUP_PAD_X, (-rows[0][2] if rows else 0.0) + GROUP_PAD_Y)
        shape = NodeShape(kind, max(base_w, need[0]), max(base_h, need[1]), corner, tuple(lines),
                          tuple(house), tuple(rows), need, tuple(row_widths))
        return shape if text_scale == 1.0 else _at(shape, text_scale)
    if need > base_w or len(lines) > 2 or widest > wrap_width:
        # The wrap width that reads best in the smallest circle: each extra line, and above all a
        # word broken in two, counts as the circle being that much larger.
        best_score = need + _LINE_COST * len(lines) + (_BREAK_COST if widest > wrap_width else 0.0)
        best = (lines, house, rows, row_widths, need)
        # From this width on every text is one line and no word is broken: every wider trial lays
        # out and scores the same, so none after the first can do better (the widths grow).
        one_line_from = max(label_text.whole_width() if label_text else 0.0,
                            house_text.whole_width() if house_text else 0.0, widest)
        for fraction in _CIRCLE_WRAPS:
            width = wrap_width * fraction
            trial = measured(width)
            trial_score = trial[4] + _LINE_COST * len(trial[0]) + (_BREAK_COST if widest > width else 0.0)
            if trial_score < best_score - 1e-6:
                best_score, best = trial_score, trial
            if width >= one_line_from:
                break
        lines, house, rows, best_widths, need = best
    radius = max(base_w, need)
    shape = NodeShape(kind, radius, radius, radius, tuple(lines), tuple(house), tuple(rows), (need, need),
                      tuple(best_widths))
    return shape if text_scale == 1.0 else _at(shape, text_scale)


def _household_paragraph(household: str, measure: Measure) -> Paragraph | None:
    """Who lives at home, as lines may break it: after a comma only, so that no line ends between a
    member's name and their age ("Amira Haddad" / "(31)")."""
    return Paragraph(household, measure, list_pieces(household)) if household else None


def _at(shape: NodeShape, text_scale: float) -> NodeShape:
    """*shape* with the outline that holds its text drawn *text_scale* times larger."""
    half_w, half_h, corner = shape.outline_at(text_scale)
    return shape._replace(half_w=half_w, half_h=half_h, corner=corner)


# Wrap widths tried for compact_shape, as fractions of the way from the widest word to the whole name.
_COMPACT_STEPS = 12


def compact_shape(shape: NodeShape, label: str, measure: Measure, household: str = "",
                  household_measure: Measure | None = None) -> NodeShape:
    """*shape* with its name wrapped into the lines that can be drawn largest inside the kind's
    standard outline: on a crowded page, where the node has no room to grow around its own lines,
    "Uncle Karim" on two lines fits a circle a single line would overflow. Words stay whole. Returns
    *shape* itself when no other wrapping lets the text be drawn larger."""
    kind = shape.kind
    label = one_line(label)
    household = one_line(household)
    if not label or kind not in ("centre", "person", "group"):
        return shape
    size = label_size(kind)
    label_text = Paragraph(label, measure)
    house_text = _household_paragraph(household, household_measure or measure)
    base_w, base_h, _ = node_half_size(kind)

    def room(need: tuple[float, float]) -> float:
        """How many times larger the text may be drawn inside the standard outline."""
        if kind == "group":
            return min((base_w - GROUP_PAD_X) / max(need[0] - GROUP_PAD_X, 1e-6),
                       (base_h - GROUP_PAD_Y) / max(need[1] - GROUP_PAD_Y, 1e-6))
        return base_w / max(need[0], 1e-6)

    best, best_room = shape, room(shape.need) * 1.0001  # another wrapping must do better, not as well
    narrowest = max(label_text.widest(), house_text.widest() if house_text else 0.0)
    widest = max(label_text.whole_width(), house_text.whole_width() if house_text else 0.0)
    seen = {shape.lines + shape.household}
    for step in range(_COMPACT_STEPS + 1):
        width = narrowest + (widest - narrowest) * step / _COMPACT_STEPS
        lines = tuple(label_text.balanced_lines(width))
        house = tuple(house_text.balanced_lines(width)) if house_text else ()
        if lines + house in seen:
            continue
        seen.add(lines + house)
        places = _row_places(len(lines), size, len(house))
        widths = [label_text.width(t) for t in lines] + [house_text.width(t) for t in house]
        rows = tuple((line, s, top) for line, (s, top, _) in zip((*lines, *house), places))
        if kind == "group":
            need = (max(widths) / 2 + GROUP_PAD_X, -rows[0][2] + GROUP_PAD_Y)
        else:
            radius = _circle_need(places, widths)
            need = (radius, radius)
        fit = room(need)
        if fit > best_room:
            half_w, half_h = max(base_w, need[0]), max(base_h, need[1])
            corner = shape.corner if kind == "group" else half_w
            best, best_room = NodeShape(kind, half_w, half_h, corner, lines, house, rows, need,
                                        tuple(widths)), fit
    return best
