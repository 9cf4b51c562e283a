"""Undo and redo select what they brought back or changed, so the keys go on from there.

Undoing a delete brought the person back unselected: Delete, F2 or C then did nothing, a screen
reader said nothing of them, and a keyboard user had to Tab through the map to find them again.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from ...model.document import Document


def step(document: Document, undo_stack: QUndoStack, scene, redo: bool) -> None:
    """Undo (or redo) one step; then select the people, groups and lines it added or changed, if any
    (a step that only removed things, or changed the map's details, leaves the selection alone)."""
    nodes: list[str] = []
    edges: list[str] = []

    def node(node_id: str, *_args: object) -> None:
        nodes.append(node_id)

    def edge(edge_id: str, *_args: object) -> None:
        edges.append(edge_id)

    # Not the moves: undoing "Arrange" would select the whole map, for Delete to take.
    hooks = ((document.node_added, node), (document.node_changed, node),
             (document.edge_added, edge), (document.edge_changed, edge))
    for signal, slot in hooks:
        signal.connect(slot)
    try:
        if redo:
            undo_stack.redo()
        else:
            undo_stack.undo()
    finally:
        for signal, slot in hooks:
            signal.disconnect(slot)
    nodes = [n for n in dict.fromkeys(nodes) if document.has_node(n)]
    edges = [e for e in dict.fromkeys(edges) if document.has_edge(e)]
    if nodes or edges:
        scene.select_ids(nodes, edges)
