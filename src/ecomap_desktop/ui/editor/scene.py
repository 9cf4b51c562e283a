"""The editing scene: the map's projection (canvas.projection) plus the selection, the in-place label
editor (label_edit.py), gesture dispatch (small objects from ui/editor/interactions) and keyboard
navigation. Every edit goes through an undo command (scene_edits.py); the items follow through the
document's signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ... import ring_places
from ...analysis.connections import connection_order
from ...canvas.items.edge_item import EdgeItem
from ...canvas.items.node_item import NodeItem
from ...canvas.projection import MapProjection
from ...model.document import Document
from .label_edit import LabelEditing
from .placement import next_in_order, reading_order
from .ring_people import RingPeople
from .scene_edits import SceneEditing

if TYPE_CHECKING:  # imported when first used (a click, a name typed, a line drawn, Arrange), not at start
    from ...canvas.items.label_editor import LabelEditor
    from ...node_shape import NodeShape
    from ...canvas.items.preview_item import PreviewItem
    from .interactions import Interaction


class MapScene(LabelEditing, SceneEditing, MapProjection):
    """The projection of a Document, edited: every edit made here is pushed on the undo stack."""

    # The selected nodes or connections changed.
    selection_ids_changed = Signal()
    # Add mode changed: the kind ("person"/"group") a click on empty canvas adds, or "" when off.
    add_mode_changed = Signal(str)
    # A short hint about the gesture now running, for a status bar ("" when there is none).
    hint_changed = Signal(str)
    # Enter on the one line selected: the window brings its Details forward (window/details_keys.py).
    details_asked = Signal()

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(document, parent)
        self.undo_stack = undo_stack
        self._connection_style: dict[str, object] = {"strength": "moderate", "flow": "none", "colour": None}
        self._interaction: Interaction | None = None
        self._add_mode = ""
        self._selection_order: list[str] = []
        self._selecting = False
        self._editor: LabelEditor | None = None
        self._editing_id: str | None = None
        self._in_batch = False  # the document is making many changes as one (see _on_batch_finished)
        self._words_over_map: Callable[[], list[QRectF]] | None = None  # see set_words_over_map
        self._ghosts: list[tuple[float, float, NodeShape]] = []  # see keep_names_clear_of
        self._selection_stale = False  # selected items went away during the batch
        document.batch_started.connect(self._on_batch_started)
        document.batch_finished.connect(self._on_batch_finished)
        self.selectionChanged.connect(self._on_selection_changed)
        self.selection_ids_changed.connect(self._sync_focus_item)
        self.content_changed.connect(self._place_ring_names)  # the first person stands on the top one
        # A line's arrowheads and ticks are in a circle's name's way too, and a line drawn, taken away
        # or restyled sends no content_changed: the names are placed again once the lines have
        # changed (once for many at once), as the pages place them.
        self._ring_names_due = QTimer(self)
        self._ring_names_due.setSingleShot(True)
        self._ring_names_due.setInterval(0)
        self._ring_names_due.timeout.connect(self._place_ring_names)
        self._ring_people = RingPeople(document, self)  # a crowded map's people and ticks near the circles
        document.edge_added.connect(self._ring_names_due.start)
        document.edge_removed.connect(self._ring_names_due.start)
        document.edge_changed.connect(self._on_line_restyled)
        # The connections with arrowheads, in drawing order (the crowded map's circles' names keep
        # clear of them): listed again only when a line is drawn, taken away or its flow changes,
        # so a rename or a move on a map of thousands of lines does not look at every one.
        self._arrowed: list[str] | None = None
        for signal in (document.edge_added, document.edge_removed, document.reset):
            signal.connect(self._forget_arrowed)

    # ===== reading ============================================================================

    def label_editor(self) -> LabelEditor | None:
        """The in-place label editor while a label is being edited."""
        return self._editor

    def set_words_over_map(self, boxes: Callable[[], list[QRectF]] | None) -> None:
        """Where words drawn over the map stand (a comparison's, canvas/compare_overlay.py), asked when
        needed: the circles' names brought into sight keep clear of them."""
        self._words_over_map = boxes

    def words_over_map(self) -> list[QRectF]:
        """The scene boxes of the words drawn over the map (none when nothing is compared)."""
        return self._words_over_map() if self._words_over_map is not None else []

    def keep_names_clear_of(self, ghosts: list[tuple[float, float, NodeShape]]) -> None:
        """The people and groups a comparison draws where they stood before leaving the map (each
        ghost's place in the scene, and its outline and name): the circles' names keep clear of their
        outlines too (_with_ghosts), placed again now (one could cover a ghost)."""
        if ghosts != self._ghosts:
            self._ghosts = list(ghosts)
            self._place_ring_names()

    # ===== selection ==========================================================================

    def selected_node_ids(self) -> list[str]:
        """Selected nodes, in the order they were selected."""
        if self._selection_stale:
            return [n for n in self._selection_order if n in self._nodes]
        return list(self._selection_order)

    def selected_edge_ids(self) -> list[str]:
        return [item.edge_id for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def select_ids(self, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = ()) -> None:
        """Select exactly these nodes and connections (unknown ids are ignored)."""
        node_ids, edge_ids = list(node_ids), list(edge_ids)
        self._selecting = True
        try:
            self.clearSelection()
            for node_id in node_ids:
                if node_id in self._nodes:
                    self._nodes[node_id].setSelected(True)
            for edge_id in edge_ids:
                if edge_id in self._edges:
                    self._edges[edge_id].setSelected(True)
        finally:
            self._selecting = False
        self._selection_order = [n for n in dict.fromkeys(node_ids) if n in self._nodes]
        self.selection_ids_changed.emit()

    def _on_selection_changed(self) -> None:
        if self._selecting:
            return
        selected = {item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)}
        order = [n for n in self._selection_order if n in selected]
        order += sorted(selected.difference(order))
        self._selection_order = order
        self.selection_ids_changed.emit()

    # ----- keyboard navigation and connecting ---------------------------------------------------

    def start_connection_from_selected(self) -> bool:
        """Start choosing the other end of a new connection with the keyboard.

        With two nodes selected this connects them at once. With one, arrows or Tab pick the other
        end, Enter connects and Esc cancels. With none, a click or tap picks each end in turn.
        """
        ids = self.selected_node_ids()
        if len(ids) == 2:
            return self.connect_selected()
        from .interactions import KeyboardConnectInteraction, PickFirstEndInteraction

        self.cancel_interaction()
        if not ids:  # nothing selected: say what to do, then a click or tap picks each end
            self.begin_interaction(PickFirstEndInteraction(self))
            return True
        interaction = KeyboardConnectInteraction(self, self._nodes[ids[-1]])
        if not interaction.has_candidates():
            interaction.cleanup()
            return False
        self.begin_interaction(interaction)
        return True

    def focus_next_node(self, backwards: bool = False, wrap: bool = True) -> bool:
        """Select the next node (the centre first, then clockwise from 12 o'clock).

        Returns False without changing anything when *wrap* is off and the end is reached, so the
        view can let Tab move on to the next control.
        """
        positions = {n: (item.x(), item.y()) for n, item in self._nodes.items()}
        current = self._selection_order[-1] if self._selection_order else None
        node_id = next_in_order(reading_order(self.document.centre_id, positions), current, backwards, wrap)
        if node_id is None:
            return False
        self.select_ids([node_id])
        self.ensure_node_visible(node_id)
        return True

    def focus_next_stop(self, backwards: bool = False, wrap: bool = True) -> bool:
        """Select the next of the map's Tab stops: its people and groups (focus_next_node's order),
        then its lines (those at the family first, then clockwise: the guide's order).

        Returns False without changing anything when *wrap* is off and the end is reached.
        """
        positions = {n: (item.x(), item.y()) for n, item in self._nodes.items()}
        stops = [("node", n) for n in reading_order(self.document.centre_id, positions)]
        edges = self.selected_edge_ids()
        current = (("node", self._selection_order[-1]) if self._selection_order
                   else ("edge", edges[0]) if len(edges) == 1 else None)
        # The lines are put in order only when Tab goes among them (sorting them all made a Tab
        # among the people of a 5,000-person map cost twice what walking the people does).
        if current is not None and current[0] == "edge":
            lines_needed = True
        elif current not in stops:  # from outside the map: the first person, or back to the last line
            lines_needed = backwards
        elif backwards:  # back past the family only by wrapping round to the last line
            lines_needed = wrap and current == stops[0]
        else:
            lines_needed = current == stops[-1]
        if lines_needed and self._edges:
            stops += [("edge", e) for e in connection_order(self.document)]
        stop = next_in_order(stops, current, backwards, wrap)
        if stop is None:
            return False
        kind, item_id = stop
        if kind == "node":
            self.select_ids([item_id])
            self.ensure_node_visible(item_id)
        else:
            self.select_ids(edge_ids=[item_id])
            self.ensure_edge_visible(item_id)
        return True

    def ensure_edge_visible(self, edge_id: str) -> None:
        """Scroll the line into sight: all of it where it fits, else its middle."""
        item = self._edges.get(edge_id)
        if item is None:
            return
        whole = item.sceneBoundingRect()
        for view in self.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            fits = whole.width() <= shown.width() and whole.height() <= shown.height()
            if fits:
                view.ensureVisible(whole, 40, 40)
            else:
                view.ensureVisible(QRectF(whole.center(), whole.center()), 40, 40)

    def ask_details_of_line(self) -> bool:
        """Enter on the one line selected: ask for its Details (details_asked), where its strength
        and arrow are changed. False when the selection is not a single line."""
        if self._selection_order or len(self.selected_edge_ids()) != 1:
            return False
        self.details_asked.emit()
        return True

    def _sync_focus_item(self) -> None:
        # Keyboard focus sits on the last selected node, so it can draw its focus ring (only while
        # the canvas itself has focus: Qt's item focus follows the view's).
        if self._editor is not None:
            return
        order = self._selection_order
        item = self._nodes.get(order[-1]) if order else None
        if item is not None:
            if self.focusItem() is not item:
                item.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(self.focusItem(), NodeItem):
            self.focusItem().clearFocus()

    # ===== gestures ============================================================================

    def interaction(self) -> Interaction | None:
        """The gesture now running, if any."""
        return self._interaction

    def begin_interaction(self, interaction: Interaction) -> None:
        self._interaction = interaction
        self.hint_changed.emit(interaction.hint())

    def refresh_hint(self) -> None:
        """The running gesture's hint changed (it names the line's other end)."""
        if self._interaction is not None:
            self.hint_changed.emit(self._interaction.hint())

    def end_interaction(self, interaction: Interaction) -> None:
        if self._interaction is interaction:
            self._interaction = None
            self.hint_changed.emit(self._add_hint(self._add_mode))

    def cancel_interaction(self) -> None:
        if self._interaction is not None:
            self._interaction.cancel()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Give a key to the running gesture; True if it used it."""
        return self._interaction is not None and self._interaction.key_press(event)

    def default_mouse_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """Qt's own press handling (selection, mouse grab), for gestures that want it."""
        QGraphicsScene.mousePressEvent(self, event)

    def default_mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        QGraphicsScene.mouseReleaseEvent(self, event)

    def release_mouse_grab(self) -> None:
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def selected_node_positions(self) -> dict[str, QPointF]:
        return {n: QPointF(self._nodes[n].pos()) for n in self._selection_order}

    def create_preview(self) -> PreviewItem:
        from ...canvas.items.preview_item import PreviewItem

        style_ = self._connection_style
        preview = PreviewItem(str(style_["strength"]), str(style_["flow"]), style_["colour"])
        self.addItem(preview)
        return preview

    def remove_preview(self, preview: PreviewItem) -> None:
        if preview.scene() is self:
            self.removeItem(preview)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._editor is not None:
            if self._editor.contains(self._editor.mapFromScene(event.scenePos())):
                super().mousePressEvent(event)  # clicks inside the text box place the cursor
                return
            self._editor.commit()
        if self._interaction is not None:
            self._interaction.mouse_press(event)
            event.accept()
            return
        from .interactions import STARTERS  # the first click, not with the window

        for starter in STARTERS:
            interaction = starter.maybe_start(self, event)
            if interaction is not None:
                self.begin_interaction(interaction)
                event.accept()
                return
        super().mousePressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        # Qt turns Tab into this call before any key handler sees it. The label editor keeps its
        # text and lets the view move on; a running gesture (choosing a connection's other end)
        # uses Tab itself. Otherwise the view walks the nodes (MapView.focusNextPrevChild).
        if self._editor is not None:
            self._editor.commit()
            return False
        if self._interaction is not None:
            key = Qt.Key.Key_Tab if next else Qt.Key.Key_Backtab
            return self.handle_key(QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Keys reach the scene from the view (Tab included): a running gesture has them first.
        if self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._interaction is not None:
            self._interaction.mouse_move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._interaction is not None:
            self._interaction.mouse_release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        node = self.node_item_at(event.scenePos(), event) if self._editor is None else None
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cancel_interaction()
            self.edit_label(node.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


    # ===== following the document: what editing adds =========================================

    def _on_reset(self) -> None:
        self.cancel_interaction()
        self.cancel_label_edit()
        self._selecting = True
        try:
            self._clear_items()
        finally:
            self._selecting = False
        self._selection_order = []
        self._rebuild()
        self.selection_ids_changed.emit()

    def _on_node_removed(self, node_id: str) -> None:
        if self._editing_id == node_id:
            self.cancel_label_edit()
        self.cancel_interaction()
        super()._on_node_removed(node_id)

    def _remove_item(self, item: NodeItem | EdgeItem) -> None:
        if not (self._in_batch and item.isSelected()):
            self.removeItem(item)
            return
        # Many items go at once: the selection is worked out and announced once, when they have.
        self._selecting = True
        try:
            self.removeItem(item)
        finally:
            self._selecting = False
        self._selection_stale = True

    def _on_batch_started(self) -> None:
        self._in_batch = True

    def _on_batch_finished(self) -> None:
        self._in_batch = False
        if self._selection_stale:
            self._selection_order = [n for n in self._selection_order if n in self._nodes]
            self._selection_stale = False
            self.selection_ids_changed.emit()

    # ----- helpers ------------------------------------------------------------------------------

    def _on_line_restyled(self, _edge_id: str, keys: list) -> None:
        if "flow" in keys:
            self._arrowed = None
        if "strength" in keys or "flow" in keys:
            self._ring_names_due.start()

    def _forget_arrowed(self, *_changed: object) -> None:
        self._arrowed = None

    def _place_ring_names(self) -> None:
        # Called from the event loop, afterwards: a scene cleared meanwhile has no items left to read.
        rings = self.ring_item()
        if not shiboken6.isValid(rings):
            return
        scale = self.text_scale()
        centre, grow = rings.pos(), ring_places.RING_NAME_ROOM * scale
        if len(self._nodes) > ring_places.RING_NAMES_MAX_NODES:
            obstacles = self._crowded_ring_obstacles(centre.x(), centre.y(), scale, grow)
            # The people and the stressful lines' ticks near the circles: while the circles are
            # hidden, not filed (shown again, the names are placed again).
            people = ticks = None
            if obstacles is not None and self.rings_visible():
                filed = self._ring_people
                people = filed.people(self._nodes, centre.x(), centre.y(), scale, grow)
                ticks = filed.ticks(self._nodes, self._edges, self._edge_ends, centre.x(), centre.y(),
                                    scale, grow)
            rings.place_names(self._with_ghosts(obstacles, centre, scale, grow), scale, people, ticks)
            return
        # The pages' rule with the people as the canvas draws them, their names at the smallest and
        # the largest size the zoom gives them (the parent view's and the text-size setting's
        # larger names included), so a zoom never moves a circle's name.
        nodes = {node_id: (item.x() - centre.x(), item.y() - centre.y(),
                           item.outline_at(scale), item.outline_at(grow))
                 for node_id, item in self._nodes.items()}
        connections = [(source, target, self._edges[edge_id].flow, self._edges[edge_id].strength)
                       for edge_id, (source, target) in self._edge_ends.items()]
        obstacles = ring_places.ring_name_obstacles(nodes, connections)
        rings.place_names(self._with_ghosts(obstacles, centre, scale, grow), scale)

    def _with_ghosts(self, obstacles: ring_places.RingObstacles | None, centre: QPointF,
                     scale: float, grow: float) -> ring_places.RingObstacles | None:
        """*obstacles* and the outlines of a comparison's ghosts (keep_names_clear_of) at the two sizes
        the people are taken at: the ordinary zoom's (text *scale*) and the largest, zoomed far out
        (*grow*), as a ghost grows with the names (in the parent view at 1280 x 720 "Friends" sat
        across the grown outline of the ghost beside it)."""
        if obstacles is None or not self._ghosts:
            return obstacles
        largest, arrowheads, ticks, ordinary = obstacles
        large, small = [], []
        for x, y, shape in self._ghosts:
            x, y = x - centre.x(), y - centre.y()
            for size, shapes in ((grow, large), (scale, small)):
                half_w, half_h, corner = shape.outline_at(size)
                shapes.append((x - half_w, y - half_h, x + half_w, y + half_h, corner))
        return [*largest, *large], arrowheads, ticks, [*ordinary, *small]

    def _crowded_ring_obstacles(self, cx: float, cy: float, scale: float,
                                grow: float) -> ring_places.RingObstacles | None:
        """ring_places.crowded_obstacles: the arrowheads of the connections with an end near the circles
        (the people there are kept filed: RingPeople); None where too many arrowed lines come near
        (ring_places.CROWDED_REACH): the names keep the top."""
        items, edges, edge_ends, near = self._nodes, self._edges, self._edge_ends, ring_places.near_circles
        if self._arrowed is None:
            self._arrowed = [edge_id for edge_id, edge in edges.items() if edge.flow != "none"]
        connections = []
        for edge_id in self._arrowed:
            edge = edges[edge_id]
            source, target = edge_ends[edge_id]
            a, b = items[source], items[target]
            if near(a.x() - cx, a.y() - cy) or near(b.x() - cx, b.y() - cy):
                connections.append((source, target, edge.flow, edge.strength))
                if len(connections) > ring_places.RING_NAMES_MAX_NODES:
                    return None
        ends = {}
        for source, target, _flow, _strength in connections:
            for node_id in (source, target):
                if node_id not in ends:
                    item = items[node_id]
                    ends[node_id] = (item.x() - cx, item.y() - cy,
                                     item.outline_at(scale), item.outline_at(grow))
        return ring_places.crowded_obstacles(ends, connections)
