"""Undo commands. Each changes only the document; views follow through its signals.

Each command validates on construction, where possible, so a bad edit raises before it reaches the
undo stack instead of leaving a broken entry on it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ecomap_desktop.i18n import fill, translate as _tr

from .document import Document, new_id
from .vocabulary import STEPS, ModelError, check_edge_value, check_meta_value, check_node_value


# Ids that let QUndoStack merge consecutive edits of the same text field (typing a note).
_MERGE_NODE_TEXT = 1001
_MERGE_EDGE_TEXT = 1002
_MERGE_META_TEXT = 1003
_MERGEABLE_NODE_KEYS = {"label", "notes"}
_MERGEABLE_META_KEYS = {"title", "worker_notes", "reflection", "commitment", "step_notes"}
# Names in an undo step's words ("Undo Move Grandma Ada") are shortened to this many characters.
_NAME_IN_TEXT = 40


def _named(text: str, *labels: str) -> str:
    """*text* with %1, %2... replaced by the labels, each on one line and shortened."""
    for number, label in enumerate(labels, start=1):
        label = " ".join(label.split()) or _tr("Commands", "(no name)")
        if len(label) > _NAME_IN_TEXT:
            label = label[:_NAME_IN_TEXT - 1].rstrip() + "…"
        text = text.replace(f"%{number}", label)
    return text


def _line_text(text: str, doc: Document, source: str, target: str) -> str:
    return _named(text, doc.node(source)["label"], doc.node(target)["label"])


class AddNodeCommand(QUndoCommand):
    """Add one person or group."""

    def __init__(self, doc: Document, attrs: Mapping[str, Any], node_id: str | None = None) -> None:
        person = attrs.get("kind", "person") == "person"
        super().__init__(_tr("Commands", "Add person") if person else _tr("Commands", "Add group"))
        for key, value in attrs.items():
            check_node_value(key, value)
        if attrs.get("kind") == "centre":
            raise ModelError("a map has only one centre")
        self._doc = doc
        self._attrs = copy.deepcopy(dict(attrs))
        self.node_id = node_id or new_id()

    def redo(self) -> None:
        self._doc.add_node(self._attrs, self.node_id)

    def undo(self) -> None:
        self._doc.remove_node(self.node_id)


class RemoveItemsCommand(QUndoCommand):
    """Remove people, groups and connections; a node's connections go with it and come back on undo."""

    def __init__(self, doc: Document, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = ()) -> None:
        super().__init__(_tr("Commands", "Delete"))
        self._doc = doc
        node_ids = list(dict.fromkeys(node_ids))
        if doc.centre_id in node_ids:
            raise ModelError("the centre cannot be removed")
        edges = dict.fromkeys(edge_ids)  # in order, each once (a dict: thousands are quick to check)
        for node_id in node_ids:
            edges.update(dict.fromkeys(doc.edges_of(node_id)))
        self._nodes = [doc.node(n) for n in node_ids]
        self._edges = [doc.edge(e) for e in edges]
        if len(self._nodes) == 1:
            self.setText(_named(_tr("Commands", "Delete %1"), self._nodes[0]["label"]))
        elif not self._nodes and len(self._edges) == 1:
            edge = self._edges[0]
            self.setText(_line_text(_tr("Commands", "Delete the line between %1 and %2"), doc,
                                    edge["source"], edge["target"]))

    def is_empty(self) -> bool:
        return not self._nodes and not self._edges

    def redo(self) -> None:
        with self._doc.batch():
            for edge in self._edges:
                self._doc.remove_edge(edge["id"])
            for node in self._nodes:
                self._doc.remove_node(node["id"])

    def undo(self) -> None:
        with self._doc.batch():
            for node in self._nodes:
                attrs = {k: v for k, v in node.items() if k != "id"}
                self._doc.add_node(attrs, node["id"])
            for edge in self._edges:
                attrs = {k: v for k, v in edge.items() if k not in ("id", "source", "target")}
                self._doc.add_edge(edge["source"], edge["target"], attrs, edge["id"])


class EditNodeCommand(QUndoCommand):
    """Change attributes of one node (label, category, ring, notes, support, household...)."""

    def __init__(self, doc: Document, node_id: str, changes: Mapping[str, Any]) -> None:
        super().__init__(_tr("Commands", "Edit"))
        current = doc.node(node_id)
        if "kind" in changes and (changes["kind"] == "centre") != (node_id == doc.centre_id):
            raise ModelError("the centre's kind cannot change")
        self._doc = doc
        self._id = node_id
        self._new = {k: check_node_value(k, v) for k, v in changes.items()}
        if "x" in self._new or "y" in self._new:
            raise ModelError("use MoveNodesCommand to move")
        self._old = {k: copy.deepcopy(current.get(k)) for k in self._new}
        self._name_text(current["label"])

    def _name_text(self, label: str) -> None:
        if set(self._new) == {"label"}:
            self.setText(_named(_tr("Commands", "Rename to %1"), self._new["label"]))
        else:
            self.setText(_named(_tr("Commands", "Change %1"), label))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_NODE_TEXT if set(self._new) <= _MERGEABLE_NODE_KEYS and len(self._new) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (not isinstance(other, EditNodeCommand) or other._id != self._id
                or set(other._new) != set(self._new)):
            return False
        self._new = other._new
        self.setText(other.text())  # the name as typed so far
        return True

    def redo(self) -> None:
        self._doc.set_node(self._id, self._new)

    def undo(self) -> None:
        self._doc.set_node(self._id, self._old)


class MoveNodesCommand(QUndoCommand):
    """Move one or more nodes: one drag, one nudge or one Arrange is one undo step."""

    def __init__(
        self,
        doc: Document,
        new_positions: Mapping[str, tuple[float, float]],
        old_positions: Mapping[str, tuple[float, float]] | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(text or _tr("Commands", "Move"))
        self._doc = doc
        self._new = {}
        for node_id, (x, y) in new_positions.items():
            self._new[node_id] = (check_node_value("x", x), check_node_value("y", y))
        old_positions = old_positions or {}
        self._old = {n: tuple(old_positions.get(n) or doc.node_position(n)) for n in self._new}
        if text is None and len(self._new) == 1:
            self.setText(_named(_tr("Commands", "Move %1"), doc.node(next(iter(self._new)))["label"]))
        elif text is None:
            self.setText(fill(_tr("Commands", "Move %1 people and groups"), str(len(self._new))))

    def redo(self) -> None:
        self._doc.move_nodes(self._new)

    def undo(self) -> None:
        self._doc.move_nodes(self._old)


class AddEdgeCommand(QUndoCommand):
    """Connect two nodes."""

    def __init__(
        self, doc: Document, source: str, target: str, attrs: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(_tr("Commands", "Connect"))
        doc.node(source), doc.node(target)  # raise early if either is missing
        self.setText(_line_text(_tr("Commands", "Connect %1 and %2"), doc, source, target))
        if source == target:
            raise ModelError("a connection joins two different nodes")
        if doc.edge_between(source, target) is not None:
            raise ModelError("these two are already connected")
        self._attrs = {k: check_edge_value(k, v) for k, v in (attrs or {}).items()}
        self._doc = doc
        self._source, self._target = source, target
        self.edge_id = new_id()

    def redo(self) -> None:
        self._doc.add_edge(self._source, self._target, self._attrs, self.edge_id)

    def undo(self) -> None:
        self._doc.remove_edge(self.edge_id)


class EditEdgeCommand(QUndoCommand):
    """Change a connection's strength, flow, colour or note."""

    def __init__(self, doc: Document, edge_id: str, changes: Mapping[str, Any]) -> None:
        super().__init__(_tr("Commands", "Edit connection"))
        current = doc.edge(edge_id)
        self.setText(_line_text(_tr("Commands", "Change the line between %1 and %2"), doc,
                                current["source"], current["target"]))
        self._doc = doc
        self._id = edge_id
        self._new = {k: check_edge_value(k, v) for k, v in changes.items()}
        self._old = {k: copy.deepcopy(current.get(k)) for k in self._new}

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_EDGE_TEXT if set(self._new) == {"note"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (not isinstance(other, EditEdgeCommand) or other._id != self._id
                or set(other._new) != set(self._new)):
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._doc.set_edge(self._id, self._new)

    def undo(self) -> None:
        self._doc.set_edge(self._id, self._old)


class EditMetaCommand(QUndoCommand):
    """Change a map-level field: title, legend, notes, reflection, commitment."""

    def __init__(self, doc: Document, key: str, value: Any) -> None:
        super().__init__(_tr("Commands", "Edit map details"))
        self._doc = doc
        self._key = key
        self._new = check_meta_value(key, value)
        self._old = doc.meta(key)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_META_TEXT if self._key in _MERGEABLE_META_KEYS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditMetaCommand) or other._key != self._key:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._doc.set_meta(self._key, self._new)

    def undo(self) -> None:
        self._doc.set_meta(self._key, self._old)


# Merge ids for typing in a step's notes: one id per step, so notes typed in two steps stay two
# undo steps (EditMetaCommand alone would merge them, both being "step_notes").
_MERGE_STEP_NOTES = 1100


class StepNotesCommand(EditMetaCommand):
    """Typing in one step's notes; consecutive typing in the same step is one undo step."""

    def __init__(self, doc: Document, step: str, text: str) -> None:
        notes = doc.meta("step_notes")
        if text:
            notes[step] = text
        else:
            notes.pop(step, None)
        super().__init__(doc, "step_notes", notes)
        self.step = step
        self.setText(_tr("GuidePanel", "Edit notes"))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_STEP_NOTES + STEPS.index(self.step)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        return isinstance(other, StepNotesCommand) and other.step == self.step and super().mergeWith(other)
