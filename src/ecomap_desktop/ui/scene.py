"""The map scene: a projection of the document onto graphics items.

The document owns the truth. This scene listens to its signals and keeps one item per node and per
connection (id -> item tables); every edit goes through an undo command, and the items follow
through the document's signals. Mouse gestures are small objects from ui/editor/interactions.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from .. import geometry, labels, style
from ..model.commands import (
    AddEdgeCommand,
    AddNodeCommand,
    EditNodeCommand,
    MoveNodesCommand,
    RemoveItemsCommand,
)
from ..model.document import Document
from ..model.vocabulary import MAX_COORD, MAX_LABEL, RINGS
from .editor.arrange import ArrangeNode, arrange_positions
from .editor.interactions import STARTERS, Interaction, KeyboardConnectInteraction
from .items.edge_item import EdgeItem
from .items.label_editor import LabelEditor
from .items.legend_item import LegendItem
from .items.node_item import NodeItem
from .items.preview_item import PreviewItem
from .items.ring_item import RingItem
from .editor.placement import free_spot, reading_order
from ecomap_desktop.i18n import translate as _tr


#: Maps with more nodes than this paint nodes directly instead of caching them as pixmaps.
CACHE_MAX_NODES = 2000
#: On such maps, up to this many dragged nodes are cached while they move (begin_live_move).
LIVE_MOVE_CACHE_MAX = 50


def ring_names() -> dict[str, str]:
    """What each circle of support is called on the canvas."""
    return {
        "closest": _tr("MapScene", "Closest"),
        "friends": _tr("MapScene", "Friends"),
        "participation": _tr("MapScene", "Taking part"),
        "paid": _tr("MapScene", "Paid helpers"),
    }


class MapScene(QGraphicsScene):
    """Projects a Document; edits made here are pushed on the undo stack as commands."""

    # The selected nodes or connections changed.
    selection_ids_changed = Signal()
    # Add mode changed: the kind ("person"/"group") a click on empty canvas adds, or "" when off.
    add_mode_changed = Signal(str)
    # The legend's content, size or visibility changed (views keep it in their corner).
    legend_changed = Signal()
    # The area the map covers changed (views adjust how far one can scroll).
    content_changed = Signal()
    # A short hint about the gesture now running, for a status bar ("" when there is none).
    hint_changed = Signal(str)

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor(style.CANVAS_BACKGROUND))
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[str, EdgeItem] = {}
        self._edge_ends: dict[str, tuple[str, str]] = {}
        self._edges_at: dict[str, set[str]] = {}
        self._connection_style: dict[str, object] = {"strength": "moderate", "flow": "none", "colour": None}
        self._interaction: Interaction | None = None
        self._add_mode = ""
        self._selection_order: list[str] = []
        self._selecting = False
        self._editor: LabelEditor | None = None
        self._editing_id: str | None = None
        self._text_boost = 1.0
        self._view_scale = 1.0
        self._variant = style.STANDARD
        self._text_scale = 1.0
        self._content_pending = False
        self._caching = True
        self._live_cached: list[NodeItem] = []  # nodes cached as pixmaps while dragged (big maps)
        self._in_batch = False  # the document is making many changes as one (see _on_batch_finished)
        self._selection_stale = False  # selected items went away during the batch

        self._rings = RingItem()
        names = ring_names()
        self._rings.set_rings([(style.RING_RADII[r], names[r]) for r in RINGS])
        self.addItem(self._rings)
        self._legend = LegendItem()
        self.addItem(self._legend)

        document.node_added.connect(self._on_node_added)
        document.node_removed.connect(self._on_node_removed)
        document.node_changed.connect(self._on_node_changed)
        document.node_moved.connect(self._on_node_moved)
        document.edge_added.connect(self._on_edge_added)
        document.edge_removed.connect(self._on_edge_removed)
        document.edge_changed.connect(self._on_edge_changed)
        document.meta_changed.connect(self._on_meta_changed)
        document.reset.connect(self._rebuild)
        document.batch_started.connect(self._on_batch_started)
        document.batch_finished.connect(self._on_batch_finished)
        self.selectionChanged.connect(self._on_selection_changed)
        self.selection_ids_changed.connect(self._sync_focus_item)
        self._rebuild()

    # ===== reading the projection (tests, main window) ==========================================

    def node_item(self, node_id: str) -> NodeItem:
        return self._nodes[node_id]

    def edge_item(self, edge_id: str) -> EdgeItem:
        return self._edges[edge_id]

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def node_ids(self) -> list[str]:
        return list(self._nodes)

    def edge_ids(self) -> list[str]:
        return list(self._edges)

    def ring_item(self) -> RingItem:
        return self._rings

    def legend_item(self) -> LegendItem:
        return self._legend

    def label_editor(self) -> LabelEditor | None:
        """The in-place label editor while a label is being edited."""
        return self._editor

    def items_bounding_rect(self) -> QRectF:
        """The area covered by the nodes (and so by the connections between them)."""
        left = top = math.inf
        right = bottom = -math.inf
        half_sizes = {kind: geometry.node_half_size(kind)[:2] for kind in ("centre", "person", "group")}
        for item in self._nodes.values():
            half_w, half_h = half_sizes.get(item.kind) or geometry.node_half_size(item.kind)[:2]
            pos = item.pos()
            x, y = pos.x(), pos.y()
            left, right = min(left, x - half_w), max(right, x + half_w)
            top, bottom = min(top, y - half_h), max(bottom, y + half_h)
        rect = QRectF(left, top, right - left, bottom - top) if self._nodes else QRectF()
        if self._rings.isVisible() and self.document.centre_id in self._nodes:
            # The closest ring is part of the picture a parent expects to see around the family.
            centre = self._nodes[self.document.centre_id].pos()
            r = style.RING_RADII["closest"] + 10
            rect = rect.united(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        return rect

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

    # ===== editing: every change is an undo command ===========================================

    def set_new_connection_style(self, strength: str, flow: str, colour: str | None) -> None:
        """The style new connections get (the toolbar's line-style picker)."""
        self._connection_style = {"strength": strength, "flow": flow, "colour": colour}

    def new_connection_style(self) -> dict[str, object]:
        return dict(self._connection_style)

    def add_mode(self) -> str:
        return self._add_mode

    def set_add_mode(self, kind: str | None) -> None:
        """While set, a click on empty canvas adds a node of this kind there (once)."""
        kind = kind or ""
        if kind != self._add_mode:
            self._add_mode = kind
            self.add_mode_changed.emit(kind)
            self.hint_changed.emit(self._add_hint(kind))

    @staticmethod
    def _add_hint(kind: str) -> str:
        if kind == "person":
            return _tr("MapScene", "Click on the map where the new person should go (Esc to stop).")
        if kind == "group":
            return _tr("MapScene", "Click on the map where the new group should go (Esc to stop).")
        return ""

    def escape(self) -> None:
        """Esc on the canvas: stop add mode if it is on, otherwise clear the selection."""
        if self._add_mode:
            self.set_add_mode(None)
        else:
            self.select_ids()

    def add_node(self, kind: str, pos: QPointF | None = None) -> str:
        """Add a person or group at *pos* (or a free spot near the centre), select it and edit its label."""
        self.commit_label_edit()
        label = _tr("MapScene", "New person") if kind == "person" else _tr("MapScene", "New group")
        where = QPointF(pos) if pos is not None else self._free_spot(kind)
        x = max(-MAX_COORD, min(MAX_COORD, where.x()))
        y = max(-MAX_COORD, min(MAX_COORD, where.y()))
        command = AddNodeCommand(self.document, {"kind": kind, "label": label, "x": x, "y": y})
        self.undo_stack.push(command)
        self.select_ids([command.node_id])
        self.edit_label(command.node_id)
        return command.node_id

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

    # ----- labels ------------------------------------------------------------------------------

    def edit_selected_label(self) -> bool:
        ids = self.selected_node_ids()
        return bool(ids) and self.edit_label(ids[-1])

    def edit_label(self, node_id: str, select_all: bool = True) -> bool:
        """Open the in-place editor on a node's label (Enter commits, Esc cancels)."""
        if node_id not in self._nodes:
            return False
        self.commit_label_edit()
        item = self._nodes[node_id]
        width = style.LABEL_WRAP_WIDTH.get(item.kind, style.LABEL_WRAP_WIDTH["person"]) + 24
        editor = LabelEditor(self.document.node(node_id)["label"], width, MAX_LABEL)
        height = editor.document().size().height()
        editor.setScale(self._text_scale)  # the text-size setting applies while typing too
        editor.setPos(item.x() - width * self._text_scale / 2, item.y() - height * self._text_scale / 2)
        editor.committed.connect(partial(self._on_label_committed, node_id))
        editor.cancelled.connect(self._close_editor)
        self._editor, self._editing_id = editor, node_id
        self.addItem(editor)
        item.set_label_hidden(True)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all:
            editor.select_all()
        self.ensure_node_visible(node_id)
        return True

    def is_editing_label(self) -> bool:
        return self._editor is not None

    def commit_label_edit(self) -> None:
        if self._editor is not None:
            self._editor.commit()

    def cancel_label_edit(self) -> None:
        if self._editor is not None:
            self._editor.cancel()

    def _on_label_committed(self, node_id: str, text: str) -> None:
        self._close_editor()
        # One line, no control characters (pasted text can carry them; the model refuses them).
        text = "".join(ch for ch in " ".join(text.split()) if unicodedata.category(ch) != "Cc")[:MAX_LABEL]
        if node_id in self._nodes and text and text != self.document.node(node_id)["label"]:
            self.undo_stack.push(EditNodeCommand(self.document, node_id, {"label": text}))

    def _close_editor(self) -> None:
        editor, node_id = self._editor, self._editing_id
        self._editor, self._editing_id = None, None
        if editor is None:
            return
        if node_id in self._nodes:
            self._nodes[node_id].set_label_hidden(False)
        # The editor may be inside its own key handler: hide it now and let Qt delete it (which
        # also takes it off the scene) once that handler has returned.
        editor.hide()
        editor.deleteLater()
        self._sync_focus_item()

    # ----- keyboard navigation and connecting ---------------------------------------------------

    def start_connection_from_selected(self) -> bool:
        """Start choosing the other end of a new connection with the keyboard.

        With two nodes selected this connects them at once. With one, arrows or Tab pick the other
        end, Enter connects and Esc cancels.
        """
        ids = self.selected_node_ids()
        if len(ids) == 2:
            return self.connect_selected()
        if not ids:
            return False
        self.cancel_interaction()
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
        order = self._reading_order()
        current = self._selection_order[-1] if self._selection_order else None
        if current in order:
            index = order.index(current) + (-1 if backwards else 1)
        else:
            index = len(order) - 1 if backwards else 0
        if not 0 <= index < len(order):
            if not wrap:
                return False
            index %= len(order)
        self.select_ids([order[index]])
        self.ensure_node_visible(order[index])
        return True

    def _reading_order(self) -> list[str]:
        positions = {n: (item.x(), item.y()) for n, item in self._nodes.items()}
        return reading_order(self.document.centre_id, positions)

    def ensure_node_visible(self, node_id: str) -> None:
        item = self._nodes.get(node_id)
        if item is None:
            return
        for view in self.views():
            view.ensureVisible(item.sceneBoundingRect(), 40, 40)

    # ----- rings, legend, zoom ------------------------------------------------------------------

    def set_rings_visible(self, visible: bool) -> None:
        self._rings.setVisible(visible)
        self._schedule_content_changed()

    def rings_visible(self) -> bool:
        return self._rings.isVisible()

    def set_legend_visible(self, visible: bool) -> None:
        self._legend.setVisible(visible)
        self.legend_changed.emit()

    def legend_visible(self) -> bool:
        return self._legend.isVisible()

    def set_view_scale(self, scale: float) -> None:
        """Tell the scene the view's zoom, so labels can stay legible when zoomed far out."""
        self._view_scale = scale
        text = self._text_scale  # the text-size setting; the zoom boost comes on top of it
        wanted = style.LABEL_MIN_SCREEN_PX / (style.LABEL_FONT_SIZE * text * max(scale, 1e-6))
        # Quarter steps: zooming a little does not re-measure every label every time.
        boost = text * min(style.LABEL_MAX_BOOST, max(1.0, math.ceil(wanted * 4) / 4))
        if boost != self._text_boost:
            self._text_boost = boost
            self._rings.set_text_boost(boost)
            for item in self._nodes.values():
                item.set_text_boost(boost)

    def text_boost(self) -> float:
        return self._text_boost

    # ----- display: high contrast and text size (a way of looking, never a change to the map) ---

    def set_display(self, high_contrast: bool, text_scale: float = 1.0) -> None:
        """Draw in the high-contrast variant or the standard one, with labels *text_scale* times larger."""
        variant = style.canvas_variant(high_contrast)
        if variant is not self._variant:
            self._variant = variant
            self.setBackgroundBrush(QColor(variant.background))
            self._rings.set_colours(variant.ring_colour, variant.ring_width, variant.ring_label_colour,
                                    variant.background)
            legend_sample = variant.line_colour
            self._legend.set_colours(variant.label_colour, variant.legend_border, variant.legend_background,
                                     legend_sample)
            for node_id, item in self._nodes.items():
                self._style_node(item, self.document.node(node_id))
            for edge_id, item in self._edges.items():
                self._style_edge(item)
        if text_scale != self._text_scale:
            self._text_scale = text_scale
            self._legend.setScale(text_scale)
            self.set_view_scale(self._view_scale)
            self.legend_changed.emit()

    def high_contrast(self) -> bool:
        return self._variant is style.HIGH_CONTRAST

    def display_variant(self) -> style.CanvasVariant:
        return self._variant

    def text_scale(self) -> float:
        return self._text_scale

    def _style_node(self, item: NodeItem, data: dict) -> None:
        item.set_variant(self._variant)
        self._apply_node_content(item, data)

    def _style_edge(self, item: EdgeItem) -> None:
        v = self._variant
        if v is style.STANDARD:
            item.set_variant(None)
        else:
            item.set_variant(v.line_colour, v.line_width_scale, v.highlight)

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

    def node_item_at(
        self, scene_pos: QPointF, event: QGraphicsSceneMouseEvent | None = None
    ) -> NodeItem | None:
        """The topmost node under a point (its "+" handle included while shown)."""
        transform = QTransform()
        widget = event.widget() if event is not None else None
        view = widget.parent() if widget is not None else None
        if view is not None and hasattr(view, "viewportTransform"):
            transform = view.viewportTransform()
        for item in self.items(scene_pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, transform):
            if isinstance(item, NodeItem):
                return item
        return None

    def interaction(self) -> Interaction | None:
        """The gesture now running, if any."""
        return self._interaction

    def begin_interaction(self, interaction: Interaction) -> None:
        self._interaction = interaction
        self.hint_changed.emit(interaction.hint())

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

    def set_item_caching(self, on: bool) -> None:
        """Keep each node's drawing as a pixmap (on by default).

        Repaints of unchanged nodes (a drag passing over them, a window uncovered) then cost a
        copy. The view turns it off while the zoom is changing, when every cache would have to be
        redrawn at each step anyway; Qt's pixmap cache bounds the memory it takes.
        """
        if on == self._caching:
            return
        before = self._cache_mode()
        self._caching = on
        mode = self._cache_mode()
        if mode == before:  # a big map never caches: nothing to change on its thousands of nodes
            return
        for item in self._nodes.values():
            item.setCacheMode(mode)

    def _cache_mode(self) -> QGraphicsItem.CacheMode:
        modes = QGraphicsItem.CacheMode
        # On very big maps Qt's per-item cache bookkeeping costs more than the cache saves (see
        # benchmarks/bench_canvas.py: slower drags at 5,000 nodes), so they paint directly.
        cached = self._caching and len(self._nodes) <= CACHE_MAX_NODES
        return modes.DeviceCoordinateCache if cached else modes.NoCache

    def _recheck_cache_mode(self) -> None:
        """After a node is added or removed: switch every node when the map crosses the size limit."""
        if len(self._nodes) in (CACHE_MAX_NODES, CACHE_MAX_NODES + 1):
            mode = self._cache_mode()
            for item in self._nodes.values():
                item.setCacheMode(mode)

    def begin_live_move(self, node_ids: Iterable[str]) -> None:
        """A drag starts. On a big map, where nodes paint directly, the few being dragged keep their
        drawing as a pixmap while they move, so each step copies them rather than drawing them again
        (as every node of a smaller map always does)."""
        self.end_live_move()
        if self._cache_mode() != QGraphicsItem.CacheMode.NoCache:
            return  # cached already
        items = [self._nodes[n] for n in node_ids if n in self._nodes]
        if len(items) > LIVE_MOVE_CACHE_MAX:
            return  # too many pixmaps to keep: they paint directly, as the rest of the map does
        for item in items:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._live_cached = items

    def end_live_move(self) -> None:
        """The drag is over: the dragged nodes paint as the rest of the map does again."""
        mode = self._cache_mode()
        for item in self._live_cached:
            item.setCacheMode(mode)
        self._live_cached = []

    def move_nodes_live(self, positions: dict[str, QPointF]) -> None:
        """Move node items during a drag (the document is told once, on release)."""
        touched: set[str] = set()
        for node_id, pos in positions.items():
            item = self._nodes.get(node_id)
            if item is None:
                continue
            item.setPos(pos)
            touched.update(self._edges_at.get(node_id, ()))
            if node_id == self.document.centre_id:
                self._rings.setPos(pos)
        for edge_id in touched:
            self._refresh_edge(edge_id)

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

    def create_preview(self) -> PreviewItem:
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

    # ===== following the document ============================================================

    def _rebuild(self) -> None:
        self.cancel_interaction()
        self.cancel_label_edit()
        self._selecting = True
        try:
            for item in list(self._edges.values()) + list(self._nodes.values()):
                self.removeItem(item)
        finally:
            self._selecting = False
        self._nodes.clear()
        self._edges.clear()
        self._edge_ends.clear()
        self._edges_at.clear()
        self._selection_order = []
        # Read straight from the map (no copy per item: a big map has thousands), in the usual order.
        graph, document = self.document.graph_view(), self.document
        for node_id, data in graph.nodes(data=True):
            self._add_node_item(node_id, data)
        for edge_id in document.edge_ids():
            source, target = document.edge_ends(edge_id)
            self._add_edge_item(edge_id, source, target, graph.edges[source, target])
        self._on_meta_changed("legend")
        self.selection_ids_changed.emit()

    def _on_node_added(self, node_id: str) -> None:
        self._add_node_item(node_id, self.document.node(node_id))

    def _add_node_item(self, node_id: str, data: dict) -> None:
        """Make the item of a node from its attributes (read only)."""
        item = NodeItem(node_id, data["kind"])
        mode = self._cache_mode()
        if mode != QGraphicsItem.CacheMode.NoCache:  # a new item's mode already (big maps)
            item.setCacheMode(mode)
        if self._variant is not style.STANDARD:
            item.set_variant(self._variant)
        self._apply_node_content(item, data)
        item.set_text_boost(self._text_boost)
        item.setPos(data["x"], data["y"])
        self._nodes[node_id] = item
        self._recheck_cache_mode()
        self._edges_at.setdefault(node_id, set())
        self.addItem(item)
        if node_id == self.document.centre_id:
            self._rings.setPos(item.pos())
        self._schedule_content_changed()

    def _on_node_removed(self, node_id: str) -> None:
        if self._editing_id == node_id:
            self.cancel_label_edit()
        self.cancel_interaction()
        item = self._nodes.pop(node_id, None)
        self._recheck_cache_mode()
        self._edges_at.pop(node_id, None)
        if item is not None:
            self._remove_item(item)
        self._schedule_content_changed()

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        item = self._nodes[node_id]
        data = self.document.node(node_id)
        old_kind = item.kind
        self._apply_node_content(item, data)
        if item.kind != old_kind:
            for edge_id in self._edges_at.get(node_id, ()):
                self._refresh_edge(edge_id)
            self._schedule_content_changed()

    def _on_node_moved(self, node_id: str, x: float, y: float) -> None:
        item = self._nodes[node_id]
        if item.x() != x or item.y() != y:
            self.move_nodes_live({node_id: QPointF(x, y)})
        self._schedule_content_changed()

    def _on_edge_added(self, edge_id: str) -> None:
        data = self.document.edge(edge_id)
        self._add_edge_item(edge_id, data["source"], data["target"], data)

    def _add_edge_item(self, edge_id: str, source: str, target: str, data: dict) -> None:
        """Make the item of a connection from its attributes (read only)."""
        item = EdgeItem(edge_id, data["strength"], data["flow"], data["colour"])
        self._edge_ends[edge_id] = (source, target)
        self._edges_at[source].add(edge_id)
        self._edges_at[target].add(edge_id)
        self._edges[edge_id] = item
        if self._variant is not style.STANDARD:
            self._style_edge(item)
        self._refresh_edge(edge_id)
        self.addItem(item)

    def _on_edge_removed(self, edge_id: str) -> None:
        item = self._edges.pop(edge_id, None)
        ends = self._edge_ends.pop(edge_id, ())
        for node_id in ends:
            self._edges_at.get(node_id, set()).discard(edge_id)
        if item is not None:
            self._remove_item(item)

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

    def _on_edge_changed(self, edge_id: str, keys: list) -> None:
        data = self.document.edge(edge_id)
        self._edges[edge_id].set_style(data["strength"], data["flow"], data["colour"])

    def _on_meta_changed(self, key: str) -> None:
        if key == "legend":
            legend = self.document.meta("legend")
            entries = [(e["key"], labels.legend_label(e["key"], e["label"])) for e in legend]
            self._legend.set_entries(_tr("MapScene", "Legend"), entries)
            self.legend_changed.emit()

    # ----- helpers ------------------------------------------------------------------------------

    def _apply_node_content(self, item: NodeItem, data: dict) -> None:
        item.set_kind(data["kind"])
        if data["kind"] == "centre":  # a new map says what goes in the middle (never saved or printed)
            item.set_placeholder(_tr("MapScene", "The family's name"))
        household = [_member_line(m) for m in data.get("household") or []]
        item.set_content(data["label"], self._variant.fill(data["category"]), household)

    def _refresh_edge(self, edge_id: str) -> None:
        source, target = self._edge_ends[edge_id]
        a, b = self._nodes[source], self._nodes[target]
        self._edges[edge_id].set_ends(a.kind, a.x(), a.y(), b.kind, b.x(), b.y())

    def _free_spot(self, kind: str) -> QPointF:
        """A spot near the centre where a new node overlaps no other node."""
        centre = self._nodes[self.document.centre_id].pos()
        return free_spot(
            centre, kind, lambda area: not any(isinstance(i, NodeItem) for i in self.items(area))
        )

    def _schedule_content_changed(self) -> None:
        # Many signals arrive together (an Arrange moves every node): tell views once, afterwards.
        if not self._content_pending:
            self._content_pending = True
            QTimer.singleShot(0, self._emit_content_changed)

    def _emit_content_changed(self) -> None:
        self._content_pending = False
        self.content_changed.emit()


def _member_line(member: dict) -> str:
    name = member.get("name", "").strip()
    age = member.get("age", "").strip()
    if name and age:
        return _tr("MapScene", "%1 (%2)").replace("%1", name).replace("%2", age)
    return name or age


def _clamp(value: float) -> float:
    return max(-MAX_COORD, min(MAX_COORD, float(value)))

