"""The editing scene's edits (MapScene): adding a person or group, connecting, deleting, nudging,
arranging and the end of a drag, each pushed on the undo stack as one command; and the add mode and
the style that new connections take."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Signal

from ...canvas.items.node_item import NodeItem
from ...model.commands import AddEdgeCommand, AddNodeCommand, MoveNodesCommand, RemoveItemsCommand
from ...model.vocabulary import MAX_COORD, NODE_DEFAULTS
from .placement import free_spot
from ecomap_desktop.i18n import translate as _tr

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ...canvas.items.label_editor import LabelEditor
    from ...model.document import Document

# After an add, everyone is kept in view when they fit (scene.add_node): up to this many people and
# groups, with this many pixels to spare at the canvas's edges (as the label editor's own scroll).
KEEP_IN_VIEW_MAX = 300
KEEP_MARGIN = 40
KEEP_MIN_ZOOM = 0.75  # names are still read at arm's length; below, the view only follows the newest


class SceneEditing:
    """MapScene's edits; MapScene sets undo_stack, _connection_style and _add_mode and owns the rest
    (the selection, the label editor, the items)."""

    document: Document
    undo_stack: QUndoStack
    add_mode_changed: Signal
    hint_changed: Signal
    _connection_style: dict[str, object]
    _add_mode: str
    _editor: LabelEditor | None
    _nodes: dict[str, NodeItem]

    def set_new_connection_style(self, strength: str, flow: str, colour: str | None) -> None:
        """The style new connections get (the toolbar's line-style picker)."""
        self._connection_style = {"strength": strength, "flow": flow, "colour": colour}

    def new_connection_style(self) -> dict[str, object]:
        return dict(self._connection_style)

    def add_mode(self) -> str:
        return self._add_mode

    def set_add_mode(self, kind: str | None) -> None:
        """While set, a click or tap on empty canvas adds a node of this kind there (once)."""
        kind = kind or ""
        if kind != self._add_mode:
            self._add_mode = kind
            self.add_mode_changed.emit(kind)
            self.hint_changed.emit(self._add_hint(kind))

    @staticmethod
    def _add_hint(kind: str) -> str:
        if kind == "person":
            return _tr("MapScene", "Click or tap the map where the new person should go (Esc to stop).")
        if kind == "group":
            return _tr("MapScene", "Click or tap the map where the new group should go (Esc to stop).")
        return ""

    def escape(self) -> None:
        """Esc on the canvas: stop add mode if it is on, otherwise clear the selection."""
        if self._add_mode:
            self.set_add_mode(None)
        else:
            self.select_ids()

    def add_node(self, kind: str, pos: QPointF | None = None, category: str | None = None) -> str:
        """Add a person or group (of *category*) at *pos* or a free spot; select it, edit its name."""
        self.commit_label_edit()
        label = _tr("MapScene", "New person") if kind == "person" else _tr("MapScene", "New group")
        where = QPointF(pos) if pos is not None else self._free_spot(kind)
        x, y = (max(-MAX_COORD, min(MAX_COORD, v)) for v in (where.x(), where.y()))
        command = AddNodeCommand(self.document, {"kind": kind, "label": label, "x": x, "y": y,
                                                 "category": category or NODE_DEFAULTS["category"]})
        self.undo_stack.push(command)
        self.select_ids([command.node_id])
        with self._moves_of_its_own():  # the name box scrolls into sight: nobody moved the view
            self.edit_label(command.node_id)
            self._keep_everyone_in_view()
        if self._editor is not None:  # and again once named: the name may make the circle bigger
            self._editor.committed.connect(self._keep_everyone_in_view)
            self._editor.cancelled.connect(self._keep_everyone_in_view)
        return command.node_id

    def _keep_everyone_in_view(self, *_args: object) -> None:
        """After an add, show every person and group: scroll the least that does, zooming out a
        little first when they no longer fit, but never below a zoom where names stay readable.
        Following only the newest left the first ones cut at the canvas's edge."""
        if len(self._nodes) > KEEP_IN_VIEW_MAX:  # a map that big never fits whole at a readable zoom
            return
        bounds = QRectF()
        for item in self._nodes.values():
            bounds = bounds.united(item.sceneBoundingRect())
        with self._moves_of_its_own():
            for view in self.views():
                if hasattr(view, "set_zoom"):  # the map's own view (not a plain QGraphicsView)
                    self._show_whole_in(view, bounds)

    @contextmanager
    def _moves_of_its_own(self) -> Iterator[None]:
        """Scrolls and zooms made inside are the app's, not someone's (see MapView.moves_of_its_own)."""
        with ExitStack() as stack:
            for view in self.views():
                if hasattr(view, "moves_of_its_own"):
                    stack.enter_context(view.moves_of_its_own())
            yield

    @staticmethod
    def _show_whole_in(view, bounds: QRectF) -> None:
        room = view.viewport().rect().adjusted(KEEP_MARGIN, KEEP_MARGIN, -KEEP_MARGIN, -KEEP_MARGIN)
        zoom = view.transform().m11()
        # The zoom at which they fill the room: pixels over scene units, whatever the zoom now.
        fits = min(room.width() / bounds.width(), room.height() / bounds.height())
        # Too many to show whole at a readable size: the newest is in view.
        if fits >= min(zoom, KEEP_MIN_ZOOM):
            if fits < zoom:
                view.set_zoom(fits * 0.98)  # a little to spare for rounding
            view.ensureVisible(bounds, KEEP_MARGIN, KEEP_MARGIN)
        view.keep_circle_names_whole(bounds)  # never a circle's name cut at the edge

    def can_connect(self, a: str, b: str) -> bool:
        return a != b and a in self._nodes and b in self._nodes and self.document.edge_between(a, b) is None

    def connect_nodes(self, source: str, target: str) -> str | None:
        """Connect two nodes in the current style and select the new connection; None if not possible."""
        if not self.can_connect(source, target):
            return None
        command = AddEdgeCommand(self.document, source, target, self._connection_style)
        self.undo_stack.push(command)
        self.select_ids(edge_ids=[command.edge_id])
        return command.edge_id

    def connect_selected(self) -> bool:
        """Connect the two selected nodes, from the first selected to the second."""
        ids = self.selected_node_ids()
        return len(ids) == 2 and self.connect_nodes(ids[0], ids[1]) is not None

    def delete_selected(self) -> bool:
        """Delete the selected people, groups and connections; the centre always stays."""
        self.commit_label_edit()
        nodes = [n for n in self.selected_node_ids() if n != self.document.centre_id]
        edges = self.selected_edge_ids()
        if not nodes and not edges:
            return False
        self.undo_stack.push(RemoveItemsCommand(self.document, nodes, edges))
        return True

    def nudge_selected(self, dx: float, dy: float) -> bool:
        """Move the selected nodes by (dx, dy) as one undo step."""
        ids = self.selected_node_ids()
        if not ids:
            return False
        new = {}
        for node_id in ids:
            item = self._nodes[node_id]
            new[node_id] = (_clamp(item.x() + dx), _clamp(item.y() + dy))
        self.undo_stack.push(MoveNodesCommand(self.document, new, text=_tr("MapScene", "Nudge")))
        return True

    def arrange(self) -> bool:
        """Place every node around the centre by ring and category, as one undo step."""
        from .arrange import ArrangeNode, arrange_positions

        centre = self.document.centre_id
        cx, cy = self.document.node_position(centre)
        nodes = [
            ArrangeNode(node_id, data["category"], data["ring"], data["label"])
            for node_id, data in self.document.nodes_data()
            if node_id != centre
        ]
        new = arrange_positions(cx, cy, nodes)
        new = {n: p for n, p in new.items() if p != self.document.node_position(n)}
        if not new:
            return False
        self.undo_stack.push(MoveNodesCommand(self.document, new, text=_tr("MapScene", "Arrange")))
        return True

    def commit_live_move(self, start: dict[str, QPointF]) -> None:
        """Push one Move command from *start* to where the items are now."""
        new, old = {}, {}
        for node_id, before in start.items():
            item = self._nodes.get(node_id)
            if item is None:
                continue
            after = (_clamp(item.x()), _clamp(item.y()))
            if after != (before.x(), before.y()):
                new[node_id], old[node_id] = after, (before.x(), before.y())
        if new:
            self.undo_stack.push(MoveNodesCommand(self.document, new, old))

    def _free_spot(self, kind: str) -> QPointF:
        """A spot near the centre where a new node overlaps no other node."""
        centre = self._nodes[self.document.centre_id].pos()
        return free_spot(
            centre, kind, lambda area: not any(isinstance(i, NodeItem) for i in self.items(area))
        )


def _clamp(value: float) -> float:
    return max(-MAX_COORD, min(MAX_COORD, float(value)))
