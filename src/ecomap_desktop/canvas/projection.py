"""The projection of a document onto a QGraphicsScene: what the canvas and the pictures draw.

The document owns the truth. The projection listens to its signals and keeps one item per node and
per connection (id -> item tables), the circles of support and the legend; it applies the display
(high contrast, text size, zoom boost: projection_display.py), caches node drawings and moves items
live during a drag. It
changes nothing and takes no undo stack: the editing scene (ui/editor/scene.py) adds selection,
gestures and commands on top, and the PNG and SVG exports draw the projection alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from .. import labels, style
from ..collector import collector_paused
from ..model.document import Document
from ..model.vocabulary import RINGS
from . import name_size
from .extent import NO_NODES, Extent, Place, box, place
from .node_caching import NodeCaching
from .projection_display import ProjectionDisplay
from .items.edge_item import EdgeItem
from .items.legend_item import LegendItem
from .items.line_layer import LineLayer
from .items.node_item import NodeItem
from .items.ring_item import RingItem, ring_names  # ring_names: the pictures read it here too
from .items.text_layout import fit_names
from ecomap_desktop.i18n import translate as _tr


BSP_TREE_DEPTH = 8  # the item index's depth: 2**8 cells (see __init__)


# The document's signals a projection follows; each one's slot is "_on_" and its name.
_FOLLOWED = ("node_added", "node_removed", "node_changed", "node_moved", "edge_added", "edge_removed",
             "edge_changed", "meta_changed", "reset")


class MapProjection(ProjectionDisplay, QGraphicsScene):
    """Projects a Document onto graphics items and keeps them in step with its signals."""

    # The legend's content, size or visibility changed (views keep it in their corner).
    legend_changed = Signal()
    # The area the map covers changed (views adjust how far one can scroll).
    content_changed = Signal()
    # A rebuild has made every node's item and the connections come next: a view that fits the map
    # to the window does it now, so the connections are drawn once, at the text size of that zoom.
    nodes_rebuilt = Signal()
    # The parent view's words were switched on (True) or off (False): what a screen reader is told
    # of the map follows them.
    parent_words_changed = Signal(bool)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Qt deepens the index with the item count (2**14 cells for 12,000) and lists a long line in
        # every cell its box crosses (430 MB for a big map of long lines): 256 cells stay small.
        self.setBspTreeDepth(BSP_TREE_DEPTH)
        self.setBackgroundBrush(QColor(style.CANVAS_BACKGROUND))
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[str, EdgeItem] = {}
        self._edge_ends: dict[str, tuple[str, str]] = {}
        self._edges_at: dict[str, set[str]] = {}
        self._text_boost = 1.0
        self._view_scale = 1.0
        self._floor = name_size.Floor()  # the least size of names on screen: see set_display
        self._variant = style.STANDARD
        self._text_scale = 1.0
        self._handle_radius = style.HANDLE_RADIUS
        self._content_pending = False
        self._caching = NodeCaching(self._nodes)  # which nodes keep their drawing as a pixmap
        self._extent = Extent()  # every node's outline, kept up to date as single nodes change

        self._rings = RingItem()
        names = ring_names()
        self._rings.set_rings([(style.RING_RADII[r], names[r]) for r in RINGS])
        self.addItem(self._rings)
        self.addItem(self._rings.names_item())  # above the connections: see ring_item.py
        self._legend = LegendItem()
        self.addItem(self._legend)
        self._lines = LineLayer()  # draws every connection (line_layer.py)
        self.addItem(self._lines)
        self.selectionChanged.connect(self._on_lines_selected)
        self._legend_parent_words = False  # the parent view names the lines as its toolbar does

        self._following = True
        for signal in _FOLLOWED:
            getattr(document, signal).connect(getattr(self, "_on_" + signal))
        self._rebuild()

    def stop_following(self) -> None:
        """Stop listening to the document now (an export's private scene, once drawn), however late
        Qt deletes this scene: a later change or reset of the document no longer reaches it."""
        if self._following:
            self._following = False
            for signal in _FOLLOWED:
                getattr(self.document, signal).disconnect(getattr(self, "_on_" + signal))

    # ===== reading the projection (the editing scene, the window, the exports) ==================

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

    def line_layer(self) -> LineLayer:
        return self._lines

    def items_bounding_rect(self) -> QRectF:
        """The area covered by the nodes (and so by the connections between them)."""
        left, top, right, bottom = self._extent.of(self._nodes.values())
        rect = QRectF(left, top, right - left, bottom - top) if self._nodes else QRectF()
        if self._rings.isVisible() and self.document.centre_id in self._nodes:
            # The closest ring is part of the picture a parent expects to see around the family.
            centre = self._nodes[self.document.centre_id].pos()
            r = style.RING_RADII["closest"] + 10
            rect = rect.united(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        return rect

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

    def ensure_node_visible(self, node_id: str) -> None:
        item = self._nodes.get(node_id)
        if item is None:
            return
        for view in self.views():
            view.ensureVisible(item.sceneBoundingRect(), 40, 40)

    # ----- rings and legend (the display and the zoom boost: projection_display.py) ---------------

    def set_rings_visible(self, visible: bool) -> None:
        self._rings.setVisible(visible)
        self._rings.names_item().setVisible(visible)
        self._schedule_content_changed()

    def _move_rings(self, centre: QPointF) -> None:
        """The circles and their names around the family's new place."""
        self._rings.setPos(centre)
        self._rings.names_item().setPos(centre)

    def rings_visible(self) -> bool:
        return self._rings.isVisible()

    def set_legend_visible(self, visible: bool) -> None:
        self._legend.setVisible(visible)
        self.legend_changed.emit()

    def set_legend_parent_words(self, on: bool) -> None:
        """Name the legend's standard entries in the parent view's plain words (or the usual ones)."""
        changed = on != self._legend_parent_words
        self._legend_parent_words = on
        self._on_meta_changed("legend")
        if changed:
            self.parent_words_changed.emit(on)

    def parent_words(self) -> bool:
        """Whether the parent view's words are on (the legend's, and the map's menus follow them)."""
        return self._legend_parent_words

    def legend_visible(self) -> bool:
        return self._legend.isVisible()

    # ----- caching and live move (node_caching.py) -------------------------------------------------

    def set_item_caching(self, on: bool, shown: QRectF | None = None) -> None:
        """Keep each node's drawing as a pixmap (on by default); off while the zoom changes. *shown*:
        the area a view shows now (a big map's nodes are cached only while few are in sight)."""
        self._caching.set_on(on, shown, None if shown is None else self.items_bounding_rect())

    def begin_live_move(self, node_ids: Iterable[str]) -> None:
        """A drag starts: on a big map the few dragged nodes are cached while they move."""
        self._caching.begin_live_move(node_ids)
        self._lines.set_dragging(True)

    def end_live_move(self) -> None:
        self._caching.end_live_move()
        self._lines.set_dragging(False)

    def move_nodes_live(self, positions: dict[str, QPointF]) -> None:
        """Move node items during a drag (the document is told once, on release)."""
        touched: set[str] = set()
        for node_id, pos in positions.items():
            item = self._nodes.get(node_id)
            if item is None:
                continue
            old = box(item)
            item.setPos(pos)
            self._extent.changed(old, box(item))
            touched.update(self._edges_at.get(node_id, ()))
            if node_id == self.document.centre_id:
                self._move_rings(pos)
        for edge_id in touched:
            self._refresh_edge(edge_id)

    # ===== following the document ============================================================

    def _on_reset(self) -> None:
        self._rebuild()

    def _clear_items(self) -> None:
        self._lines.clear()
        for item in list(self._edges.values()) + list(self._nodes.values()):
            self.removeItem(item)
        self._nodes.clear()
        self._extent.forget()
        self._edges.clear()
        self._edge_ends.clear()
        self._edges_at.clear()

    def _rebuild(self) -> None:
        with collector_paused():  # thousands of items made at once (see collector.py)
            self._clear_items()
            # Read straight from the map (no copy per item: a big map has thousands), in the usual order.
            graph, document = self.document.graph_view(), self.document
            self._make_node_items(graph.nodes(data=True), graph.number_of_nodes())
            self._on_meta_changed("legend")
            self.nodes_rebuilt.emit()
            ends = document.edge_ends
            self._make_edge_items(((edge_id, ends(edge_id)) for edge_id in document.edge_ids()), graph.adj)

    def _on_node_added(self, node_id: str) -> None:
        self._add_node_item(node_id, self.document.node(node_id))

    def _add_node_item(self, node_id: str, data: dict) -> None:
        """Make the item of a node from its attributes (read only)."""
        self._make_node_items(((node_id, data),), len(self._nodes) + 1)
        self._caching.recheck()

    def _make_node_items(self, nodes: Iterable[tuple[str, dict]], count: int) -> None:
        """Make the items of *nodes* (id, attributes), which bring the map to *count* nodes.

        A whole map comes here at once (a rebuild): its names are fitted first, all together
        (fit_names), then each item is made with everything it shows, and the map's extent grows as
        it goes, so nothing is worked out twice."""
        mode = self._caching.mode(count)
        mode = mode if mode != QGraphicsItem.CacheMode.NoCache else None  # a new item's own: not set
        variant = None if self._variant is style.STANDARD else self._variant
        boost, radius, shown = self._text_boost, self._handle_radius, self._shown_values
        centre_id, table, edges_at, add = self.document.centre_id, self._nodes, self._edges_at, self.addItem
        extent = self._extent.value if table else NO_NODES  # None: worked out again when asked
        showing = [(node_id, data, shown(data)) for node_id, data in nodes]
        fit_names((data["kind"], values[0], values[2]) for _node_id, data, values in showing)
        for node_id, data, (label, fill, household, placeholder) in showing:
            kind, x, y = data["kind"], data["x"], data["y"]
            item = NodeItem(node_id, kind, label, fill=fill, household=household, placeholder=placeholder,
                            variant=variant, handle_radius=radius, text_boost=boost)
            if mode is not None:
                item.setCacheMode(mode)
            item.setPos(x, y)
            table[node_id] = item
            edges_at.setdefault(node_id, set())
            add(item)
            if node_id == centre_id:
                self._move_rings(QPointF(x, y))
            if extent is not None:
                half_w, half_h, _ = item.outline()
                extent = (min(extent[0], x - half_w), min(extent[1], y - half_h), max(extent[2], x + half_w),
                          max(extent[3], y + half_h))
        self._extent.value = extent
        self._schedule_content_changed()

    def _on_node_removed(self, node_id: str) -> None:
        item = self._nodes.pop(node_id, None)
        if item is not None:
            self._extent.changed(box(item), None)
        self._caching.recheck()
        self._edges_at.pop(node_id, None)
        if item is not None:
            self._remove_item(item)
        self._schedule_content_changed()

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        item = self._nodes[node_id]
        data = self.document.node(node_id)
        old_outline, old_box = item.outline(), box(item)
        self._apply_node_content(item, data)
        if item.outline() != old_outline:  # another kind, or a name that needs more room
            self._extent.changed(old_box, box(item))
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
        self._make_edge_items(((edge_id, (source, target)),), {source: {target: data}})

    def _make_edge_items(self, edges: Iterable[tuple[str, tuple[str, str]]], adjacency=None) -> None:
        """Make the items of *edges* (id, (source, target)), their attributes read from *adjacency*
        (source -> target -> attributes; the map's own when None); a whole map comes here at once.
        Each pair is kept as given (no new object per line for Python's cycle collector)."""
        adjacency = self.document.graph_view().adj if adjacency is None else adjacency
        nodes, table, edge_ends, edges_at, add = self._nodes, self._edges, self._edge_ends, self._edges_at, \
            self.addItem
        restyle = self._variant is not style.STANDARD
        places: dict[str, Place] = {}  # each end's, read once per node (the centre ends thousands of lines)
        layer, made = self._lines, []
        for edge_id, pair in edges:
            source, target = pair
            data = adjacency[source][target]
            a = places.get(source) or places.setdefault(source, place(nodes[source]))
            b = places.get(target) or places.setdefault(target, place(nodes[target]))
            item = EdgeItem(edge_id, data["strength"], data["flow"], data["colour"], (*a, *b), layer)
            made.append(item)
            edge_ends[edge_id] = pair
            edges_at[source].add(edge_id)
            edges_at[target].add(edge_id)
            table[edge_id] = item
            if restyle:
                self._style_edge(item)
            add(item)
        layer.adopt(made)

    def _on_edge_removed(self, edge_id: str) -> None:
        item = self._edges.pop(edge_id, None)
        ends = self._edge_ends.pop(edge_id, ())
        for node_id in ends:
            self._edges_at.get(node_id, set()).discard(edge_id)
        if item is not None:
            self._lines.release(item)
            self._remove_item(item)

    def _remove_item(self, item: NodeItem | EdgeItem) -> None:
        self.removeItem(item)

    def _on_lines_selected(self) -> None:
        self._lines.selection_changed({item for item in self.selectedItems() if type(item) is EdgeItem})

    def _on_edge_changed(self, edge_id: str, keys: list) -> None:
        data = self.document.edge(edge_id)
        self._edges[edge_id].set_style(data["strength"], data["flow"], data["colour"])

    def _on_meta_changed(self, key: str) -> None:
        if key == "legend":
            legend = self.document.meta("legend")
            entries = [(e["key"], labels.legend_label(e["key"], e["label"], self._legend_parent_words))
                       for e in legend]
            self._legend.set_entries(_tr("MapScene", "Legend"), entries)
            self.legend_changed.emit()

    # ----- helpers ------------------------------------------------------------------------------

    def _shown_values(self, data: dict) -> tuple[str, str, list[str], str]:
        """What a node's item shows of its attributes: the label, the fill, the household's lines and
        the placeholder (a new map says what goes in the middle; never saved or printed)."""
        members = data.get("household")
        return (data["label"], self._variant.fill(data["category"]),
                [labels.household_line(m) for m in members] if members else [],
                _tr("MapScene", "The family's name") if data["kind"] == "centre" else "")

    def _apply_node_content(self, item: NodeItem, data: dict) -> None:
        label, fill, household, placeholder = self._shown_values(data)
        item.set_kind(data["kind"])
        if placeholder:
            item.set_placeholder(placeholder)
        item.set_content(label, fill, household)

    def _refresh_edge(self, edge_id: str) -> None:
        source, target = self._edge_ends[edge_id]
        self._edges[edge_id].set_ends(*place(self._nodes[source]), *place(self._nodes[target]))

    def _schedule_content_changed(self) -> None:
        # Many signals arrive together (an Arrange moves every node): tell views once, afterwards.
        if not self._content_pending:
            self._content_pending = True
            QTimer.singleShot(0, self._emit_content_changed)

    def _emit_content_changed(self) -> None:
        self._content_pending = False
        self.content_changed.emit()

