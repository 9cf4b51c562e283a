"""The legend's test for a clear corner (ui/editor/legend_cover.py) gives Qt's own answers, only faster:
a line's hit band against a box in plain floats, the search over the scene, the memory of what covered a
corner last time, and the legend stepping off a line that crosses its corner."""

from __future__ import annotations

import math
import random

import shiboken6
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from canvas_support import make_canvas
from window_support import wait_past
from ecomap_desktop import style
from ecomap_desktop.canvas.items.compare_items import GhostEdgeItem, GhostNodeItem, TagItem
from ecomap_desktop.canvas.items.edge_item import EdgeItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from ecomap_desktop.ui.editor.legend_cover import Witnesses, anything_under, band_meets_box, covers

BY_SHAPE = Qt.ItemSelectionMode.IntersectsItemShape
# What the legend must keep clear of: the map's items and a comparison's (legend_cover knows the
# comparison's by their type() numbers, so that their module is not imported at start).
COVERS = (NodeItem, EdgeItem, GhostNodeItem, GhostEdgeItem, TagItem)
HALF = style.EDGE_HIT_WIDTH / 2
DOT = (0.0, 0.0, 0.0)  # an outline of no size: the line runs exactly from one centre to the other


def _line(x1: float, y1: float, x2: float, y2: float) -> EdgeItem:
    edge = EdgeItem("e", ends=(DOT, x1, y1, DOT, x2, y2))
    assert edge.segment() == (x1, y1, x2, y2)
    return edge


def _qt_says(item, box: QRectF) -> bool:
    """Qt's own answer for one item, as QGraphicsScene.items(box, IntersectsItemShape) gives it."""
    path = QPainterPath()
    path.addRect(box)
    shape = item.collidesWithPath(item.mapFromScene(path), BY_SHAPE)
    return box.intersects(item.sceneBoundingRect()) and shape


def _sides(box: QRectF) -> tuple[float, float, float, float]:
    return box.left(), box.top(), box.right(), box.bottom()


def _band_corners(x1, y1, x2, y2):
    """The hit band's four corners, as the stroker places them (up to rounding)."""
    length = math.hypot(x2 - x1, y2 - y1)
    nx, ny = -(y2 - y1) / length * HALF, (x2 - x1) / length * HALF
    return [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]


_coord = st.one_of(st.integers(-40, 40).map(float), st.sampled_from([0.0, 3.5, 7.0, -7.0, 0.1]),
                   st.floats(-600, 600, allow_nan=False, allow_infinity=False),
                   st.floats(-2e5, 2e5, allow_nan=False, allow_infinity=False))


@st.composite
def _line_and_box(draw):
    """A segment (any slope, level, upright, or tiny) and a box, often with one side laid exactly on a
    corner of the line's hit band or on one of its ends, where only rounding decides."""
    x1, y1 = draw(_coord), draw(_coord)
    how = draw(st.sampled_from(["any", "any", "level", "upright", "tiny"]))
    if how == "tiny":
        x2 = x1 + draw(st.sampled_from([1e-12, 1e-9, 1e-6, 1e-3]))
        y2 = y1 + draw(st.sampled_from([0.0, 1e-9]))
    else:
        x2 = x1 if how == "upright" else draw(_coord)
        y2 = y1 if how == "level" else draw(_coord)
    assume((x1, y1) != (x2, y2))
    width = draw(st.one_of(st.sampled_from([0.5, 1.0, 14.0, 239.0]), st.floats(0.01, 800)))
    height = draw(st.one_of(st.sampled_from([0.5, 1.0, 14.0, 149.0]), st.floats(0.01, 800)))
    left, top = draw(_coord), draw(_coord)
    touch = draw(st.sampled_from([None, "left", "right", "top", "bottom", "near"]))
    if touch is not None:
        points = _band_corners(x1, y1, x2, y2) + [(x1, y1), (x2, y2)]
        x, y = points[draw(st.integers(0, len(points) - 1))]
        if touch == "near":  # one of the box's corners a little way from that point, either side
            x += draw(st.floats(-3, 3)) - draw(st.sampled_from([0.0, width]))
            y += draw(st.floats(-3, 3)) - draw(st.sampled_from([0.0, height]))
            left, top = x, y
        left = {"left": x, "right": x - width}.get(touch, left)
        top = {"top": y, "bottom": y - height}.get(touch, top)
    return (x1, y1, x2, y2), QRectF(left, top, width, height)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=_line_and_box())
@example(case=((0.0, 0.0, 100.0, 0.0), QRectF(20.0, 7.0, 10.0, 10.0)))  # a level band's edge on the box's
@example(case=((0.0, 0.0, 0.0, 100.0), QRectF(-17.0, 20.0, 10.0, 10.0)))  # an upright one's
@example(case=((0.0, 0.0, 100.0, 0.0), QRectF(100.0, -3.0, 10.0, 6.0)))  # a flat end on the box's side
@example(case=((0.0, 0.0, 100.0, 100.0), QRectF(-20.0, -20.0, 10.0, 10.0)))  # near an end, not on it
@example(case=((0.0, 0.0, 100.0, 100.0), QRectF(-10.2, -10.2, 10.0, 10.0)))  # past the flat end by 0.28
@example(case=((0.0, 0.0, 100.0, 100.0), QRectF(100.2, 100.2, 10.0, 10.0)))  # past the other end by 0.28
def test_a_lines_hit_band_meets_a_box_exactly_where_qt_says(qapp, case):
    segment, box = case
    edge = _line(*segment)
    if not box.intersects(edge.sceneBoundingRect()):
        return  # never a candidate: the scene's index leaves it out
    qt = _qt_says(edge, box)
    answer = band_meets_box(*segment, HALF, *_sides(box))
    assert answer is None or answer == qt  # floats answer only where they can be sure...
    assert covers(edge, box, _sides(box)) == qt  # ...and the whole test is always Qt's


def test_floats_answer_for_nearly_every_line_and_leave_only_touching_ones_to_qt(qapp):
    rng = random.Random(18)
    answered = agreed = asked = 0
    for _ in range(3000):
        x1, y1, x2, y2 = (rng.uniform(-2000, 2000) for _ in range(4))
        box = QRectF(rng.uniform(-2000, 2000), rng.uniform(-2000, 2000),
                     rng.uniform(1, 600), rng.uniform(1, 400))
        edge = _line(x1, y1, x2, y2)
        if not box.intersects(edge.sceneBoundingRect()):
            continue
        asked += 1
        answer = band_meets_box(x1, y1, x2, y2, HALF, *_sides(box))
        if answer is not None:
            answered += 1
            agreed += answer == _qt_says(edge, box)
    assert asked > 300 and answered == asked and agreed == answered


def test_a_dot_or_a_hidden_line_is_left_to_qt_or_covers_nothing(qapp):
    # A segment of no length has no direction: floats do not answer.
    assert band_meets_box(5.0, 5.0, 5.0, 5.0, HALF, 0.0, 0.0, 10.0, 10.0) is None
    assert band_meets_box(5.0, 5.0, 5.0 + 1e-12, 5.0, HALF, 0.0, 0.0, 10.0, 10.0) is None
    # Two people drawn over each other: their line is not drawn and covers nothing, as Qt says.
    overlapping = EdgeItem("e", ends=("person", 0.0, 0.0, "person", 5.0, 0.0))
    assert overlapping.segment() is None
    box = QRectF(-50, -50, 100, 100)
    assert not covers(overlapping, box, _sides(box)) and not _qt_says(overlapping, box)


def _random_map(canvas, rng: random.Random, people: int = 40, lines: int = 70) -> list[str]:
    doc = canvas.doc
    ids = [doc.centre_id] + [canvas.add(f"P{i}", rng.uniform(-900, 900), rng.uniform(-700, 700),
                                        kind=rng.choice(["person", "group"])) for i in range(people)]
    for _ in range(lines):
        a, b = rng.sample(ids, 2)
        if doc.edge_between(a, b) is None and doc.edge_between(b, a) is None:
            doc.add_edge(a, b, {"strength": rng.choice(["strong", "moderate", "tenuous", "stressful"])})
    return ids


def _qt_anything_under(scene: QGraphicsScene, box: QRectF) -> bool:
    return any(isinstance(item, COVERS) for item in scene.items(box, BY_SHAPE))


def test_on_a_map_the_search_finds_exactly_what_qt_finds(qtbot):
    canvas = make_canvas(qtbot)
    rng = random.Random(5)
    _random_map(canvas, rng)
    scene = canvas.scene
    # A line's band is tested in scene coordinates: its item stays at the origin, untransformed.
    assert all(scene.edge_item(e).sceneTransform().isIdentity() for e in scene.edge_ids())
    by_box = Qt.ItemSelectionMode.IntersectsItemBoundingRect
    clear = covered = 0
    for _ in range(300):
        box = QRectF(rng.uniform(-1000, 900), rng.uniform(-800, 700),
                     rng.uniform(5, 260), rng.uniform(5, 160))
        under = {id(item) for item in scene.items(box, BY_SHAPE)}
        for item in scene.items(box, by_box):  # every candidate, person, group or line, judged as Qt does
            listed = id(item) in under and isinstance(item, COVERS)
            assert covers(item, box, _sides(box)) == listed
        answer = anything_under(scene, box)
        assert answer == _qt_anything_under(scene, box)
        covered += answer
        clear += not answer
    assert clear > 20 and covered > 20  # both answers were put to the test


def test_what_covered_a_corner_is_asked_first_and_never_changes_the_answer(qtbot):
    canvas = make_canvas(qtbot)
    rng = random.Random(7)
    ids = _random_map(canvas, rng)
    doc, scene = canvas.doc, canvas.scene
    witnesses = Witnesses()
    box = QRectF(-300, -200, 239, 149)
    for step in range(400):
        # Pan steps, and now and then an edit: someone moved, removed or added, a line restyled.
        box.translate(rng.choice([-40, 0, 40]), rng.choice([-40, 0, 40]))
        if not QRectF(-1100, -900, 2200, 1800).contains(box):
            box.moveTo(rng.uniform(-900, 700), rng.uniform(-700, 500))
        change = rng.random()
        movable = [n for n in ids if doc.has_node(n) and n != doc.centre_id]
        if change < 0.15 and movable:
            doc.move_nodes({rng.choice(movable): (box.center().x() + rng.uniform(-200, 200),
                                                  box.center().y() + rng.uniform(-150, 150))})
        elif change < 0.2 and movable:
            gone = rng.choice(movable)
            for edge in doc.edges_of(gone):
                doc.remove_edge(edge)
            doc.remove_node(gone)
        elif change < 0.25:
            ids.append(canvas.add(f"N{step}", box.center().x(), box.center().y()))
        key = rng.choice(["open bottom_left", "open top_right", "folded bottom_left"])
        assert witnesses.anything_under(scene, box, key) == _qt_anything_under(scene, box)
    # Asking never took an item from the scene's care: one left to Python is deleted with its
    # wrapper while still on the canvas (a crash at the next clean-up).
    items = [scene.node_item(n) for n in scene.node_ids()] + [scene.edge_item(e) for e in scene.edge_ids()]
    assert not any(shiboken6.ownedByPython(item) for item in items)
    assert all(scene.edge_item(e).sceneTransform().isIdentity() for e in scene.edge_ids())  # moved ends only


def test_a_hidden_or_removed_item_is_never_taken_as_still_covering(qtbot):
    canvas = make_canvas(qtbot)
    person = canvas.add("Ana", 600, 0)  # far from the family in the middle
    scene, item = canvas.scene, canvas.scene.node_item(person)
    witnesses = Witnesses()
    box = QRectF(590, -10, 20, 20)
    assert witnesses.anything_under(scene, box, "k")
    item.setVisible(False)
    assert not witnesses.anything_under(scene, box, "k") and not _qt_anything_under(scene, box)
    item.setVisible(True)
    assert witnesses.anything_under(scene, box, "k")
    canvas.doc.remove_node(person)
    assert not witnesses.anything_under(scene, box, "k") and not _qt_anything_under(scene, box)


def test_the_legend_steps_off_a_line_that_crosses_its_corner(qtbot):
    canvas = make_canvas(qtbot)
    view, scene = canvas.view, canvas.scene
    legend = scene.legend_item()
    placer = view.legend_placer()
    assert placer.corner() == "bottom_left" and legend.fold() == "open"
    box = placer.box(view, "bottom_left", placer.size(view))
    # Two connected people left of the legend's box, their line clear of it.
    gap = 2 * style.PERSON_RADIUS
    a = canvas.add("Ana", box.left() - gap, box.center().y() - gap)
    b = canvas.add("Bo", box.left() - gap, box.top() - 3 * gap)
    edge = canvas.doc.add_edge(a, b, {"strength": "tenuous"})
    with qtbot.waitSignal(scene.content_changed):
        pass
    assert placer.corner() == "bottom_left"
    assert placer.is_clear(view, box) and not _qt_anything_under(scene, box)
    # Bo moves to the other side: only their line runs across the box. The legend moves to another
    # corner, whole.
    with qtbot.waitSignal(scene.content_changed):
        canvas.doc.move_nodes({b: (box.right() + gap, box.center().y() + gap)})
    line = scene.edge_item(edge)
    assert not any(scene.node_item(n).sceneBoundingRect().intersects(box) for n in (a, b))
    assert _qt_says(line, box) and not placer.is_clear(view, box)
    assert placer.corner() != "bottom_left" and legend.fold() == "open"
    assert not _qt_anything_under(scene, legend.sceneBoundingRect())  # where it went, nothing is under it
    # Bo back where he was: the corner is clear again.
    with qtbot.waitSignal(scene.content_changed):
        canvas.doc.move_nodes({b: (box.left() - gap, box.top() - 3 * gap)})
    assert placer.is_clear(view, box)


def test_a_line_that_only_passes_near_the_corner_leaves_the_legend_there(qtbot):
    canvas = make_canvas(qtbot)
    view, scene = canvas.view, canvas.scene
    placer = view.legend_placer()
    box = placer.box(view, "bottom_left", placer.size(view))
    # A level line whose hit band ends a pixel above the box: its bounding box crosses the corner,
    # its band does not.
    y = box.top() - HALF - 1
    a = canvas.add("Ana", box.left() - 2 * style.PERSON_RADIUS, y)
    b = canvas.add("Bo", box.right() + 2 * style.PERSON_RADIUS, y)
    edge = canvas.doc.add_edge(a, b, {"strength": "moderate"})
    with qtbot.waitSignal(scene.content_changed):
        pass
    line = scene.edge_item(edge)
    assert line.sceneBoundingRect().intersects(box) and not _qt_says(line, box)
    assert placer.corner() == "bottom_left" and scene.legend_item().fold() == "open"
    assert placer.is_clear(view, box)


def test_a_line_drawn_across_the_legends_corner_moves_it_and_taking_it_away_leaves_room(qtbot):
    canvas = make_canvas(qtbot)
    view, scene = canvas.view, canvas.scene
    legend, placer = scene.legend_item(), view.legend_placer()
    box = placer.box(view, "bottom_left", placer.size(view))
    gap = 2 * style.PERSON_RADIUS
    a = canvas.add("Ana", box.left() - gap, box.center().y() - gap)
    b = canvas.add("Bo", box.right() + gap, box.center().y() + gap)
    with qtbot.waitSignal(scene.content_changed):
        pass  # the canvas tells the view once the people are drawn
    assert placer.corner() == "bottom_left" and not _qt_anything_under(scene, box)
    # Nobody moves; a connection between them is drawn right across the legend's corner.
    edge = canvas.doc.add_edge(a, b, {"strength": "strong"})
    qtbot.waitUntil(lambda: placer.corner() != "bottom_left")
    assert legend.fold() == "open" and _qt_says(scene.edge_item(edge), box)
    assert not _qt_anything_under(scene, legend.sceneBoundingRect())
    # Taken away (undone, say): the legend stays where it went, and nothing is under it there either.
    corner = placer.corner()
    canvas.doc.remove_edge(edge)
    wait_past(qtbot, 0)  # the legend has looked for its corner again (on a 0 ms timer)
    assert placer.corner() == corner and not _qt_anything_under(scene, legend.sceneBoundingRect())


def test_the_legend_keeps_a_room_from_people_but_not_from_lines(qtbot):
    """A person a few pixels from the legend reads as one of its rows: the legend keeps NAME_ROOM_PX
    clear round it for people, groups and names. A line may pass nearer (the test above)."""
    from ecomap_desktop.ui.editor.legend_place import NAME_ROOM_PX

    canvas = make_canvas(qtbot)
    view, scene = canvas.view, canvas.scene
    legend, placer = scene.legend_item(), view.legend_placer()
    box = placer.box(view, "bottom_left", placer.size(view))
    px = 1 / view.zoom()  # one screen pixel, in scene units
    ana = canvas.add("Ana", box.center().x(), box.top() - 200)
    half_height = scene.node_item(ana).outline()[1]
    with qtbot.waitSignal(scene.content_changed):  # just clear of the room: the legend stays
        canvas.doc.move_nodes({ana: (box.center().x(), box.top() - half_height - (NAME_ROOM_PX + 2) * px)})
    assert placer.corner() == "bottom_left" and legend.fold() == "open"
    assert placer.is_clear(view, box) and not _qt_anything_under(scene, box)
    with qtbot.waitSignal(scene.content_changed):  # 3 pixels above it: not under it, but too near
        canvas.doc.move_nodes({ana: (box.center().x(), box.top() - half_height - 3 * px)})
    assert not _qt_anything_under(scene, box) and not placer.is_clear(view, box)
    assert placer.corner() != "bottom_left" and legend.fold() == "open"
    where = legend.sceneBoundingRect().adjusted(*(d * NAME_ROOM_PX * px for d in (-1, -1, 1, 1)))
    assert not _qt_anything_under(scene, where)  # where it went, no one within the room either
