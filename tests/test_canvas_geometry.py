"""Connections meet the node outlines at every angle, with arrowheads where the flow says."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from ecomap_desktop import geometry, style
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.editor.scene import MapScene


def outline_error(kind: str, cx: float, cy: float, x: float, y: float) -> float:
    """How far (x, y) is from the node's outline, measured independently of geometry.py:
    a circle's radius, or the signed distance to a rounded rectangle."""
    half_w, half_h, corner = geometry.node_half_size(kind)
    px, py = abs(x - cx), abs(y - cy)
    if kind != "group":
        return abs(math.hypot(px, py) - half_w)
    qx, qy = px - (half_w - corner), py - (half_h - corner)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return abs(outside + inside - corner)


KIND_PAIRS = [("person", "person"), ("group", "person"), ("group", "group"), ("centre", "group"),
              ("centre", "person")]
ANGLES = [i * 7.5 for i in range(48)] + [0.1, 44.9, 45.0, 89.99, 135.5, 226.3, 314.8]


@pytest.mark.parametrize("flow", ["none", "to_target", "to_source", "both"])
def test_drawn_ends_lie_on_both_outlines_at_every_angle(qapp, flow):
    doc = Document("Centre")
    scene = MapScene(doc, QUndoStack())
    failures = []
    for kind_a, kind_b in KIND_PAIRS:
        if kind_a == "centre":
            a = doc.centre_id
            doc.move_nodes({a: (40.0, -20.0)})
        else:
            a = doc.add_node({"kind": kind_a, "x": 40.0, "y": -20.0})
        ax, ay = doc.node_position(a)
        for angle in ANGLES:
            rad = math.radians(angle)
            bx, by = ax + 320 * math.cos(rad), ay + 320 * math.sin(rad)
            b = doc.add_node({"kind": kind_b, "x": bx, "y": by})
            edge = doc.add_edge(a, b, {"flow": flow, "strength": "strong"})
            item = scene.edge_item(edge)
            start, end = item.drawn_ends()
            err_a = outline_error(kind_a, ax, ay, start.x(), start.y())
            err_b = outline_error(kind_b, bx, by, end.x(), end.y())
            if err_a > 1.0 or err_b > 1.0:
                failures.append((kind_a, kind_b, angle, round(err_a, 2), round(err_b, 2)))
            expected_arrows = {"none": 0, "to_target": 1, "to_source": 1, "both": 2}[flow]
            assert item.arrow_count() == expected_arrows
            tips = [(p.x(), p.y()) for p in (poly[0] for poly in item._shape.arrows)]
            if flow in ("to_target", "both"):
                assert (end.x(), end.y()) in tips  # the arrow's point touches the target outline
            if flow in ("to_source", "both"):
                assert (start.x(), start.y()) in tips
            if flow == "none":
                line = item.drawn_line()
                assert (line.p1(), line.p2()) == (start, end)
            doc.remove_edge(edge)
            doc.remove_node(b)
        if a != doc.centre_id:
            doc.remove_node(a)
    assert not failures


def test_moving_a_node_redraws_only_its_connections_to_the_new_outline(qapp):
    doc = Document("Centre")
    scene = MapScene(doc, QUndoStack())
    g = doc.add_node({"kind": "group", "x": 300.0, "y": 0.0})
    p = doc.add_node({"kind": "person", "x": -300.0, "y": 0.0})
    e1 = doc.add_edge(doc.centre_id, g)
    e2 = doc.add_edge(doc.centre_id, p)
    untouched = scene.edge_item(e2).drawn_ends()
    doc.move_nodes({g: (250.0, 260.0)})
    start, end = scene.edge_item(e1).drawn_ends()
    assert outline_error("group", 250, 260, end.x(), end.y()) <= 1
    assert outline_error("centre", 0, 0, start.x(), start.y()) <= 1
    assert scene.edge_item(e2).drawn_ends() == untouched


def test_overlapping_nodes_draw_no_line_until_pulled_apart(qapp):
    doc = Document("Centre")
    scene = MapScene(doc, QUndoStack())
    p = doc.add_node({"kind": "person", "x": 30.0, "y": 0.0})
    edge = doc.add_edge(doc.centre_id, p)
    assert scene.edge_item(edge).drawn_ends() is None
    assert scene.edge_item(edge).boundingRect().isEmpty()
    doc.move_nodes({p: (400.0, 0.0)})
    assert scene.edge_item(edge).drawn_ends() is not None


@pytest.mark.parametrize("strength", list(style.LINE_STYLES))
def test_each_strength_draws_its_own_pattern(qapp, strength):
    doc = Document("Centre")
    scene = MapScene(doc, QUndoStack())
    p = doc.add_node({"kind": "person", "x": 400.0, "y": 0.0})
    edge = scene.edge_item(doc.add_edge(doc.centre_id, p, {"strength": strength}))
    from ecomap_desktop.canvas.items.connection_drawing import line_pen

    pen = line_pen(strength, None)
    line_style = style.LINE_STYLES[strength]
    assert pen.widthF() == line_style.width
    assert bool(line_style.dash) == (pen.dashPattern() != [])
    assert (edge.tick_count() > 0) == line_style.ticks


coordinate = st.floats(-500, 500)


@settings(max_examples=300, deadline=None)
@given(coordinate, coordinate, coordinate, coordinate, coordinate, coordinate,
       st.floats(0, 300), st.floats(0, 300))
def test_the_ticks_said_to_reach_a_rectangle_are_every_one_that_does(x1, y1, x2, y2, left, top, width,
                                                                     height):
    """What a connection uses to draw only the cross-ticks in the area Qt repaints: never too few."""
    from ecomap_desktop.canvas.items.connection_drawing import band_pad, build_shape

    shape = build_shape(x1, y1, x2, y2, "stressful", "none")
    if shape.tick_comb is None:
        return  # too short for any
    right, bottom = left + width, top + height
    # The canvas grows the rectangle by band_pad(); the least that must work is half a tick's length
    # (how far a tick's slanted line strays from the connection's).
    pad = style.LINE_STYLES["stressful"].tick_length / 2
    assert pad < band_pad("stressful")
    which = shape.ticks_within(left - pad, top - pad, right + pad, bottom + pad)

    def meets(line) -> bool:
        points = (line.pointAt(k / 50) for k in range(51))
        return any(left <= p.x() <= right and top <= p.y() <= bottom for p in points)

    reaching = [i for i, tick in enumerate(shape.ticks) if meets(tick)]
    if which is None:
        assert not reaching and not meets(shape.line)
    else:
        assert all(which[0] <= i < which[1] for i in reaching)
