"""Where each circle of support's name goes: the one rule of the canvas, the pictures and the pages
(ring_name_angles), clear of the people and groups, the arrowheads and the stressful lines' ticks."""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import product

from . import style
from .geometry import (
    FLOW_ENDS,
    Box,
    Outline,
    cells_along,
    clipped_segment,
    connection_parts,
    line_in_box,
    tick_layout,
    tick_spacing_length_margin,
)

# Where a circle of support's name may go, tried in turn: its top, then ever further round either way
# (degrees, clockwise from 12 o'clock) until no person or group covers it. The canvas, the pictures
# and the pages all ask ring_name_angles, so they agree.
RING_NAME_ANGLES = [0.0] + [sign * step for step in range(15, 181, 15) for sign in (1, -1)][:-1]
# On maps with more nodes than this, the circles are crowded all round: their names keep clear of the
# people near the circles, filed by cell and kept up to date one edit at a time (PeopleNearCircles:
# asking what stands at every place round every circle would cost each edit ~25 ms at 5,000), of the
# stressful lines' ticks near them, filed likewise (TicksNearCircles), and of the arrowheads near them
# (crowded_obstacles).
RING_NAMES_MAX_NODES = 300
# On such a map only the connections with an end within this far of the centre, either way, are
# asked about: an arrowhead further out is nowhere near a circle's name. Where more arrowed lines than
# RING_NAMES_MAX_NODES come that near, the names keep the top (asking would cost an edit ~35 ms at
# 2,000 of them).
CROWDED_REACH = style.RING_RADII["paid"] + 600.0
# ring_name_angles places a circle's name where it and the people around it keep clear of one another
# drawn this many times their size at 100% (the largest the canvas draws names zoomed out), so a
# picture's larger names and a page's 7 pt print have room, and the place does not depend on either.
RING_NAME_ROOM = style.LABEL_MAX_BOOST
RING_NAME_PAD = 5.0  # scene units of patch either side of a circle's name, at its size on the canvas
RING_NAME_HEIGHT = 1.5  # a circle's name's patch is this many times its font size high


def ring_name_size(text_width: float, font_size: float = style.RING_LABEL_FONT_SIZE) -> tuple[float, float]:
    """(width, height) of the patch under a circle's name *text_width* wide, drawn at *font_size*."""
    pad = RING_NAME_PAD * font_size / style.RING_LABEL_FONT_SIZE
    return text_width + 2 * pad, font_size * RING_NAME_HEIGHT


def ring_name_centre(radius: float, angle: float) -> tuple[float, float]:
    """Where a circle's name is centred, relative to the circle's centre, *angle* degrees round."""
    turn = math.radians(angle)
    return radius * math.sin(turn), -radius * math.cos(turn)


# The places on a circle's upper half, tried first: a name below the family reads as a word about
# the family or a line there (Larger text put "Closest" at 165 degrees on example 01).
UPPER_ANGLES = [angle for angle in RING_NAME_ANGLES if abs(angle) <= 90]


def ring_name_angle(radius: float, width: float, height: float, covered, hides_arrowhead=None,
                    ordinary=None) -> float:
    """Where a name's patch (*width* x *height*, centred on the circle) is free: *covered(left, top,
    right, bottom)*, relative to the centre, says whether a person, group, arrowhead or tick stands
    there. Tried in turn: the circle's upper half (UPPER_ANGLES); there again with *ordinary*
    ((width, height, covered) of the name and the people at the size drawn without the zoom's
    growth: a name that only a far zoom-out brings under someone); then all of RING_NAME_ANGLES.
    Where none is free, the first where *hides_arrowhead* (the same question of the arrowheads and
    ticks alone) says none is (a person drawn over a name hides it, but a name drawn over an
    arrowhead would hide the flow of support); else the top."""
    tries = [(width, height, covered, UPPER_ANGLES)]
    if ordinary is not None:
        tries.append((*ordinary, UPPER_ANGLES))
    tries += [(width, height, covered, RING_NAME_ANGLES), (width, height, hides_arrowhead, RING_NAME_ANGLES)]
    asked = set()  # the upper half is asked first, then again among all the places: once is enough
    for name_width, name_height, still_covered, angles in tries:
        if still_covered is None:
            continue
        for angle in angles:
            question = (name_width, name_height, still_covered, angle)
            if question in asked:
                continue
            asked.add(question)
            x, y = ring_name_centre(radius, angle)
            half_w, half_h = name_width / 2, name_height / 2
            if not still_covered(x - half_w, y - half_h, x + half_w, y + half_h):
                return angle
    return 0.0


# What a circle's name keeps clear of (ring_name_obstacles): the people's and groups' outlines (left,
# top, right, bottom, corner radius: a person's circle is a box whose corners are wholly rounded), the
# arrowheads' boxes, and the runs of cross-ticks along the stressful lines (from the first tick's
# middle to the last's, and how far a tick reaches either side of that line).
Shape = tuple[float, float, float, float, float]
TickRun = tuple[float, float, float, float, float]
# (the people and groups at their largest, the arrowheads, the tick runs, the people and groups at
# the size drawn without the zoom's growth)
RingObstacles = tuple["list[Shape]", "list[Box]", "list[TickRun]", "list[Shape]"]


def ring_name_angles(rings: list[tuple[float, float]], obstacles: RingObstacles | None,
                     text_scale: float = 1.0, people: PeopleNearCircles | None = None,
                     ticks: TicksNearCircles | None = None) -> list[float]:
    """Where each circle's name goes (degrees round from its top): the one rule of the canvas, the
    pictures and the pages. *rings*: (radius, width of the name at style.RING_LABEL_FONT_SIZE) of
    each circle. *obstacles*: what a name must not hide, relative to the centre: the people and
    groups, the arrowheads at them and the stressful lines' cross-ticks (ring_name_obstacles), from
    their size on the canvas (node_shape's) with names *text_scale* times larger, so neither the
    zoom nor a page's scale moves a name (crowded_obstacles on a map of more than
    RING_NAMES_MAX_NODES); None where even that is too much to ask: the names keep the top. A name
    is measured RING_NAME_ROOM times *text_scale* times its size at 100%, as the nodes are.
    *text_scale* is 1 everywhere but on the canvas with larger text (the parent view, the text-size
    setting), whose names and people are drawn larger than the paper's. *people*, *ticks*: on a
    crowded map, the people and groups and the stressful lines' ticks near the circles, filed (the
    obstacles then hold none)."""
    if obstacles is None:
        return [0.0] * len(rings)
    return [ring_name_angle(radius, *tests) for (radius, _width), tests in
            zip(rings, ring_name_tests(rings, obstacles, text_scale, people, ticks))]


# What ring_name_angle asks of one circle's name: (width, height, covered, hides_arrowhead, ordinary).
NameTests = tuple


def ring_name_tests(rings: list[tuple[float, float]], obstacles: RingObstacles,
                    text_scale: float = 1.0, filed: PeopleNearCircles | None = None,
                    filed_ticks: TicksNearCircles | None = None) -> list[NameTests]:
    """For each of *rings* (as ring_name_angles takes them), the questions ring_name_angle asks of a
    place for its name, against *obstacles* (and the *filed* people and *filed_ticks* of a crowded
    map)."""
    tests = []
    grow = RING_NAME_ROOM * text_scale
    people, arrowheads, ticks, ordinary_people = obstacles
    # Worked out once for every circle. Kinds: 0 a person or group at its largest, 1 an arrowhead,
    # 2 a person or group at its ordinary size.
    spans = [(*_span_from_centre(shape[:4]), shape, 0) for shape in people]
    spans += [(*_span_from_centre(box), (*box, 0.0), 1) for box in arrowheads]
    spans += [(*_span_from_centre(shape[:4]), shape, 2) for shape in ordinary_people]
    runs = [(*_span_from_centre(_run_box(run)), run) for run in ticks]
    for radius, text_width in rings:
        width, height = ring_name_size(text_width * grow, style.RING_LABEL_FONT_SIZE * grow)
        # Only what stands near the circle (within *reach* of its line) can cover its name.
        reach = max(width, height)
        near = [(shape, kind) for nearest, farthest, shape, kind in spans
                if nearest <= radius + reach and farthest >= radius - reach]
        near_runs = [run for nearest, farthest, run in runs
                     if nearest <= radius + reach and farthest >= radius - reach]
        arrows = [shape for shape, kind in near if kind == 1]
        ordinary_covered = _meets_any(arrows + [shape for shape, kind in near if kind == 2], near_runs)
        covered = _meets_any([shape for shape, kind in near if kind < 2], near_runs)
        hides_arrowhead = _meets_any(arrows, near_runs)
        if filed is not None:
            ordinary_covered = _either(filed.meets(True), ordinary_covered)
            covered = _either(filed.meets(False), covered)
        if filed_ticks is not None:
            on_ticks = filed_ticks.meets()
            ordinary_covered = _either(ordinary_covered, on_ticks)
            covered = _either(covered, on_ticks)
            hides_arrowhead = _either(hides_arrowhead, on_ticks)
        ordinary = (*ring_name_size(text_width * text_scale, style.RING_LABEL_FONT_SIZE * text_scale),
                    ordinary_covered)
        tests.append((width, height, covered, hides_arrowhead, ordinary))
    return tests


def marks_covered(arrowheads: list[Box], ticks: list[TickRun]):
    """covered(left, top, right, bottom): whether that box meets one of *arrowheads* or of the runs
    of *ticks* (as ring_name_obstacles gives them)."""
    return _meets_any([(*box, 0.0) for box in arrowheads], ticks)


def _meets_any(shapes: list[Shape], runs: list[TickRun]):
    """covered(left, top, right, bottom): whether that box meets any of *shapes* (a round one only
    where it is round: the corners of a circle's box are empty canvas) or of the tick *runs*."""
    def covered(left: float, top: float, right: float, bottom: float) -> bool:
        for shape in shapes:
            if _shape_meets(shape, left, top, right, bottom):
                return True
        return any(_run_meets(run, (left, top, right, bottom)) for run in runs)
    return covered


def _shape_meets(shape: Shape, left: float, top: float, right: float, bottom: float) -> bool:
    """Whether a person's or group's *shape* meets that box (a round one only where it is round)."""
    s_left, s_top, s_right, s_bottom, corner = shape
    if not (s_left < right and s_right > left and s_top < bottom and s_bottom > top):
        return False
    if corner <= 0:
        return True
    # Within *corner* of the shape's box shrunk by its corners: inside its outline.
    dx = max(s_left + corner - right, left - (s_right - corner), 0.0)
    dy = max(s_top + corner - bottom, top - (s_bottom - corner), 0.0)
    return dx * dx + dy * dy < corner * corner


def _run_box(run: TickRun) -> Box:
    x1, y1, x2, y2, half = run
    return min(x1, x2) - half, min(y1, y2) - half, max(x1, x2) + half, max(y1, y2) + half


def _run_meets(run: TickRun, box: Box) -> bool:
    """Whether a run of cross-ticks meets *box*: its line, the box grown by how far a tick reaches."""
    x1, y1, x2, y2, half = run
    length = math.hypot(x2 - x1, y2 - y1)
    left, top, right, bottom = box
    grown = (left - half, top - half, right + half, bottom + half)
    if length == 0:
        return grown[0] < x1 < grown[2] and grown[1] < y1 < grown[3]
    inside = line_in_box(x1, y1, (x2 - x1) / length, (y2 - y1) / length, grown)
    return inside is not None and inside[0] <= length and inside[1] >= 0


def ring_name_obstacles(nodes: dict[str, tuple[float, float, Outline, Outline]],
                        connections: list[tuple[str, str, str, str]]) -> RingObstacles:
    """What a circle's name must not hide, for ring_name_angles: each node of *nodes* (key: x, y
    relative to the centre, its outline with its name at the smallest and the largest size drawn)
    at the larger size, and the arrowheads and cross-ticks of *connections* (source key, target
    key, flow, strength) at both sizes: (the nodes' outlines at the larger size, the arrowheads' boxes,
    the tick runs, the nodes' outlines at the smaller size)."""
    shapes = [(x - half_w, y - half_h, x + half_w, y + half_h, corner)
              for x, y, _outline, (half_w, half_h, corner) in nodes.values()]
    ordinary = [(x - half_w, y - half_h, x + half_w, y + half_h, corner)
                for x, y, (half_w, half_h, corner), _outline in nodes.values()]
    arrowheads: list[Box] = []
    ticks: list[TickRun] = []
    for source, target, flow, strength in connections:
        if source not in nodes or target not in nodes:
            continue
        with_arrows = flow in FLOW_ENDS and flow != "none"
        with_ticks = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"]).ticks
        if not (with_arrows or with_ticks):
            continue
        x1, y1, small1, large1 = nodes[source]
        x2, y2, small2, large2 = nodes[target]
        for outline1, outline2 in {(small1, small2), (large1, large2)}:
            if with_arrows:
                arrowheads += _arrowhead_boxes(outline1, x1, y1, outline2, x2, y2, flow)
            if with_ticks:
                ticks += _tick_run(outline1, x1, y1, outline2, x2, y2, strength, flow)
    return shapes, arrowheads, ticks, ordinary


def near_circles(x: float, y: float) -> bool:
    """Whether a node at (*x*, *y*) from the centre is near enough the circles to be asked about on a
    crowded map (CROWDED_REACH)."""
    return abs(x) < CROWDED_REACH and abs(y) < CROWDED_REACH


def crowded_obstacles(nodes: dict[str, tuple[float, float, Outline, Outline]],
                      connections: list[tuple[str, str, str, str]]) -> RingObstacles:
    """What a circle's name must not hide on a map of more than RING_NAMES_MAX_NODES besides its
    people and groups (PeopleNearCircles): the arrowheads of *connections* (with *nodes*, as
    ring_name_obstacles takes them) alone. A name drawn over an arrowhead would hide the flow of
    support; the stressful lines' ticks are not asked about there."""
    _people, arrowheads, _ticks, _ordinary = ring_name_obstacles(nodes, connections)
    return [], arrowheads, [], []


# On a crowded map the people and groups near the circles are filed by square cells this wide (scene
# units, about a person's size): a name's place asks only the cells it reaches, not everyone near.
PEOPLE_CELL = 100.0
# How far from the centre, either way, a circle's name may reach (the outer circle and a long name
# drawn large): a stressful line's ticks further out are not filed.
NAMES_REACH = style.RING_RADII["paid"] + 300.0
# The cells the runs of ticks are filed by: larger (a run is long; few come near any one place).
TICK_CELL = 250.0


class _Filed:
    """Things filed by key in the square cells they reach."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[str, tuple]] = {}
        self._filed: dict[str, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self._filed)

    def _file(self, key: str, cells: list[tuple[int, int]], what: tuple) -> None:
        filed = self._cells
        for cell in cells:
            if cell in filed:
                filed[cell][key] = what
            else:
                filed[cell] = {key: what}
        self._filed[key] = cells

    def drop(self, key: str) -> None:
        for cell in self._filed.pop(key, ()):
            filed = self._cells[cell]
            del filed[key]
            if not filed:
                del self._cells[cell]


class PeopleNearCircles(_Filed):
    """The people and groups near the circles of a crowded map (near_circles), relative to the
    centre, at the two sizes ring_name_obstacles takes, filed by cell: placing the names asks only
    the few near each place tried, and an edit files again only the nodes it changed."""

    def put(self, key: str, x: float, y: float, ordinary: Outline, largest: Outline) -> None:
        """File (again) a node at (*x*, *y*) from the centre, with its outline at the smaller and the
        larger size; one not near the circles is only taken out."""
        if key in self._filed:
            self.drop(key)
        if near_circles(x, y):
            self.put_new(key, x, y, ordinary, largest)

    def put_new(self, key: str, x: float, y: float, ordinary: Outline, largest: Outline) -> None:
        """put() of a node near the circles (near_circles) that is not filed: a whole map filed at once
        (RingPeople) asks nothing twice of its thousands."""
        large_w, large_h, large_corner = largest
        small_w, small_h, small_corner = ordinary
        shapes = ((x - large_w, y - large_h, x + large_w, y + large_h, large_corner),
                  (x - small_w, y - small_h, x + small_w, y + small_h, small_corner))
        half_w, half_h = max(large_w, small_w), max(large_h, small_h)
        self._file(key, _cells_of(x - half_w, y - half_h, x + half_w, y + half_h), shapes)

    def meets(self, ordinary: bool):
        """covered(left, top, right, bottom), as _meets_any gives it, of the people at the larger size
        (or the smaller with *ordinary*)."""
        which, cells = int(ordinary), self._cells

        def covered(left: float, top: float, right: float, bottom: float) -> bool:
            for cell in _cells_of(left, top, right, bottom):
                for shapes in cells.get(cell, {}).values():
                    if _shape_meets(shapes[which], left, top, right, bottom):
                        return True
            return False
        return covered


def ticked(strength: str) -> bool:
    """Whether a line of *strength* is drawn with cross-ticks (a stressful one)."""
    return style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"]).ticks


class TicksNearCircles(_Filed):
    """The runs of cross-ticks of a crowded map's stressful lines with an end near the circles
    (near_circles), relative to the centre, filed by the cells each run passes: a name's place asks
    only the few runs near it, and an edit files again only the lines it changed. What it answered of a
    place is remembered until a line is filed or taken out: the names' places are asked again after
    every edit, and most edits change no stressful line."""

    def __init__(self) -> None:
        super().__init__()
        self._answers: dict[tuple[float, float, float, float], bool] = {}

    def _file(self, key: str, cells: list[tuple[int, int]], what: tuple) -> None:
        super()._file(key, cells, what)
        self._answers.clear()

    def drop(self, key: str) -> None:
        if key in self._filed:
            super().drop(key)
            self._answers.clear()

    def put(self, key: str, x1: float, y1: float, outline1: Outline, x2: float, y2: float, outline2: Outline,
            strength: str, flow: str) -> None:
        """File (again) the ticks of line *key* between nodes at (*x1*, *y1*) and (*x2*, *y2*) from the
        centre with these outlines at the smaller size (the run there is the longer: it holds the
        larger size's), drawn as *strength* and *flow* say; a line with no ticks, or neither end near
        the circles, is only taken out."""
        if key in self._filed:
            self.drop(key)
        if ticked(strength):
            self.put_new(key, x1, y1, outline1, x2, y2, outline2, strength, flow)

    def put_new(self, key: str, x1: float, y1: float, outline1: Outline, x2: float, y2: float,
                outline2: Outline, strength: str, flow: str) -> None:
        """put() of a line drawn with ticks (ticked) that is not filed: a whole map filed at once
        (RingPeople) asks nothing twice of its thousands."""
        if not (near_circles(x1, y1) or near_circles(x2, y2)):
            return
        boxed = []
        for run in _tick_run(outline1, x1, y1, outline2, x2, y2, strength, flow):
            box = _run_box(run)
            if _span_from_centre(box)[0] < NAMES_REACH:
                boxed.append((box, run))
        if boxed:
            self._file(key, _cells_along(_within_reach(boxed[0][1])), tuple(boxed))

    def meets(self):
        """covered(left, top, right, bottom), as _meets_any gives it, of the filed runs."""
        cells, answers = self._cells, self._answers

        def runs_near(box: Box):
            for cell in _cells_of(*box, TICK_CELL):
                for runs in cells.get(cell, {}).values():
                    yield from runs

        def covered(left: float, top: float, right: float, bottom: float) -> bool:
            box = (left, top, right, bottom)
            answer = answers.get(box)
            if answer is None:  # the run's box first: cheaper than the run
                answer = answers[box] = any(
                    r_left < right and r_right > left and r_top < bottom and r_bottom > top
                    and _run_meets(run, box) for (r_left, r_top, r_right, r_bottom), run in runs_near(box))
            return answer
        return covered


def _within_reach(run: TickRun) -> TickRun:
    """The part of a run of ticks within NAMES_REACH of the centre either way (its ends moved in)."""
    x1, y1, x2, y2, half = run
    length = math.hypot(x2 - x1, y2 - y1)
    inside = line_in_box(x1, y1, (x2 - x1) / length, (y2 - y1) / length,
                         (-NAMES_REACH, -NAMES_REACH, NAMES_REACH, NAMES_REACH)) if length else None
    if inside is None:
        return run
    start, end = max(inside[0], 0.0), min(inside[1], length)
    if start >= end:
        return run
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    return x1 + ux * start, y1 + uy * start, x1 + ux * end, y1 + uy * end, half


def _cells_along(run: TickRun) -> list[tuple[int, int]]:
    """The cells a run of ticks reaches: its line, a tick's half length either side."""
    x1, y1, x2, y2, half = run
    return cells_along(x1, y1, x2, y2, half, TICK_CELL)


def _cells_of(left: float, top: float, right: float, bottom: float,
              cell: float = PEOPLE_CELL) -> list[tuple[int, int]]:
    columns = range(math.floor(left / cell), math.floor(right / cell) + 1)
    rows = range(math.floor(top / cell), math.floor(bottom / cell) + 1)
    return list(product(columns, rows))  # (column, row) each, column by column


def _either(first, second):
    """covered(...) that is true where *first* or *second* is."""
    def covered(left: float, top: float, right: float, bottom: float) -> bool:
        return first(left, top, right, bottom) or second(left, top, right, bottom)
    return covered


@lru_cache(maxsize=4096)
def _arrowhead_boxes(outline1: Outline, x1: float, y1: float, outline2: Outline, x2: float, y2: float,
                     flow: str) -> tuple[Box, ...]:
    """The box of each arrowhead of a connection between two nodes: remembered, since the canvas
    asks again after every edit, of lines that mostly stayed where they were."""
    segment = clipped_segment(outline1, x1, y1, outline2, x2, y2)
    if segment is None:
        return ()
    _line, arrows, _ticks = connection_parts(*segment, "moderate", flow, with_ticks=False)
    return tuple((min(x for x, _y in arrow), min(y for _x, y in arrow),
                  max(x for x, _y in arrow), max(y for _x, y in arrow)) for arrow in arrows)


@lru_cache(maxsize=4096)
def _tick_run(outline1: Outline, x1: float, y1: float, outline2: Outline, x2: float, y2: float,
              strength: str, flow: str) -> tuple[TickRun, ...]:
    """The run of cross-ticks of a stressful connection between two nodes, as the canvas and the
    pages draw them (none on a line too short for any), remembered as the arrowheads are."""
    segment = clipped_segment(outline1, x1, y1, outline2, x2, y2)
    if segment is None:
        return ()
    spacing, length, margin = tick_spacing_length_margin(strength, flow)
    count, first, ux, uy, spacing = tick_layout(*segment, spacing, margin)
    if not count:
        return ()
    sx, sy = segment[0] + ux * first, segment[1] + uy * first
    last = (count - 1) * spacing
    return ((sx, sy, sx + ux * last, sy + uy * last, length / 2),)


@lru_cache(maxsize=16384)
def _span_from_centre(box: Box) -> tuple[float, float]:
    """How near to and how far from the circles' centre *box* (relative to it) reaches (remembered:
    after an edit most boxes are where they were)."""
    left, top, right, bottom = box
    near_x = min(max(0.0, left), right)  # the box's point nearest the centre
    near_y = min(max(0.0, top), bottom)
    far_x, far_y = max(abs(left), abs(right)), max(abs(top), abs(bottom))
    return math.hypot(near_x, near_y), math.hypot(far_x, far_y)
