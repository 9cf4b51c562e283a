"""Random sequences of canvas edits, undos and redos keep the scene in step with the model."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoStack

from ecomap_desktop import geometry
from ecomap_desktop.io.mapfile import document_to_bytes
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import FLOWS, RINGS, STRENGTHS
from ecomap_desktop.canvas.items.edge_item import EdgeItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from ecomap_desktop.ui.editor.scene import MapScene

coord = st.floats(min_value=-900, max_value=900, allow_nan=False).map(lambda v: round(v, 1))
index = st.integers(min_value=0, max_value=50)

operations = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(["person", "group"]), coord, coord),
    st.tuples(st.just("add_free"), st.sampled_from(["person", "group"])),
    st.tuples(st.just("label"), index, st.text(min_size=0, max_size=30)),
    st.tuples(st.just("drag"), st.lists(index, min_size=1, max_size=3), coord, coord),
    st.tuples(st.just("nudge"), index, st.sampled_from([-25, -5, 5, 25]), st.sampled_from([-5, 0, 5])),
    st.tuples(st.just("connect"), index, index, st.sampled_from(STRENGTHS), st.sampled_from(FLOWS),
              st.sampled_from([None, "#d55e00", "#0072b2"])),
    st.tuples(st.just("delete"), st.lists(index, max_size=3), st.lists(index, max_size=2)),
    st.tuples(st.just("ring"), index, st.sampled_from((None,) + RINGS)),
    st.tuples(st.just("arrange")),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


def _pick(items: list[str], i: int) -> str | None:
    return items[i % len(items)] if items else None


def apply(scene: MapScene, stack: QUndoStack, op: tuple) -> None:
    doc = scene.document
    nodes = doc.node_ids()
    edges = doc.edge_ids()
    kind = op[0]
    if kind == "add":
        scene.add_node(op[1], QPointF(op[2], op[3]))
        scene.commit_label_edit()
    elif kind == "add_free":
        scene.add_node(op[1])
        scene.cancel_label_edit()
    elif kind == "label":
        node = _pick(nodes, op[1])
        scene.edit_label(node)
        scene.label_editor().setPlainText(op[2])
        scene.commit_label_edit()
    elif kind == "drag":
        chosen = list(dict.fromkeys(_pick(nodes, i) for i in op[1]))
        scene.select_ids(chosen)
        start = scene.selected_node_positions()
        scene.move_nodes_live({n: p + QPointF(op[2] / 3, op[3] / 3) for n, p in start.items()})
        scene.move_nodes_live({n: p + QPointF(op[2], op[3]) for n, p in start.items()})
        scene.commit_live_move(start)
    elif kind == "nudge":
        scene.select_ids([_pick(nodes, op[1])])
        scene.nudge_selected(op[2], op[3])
    elif kind == "connect":
        scene.select_ids([_pick(nodes, op[1]), _pick(nodes, op[2])])
        scene.set_new_connection_style(op[3], op[4], op[5])
        scene.connect_selected()
    elif kind == "delete":
        scene.select_ids([_pick(nodes, i) for i in op[1]], [_pick(edges, i) for i in op[2] if edges])
        scene.delete_selected()
    elif kind == "ring":
        from ecomap_desktop.model.commands import EditNodeCommand

        stack.push(EditNodeCommand(doc, _pick(nodes, op[1]), {"ring": op[2]}))
    elif kind == "arrange":
        scene.arrange()
    elif kind == "undo":
        stack.undo()
    elif kind == "redo":
        stack.redo()


def assert_agree(scene: MapScene) -> None:
    doc = scene.document
    assert sorted(scene.node_ids()) == sorted(doc.node_ids())
    assert sorted(scene.edge_ids()) == sorted(doc.edge_ids())
    # No stray items left on the canvas.
    assert sum(isinstance(i, NodeItem) for i in scene.items()) == doc.node_count()
    assert sum(isinstance(i, EdgeItem) for i in scene.items()) == doc.edge_count()
    for node_id in doc.node_ids():
        data = doc.node(node_id)
        item = scene.node_item(node_id)
        # Equal up to float noise: Qt compares positions fuzzily, so setPos() keeps an item where it is
        # when the model's new value differs from it only in the last bits (say -127.8 against
        # -127.80000000000001 after an arrange); no one could see that difference.
        assert (item.x(), item.y()) == pytest.approx((data["x"], data["y"]), rel=1e-12, abs=1e-9)
        assert item.kind == data["kind"] and item.label == data["label"]
    for edge_id in doc.edge_ids():
        data = doc.edge(edge_id)
        item = scene.edge_item(edge_id)
        assert (item.strength, item.flow, item.colour) == (data["strength"], data["flow"], data["colour"])
        a, b = doc.node(data["source"]), doc.node(data["target"])
        # Each end meets its node's outline as drawn: the kind's, or larger to hold a long name.
        outline_a = scene.node_item(data["source"]).outline()
        outline_b = scene.node_item(data["target"]).outline()
        segment = geometry.clipped_segment(outline_a, a["x"], a["y"], outline_b, b["x"], b["y"])
        ends = item.drawn_ends()
        if segment is None:
            assert ends is None
        else:
            assert math.isclose(ends[0].x(), segment[0], abs_tol=1e-6)
            assert math.isclose(ends[1].y(), segment[3], abs_tol=1e-6)
    centre = scene.node_item(doc.centre_id)
    assert scene.ring_item().pos() == centre.pos()
    # The map's extent, kept up to date edit by edit, is what walking every node gives.
    boxes = [(i.x() - i.outline()[0], i.y() - i.outline()[1], i.x() + i.outline()[0], i.y() + i.outline()[1])
             for i in scene.node_items()]
    rings = scene.rings_visible()
    scene.set_rings_visible(False)
    rect = scene.items_bounding_rect()
    scene.set_rings_visible(rings)
    lefts, tops, rights, bottoms = zip(*boxes)
    assert (rect.left(), rect.top(), rect.right(), rect.bottom()) == pytest.approx(
        (min(lefts), min(tops), max(rights), max(bottoms)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operations, min_size=1, max_size=14))
@example(ops=[("add", "person", 0.0, 0.0), ("arrange",), ("drag", [0, 1], 0.0, 202.2), ("arrange",)])
def test_random_edits_undos_and_redos_keep_scene_and_model_in_step(qapp, ops):
    doc = Document("Family")
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    initial = document_to_bytes(doc)
    for op in ops:
        apply(scene, stack, op)
        assert_agree(scene)
    while stack.canUndo():
        stack.undo()
    assert_agree(scene)
    assert document_to_bytes(doc) == initial
    scene.clear()
