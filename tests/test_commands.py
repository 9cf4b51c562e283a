"""Undo commands change only the document, and undo/redo restore it exactly."""

import pytest
from PySide6.QtGui import QUndoStack

from ecomap_desktop.io.mapfile import document_to_bytes
from ecomap_desktop.model.commands import (
    AddEdgeCommand,
    AddNodeCommand,
    EditEdgeCommand,
    EditMetaCommand,
    EditNodeCommand,
    MoveNodesCommand,
    RemoveItemsCommand,
)
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import ModelError


@pytest.fixture
def setup():
    doc = Document("Nguyen family")
    stack = QUndoStack()
    return doc, stack


def _undo_redo_roundtrip(doc, stack, cmd):
    before = document_to_bytes(doc)
    stack.push(cmd)
    after = document_to_bytes(doc)
    assert after != before
    stack.undo()
    assert document_to_bytes(doc) == before
    stack.redo()
    assert document_to_bytes(doc) == after


def test_add_node(setup):
    doc, stack = setup
    cmd = AddNodeCommand(doc, {"label": "Aunt Lan", "category": "family"})
    _undo_redo_roundtrip(doc, stack, cmd)
    assert doc.node(cmd.node_id)["label"] == "Aunt Lan"
    assert stack.undoText() == "Add person"


def test_remove_node_restores_its_connections_with_attributes(setup):
    doc, stack = setup
    a = doc.add_node({"label": "Church", "kind": "group", "category": "faith"})
    b = doc.add_node({"label": "Pastor Tom", "category": "faith"})
    e1 = doc.add_edge(a, doc.centre_id, {"strength": "strong", "flow": "to_target", "colour": "#336699",
                                         "note": "Sunday meals"})
    e2 = doc.add_edge(a, b, {"strength": "stressful"})
    before = document_to_bytes(doc)
    stack.push(RemoveItemsCommand(doc, [a]))
    assert not doc.has_node(a) and not doc.has_edge(e1) and not doc.has_edge(e2)
    stack.undo()
    assert document_to_bytes(doc) == before
    assert doc.edge(e1)["note"] == "Sunday meals" and doc.edge(e2)["strength"] == "stressful"


def test_remove_refuses_the_centre(setup):
    doc, _ = setup
    with pytest.raises(ModelError):
        RemoveItemsCommand(doc, [doc.centre_id])


def test_remove_edge_and_nodes_together(setup):
    doc, stack = setup
    a = doc.add_node({"label": "A"})
    b = doc.add_node({"label": "B"})
    e = doc.add_edge(a, b)
    _undo_redo_roundtrip(doc, stack, RemoveItemsCommand(doc, [a], [e]))


def test_edit_node_and_merge_typing(setup):
    doc, stack = setup
    a = doc.add_node({"label": "A"})
    stack.push(EditNodeCommand(doc, a, {"notes": "H"}))
    stack.push(EditNodeCommand(doc, a, {"notes": "Hi"}))
    assert stack.count() == 1  # consecutive typing in one field is one undo step
    stack.push(EditNodeCommand(doc, a, {"category": "friend", "ring": "closest"}))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.node(a)["notes"] == "" and doc.node(a)["category"] == "other"


def test_move_many_nodes_is_one_step(setup):
    doc, stack = setup
    a = doc.add_node({"x": 0, "y": 0})
    b = doc.add_node({"x": 10, "y": 10})
    cmd = MoveNodesCommand(doc, {a: (100, 0), b: (110, 10)})
    _undo_redo_roundtrip(doc, stack, cmd)
    assert stack.count() == 1


def test_move_with_explicit_old_positions(setup):
    """A drag moves items live; the command is pushed on release with the positions at press."""
    doc, stack = setup
    a = doc.add_node({"x": 0, "y": 0})
    doc.move_nodes({a: (50, 50)})
    stack.push(MoveNodesCommand(doc, {a: (50, 50)}, {a: (0, 0)}))
    stack.undo()
    assert doc.node_position(a) == (0.0, 0.0)


def test_connect_and_edit_connection(setup):
    doc, stack = setup
    a = doc.add_node({})
    cmd = AddEdgeCommand(doc, a, doc.centre_id, {"strength": "tenuous", "flow": "both"})
    _undo_redo_roundtrip(doc, stack, cmd)
    _undo_redo_roundtrip(doc, stack, EditEdgeCommand(doc, cmd.edge_id, {"strength": "strong"}))
    with pytest.raises(ModelError):
        AddEdgeCommand(doc, doc.centre_id, a)


def test_edit_meta(setup):
    doc, stack = setup
    _undo_redo_roundtrip(doc, stack, EditMetaCommand(doc, "commitment", "Join the parents' group"))
    legend = doc.meta("legend")
    legend[0]["label"] = "Very close"
    _undo_redo_roundtrip(doc, stack, EditMetaCommand(doc, "legend", legend))


def test_bad_command_raises_before_reaching_the_stack(setup):
    doc, stack = setup
    with pytest.raises(ModelError):
        AddNodeCommand(doc, {"label": "x" * 500})
    assert stack.count() == 0
