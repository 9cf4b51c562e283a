"""Names printed beside their node on a crowded page, where no readable size fits inside it.

On a page too small for its map, some nodes cannot grow around their name (mapshapes.grow_nodes)
because their neighbours stand too close. Rather than print such a name over its node and its
neighbours, it goes just outside its own node, on a plain patch of page, in the first free place
around it: below, above, right, left, then the four corners. A place is free when it meets no node,
no other name put beside, and lies inside the map's part of the page; a place that no connection
crosses is taken before one that a connection of another node passes under. A name that finds no
place stays over its node (and is counted in the export's warning).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from ... import geometry
from ...node_shape import NodeShape
from .mapshapes import TEXT_SIZES, compact_of, text_scale

if TYPE_CHECKING:
    from .mapinfo import MapInfo

# Page room (points) between a node's outline and the patch of its name, and around the letters
# inside the patch (as mapdraw's patches over a node).
BESIDE_GAP = 1.5
PATCH_MARGIN = 2.0
_DIAGONAL = math.sqrt(0.5)


class Beside(NamedTuple):
    """Where a name printed beside its node goes."""

    dx: float  # the middle of its lines, scene units from the node's centre
    dy: float
    text_scale: float  # as mapshapes.text_scale: how much larger than the map the name is drawn
    shape: NodeShape  # whose lines are printed (the canvas's, or the name wrapped shorter)
    box: geometry.Box  # the patch under it, scene units on the map (left, top, right, bottom)


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
                 sizes: tuple[float, ...] = TEXT_SIZES) -> dict[str, Beside]:
    """A place beside its node for each name in *short* that has one (see the module's note).

    *shapes* are the nodes as drawn (a node whose name goes beside it is set back to its canvas's
    size, leaving its neighbours' names more room), *scale* the page's points per scene unit, *area*
    the map's part of the page and *keep_clear* boxes no name may cover (the circles' names, names
    put beside before), all in scene units (left, top, right, bottom). The largest of *sizes* with a
    free place wins, the canvas's lines before shorter ones."""
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
    taken: geometry.BoxGrid[str] = geometry.BoxGrid(outlines.cell)
    for box in keep_clear:
        taken.add(box, "")
    gap = BESIDE_GAP / scale
    left, top, right, bottom = area
    placed: dict[str, Beside] = {}

    def free(node_id: str, box: geometry.Box) -> bool:
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

    for node_id in sorted(short, key=lambda i: -len(nodes[i].label)):
        n = nodes[node_id]
        base = info.shapes[node_id]
        outline = base.outline
        found = None
        for size in sizes:
            k = text_scale(n, scale, size)
            for wrapped in dict.fromkeys((base, compact_of(n, base))):
                half_w, half_h = name_box(wrapped, k, scale)
                places = _places(outline, n.kind != "group", half_w, half_h, gap)
                for strictness in (2, 1, 0):
                    for dx, dy in places:
                        x, y = n.x + dx, n.y + dy
                        box = (x - half_w, y - half_h, x + half_w, y + half_h)
                        if free(node_id, box) and not crossed(node_id, box, strictness):
                            found = Beside(dx, dy, k, wrapped, box)
                            break
                    if found:
                        break
                if found:
                    break
            if found:
                break
        if found:
            placed[node_id] = found
            taken.add(found.box, node_id)
            shapes[node_id] = base
    return placed
