"""How big each node is drawn on the page so that its whole name fits, and the map's size with them.

Each node is drawn at the size that holds its whole name (node_shape.py, measured with the bundled
fonts through reportlab, as the canvas measures them through Qt), so the page shows the canvas's
lines and shapes. When the map is scaled down so far that names would be smaller than
MIN_MAP_TEXT, names are printed at that size and their nodes grow around them as far as their
neighbours leave room; where there is not room enough, a name is printed smaller (down to
LEAST_MAP_TEXT) inside its node rather than over its neighbours (grow_nodes). mapdraw.py draws a name
that fits at none of those sizes over a soft patch, arrowheads above.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from ... import geometry, style
from ...i18n import fill, translate as _tr
from ...node_shape import NodeShape, compact_shape, label_size, node_shape
from .. import text as T
from .measures import MAP_PADDING, MAX_SCALE, MIN_MAP_TEXT, MIN_STROKE_SCALE

if TYPE_CHECKING:
    from .mapinfo import MapInfo, NodeInfo

def household_text(members: list) -> str:
    """Household members as the canvas lists them: "Ana (5), Luis (8)"."""
    parts = []
    for m in members:
        name = (m.get("name") or "").strip()
        age = (m.get("age") or "").strip()
        if name and age:
            parts.append(fill(_tr("Export", "%1 (%2)"), name, age))
        elif name or age:
            parts.append(name or age)
    return ", ".join(parts)


def _smallest_size(n: NodeInfo) -> float:
    """The smallest text size in a node at 100% (the household line, if the centre lists one)."""
    size = label_size(n.kind)
    return min(size, style.HOUSEHOLD_FONT_SIZE) if n.kind == "centre" and n.household else size


def text_scale(n: NodeInfo, scale: float, size: float = MIN_MAP_TEXT) -> float:
    """How much larger than the map's own scale a node's text is drawn to stay readable (>= 1): its
    smallest text *size* points high."""
    return max(1.0, size / (_smallest_size(n) * scale))


# Where a name does not fit its node grown to hold it MIN_MAP_TEXT high, these smaller sizes are
# tried, so the name stays whole inside its node, readable still.
LEAST_MAP_TEXT = 6.0
TEXT_SIZES = (MIN_MAP_TEXT, 6.5, LEAST_MAP_TEXT)
# A name that fits none of those inside its node, nor beside it, is printed this small inside its
# node rather than over its neighbours' names: smaller print, but every name whole and uncovered.
CRAMPED_TEXT = (5.5, 5.0)
SMALLEST_MAP_TEXT = CRAMPED_TEXT[-1]  # no name on the map is printed smaller


# A node grows around a name drawn at most this many times larger than the map's scale; beyond
# that it would cover its neighbours anyway, so the name goes on a patch over the node instead.
MAX_GROWTH = 2.0

# Where a name finds room inside its node at no size otherwise, the arrowheads of its connections to
# its nearest neighbours may be drawn this much smaller than their full size (still showing the way).
SMALLEST_ARROWHEAD = 0.6


def shape_of(n: NodeInfo) -> NodeShape:
    """A node's outline and lines (scene units) at 100%, one point per unit (grown where a text of
    the node would be smaller than MIN_MAP_TEXT there)."""
    k = text_scale(n, 1.0)
    household = household_text(n.household) if n.kind == "centre" else ""
    label = n.label.strip()
    return _remembered(_fitted, (n.kind, label, household, k), lambda: node_shape(
        n.kind, label, _name_measure(n.kind), household, _household_measure, k))


def compact_of(n: NodeInfo, base: NodeShape) -> NodeShape:
    """A node's shape with its name wrapped to be drawn largest inside its standard outline
    (node_shape.compact_shape); *base* (its shape at 100%) when no other wrapping does better."""
    household = household_text(n.household) if n.kind == "centre" else ""
    label = n.label.strip()
    # Keyed as shape_of keys *base*, which it rewraps.
    key = (n.kind, label, household, text_scale(n, 1.0))
    return _remembered(_compact, key, lambda: compact_shape(
        base, label, _name_measure(n.kind), household, _household_measure))


def _name_measure(kind: str) -> Callable[[str], float]:
    size, bold = label_size(kind), kind == "centre"
    return lambda text: T.measure(text, size, bold)


def _household_measure(text: str) -> float:
    return T.measure(text, style.HOUSEHOLD_FONT_SIZE)


def _remembered(shapes: dict, key: tuple, make: Callable[[], NodeShape]) -> NodeShape:
    """The shape kept under *key*, made (and kept) the first time; a full store starts afresh."""
    shape = shapes.get(key)
    if shape is None:
        if len(shapes) >= _FITTED_MAX:
            shapes.clear()
        shape = shapes[key] = make()
    return shape


# Given the shapes as drawn so far, the nodes whose names fit no size inside them and the sizes to
# try, places some of those names beside their nodes (setting those nodes' shapes back to the
# canvas's) and returns the box each takes (scene units, on the map) by node.
Beside = Callable[[dict[str, NodeShape], list[str], tuple[float, ...]], dict[str, geometry.Box]]


# Each name's fitted shape (a NodeShape, never changed) by kind, name, household and text scale: the
# same names are fitted again for every page, preview and print of a map. In memory only.
_fitted: dict[tuple[str, str, str, float], NodeShape] = {}
# Each name's shape wrapped to fit its standard outline (compact_of), keyed as _fitted.
_compact: dict[tuple[str, str, str, float], NodeShape] = {}
_FITTED_MAX = 20_000


def forget_shapes() -> None:
    """Forget every fitted shape and measured width (the benchmarks time a first export with it)."""
    _fitted.clear()
    _compact.clear()
    T.forget_measures()


Bounds = tuple[float, float, float, float]  # scene units: min x, min y, max x, max y


def map_bounds(nodes, shapes: dict[str, NodeShape], centre: NodeInfo, rings) -> Bounds:
    """The drawing's extent in scene units: every node at its size, the rings, and some padding."""
    xs0, ys0, xs1, ys1 = [], [], [], []
    for n in nodes:
        hw, hh, _ = shapes[n.id].outline
        xs0.append(n.x - hw)
        xs1.append(n.x + hw)
        ys0.append(n.y - hh)
        ys1.append(n.y + hh)
    for _, radius in rings:
        xs0.append(centre.x - radius)
        xs1.append(centre.x + radius)
        ys0.append(centre.y - radius)
        ys1.append(centre.y + radius)
    p = MAP_PADDING
    return min(xs0) - p, min(ys0) - p, max(xs1) + p, max(ys1) + p


NODE_GAP = 4.0  # scene units kept between a grown node and its neighbours
_GROWTH_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)


def _resized(shape: NodeShape, outline: tuple[float, float, float]) -> NodeShape:
    """*shape* with *outline* (half width, half height, corner): its _replace, without the keyword
    handling that made it a tenth of fitting a page's names."""
    return NodeShape._make((shape[0], *outline, *shape[4:]))


def _scaled(base: NodeShape, half_w: float, half_h: float, corner: float, t: float
            ) -> tuple[float, float, float]:
    """The outline *t* of the way from *base*'s size to (*half_w*, *half_h*, *corner*)."""
    if t >= 1.0:
        return half_w, half_h, corner
    grown_w = base.half_w + (half_w - base.half_w) * t
    grown_h = base.half_h + (half_h - base.half_h) * t
    return grown_w, grown_h, grown_w if base.kind != "group" else corner


# The grid cells a node's neighbours are looked for in: its own first, where the nearest usually are
# (a check stops at the first neighbour in the way), then the eight around it.
_AROUND = ((0, 0), (-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


class _Neighbours:
    """The nodes of a page by a coarse grid, at their outlines as grow_nodes has sized them so far,
    so a big map does not compare every pair of nodes."""

    def __init__(self, nodes: dict[str, NodeInfo], shapes: dict[str, NodeShape], cell: float) -> None:
        self.nodes = nodes
        self.cell = cell
        self.grid: dict[tuple[int, int], list[str]] = {}
        for node_id, n in nodes.items():
            self.grid.setdefault((int(n.x // cell), int(n.y // cell)), []).append(node_id)
        self.outlines = {i: s.outline for i, s in shapes.items()}
        # Each outline's half diagonal: two nodes farther apart than theirs (and the gap) are clear.
        self.reaches = {i: math.hypot(hw, hh) for i, (hw, hh, _) in self.outlines.items()}
        # Names printed beside their nodes (absolute boxes), which no node may grow over.
        self.names: geometry.BoxGrid[geometry.Box] = geometry.BoxGrid(cell)
        self.has_names = False

    def add_names(self, boxes) -> None:
        for box in boxes:
            self.names.add(box, box)
            self.has_names = True

    def resize(self, node_id: str, outline: tuple[float, float, float]) -> None:
        self.outlines[node_id] = outline
        self.reaches[node_id] = math.hypot(outline[0], outline[1])

    def clear(self, node_id: str, outline: tuple[float, float, float], linked: dict[str, float]) -> bool:
        """Whether the node drawn with *outline* keeps clear of the others in its grid cell and the
        eight around it: NODE_GAP, or the room *linked* gives for the nodes it is connected to (a
        connection and its arrowheads must still show)."""
        nodes, grid, outlines, reaches = self.nodes, self.grid, self.outlines, self.reaches
        hypot, distance = math.hypot, geometry.outline_distance
        n = nodes[node_id]
        x, y = n.x, n.y
        cx, cy = int(x // self.cell), int(y // self.cell)
        reach = hypot(outline[0], outline[1])
        if self.has_names:
            hw, hh, _ = outline
            gap = NODE_GAP
            for left, top, right, bottom in self.names.each_meeting((x - hw - gap, y - hh - gap,
                                                                      x + hw + gap, y + hh + gap)):
                if n.kind == "group":
                    return False
                # A circle meets the box where the box's point nearest its centre lies inside it.
                if hypot(min(max(x, left), right) - x, min(max(y, top), bottom) - y) < hw + gap:
                    return False
        for gx, gy in _AROUND:
            for o in grid.get((cx + gx, cy + gy), ()):
                if o == node_id:
                    continue
                m = nodes[o]
                gap = linked.get(o, NODE_GAP)
                dx, dy = m.x - x, m.y - y
                d = hypot(dx, dy)
                if d > reach + reaches[o] + gap:
                    continue
                if d == 0 or distance(outline, dx, dy) + distance(outlines[o], -dx, -dy) + gap > d:
                    return False
        return True


def grow_nodes(info: MapInfo, scale: float, arrow_scale: float = 1.0, least: float = LEAST_MAP_TEXT,
               grow: bool = True, beside: Beside | None = None, kept: list[geometry.Box] = ()
               ) -> tuple[dict[str, NodeShape], set[str], dict[str, float]]:
    """Grow each node to hold its name at a readable size, as far as its neighbours allow.

    A name is printed MIN_MAP_TEXT high where its node can grow (by up to MAX_GROWTH) around it, else
    at the largest of TEXT_SIZES whose node fits, so it stays whole inside its node. A name that
    fits at none of them is printed over its node, grown as far as it can be: MIN_MAP_TEXT high where
    that keeps clear of the neighbours, else *least* (the smaller print covers least of them); with
    *least* MIN_MAP_TEXT, every name is printed MIN_MAP_TEXT high. Without *grow*, the nodes keep
    their shapes and only the names' sizes are chosen. No node grows over the boxes *kept* (scene
    units, on the map: the circles' names).
    Returns the shapes to draw, the nodes whose names do not fit inside them, and the text scale (as
    text_scale) of each name printed smaller than MIN_MAP_TEXT. Nodes wanting most room go first
    (their outline grown as far as MAX_GROWTH allows); each keeps clear of the others as they are by
    then.
    """
    shapes = dict(info.shapes)
    short: set[str] = set()
    smaller: dict[str, float] = {}
    # Each node's smallest text at this scale: a name *size* points high is drawn size / this times
    # larger than the map (text_scale, worked out once per node rather than once per check).
    drawn = {i: size * scale for i, size in _smallest_sizes(info).items()}
    wanting = {i: k for i, s in drawn.items() if (k := max(1.0, MIN_MAP_TEXT / s)) > 1.0}
    if not wanting:
        return shapes, short, smaller
    base_shapes = info.shapes

    def wanted_area(i: str) -> float:
        k = wanting[i]
        hw, hh, _ = base_shapes[i].outline if k > MAX_GROWTH else base_shapes[i].outline_at(k)
        return hw * hh

    growing = sorted(wanting, key=lambda i: -wanted_area(i))
    # Between connected nodes: room for the line and its arrowheads (drawn *arrow_scale* times their
    # canvas size), by the neighbour at the other end; and, for a name that finds no room with it,
    # room for its arrowheads drawn smaller (geometry.connection_parts shrinks them to fit).
    links: dict[str, dict[str, float]] = {}
    pressed: dict[str, dict[str, float]] = {}
    for e in info.edges:
        heads = sum(geometry.FLOW_ENDS.get(e.flow, (False, False)))
        room = max(NODE_GAP, (heads * style.ARROW_LENGTH + 6.0) * arrow_scale)
        least_room = max(NODE_GAP, (heads * style.ARROW_LENGTH * SMALLEST_ARROWHEAD + 2.0) * arrow_scale)
        for a, b in ((e.source, e.target), (e.target, e.source)):
            others = links.setdefault(a, {})
            others[b] = max(room, others.get(b, 0.0))
            others = pressed.setdefault(a, {})
            others[b] = max(least_room, others.get(b, 0.0))
    line_room = (2 * style.ARROW_LENGTH + 6.0) * arrow_scale  # the most any two nodes keep between them
    largest = max(math.hypot(*base_shapes[i].outline_at(min(wanting[i], MAX_GROWTH))[:2]) for i in growing)
    near = _Neighbours(info.nodes, shapes, 2 * largest + max(NODE_GAP, line_room))
    near.add_names(kept)
    # The sizes a name may be printed inside its node, with their text scales, for each smallest text
    # size at this scale (a map has two or three).
    sizes_for: dict[tuple[float, tuple[float, ...]], list[tuple[float, float]]] = {}
    no_links: dict[str, float] = {}

    fitted: dict[str, float] = {}  # the size each name is printed inside its node
    # Each node's name wrapped to be drawn largest in its outline (compact_of), looked up the first
    # time its standard wrapping does not fit (most names fit as the canvas wraps them).
    compacts: dict[str, NodeShape] = {}

    def fit(node_id: str, rooms: dict[str, dict[str, float]], largest_first: bool,
            above: float = 0.0, choices: tuple[float, ...] = TEXT_SIZES) -> bool:
        """Draw the node at the largest (or smallest) size above *above* whose outline keeps
        *rooms* from its neighbours (its canvas's lines before the name wrapped shorter); whether
        one does."""
        base = base_shapes[node_id]
        here = drawn[node_id]
        sizes = sizes_for.get((here, choices))
        if sizes is None:
            sizes = sizes_for[here, choices] = [
                (size, k) for size in choices
                if (size >= least or choices is CRAMPED_TEXT) and (k := max(1.0, size / here)) <= MAX_GROWTH]
        linked = rooms.get(node_id, no_links)
        # The canvas's wrapping, then the compact one (sizes[0] is the largest: when even it needs
        # no larger text, the canvas's lines fit).
        wrappings = (base,) if not sizes or sizes[0][1] <= 1.0 else (base, None)
        for size, k in (sizes if largest_first else reversed(sizes)):
            if largest_first and size <= above:
                break
            for wrapped in wrappings:
                if wrapped is None:
                    wrapped = compacts.get(node_id)
                    if wrapped is None:
                        wrapped = compacts[node_id] = compact_of(info.nodes[node_id], base)
                    if wrapped is base:  # no wrapping does better: it did not fit above
                        break
                outline = wrapped.outline_at(k)
                if outline[0] < base.half_w or outline[1] < base.half_h:
                    # Shorter lines may need less than the canvas's node: it is never drawn smaller.
                    half_w, half_h = max(outline[0], base.half_w), max(outline[1], base.half_h)
                    outline = (half_w, half_h, half_w if base.kind != "group" else outline[2])
                # A name that fits the node at its canvas size needs no room the canvas did not give
                # it, however close its neighbours stand there.
                if (outline[0] <= base.half_w and outline[1] <= base.half_h) or near.clear(
                        node_id, outline, linked):
                    shapes[node_id] = _resized(wrapped, outline)
                    near.resize(node_id, outline)
                    smaller.pop(node_id, None)
                    if size < MIN_MAP_TEXT and k > 1.0:
                        smaller[node_id] = k
                    fitted[node_id] = size
                    return True
        return False

    # Every name at the smallest size that fits it first, with full room for the arrowheads, then
    # with less: so that no name is left out for want of the room an earlier one took to be printed
    # larger. Then each as large as the room left allows.
    pressed_names = [node_id for node_id in growing if not fit(node_id, links, False)]
    unfitted = [node_id for node_id in pressed_names if not fit(node_id, pressed, False)]

    def put_beside(names: list[str], sizes: tuple[float, ...]) -> list[str]:
        """Those of *names* that *beside* finds no place for at *sizes*."""
        if beside is None or not names:
            return names
        placed = beside(shapes, names, sizes)
        for node_id in placed:
            near.resize(node_id, shapes[node_id].outline)
        near.add_names(placed.values())
        return [node_id for node_id in names if node_id not in placed]

    # Before any name takes more room: the names that fit inside at no readable size go beside.
    unfitted = put_beside(unfitted, tuple(size for size in TEXT_SIZES if size >= least))
    if least < MIN_MAP_TEXT:  # (the small maps of the page on what changed print every name 7 pt)
        # Then smaller, inside; inside however small its arrowheads then get; beside.
        unfitted = [node_id for node_id in unfitted if not fit(node_id, pressed, True, choices=CRAMPED_TEXT)]
        unfitted = [node_id for node_id in unfitted if not fit(node_id, {}, True, choices=CRAMPED_TEXT)]
        unfitted = put_beside(unfitted, CRAMPED_TEXT)
    for node_id in growing:
        if node_id in fitted and fitted[node_id] < MIN_MAP_TEXT:
            fit(node_id, links, True, fitted[node_id])
    for node_id in unfitted:
        short.add(node_id)
        base = base_shapes[node_id]
        here = drawn[node_id]
        linked = links.get(node_id, no_links)
        clear = near.clear(node_id, base.outline_at(wanting[node_id]), no_links)
        # The smaller print covers least of its neighbours.
        size = MIN_MAP_TEXT if clear else min(least, SMALLEST_MAP_TEXT)
        k = max(1.0, size / here)
        if grow:
            half_w, half_h, corner = base.outline_at(min(k, MAX_GROWTH))
            for t in _GROWTH_STEPS:
                trial = _scaled(base, half_w, half_h, corner, t)
                if near.clear(node_id, trial, linked):
                    shapes[node_id] = _resized(base, trial)
                    near.resize(node_id, trial)
                    break
        if size < MIN_MAP_TEXT and k > 1.0:
            smaller[node_id] = k
    return shapes, short, smaller


def fit_scale(bounds, box_w: float, box_h: float) -> float:
    x0, y0, x1, y1 = bounds
    return max(1e-6, min(box_w / max(x1 - x0, 1.0), box_h / max(y1 - y0, 1.0), MAX_SCALE))


def _smallest_sizes(info: MapInfo) -> dict[str, float]:
    """Each node's _smallest_size; all but the centre's are their kind's label size."""
    by_kind = {kind: label_size(kind) for kind in {n.kind for n in info.nodes.values()}}
    return {i: _smallest_size(n) if n.kind == "centre" else by_kind[n.kind] for i, n in info.nodes.items()}


def _text_sizes(info: MapInfo) -> set[float]:
    """The nodes' smallest text sizes at 100% (_smallest_size), each once: a map has two or three,
    so the checks below look at those rather than at every node."""
    centres = {_smallest_size(n) for n in info.nodes.values() if n.kind == "centre"}
    return centres | {label_size(kind) for kind in {n.kind for n in info.nodes.values()} if kind != "centre"}


def _needs_larger_text(info: MapInfo, scale: float) -> bool:
    """Whether some name would be smaller than MIN_MAP_TEXT at *scale*, and is drawn at all."""
    if not geometry.label_fits("person", scale):
        return False  # too small for any name: only shapes and lines are drawn (compose warns)
    return any(size * scale < MIN_MAP_TEXT for size in _text_sizes(info))


def _may_grow(info: MapInfo, scale: float) -> bool:
    """Whether some node's name wants its node larger, by no more than MAX_GROWTH at one of the
    sizes grow_nodes tries, at *scale* (text_scale, from each node's smallest text size)."""
    return _needs_larger_text(info, scale) and any(
        max(1.0, MIN_MAP_TEXT / (size * scale)) > 1.0
        and max(1.0, LEAST_MAP_TEXT / (size * scale)) <= MAX_GROWTH
        for size in _text_sizes(info))


def shapes_at(info: MapInfo, scale: float, least: float = LEAST_MAP_TEXT, beside: Beside | None = None,
              kept: list[geometry.Box] = ()) -> tuple[dict[str, NodeShape], set[str], dict[str, float]]:
    """The shapes to draw on a page at *scale*, the nodes whose names do not fit in them, and the
    text scales of the names drawn smaller than MIN_MAP_TEXT, down to *least* (grow_nodes, which
    asks *beside* to place the names that fit no size inside their nodes, and grows none over the
    boxes *kept*)."""
    if not _needs_larger_text(info, scale):
        return info.shapes, set(), {}
    # A map's page where no name fits its node at any of the sizes (each would have to grow past
    # MAX_GROWTH) keeps the canvas's shapes: growing each a little, as grow_nodes does for the few
    # that fit at none on a page where others fit, makes none of them fit there, and on a map of
    # thousands it was most of the PDF's time (5,000 nodes, every name drawn: 266 to 960 ms). Each
    # name is still counted as not fitting and printed as large as its neighbours allow. The small
    # maps on the page of what changed (names kept MIN_MAP_TEXT high) still grow, so their
    # arrowheads stop clear of the names printed over them.
    grow = least >= MIN_MAP_TEXT or _may_grow(info, scale)
    return grow_nodes(info, scale, max(scale, MIN_STROKE_SCALE) / scale, least, grow, beside, kept)


def fit_map(info: MapInfo, box_w: float, box_h: float, at_least: float = 0.0) -> tuple[Bounds, float]:
    """(bounds, scale) that fit the map in a box, its nodes grown around names kept readable.

    Growing the nodes makes the map larger, so its scale is found again (twice is close enough:
    the second pass changes it by a few percent at most). Grown nodes are never smaller than the
    canvas's, so the scale with the canvas's sizes is the most it can be: when that is below
    *at_least* (a scale the caller would not use), it comes back without growing anything.
    """
    bounds = info.bounds
    scale = fit_scale(bounds, box_w, box_h)
    if scale < at_least:
        return bounds, scale
    for _ in range(2):
        if not _may_grow(info, scale):
            break
        bounds = map_bounds(info.nodes.values(), shapes_at(info, scale)[0], info.centre, info.rings)
        scale = fit_scale(bounds, box_w, box_h)
    return bounds, scale
