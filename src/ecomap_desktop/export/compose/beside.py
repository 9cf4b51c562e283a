"""Names printed beside their node on a crowded page, where no readable size fits inside it.

On a page too small for its map, some nodes cannot grow around their name (mapshapes.grow_nodes)
because their neighbours stand too close. Rather than print such a name over its node and its
neighbours, it goes just outside its own node, on a plain patch of page, in the first free place
around it: below, above, right, left, then the four corners. A place is free when it meets no node,
no other name put beside, and lies inside the map's part of the page; a place that no connection
crosses is taken before one that a connection of another node passes under.

A name must read as its own node's: a place is taken first where no other node without a name inside
stands nearly as close to it (two empty circles side by side, a name between them, say nothing of
whose it is). Where no place touching the node is that clear, the name goes a little farther out,
where it is, joined to its node by a leader: a hairline from the name to the node's outline that
crosses no other node and no other name. Only where neither is found does a name touch its node
beside another nameless one. A name that finds no place at all stays over its node (and is counted
in the export's warning).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import TYPE_CHECKING, NamedTuple

from ... import geometry
from ...node_shape import LINE_HEIGHT, NodeShape
from .mapshapes import TEXT_SIZES, compact_of, text_scale

if TYPE_CHECKING:
    from .mapinfo import MapInfo, NodeInfo

# Page room (points) between a node's outline and the patch of its name, and around the letters
# inside the patch (as mapdraw's patches over a node).
BESIDE_GAP = 1.5
PATCH_MARGIN = 2.0
# How much farther out (points) a name joined to its node by a leader may go, nearest first.
LEADER_REACH = (6.0, 12.0)
# A name reads as its node's when every other node without a name inside is at least this much
# (points) farther from the name's patch than its own node is.
CLEAR_OF_OTHERS = 4.0
_DIAGONAL = math.sqrt(0.5)


class Beside(NamedTuple):
    """Where a name printed beside its node goes."""

    dx: float  # the middle of its lines, scene units from the node's centre
    dy: float
    text_scale: float  # as mapshapes.text_scale: how much larger than the map the name is drawn
    shape: NodeShape  # whose lines are printed (the canvas's, or the name wrapped shorter)
    box: geometry.Box  # the patch under it, scene units on the map (left, top, right, bottom)
    # A name not touching its node: the hairline (x1, y1, x2, y2, scene units on the map) from the
    # patch's edge to the node's outline.
    leader: tuple[float, float, float, float] | None = None

    @property
    def room(self) -> geometry.Box:
        """The box the name takes with its leader (scene units on the map): nothing else goes there."""
        if self.leader is None:
            return self.box
        left, top, right, bottom = self.box
        x1, y1, x2, y2 = self.leader
        return min(left, x1, x2), min(top, y1, y2), max(right, x1, x2), max(bottom, y1, y2)


def name_box(shape: NodeShape, k: float, scale: float) -> tuple[float, float]:
    """Half the width and half the height (scene units) of the patch under *shape*'s lines drawn *k*
    times larger than a map at *scale* points per unit."""
    widest = max(shape.widths, default=0.0)
    half_h = -shape.rows[0][2] if shape.rows else 0.0
    return widest * k / 2 + PATCH_MARGIN / scale, half_h * k


def _places(outline: tuple[float, float, float], round_: bool, half_w: float, half_h: float,
            gap: float) -> list[tuple[float, float]]:
    """The middles, relative to the node's centre, of a patch *half_w* by *half_h* just outside the
    node (*gap* from its outline): below, above, right, left, then the corners, then below, above
    and beside again but slid along the outline, where a neighbour leaves room on one side only."""
    hw, hh, _ = outline
    below, right = hh + gap + half_h, hw + gap + half_w
    places = [(0.0, below), (0.0, -below), (right, 0.0), (-right, 0.0)]
    if round_:
        # A corner of the patch, and the slid patches' nearest corner, *gap* from the circle.
        reach = hw + gap
        corner = reach * _DIAGONAL
        places += [(sx * (corner + half_w), sy * (corner + half_h)) for sy in (1, -1) for sx in (1, -1)]
        side = hw / 2
        along = math.sqrt(reach * reach - side * side)
        places += [(sx * (side + half_w), sy * (along + half_h)) for sy in (1, -1) for sx in (1, -1)]
        places += [(sx * (along + half_w), sy * (side + half_h)) for sx in (1, -1) for sy in (1, -1)]
    else:
        places += [(sx * right, sy * below) for sy in (1, -1) for sx in (1, -1)]
        if half_w < hw:  # flush with the box's left or right side
            places += [(sx * (hw - half_w), sy * below) for sy in (1, -1) for sx in (1, -1)]
        if half_h < hh:
            places += [(sx * right, sy * (hh - half_h)) for sx in (1, -1) for sy in (1, -1)]
    return places


def _crosses(segment: tuple[float, float, float, float], box: geometry.Box) -> bool:
    x1, y1, x2, y2 = segment
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return False
    inside = geometry.line_in_box(x1, y1, (x2 - x1) / length, (y2 - y1) / length, box)
    return inside is not None and inside[0] < length and inside[1] > 0


def place_beside(info: MapInfo, shapes: dict[str, NodeShape], short: list[str], scale: float,
                 area: geometry.Box, keep_clear: list[geometry.Box] = (),
                 sizes: tuple[float, ...] = TEXT_SIZES, nameless: Collection[str] = ()) -> dict[str, Beside]:
    """A place beside its node for each name in *short* that has one (see the module's note).

    *shapes* are the nodes as drawn (a node whose name goes beside it is set back to its canvas's
    size, leaving its neighbours' names more room), *scale* the page's points per scene unit, *area*
    the map's part of the page and *keep_clear* boxes no name may cover (the circles' names, names
    put beside before), all in scene units (left, top, right, bottom); *nameless* the nodes whose
    names were put beside before (their shapes are empty, as those of *short* will be). A place that
    reads as its node's comes first; then the largest of *sizes*, the canvas's lines before shorter
    ones."""
    nodes = info.nodes
    # Every node's outline as a box, to find those near a place; a circle is then looked at as one.
    outlines: geometry.BoxGrid[str] = geometry.BoxGrid(
        max((max(s.half_w, s.half_h) * 2 for s in shapes.values()), default=1.0))
    for node_id, n in nodes.items():
        hw, hh, _ = shapes[node_id].outline
        outlines.add((n.x - hw, n.y - hh, n.x + hw, n.y + hh), node_id)
    # Each connection with the nodes whose ends carry an arrowhead.
    lines: geometry.BoxGrid[tuple[str, str, tuple[float, float, float, float], tuple[str, ...]]] = (
        geometry.BoxGrid(outlines.cell))
    for e in info.edges:
        a, b = nodes[e.source], nodes[e.target]
        segment = (a.x, a.y, b.x, b.y)
        at_source, at_target = geometry.FLOW_ENDS.get(e.flow, (False, False))
        heads = tuple(end for end, head in ((e.source, at_source), (e.target, at_target)) if head)
        lines.add((min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)),
                  (e.source, e.target, segment, heads))
    taken: geometry.BoxGrid[geometry.Box] = geometry.BoxGrid(outlines.cell)
    for box in keep_clear:
        taken.add(box, box)
    empty = set(short) | set(nameless)
    gap = BESIDE_GAP / scale
    clear_of = CLEAR_OF_OTHERS / scale
    left, top, right, bottom = area
    placed: dict[str, Beside] = {}

    def free(box: geometry.Box) -> bool:
        """Whether *box* (absolute) is inside the area and meets no node and no name put beside."""
        if box[0] < left or box[1] < top or box[2] > right or box[3] > bottom:
            return False
        if next(taken.each_meeting(box), None) is not None:
            return False
        for other in outlines.each_meeting(box):
            o = nodes[other]
            hw, hh, _ = shapes[other].outline
            if shapes[other].kind == "group":
                return False  # its box is its outline
            # A circle meets the box where the box's point nearest its centre lies inside it.
            near_x, near_y = min(max(o.x, box[0]), box[2]), min(max(o.y, box[1]), box[3])
            if math.hypot(near_x - o.x, near_y - o.y) < hw:
                return False
        return True

    def crossed(node_id: str, box: geometry.Box, strictness: int) -> bool:
        """Whether a connection passes under *box* that may not: at strictness 2 any, at 1 the node's
        own, at 0 those of its own whose arrowhead at the node the box would cover."""
        for a, b, segment, heads in lines.each_meeting(box):
            mine = node_id in (a, b)
            if (strictness == 2 or (mine and (strictness == 1 or node_id in heads))) and _crosses(
                    segment, box):
                return True
        return False

    def reads_as_own(node_id: str, box: geometry.Box) -> bool:
        """Whether every other node without a name inside is clear_of farther from *box* than the
        node itself (drawn at its canvas's size) is."""
        reach = _distance(nodes[node_id], info.shapes[node_id], box) + clear_of
        around = (box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach)
        return not any(other != node_id and other in empty
                       and _distance(nodes[other], shapes[other], box) < reach
                       for other in outlines.each_meeting(around))

    def leader_to(node_id: str, rows: list[geometry.Box]) -> tuple[float, float, float, float] | None:
        """The leader from the nearest of a name's *rows* (absolute boxes) to its node's outline at
        its canvas's size, or None where it would cross another node or another name."""
        n = nodes[node_id]
        x1, y1 = min(((min(max(n.x, r[0]), r[2]), min(max(n.y, r[1]), r[3])) for r in rows),
                     key=lambda point: math.hypot(point[0] - n.x, point[1] - n.y))
        dx, dy = x1 - n.x, y1 - n.y
        length = math.hypot(dx, dy)
        reach = geometry.outline_distance(info.shapes[node_id].outline, dx, dy)
        segment = (x1, y1, n.x + dx / length * reach, n.y + dy / length * reach)
        bounds = (min(segment[0], segment[2]), min(segment[1], segment[3]), max(segment[0], segment[2]),
                  max(segment[1], segment[3]))
        if any(_crosses(segment, other) for other in taken.each_meeting(bounds)):
            return None
        for other in outlines.each_meeting(bounds):
            if other != node_id and _meets_outline(segment, nodes[other], shapes[other]):
                return None
        return segment

    def first_place(node_id: str, reaches: tuple[float, ...], clear: bool) -> Beside | None:
        """The first free place at one of *reaches* (points beyond the gap; 0 touches the node), at
        the largest size, that reads as the node's where *clear*."""
        n = nodes[node_id]
        base = info.shapes[node_id]
        for size in sizes:
            k = text_scale(n, scale, size)
            for wrapped in dict.fromkeys((base, compact_of(n, base))):
                half_w, half_h = name_box(wrapped, k, scale)
                for strictness in (2, 1, 0):
                    for reach in reaches:
                        for dx, dy in _places(base.outline, n.kind != "group", half_w, half_h,
                                              gap + reach / scale):
                            x, y = n.x + dx, n.y + dy
                            box = (x - half_w, y - half_h, x + half_w, y + half_h)
                            if not free(box) or crossed(node_id, box, strictness):
                                continue
                            if clear and not reads_as_own(node_id, box):
                                continue
                            leader = leader_to(node_id, _row_boxes(wrapped, k, x, y)) if reach else None
                            if reach and leader is None:
                                continue
                            return Beside(dx, dy, k, wrapped, box, leader)
        return None

    for node_id in sorted(short, key=lambda i: -len(nodes[i].label)):
        # Touching its node where that reads as its own; else joined by a leader, clear of other
        # nameless nodes, or not; else touching it as clear as can be.
        found = (first_place(node_id, (0.0,), True) or first_place(node_id, LEADER_REACH, True)
                 or first_place(node_id, LEADER_REACH, False) or first_place(node_id, (0.0,), False))
        if found:
            placed[node_id] = found
            taken.add(found.room, found.room)
            shapes[node_id] = info.shapes[node_id]
    return placed


def _row_boxes(shape: NodeShape, k: float, x: float, y: float) -> list[geometry.Box]:
    """The box of each of *shape*'s lines drawn *k* times larger, centred on (x, y) (scene units)."""
    return [(x - width * k / 2, y + top * k, x + width * k / 2, y + (top + size * LINE_HEIGHT) * k)
            for (_text, size, top), width in zip(shape.rows, shape.widths)]


def _distance(n: NodeInfo, shape: NodeShape, box: geometry.Box) -> float:
    """How far *box* (absolute) is from the outline of node *n* drawn as *shape* (0 where they meet);
    a group measured as its box without its rounded corners."""
    hw, hh, _ = shape.outline
    if shape.kind == "group":
        return math.hypot(max(box[0] - (n.x + hw), (n.x - hw) - box[2], 0.0),
                          max(box[1] - (n.y + hh), (n.y - hh) - box[3], 0.0))
    # A circle: from the box's point nearest its centre.
    near_x, near_y = min(max(n.x, box[0]), box[2]), min(max(n.y, box[1]), box[3])
    return max(0.0, math.hypot(near_x - n.x, near_y - n.y) - hw)


def _meets_outline(segment: tuple[float, float, float, float], n: NodeInfo, shape: NodeShape) -> bool:
    """Whether *segment* (absolute) passes inside node *n* drawn as *shape*."""
    hw, hh, _ = shape.outline
    if shape.kind == "group":
        return _crosses(segment, (n.x - hw, n.y - hh, n.x + hw, n.y + hh))
    x1, y1, x2, y2 = segment
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else min(1.0, max(0.0, ((n.x - x1) * dx + (n.y - y1) * dy) / length2))
    return math.hypot(x1 + dx * t - n.x, y1 + dy * t - n.y) < hw
