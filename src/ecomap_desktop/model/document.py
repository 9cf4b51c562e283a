"""The eco-map document: the one holder of map data.

It wraps a networkx DiGraph (nodes = the centre, people and groups; edges = connections, each with a
stable id) plus the map's metadata in the graph attributes. Every change goes through a method here,
is validated, and is announced by a fine-grained signal. Callers get copies, never live data.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

import networkx as nx

# Before Qt's first import: PySide then reads the source of none of the modules imported after it.
from .. import pyside_sources  # noqa: F401
from PySide6.QtCore import QObject, Signal

from .ids import random_id
from .vocabulary import (
    CENTRE_KIND,
    EDGE_DEFAULTS,
    MAX_EDGES,
    MAX_NODES,
    META_DEFAULTS,
    NODE_DEFAULTS,
    ModelError,
    check_edge_value,
    check_meta_value,
    check_node_value,
    default_legend,
)
from .visits import (
    PER_VISIT_FIELDS,
    PastMap,
    RemovedVisit,
    Visit,
    VisitList,
    new_visit_id,
    today,
)


def new_id() -> str:
    """A fresh stable id for a node or connection."""
    return random_id()


_IMMUTABLE = (str, int, float, bool, type(None))


def clone(value: Any) -> Any:
    """A deep copy of the plain JSON-like values the model holds (dicts, lists, text, numbers).

    Quicker than copy.deepcopy (which matters when a 5,000-node map is drawn, listed or saved);
    anything else falls back to copy.deepcopy.
    """
    if isinstance(value, _IMMUTABLE):
        return value
    if type(value) is dict:
        return {k: v if isinstance(v, _IMMUTABLE) else clone(v) for k, v in value.items()}
    if type(value) is list:
        return [v if isinstance(v, _IMMUTABLE) else clone(v) for v in value]
    return copy.deepcopy(value)


def copy_graph(graph: nx.DiGraph) -> nx.DiGraph:
    """A deep copy of a map's graph (attributes cloned), unfrozen even when *graph* is frozen."""
    out = nx.DiGraph()
    out.graph.update(clone(graph.graph))
    out.add_nodes_from((n, clone(d)) for n, d in graph.nodes(data=True))
    out.add_edges_from((u, v, clone(d)) for u, v, d in graph.edges(data=True))
    return out


def now_iso() -> str:
    """The current time in UTC, to the second, as ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Document(QObject):
    """The map: centre, people, groups, connections and metadata."""

    # A node (centre, person or group) was added; its id.
    node_added = Signal(str)
    # A node was removed; its id.
    node_removed = Signal(str)
    # Some of a node's attributes other than its position changed; its id and the changed keys.
    node_changed = Signal(str, list)
    # A node moved; its id and new x, y.
    node_moved = Signal(str, float, float)
    # A connection was added; its id.
    edge_added = Signal(str)
    # A connection was removed; its id.
    edge_removed = Signal(str)
    # Some of a connection's attributes changed; its id and the changed keys.
    edge_changed = Signal(str, list)
    # A map-level field (title, legend, notes, commitment...) changed; its key.
    meta_changed = Signal(str)
    # The whole map was replaced (a file was loaded); listeners rebuild from scratch.
    reset = Signal()
    # Many changes come as one (deleting a big selection): the signals above still come one by one
    # in between, but listeners may leave work that only the result needs (the selection) until
    # batch_finished.
    batch_started = Signal()
    batch_finished = Signal()
    # The list of visits changed: one started or removed, a date or label edited, a map opened.
    visits_changed = Signal()

    def __init__(self, centre_label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._graph = nx.DiGraph()
        self._edge_ends: dict[str, tuple[str, str]] = {}
        self._centre = ""
        self._batch_depth = 0
        self._visits = VisitList([Visit(new_visit_id(), today(), "")], {})
        self._init_new(centre_label)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make the changes inside one batch (batch_started before, batch_finished after; nests)."""
        self._batch_depth += 1
        if self._batch_depth == 1:
            self.batch_started.emit()
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self.batch_finished.emit()

    # ----- construction -------------------------------------------------------------------

    def _init_new(self, centre_label: str) -> None:
        stamp = now_iso()
        meta = copy.deepcopy(META_DEFAULTS)
        meta.update(created=stamp, modified=stamp, legend=default_legend())
        self._graph.graph.update(meta)
        self._centre = new_id()
        attrs = dict(NODE_DEFAULTS, label=check_node_value("label", centre_label), kind=CENTRE_KIND)
        attrs["category"] = "family"
        self._graph.add_node(self._centre, **copy.deepcopy(attrs))

    def replace_graph(self, graph: nx.DiGraph, visits: VisitList | None = None) -> None:
        """Take a validated graph (from the loader) as the whole map and announce a reset.

        *visits* are the map's visits (the last being *graph*'s, the past ones with their maps);
        without them the map has one visit, dated today.
        """
        if visits is None:
            visits = VisitList([Visit(new_visit_id(), today(), "")], {})
        self._install(graph)
        self._visits = visits
        self.reset.emit()
        self.visits_changed.emit()

    def _install(self, graph: nx.DiGraph) -> None:
        """Make *graph* the live map (the caller emits reset)."""
        centres = [n for n, d in graph.nodes(data=True) if d.get("kind") == CENTRE_KIND]
        if len(centres) != 1:
            raise ModelError("a map has exactly one centre")
        self._graph = graph
        self._centre = centres[0]
        self._edge_ends = {d["id"]: (u, v) for u, v, d in graph.edges(data=True)}

    def graph_copy(self) -> nx.DiGraph:
        """A deep copy of the underlying graph, for I/O and analysis."""
        return copy.deepcopy(self._graph)

    def graph_view(self) -> nx.DiGraph:
        """A read-only view of the graph, for code that only reads (analysis, export): no copy.

        networkx refuses structural changes through it; callers must not change attribute values.
        """
        return self._graph.copy(as_view=True)

    # ----- visits -------------------------------------------------------------------------

    def visits(self) -> list[Visit]:
        """Every visit, oldest first; the last is the current one (the live map)."""
        return self._visits.visits()

    def visit_count(self) -> int:
        return self._visits.count()

    def current_visit(self) -> Visit:
        return self._visits.current()

    def visit_index(self, visit_id: str) -> int:
        return self._visits.index(visit_id)

    def visit_graph(self, visit_id: str) -> nx.DiGraph:
        """The map of that visit, read-only (the current one: a view of the live map)."""
        if visit_id == self._visits.current().id:
            return self.graph_view()
        return self._visits.past_map(visit_id).graph()

    def as_at_visit(self, visit_id: str) -> Document:
        """The map as it was at visit *visit_id*, with the visits before it: a new document for a past
        visit (to export what it showed), this one for the current visit."""
        if visit_id == self._visits.current().id:
            return self
        doc = Document()
        doc.replace_graph(copy_graph(self._visits.past_map(visit_id).graph()), self._visits.up_to(visit_id))
        return doc

    def past_visits(self) -> list[tuple[Visit, PastMap]]:
        """Every past visit with its map, oldest first (for the file writer)."""
        return self._visits.past_maps()

    def start_visit(self, date: str, label: str = "", visit_id: str | None = None) -> str:
        """Keep the live map as a past visit and go on with a copy of it (same ids) as a new visit.

        The new visit's own fields (notes, reflection, commitment, steps) start empty.
        """
        visit = self._visits.start(date, label, visit_id, copy_graph(self._graph))
        with self.batch():
            for key in PER_VISIT_FIELDS:
                self.set_meta(key, META_DEFAULTS[key])
        self.visits_changed.emit()
        return visit.id

    def undo_start_visit(self, visit_id: str) -> None:
        """The exact inverse of start_visit: the visit before it is current again, with its map."""
        if visit_id != self._visits.current().id:
            raise ModelError("only the current visit can be taken back")
        self.remove_visit(visit_id)

    def remove_visit(self, visit_id: str) -> RemovedVisit:
        """Remove a visit (not the only one); removing the current one makes the visit before it live."""
        token = self._visits.remove(visit_id, self._graph)
        if token.previous_past is not None:
            self._install(copy_graph(token.previous_past.graph()))
            self.reset.emit()
        self.visits_changed.emit()
        return token

    def restore_visit(self, token: RemovedVisit) -> None:
        """Put back a visit remove_visit removed (undo)."""
        self._visits.restore(token)
        if token.live is not None:
            self._install(token.live)
            self.reset.emit()
        self.visits_changed.emit()

    def set_visit(self, visit_id: str, *, date: str | None = None, label: str | None = None) -> None:
        """Change a visit's date and/or label; dates stay in order (the same day is allowed)."""
        if self._visits.change(visit_id, date, label):
            self.visits_changed.emit()

    # ----- reading ------------------------------------------------------------------------

    @property
    def centre_id(self) -> str:
        return self._centre

    def node_ids(self) -> list[str]:
        return list(self._graph.nodes)

    def edge_ids(self) -> list[str]:
        return list(self._edge_ends)

    def node_count(self) -> int:
        return self._graph.number_of_nodes()

    def edge_count(self) -> int:
        return len(self._edge_ends)

    def has_node(self, node_id: str) -> bool:
        return node_id in self._graph

    def has_edge(self, edge_id: str) -> bool:
        return edge_id in self._edge_ends

    def node(self, node_id: str) -> dict[str, Any]:
        """A copy of the node's attributes, with its id under "id"."""
        self._require_node(node_id)
        data = clone(self._graph.nodes[node_id])
        data["id"] = node_id
        return data

    def node_position(self, node_id: str) -> tuple[float, float]:
        self._require_node(node_id)
        d = self._graph.nodes[node_id]
        return d["x"], d["y"]

    def edge(self, edge_id: str) -> dict[str, Any]:
        """A copy of the connection's attributes with "id", "source" and "target"."""
        u, v = self._require_edge(edge_id)
        data = clone(self._graph.edges[u, v])
        data["source"], data["target"] = u, v
        return data

    def edge_ends(self, edge_id: str) -> tuple[str, str]:
        return self._require_edge(edge_id)

    def edges_of(self, node_id: str) -> list[str]:
        """Ids of every connection that touches the node."""
        self._require_node(node_id)
        g = self._graph
        return [g.edges[u, v]["id"] for u, v in list(g.out_edges(node_id)) + list(g.in_edges(node_id))]

    def edge_between(self, a: str, b: str) -> str | None:
        """The id of the connection joining a and b in either direction, if there is one."""
        g = self._graph
        if g.has_edge(a, b):
            return g.edges[a, b]["id"]
        if g.has_edge(b, a):
            return g.edges[b, a]["id"]
        return None

    def meta(self, key: str) -> Any:
        if key not in META_DEFAULTS:
            raise ModelError(f"unknown map field {key!r}")
        return clone(self._graph.graph.get(key, META_DEFAULTS[key]))

    # ----- changing -----------------------------------------------------------------------

    def add_node(self, attrs: Mapping[str, Any], node_id: str | None = None) -> str:
        """Add a person or group; missing attributes take their defaults. Returns the id."""
        if self._graph.number_of_nodes() >= MAX_NODES:
            raise ModelError(f"a map holds at most {MAX_NODES} people and groups")
        node_id = node_id or new_id()
        if node_id in self._graph:
            raise ModelError("that id is already in the map")
        full = copy.deepcopy(NODE_DEFAULTS)
        for key, value in attrs.items():
            full[key] = check_node_value(key, value)
        if full["kind"] == CENTRE_KIND:
            raise ModelError("a map has only one centre")
        self._graph.add_node(node_id, **full)
        self.node_added.emit(node_id)
        return node_id

    def remove_node(self, node_id: str) -> None:
        """Remove a person or group that has no connections left (remove those first)."""
        self._require_node(node_id)
        if node_id == self._centre:
            raise ModelError("the centre cannot be removed")
        if self._graph.degree(node_id):
            raise ModelError("remove the node's connections first")
        self._graph.remove_node(node_id)
        self.node_removed.emit(node_id)

    def set_node(self, node_id: str, changes: Mapping[str, Any]) -> None:
        """Change some attributes of a node (not its position: see move_nodes)."""
        self._require_node(node_id)
        checked = {}
        for key, value in changes.items():
            if key in ("x", "y"):
                raise ModelError("use move_nodes to change a position")
            checked[key] = check_node_value(key, value)
        data = self._graph.nodes[node_id]
        if "kind" in checked and (checked["kind"] == CENTRE_KIND) != (node_id == self._centre):
            raise ModelError("the centre's kind cannot change, and only the centre is the centre")
        changed = [k for k, v in checked.items() if data.get(k) != v]
        if not changed:
            return
        for key in changed:
            data[key] = copy.deepcopy(checked[key])
        self.node_changed.emit(node_id, changed)

    def move_nodes(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Move several nodes at once; validates all before changing any."""
        checked = {}
        for node_id, (x, y) in positions.items():
            self._require_node(node_id)
            checked[node_id] = (check_node_value("x", x), check_node_value("y", y))
        for node_id, (x, y) in checked.items():
            data = self._graph.nodes[node_id]
            if (data["x"], data["y"]) == (x, y):
                continue
            data["x"], data["y"] = x, y
            self.node_moved.emit(node_id, x, y)

    def add_edge(
        self, source: str, target: str, attrs: Mapping[str, Any] | None = None, edge_id: str | None = None
    ) -> str:
        """Connect two nodes; at most one connection joins any pair. Returns the connection id."""
        self._require_node(source)
        self._require_node(target)
        if source == target:
            raise ModelError("a connection joins two different nodes")
        if self.edge_between(source, target) is not None:
            raise ModelError("these two are already connected")
        if len(self._edge_ends) >= MAX_EDGES:
            raise ModelError(f"a map holds at most {MAX_EDGES} connections")
        edge_id = edge_id or new_id()
        if edge_id in self._edge_ends:
            raise ModelError("that connection id is already in the map")
        full = copy.deepcopy(EDGE_DEFAULTS)
        for key, value in (attrs or {}).items():
            full[key] = check_edge_value(key, value)
        self._graph.add_edge(source, target, id=edge_id, **full)
        self._edge_ends[edge_id] = (source, target)
        self.edge_added.emit(edge_id)
        return edge_id

    def remove_edge(self, edge_id: str) -> None:
        u, v = self._require_edge(edge_id)
        self._graph.remove_edge(u, v)
        del self._edge_ends[edge_id]
        self.edge_removed.emit(edge_id)

    def set_edge(self, edge_id: str, changes: Mapping[str, Any]) -> None:
        u, v = self._require_edge(edge_id)
        checked = {}
        for key, value in changes.items():
            if key in ("id", "source", "target"):
                raise ModelError("a connection's ends cannot change")
            checked[key] = check_edge_value(key, value)
        data = self._graph.edges[u, v]
        changed = [k for k, val in checked.items() if data.get(k) != val]
        if not changed:
            return
        for key in changed:
            data[key] = copy.deepcopy(checked[key])
        self.edge_changed.emit(edge_id, changed)

    def set_meta(self, key: str, value: Any) -> None:
        value = check_meta_value(key, value)
        if self._graph.graph.get(key) == value:
            return
        self._graph.graph[key] = copy.deepcopy(value)
        self.meta_changed.emit(key)

    # ----- helpers ------------------------------------------------------------------------

    def _require_node(self, node_id: str) -> None:
        if node_id not in self._graph:
            raise ModelError("no such person or group in the map")

    def _require_edge(self, edge_id: str) -> tuple[str, str]:
        try:
            return self._edge_ends[edge_id]
        except (KeyError, TypeError):
            raise ModelError("no such connection in the map") from None

    def nodes_data(self) -> Iterable[tuple[str, dict[str, Any]]]:
        """Copies of (id, attributes) for every node, in map order."""
        for node_id, data in self._graph.nodes(data=True):
            yield node_id, clone(data)
