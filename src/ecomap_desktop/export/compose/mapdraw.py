"""The map on paper: rings, connections, nodes and their names, placed at a given scale.

Nodes are drawn at the sizes mapshapes.py gives (grown to hold their names), and connections end on
those outlines, so no name covers an arrowhead. A name that still does not fit its node (a crowded
page, the small maps of the page on what changed) is drawn whole over a soft patch of its node's
colour, and its connections end at the patch, so the flow of support shows and no letter is covered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ... import geometry, labels, ring_places, style
from ...model.vocabulary import RINGS
from ...node_shape import ASCENT, LINE_HEIGHT, NodeShape, label_size
from .. import text as T
from .beside import Beside
from .mapinfo import MapInfo, NodeInfo
from .mapshapes import LEAST_MAP_TEXT, text_scale
from .measures import MIN_MAP_TEXT, MIN_STROKE_SCALE
from .painter import Painter


# The hairline (points) from a name printed a little apart from its node to the node's outline.
LEADER_WIDTH = 0.5

# Up to this many names drawn wider than their nodes, an arrowhead stops short of the others' names
# (each connection asks the few near its ends); past it, see _draw_connections.
NAMES_AVOIDED_MAX = 300


@dataclass
class MapPlacement:
    scale: float  # points per scene unit
    ox: float  # page x of scene x = 0
    oy: float
    stroke_scale: float


def place_map(bounds, box: tuple[float, float, float, float], scale: float, top_align: bool) -> MapPlacement:
    """Where a map of *bounds* (scene units) drawn at *scale* sits in *box*: centred, or at its top."""
    x0, y0, x1, y1 = bounds
    bx, by, bw, bh = box
    mw, mh = (x1 - x0) * scale, (y1 - y0) * scale
    left = bx + (bw - mw) / 2
    top = by if top_align else by + (bh - mh) / 2
    return MapPlacement(scale, left - x0 * scale, top - y0 * scale, max(scale, MIN_STROKE_SCALE))


def draw_connection(p: Painter, line, arrows, ticks, strength: str, colour: str,
                    ox: float, oy: float, scale: float, stroke_scale: float) -> None:
    """Draw connection parts given in scene units, mapped by (ox + x*scale, oy + y*scale)."""
    ls = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    width = ls.width * stroke_scale
    x1, y1, x2, y2 = line
    dash = tuple(d * width for d in ls.dash) if ls.dash else None
    p.line(ox + x1 * scale, oy + y1 * scale, ox + x2 * scale, oy + y2 * scale, width, colour, dash,
           bool(dash))
    if ticks:
        p.segments(
            [(ox + a * scale, oy + b * scale, ox + c * scale, oy + d * scale) for a, b, c, d in ticks],
            style.TICK_WIDTH * stroke_scale,
            colour,
        )
    for arrow in arrows:
        p.polygon([(ox + ax * scale, oy + ay * scale) for ax, ay in arrow], colour)


def draw_map(p: Painter, info: MapInfo, m: MapPlacement, shapes: dict[str, NodeShape],
             short: frozenset[str] | set[str] = frozenset(), named: frozenset[str] | None = None,
             smaller: dict[str, float] | None = None, beside: dict[str, Beside] | None = None) -> None:
    """Rings, connections, nodes (each at its *shapes* size) and their names.

    Names of the nodes in *short* do not fit their shapes: they get a soft patch of the node's
    colour, and their connections end at the patch. Names in *beside* (beside.place_beside) are
    printed there, on a patch of plain page that connections pass under, joined to their node by a
    hairline where they do not touch it. With *named*, only those
    nodes' names are drawn, however small the map (a small map shows who a page's words are about).
    """
    s, ox, oy, ss = m.scale, m.ox, m.oy, m.stroke_scale
    c = info.centre
    for key, radius in info.rings:
        p.circle(ox + c.x * s, oy + c.y * s, radius * s, None, style.RING_COLOUR, style.RING_WIDTH * ss)
    ordered = sorted(info.nodes.values(), key=lambda n: n.kind == "centre")  # the centre on top
    # As on the canvas, a person or group drawn too small to hold any text gets no name (the centre
    # always keeps its own).
    hidden = {k for k in ("person", "group") if not geometry.label_fits(k, s)}
    smaller = smaller or {}
    beside = beside or {}
    laid = [(n, _name_lines(n, shapes[n.id], ox, oy, s, smaller.get(n.id), beside.get(n.id)))
            for n in ordered
            if (n.kind not in hidden and named is None) or (named is not None and n.id in named)]
    patches = [(n, *_name_patch(n, lines, ox, s)) for n, lines in laid if n.id in short and lines]
    beside_patches = {n.id: _name_patch(n, lines, ox + beside[n.id].dx * s, s)
                      for n, lines in laid if n.id in beside and lines}
    ring_labels = []
    if info.rings:
        # Each circle's name where the canvas and the pictures put it (ring_places.ring_name_angles),
        # drawn as large as MIN_MAP_TEXT where that keeps it clear of the nodes as the page draws
        # them and of the names drawn wider than their nodes.
        taken = [((x - ox) / s - c.x, (y - oy) / s - c.y, (x + w - ox) / s - c.x, (y + h - oy) / s - c.y)
                 for _, (x, y, w, h), _r in patches]
        taken += [((x - ox) / s - c.x, (y - oy) / s - c.y, (x + w - ox) / s - c.x, (y + h - oy) / s - c.y)
                  for (x, y, w, h), _r in beside_patches.values()]
        crowded = len(info.nodes) > ring_places.RING_NAMES_MAX_NODES
        covered = None if crowded else _covered_near(info, shapes, taken)
        names = ring_names()
        anything = None  # what else a name moved off a node keeps clear of (made when first needed)
        for key, radius, angle in ring_name_places(info):
            name = names[key]
            x, y = ring_places.ring_name_centre(radius, angle)
            size = _ring_name_size(name, x, y, s, covered)
            # A node drawn over its letters (not only the edge of its patch): moved to a clear place.
            if covered is not None and size <= RING_NAME_LEAST and _name_covered(name, x, y, size, s, covered,
                                                                                 patch=False):
                anything = anything or _covered_by_anything(info, shapes, covered)
                x, y, size = _clear_of_nodes(name, radius, s, covered, anything, (x, y, size))
            ring_labels.append((name, ox + (c.x + x) * s, oy + (c.y + y) * s, size))
    # An arrowhead that reaches under a circle's name (a page's larger print) is drawn again above it.
    ring_boxes = [_ring_label_box(name, x, y, size) for name, x, y, size in ring_labels]
    arrowheads = _draw_connections(p, info, m, shapes, patches, ring_boxes,
                                   {key: box for key, (box, _r) in beside_patches.items()})
    # The circles' names above the connections, under the people and groups, as on the canvas: a
    # line passes under a name, never through it. So do the names printed beside their nodes.
    for label in ring_labels:
        ring_label(p, *label)
    for (x, y, w, h), radius in beside_patches.values():
        p.rounded_rect(x, y, w, h, radius, "#ffffff", None, 0)
    for key in beside_patches:  # a name set a little apart from its node, joined to it
        if beside[key].leader is not None:
            x1, y1, x2, y2 = beside[key].leader
            p.line(ox + x1 * s, oy + y1 * s, ox + x2 * s, oy + y2 * s, LEADER_WIDTH, style.LINE_COLOUR)
    outline_w = style.NODE_OUTLINE_WIDTH * ss
    for n in ordered:
        x, y = ox + n.x * s, oy + n.y * s
        hw, hh, corner = shapes[n.id].outline
        if n.kind == "group":
            p.rounded_rect(x - hw * s, y - hh * s, 2 * hw * s, 2 * hh * s, corner * s,
                           style.category_fill(n.category), style.NODE_OUTLINE, outline_w)
        else:
            width = outline_w * (1.4 if n.kind == "centre" else 1.0)
            p.circle(x, y, hw * s, _fill(n), style.NODE_OUTLINE, width)
    for n, (x, y, w, h), radius in patches:
        p.rounded_rect(x, y, w, h, radius, _fill(n), None, 0, alpha=0.85)
    for arrow, colour in arrowheads:  # the flow of support shows above any patch
        p.polygon([(ox + ax * s, oy + ay * s) for ax, ay in arrow], colour)
    # Names last: all the text then comes in one run (one PDF text object).
    for _, lines in laid:
        for x, baseline, line, colour in lines:
            p.text(x, baseline, line, colour, "center")


def _draw_connections(p: Painter, info: MapInfo, m: MapPlacement, shapes: dict[str, NodeShape],
                      patches, above: list[geometry.Box] = (),
                      beside: dict[str, tuple[float, float, float, float]] | None = None) -> list:
    """Draw the connections; return the arrowheads to draw again above the names' patches (and
    above the boxes *above*, on the page: the circles' names).

    Arrowheads and ticks keep their canvas size relative to the lines. A line ends on the outline of
    each node as drawn (grown around a long name), as on the canvas, or on the patch of a name drawn
    wider than its node; an arrowhead that would reach into another such name stops short of it. So
    no arrowhead covers a letter, and the flow of support shows."""
    s, ox, oy, ss = m.scale, m.ox, m.oy, m.stroke_scale
    size = ss / s
    nodes = info.nodes
    # Each patch in scene units: where it is on the map, and relative to its node's centre.
    placed = {n.id: ((x - ox) / s, (y - oy) / s, (x + w - ox) / s, (y + h - oy) / s)
              for n, (x, y, w, h), _r in patches}
    own = {key: (left - nodes[key].x, top - nodes[key].y, right - nodes[key].x, bottom - nodes[key].y)
           for key, (left, top, right, bottom) in placed.items()}
    # Names beside their nodes: arrowheads stop short of them too, but no line ends at one.
    for key, (x, y, w, h) in (beside or {}).items():
        placed[key] = ((x - ox) / s, (y - oy) / s, (x + w - ox) / s, (y + h - oy) / s)
    # Past NAMES_AVOIDED_MAX such names (a page far too small for its map) they overlap one another
    # anyway: an arrowhead then stops at its own node's name, and is drawn again above the others.
    crowded = len(placed) > NAMES_AVOIDED_MAX
    grid = _names_grid({} if crowded else placed)
    reach, half_width = style.ARROW_LENGTH * size, style.ARROW_WIDTH * size / 2
    redraw = []
    for e in info.edges:
        a, b = nodes[e.source], nodes[e.target]
        seg = geometry.clipped_segment(shapes[a.id].outline, a.x, a.y, shapes[b.id].outline, b.x, b.y,
                                       own.get(a.id), own.get(b.id))
        over_name = False
        if seg is None and (a.id in own or b.id in own):
            # Two names so close that their patches meet: the line joins their outlines, and its
            # arrowheads are drawn again above the patches, so the flow of support still shows.
            seg = geometry.clipped_segment(shapes[a.id].outline, a.x, a.y, shapes[b.id].outline, b.x, b.y)
            over_name = True
        if seg is None:
            continue
        if crowded:
            over_name = a.id in own or b.id in own
        elif placed and not over_name:
            seg, over_name = _short_of_names(seg, e.flow, grid, (a.id, b.id), reach, half_width)
        line, arrows, ticks = geometry.connection_parts(*seg, e.strength, e.flow, size)
        colour = e.colour or style.LINE_COLOUR
        draw_connection(p, line, arrows, ticks, e.strength, colour, ox, oy, s, ss)
        if over_name or (above and _meet(arrows, above, ox, oy, s)):
            redraw.extend((arrow, colour) for arrow in arrows)
    return redraw


def _meet(arrows, boxes: list[geometry.Box], ox: float, oy: float, s: float) -> bool:
    """Whether an arrowhead (scene units) meets one of *boxes* (on the page)."""
    for arrow in arrows:
        xs, ys = [ox + x * s for x, _y in arrow], [oy + y * s for _x, y in arrow]
        if any(left < max(xs) and right > min(xs) and top < max(ys) and bottom > min(ys)
               for left, top, right, bottom in boxes):
            return True
    return False


# The names' patches by their keys, to find those in a connection's way without a walk over all of
# them for every connection (a crowded page has many).
_Names = geometry.BoxGrid[tuple[str, geometry.Box]]


def _short_of_names(seg, flow: str, grid: _Names, ends: tuple[str, str], reach: float,
                    half_width: float):
    """*seg* with each end that carries an arrowhead moved back clear of the other names' patches;
    and whether an arrowhead could not be (it is then drawn above them)."""
    x1, y1, x2, y2 = seg
    at_source, at_target = geometry.FLOW_ENDS.get(flow, (False, False))
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    stuck = False
    if at_target:
        moved = _arrow_room(grid, (x1, y1, x2, y2), ends, reach, half_width)
        if moved is None:
            stuck = True
        else:
            x2, y2 = x2 - ux * moved, y2 - uy * moved
    if at_source:
        moved = _arrow_room(grid, (x2, y2, x1, y1), ends, reach, half_width)
        if moved is None:
            stuck = True
        else:
            x1, y1 = x1 + ux * moved, y1 + uy * moved
    return (x1, y1, x2, y2), stuck


def _names_grid(boxes: dict[str, geometry.Box]) -> _Names:
    """The patches *boxes* (absolute left, top, right, bottom, by key) in a grid."""
    widest = max((max(right - left, bottom - top) for left, top, right, bottom in boxes.values()),
                 default=1.0)
    grid: _Names = geometry.BoxGrid(widest or 1.0)
    for key, box in boxes.items():
        grid.add(box, (key, box))
    return grid


def _arrow_room(grid: _Names, seg, leave_out: tuple[str, ...], reach: float,
                half_width: float) -> float | None:
    """geometry.arrow_room at the end (x2, y2) of *seg* among all the patches but *leave_out*'s.

    Only the patches along the last stretch of the line are asked for (a long line crosses much of
    the page), a longer stretch while the arrowhead is pushed back to its far end: what lies beyond
    cannot stop an arrowhead that ends short of it."""
    x1, y1, x2, y2 = seg
    length = math.hypot(x2 - x1, y2 - y1)
    look = reach + grid.cell
    while True:
        part = min(look / length, 1.0) if length else 1.0
        sx, sy = x2 + (x1 - x2) * part, y2 + (y1 - y2) * part
        margin = half_width + 1.0  # and the patches just touching, which arrow_room judges itself
        around = (min(sx, x2) - margin, min(sy, y2) - margin, max(sx, x2) + margin, max(sy, y2) + margin)
        boxes = [box for key, box in grid.meeting(around) if key not in leave_out]
        moved = geometry.arrow_room(x1, y1, x2, y2, boxes, reach, half_width)
        # None stays None with more patches: they only push an arrowhead further back.
        if moved is None or part >= 1.0 or moved + reach <= look:
            return moved
        look *= 2


def _name_patch(n: NodeInfo, lines, ox: float, s: float):
    """((left, top, width, height), corner radius) on the page of the soft patch under a name."""
    widest = max(line.width for _, _, line, _ in lines)
    top = lines[0][1] - lines[0][2].size * ASCENT
    bottom = lines[-1][1] + lines[-1][2].size * (LINE_HEIGHT - ASCENT)
    return (ox + n.x * s - widest / 2 - 2, top, widest + 4, bottom - top), lines[0][2].size * 0.3


def _name_lines(n: NodeInfo, shape: NodeShape, ox: float, oy: float, s: float, scale: float | None,
                beside: Beside | None):
    """label_lines of a node: on the node, or beside it."""
    if beside is None:
        return label_lines(n, shape, ox + n.x * s, oy + n.y * s, s, scale)
    return label_lines(n, beside.shape, ox + (n.x + beside.dx) * s, oy + (n.y + beside.dy) * s, s,
                       beside.text_scale)


def _fill(n: NodeInfo) -> str:
    return style.CENTRE_FILL if n.kind == "centre" else style.category_fill(n.category)


def label_lines(n: NodeInfo, shape: NodeShape, x: float, y: float, s: float, scale: float | None = None):
    """[(x, baseline, line, colour)] for a node's name and household, centred on (x, y).

    The rows are node_shape's, at *s* points per unit (times the node's text_scale when that
    would be smaller than MIN_MAP_TEXT, or times *scale*), so lines and line spacing are the
    canvas's.
    """
    k = s * (scale or text_scale(n, s))
    size = label_size(n.kind)
    bold = n.kind == "centre"
    out = []
    for text, row_size, top in shape.rows:
        household = row_size != size
        line = T.make_line(text, row_size * k, bold and not household)
        colour = style.HOUSEHOLD_COLOUR if household else style.LABEL_COLOUR
        # The canvas puts a line's top at *top* and Qt draws its baseline one ascent below.
        out.append((x, y + (top + row_size * ASCENT) * k, line, colour))
    return out


def ring_name_places(info: MapInfo) -> list[tuple[str, float, float]]:
    """(ring key, radius, angle) of each circle's name: ring_places.ring_name_angles with the nodes at
    their canvas size, their arrowheads and ticks, as the canvas and the pictures ask it."""
    names = ring_names()
    c = info.centre
    room = ring_places.RING_NAME_ROOM
    people = ticks = None
    if len(info.nodes) <= ring_places.RING_NAMES_MAX_NODES:
        places = {key: (n.x - c.x, n.y - c.y, info.shapes[key].outline, info.shapes[key].outline_at(room))
                  for key, n in info.nodes.items()}
        connections = [(e.source, e.target, e.flow, e.strength) for e in info.edges]
        obstacles = ring_places.ring_name_obstacles(places, connections)
    else:  # crowded: the people and ticks near the circles, filed, and the arrowheads the canvas asks about
        near = ring_places.near_circles
        connections = [(e.source, e.target, e.flow, e.strength) for e in info.edges if e.flow != "none" and (
            near(info.nodes[e.source].x - c.x, info.nodes[e.source].y - c.y)
            or near(info.nodes[e.target].x - c.x, info.nodes[e.target].y - c.y))]
        ends = {key for source, target, _flow, _strength in connections for key in (source, target)}
        places = {key: (info.nodes[key].x - c.x, info.nodes[key].y - c.y, info.shapes[key].outline,
                        info.shapes[key].outline_at(room)) for key in ends}
        obstacles = (ring_places.crowded_obstacles(places, connections)
                     if len(connections) <= ring_places.RING_NAMES_MAX_NODES else None)
        if obstacles is not None and info.rings:  # the people and ticks near the circles, filed as on screen
            people, ticks = ring_places.PeopleNearCircles(), ring_places.TicksNearCircles()
            placed = {key: (n.x - c.x, n.y - c.y, info.shapes[key].outline,
                            info.shapes[key].outline_at(room)) for key, n in info.nodes.items()}
            for key, (x, y, ordinary, largest) in placed.items():
                if near(x, y):
                    people.put(key, x, y, ordinary, largest)
            for number, e in enumerate(info.edges):
                if ring_places.ticked(e.strength):
                    (x1, y1, one, _large), (x2, y2, two, _large) = placed[e.source], placed[e.target]
                    ticks.put(str(number), x1, y1, one, x2, y2, two, e.strength, e.flow)
    widths = [(radius, T.measure(names[key], style.RING_LABEL_FONT_SIZE)) for key, radius in info.rings]
    angles = ring_places.ring_name_angles(widths, obstacles, 1.0, people, ticks)
    return [(key, radius, angle) for (key, radius), angle in zip(info.rings, angles)]


# A circle's name on paper is drawn MIN_MAP_TEXT high where it has room, else smaller, in these steps,
# down to RING_NAME_LEAST (it stands where the canvas puts it, so it cannot move round instead): the
# least size any name keeps but one that has no room anywhere (mapshapes.CRAMPED_TEXT).
RING_NAME_STEP = 0.5
RING_NAME_LEAST = LEAST_MAP_TEXT


def _ring_name_size(name: str, x: float, y: float, s: float, covered) -> float:
    """The size (points) to draw a circle's name centred at (x, y) (scene units from the centre) on a
    page at *s* points per unit: as large as the canvas's, at least MIN_MAP_TEXT, where nothing
    *covered* reports stands on it, else the largest size down to RING_NAME_LEAST that is clear; with
    no free size, RING_NAME_LEAST (what stands on it then hides least of it); with *covered* None (a
    crowded map), MIN_MAP_TEXT."""
    wanted = max(style.RING_LABEL_FONT_SIZE * s, MIN_MAP_TEXT)
    if covered is None:
        return wanted
    size = wanted
    while size >= RING_NAME_LEAST - 1e-9:
        width, height = ring_places.ring_name_size(T.measure(name, size), size)
        half_w, half_h = width / s / 2, height / s / 2
        if not covered(x - half_w, y - half_h, x + half_w, y + half_h):
            return size
        size -= RING_NAME_STEP
    return RING_NAME_LEAST


def _name_covered(name: str, x: float, y: float, size: float, s: float, covered, patch: bool = True) -> bool:
    """Whether *covered* says something stands on a circle's name centred at (x, y) (scene units from
    the centre), printed *size* points high on a page at *s* points per unit: on its patch, or with
    *patch* False on its letters alone."""
    if patch:
        width, height = ring_places.ring_name_size(T.measure(name, size), size)
    else:
        width, height = T.measure(name, size), size
    half_w, half_h = width / s / 2, height / s / 2
    return covered(x - half_w, y - half_h, x + half_w, y + half_h)


def _clear_of_nodes(name: str, radius: float, s: float, covered, anything,
                    there: tuple[float, float, float]) -> tuple[float, float, float]:
    """(x, y, size) of a circle's name that a node as this page draws it would hide where the canvas
    puts it (*there*): the small maps of the page on what changed draw their people larger than the
    map's scale, and "Amigos" sat under Renée Côté's circle. The first place round its circle where
    nothing stands (*anything*: the nodes and names *covered* reports, the arrowheads and the
    stressful lines' ticks), in ring_places.ring_name_angle's order (the upper half first), the name
    as large as it can be there; *there* where no place is clear."""
    for size in (max(style.RING_LABEL_FONT_SIZE * s, MIN_MAP_TEXT), RING_NAME_LEAST):
        width, height = ring_places.ring_name_size(T.measure(name, size), size)
        angle = ring_places.ring_name_angle(radius, width / s, height / s, anything)
        x, y = ring_places.ring_name_centre(radius, angle)
        if not _name_covered(name, x, y, size, s, anything):
            return x, y, _ring_name_size(name, x, y, s, covered)
    return there


def _covered_by_anything(info: MapInfo, shapes: dict[str, NodeShape], covered):
    """covered(left, top, right, bottom), relative to the centre: where *covered* says so, or an
    arrowhead or a stressful line's ticks between the nodes at their *shapes* stand."""
    c = info.centre
    places = {key: (n.x - c.x, n.y - c.y, shapes[key].outline, shapes[key].outline)
              for key, n in info.nodes.items()}
    connections = [(e.source, e.target, e.flow, e.strength) for e in info.edges]
    _nodes, arrowheads, ticks, _same = ring_places.ring_name_obstacles(places, connections)
    marks = ring_places.marks_covered(arrowheads, ticks)

    def either(left: float, top: float, right: float, bottom: float) -> bool:
        return covered(left, top, right, bottom) or marks(left, top, right, bottom)
    return either


def _covered_near(info: MapInfo, shapes: dict[str, NodeShape], names: list[geometry.Box]):
    """covered(left, top, right, bottom), relative to the centre: whether a node's outline as drawn
    (a circle as a circle), or one of the boxes *names*, meets that box."""
    c = info.centre
    circles = []
    boxes = list(names)
    for node in info.nodes.values():
        half_w, half_h, corner = shapes[node.id].outline
        x, y = node.x - c.x, node.y - c.y
        if node.kind == "group":
            boxes.append((x - half_w, y - half_h, x + half_w, y + half_h))
        else:
            circles.append((x, y, half_w))

    def covered(left: float, top: float, right: float, bottom: float) -> bool:
        if any(b_left < right and b_right > left and b_top < bottom and b_bottom > top
               for b_left, b_top, b_right, b_bottom in boxes):
            return True
        # A circle meets the box where the box's point nearest its centre lies inside it.
        return any(math.hypot(min(max(x, left), right) - x, min(max(y, top), bottom) - y) < radius
                   for x, y, radius in circles)
    return covered


def ring_names() -> dict[str, str]:
    """The circles of support as the canvas names them (labels.ring_words: one set of words, so a
    translation matches on screen and on paper)."""
    return {ring: labels.ring_words(ring) for ring in RINGS}


def ring_name_boxes(info: MapInfo, s: float) -> list[geometry.Box]:
    """The patch under each circle's name (scene units, on the map) at the smallest size a page at
    *s* points per unit prints it where it has little room (_ring_name_size)."""
    if not info.rings:
        return []  # (finding the places looks at every node: 5 ms on 5,000)
    names = ring_names()
    c = info.centre
    size = RING_NAME_LEAST
    boxes = []
    for key, radius, angle in ring_name_places(info):
        x, y = ring_places.ring_name_centre(radius, angle)
        width, height = ring_places.ring_name_size(T.measure(names[key], size), size)
        half_w, half_h = width / s / 2, height / s / 2
        boxes.append((c.x + x - half_w, c.y + y - half_h, c.x + x + half_w, c.y + y + half_h))
    return boxes


def _ring_label_box(name: str, x: float, y: float, size: float) -> geometry.Box:
    """The patch (left, top, right, bottom, on the page) under a circle's name centred at (x, y)."""
    width, height = ring_places.ring_name_size(T.measure(name, size), size)
    return x - width / 2, y - height / 2, x + width / 2, y + height / 2


def ring_label(p: Painter, name: str, x: float, y: float, size: float) -> None:
    """A ring's name centred on its line at (x, y), on a patch of page so neither its circle nor a
    connection crosses it."""
    line = T.make_line(name, size)
    width, height = ring_places.ring_name_size(line.width, size)
    p.rounded_rect(x - width / 2, y - height / 2, width, height, size * 0.35, "#ffffff", None, 0)
    p.text(x, y + size * 0.36, line, style.RING_LABEL_COLOUR, "center")
