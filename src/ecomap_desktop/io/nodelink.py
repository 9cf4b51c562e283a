"""One map as node-link data and back: the canonical data the writer saves, and the strict checks the
loader makes on every map a file holds (the current visit's and each past visit's alike).

Every refusal names the file and the place (visit 2, person or group 3, connection 7, map details)
and never repeats text from the file, since that text is a family's personal information.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import networkx as nx

from ..i18n import translate as _tr
from ..model.document import clone
from ..model.vocabulary import (
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
    has_control,
    is_encodable,
)
from .errors import MapFileError, fill

MAX_ID = 64

#: A place in a file, in words ("visit 2"), or a function giving it (so a valid file's thousands of
#: places are never put into words).
Place = str | Callable[[], str]


def graph_to_map_data(graph: nx.DiGraph) -> dict[str, Any]:
    """One map as node-link data in a canonical order (equal maps give equal data).

    {"directed", "multigraph", "graph", "nodes", "edges"}: networkx.node_link_graph(data,
    edges="edges") reads it back. The centre comes first, then the other nodes by id, then the
    connections by id; every field is written, defaults included.
    """
    meta = {key: clone(graph.graph.get(key, default)) for key, default in META_DEFAULTS.items()}
    centre = next((n for n, d in graph.nodes(data=True) if d.get("kind") == CENTRE_KIND), None)
    nodes = []
    for node_id in sorted(graph.nodes, key=lambda n: (n != centre, n)):
        data = graph.nodes[node_id]
        entry = {"id": node_id}
        entry.update({key: clone(data.get(key, NODE_DEFAULTS[key])) for key in NODE_DEFAULTS})
        nodes.append(entry)
    edges = []
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: e[2]["id"]):
        entry = {"source": source, "target": target, "id": data["id"]}
        entry.update({key: clone(data.get(key, EDGE_DEFAULTS[key])) for key in EDGE_DEFAULTS})
        edges.append(entry)
    return {"directed": True, "multigraph": False, "graph": meta, "nodes": nodes, "edges": edges}


def invalid(name: str, where: Place, problem: str) -> MapFileError:
    """The refusal of file *name*: *problem* at *where* (both already translated, neither ever holding
    text from the file)."""
    if callable(where):
        where = where()
    if where:
        text = _tr("MapFile", "“%1” is not a valid eco-map file (%2): %3.")
        return MapFileError(fill(text, name, where, problem))
    return MapFileError(fill(_tr("MapFile", "“%1” is not a valid eco-map file: %2."), name, problem))


def not_a_map(name: str) -> MapFileError:
    """A file that is not an eco-map at all (a text file, a picture) or is too damaged to tell: one
    plain sentence, with no line and column numbers that mean nothing to its reader."""
    return MapFileError(fill(_tr("MapFile", "“%1” is not an eco-map, or it is damaged."), name))


def visit_place(number: int) -> str:
    return fill(_tr("MapFile", "visit %1"), str(number))


def _within(within: Place, place: str) -> str:
    """*place* inside *within* ("visit 2, person or group 3"); *place* alone when *within* is empty."""
    outer = within() if callable(within) else within
    if not outer:
        return place
    return fill(_tr("MapFile", "%1, %2", "a place inside another: visit 2, person or group 3"), outer, place)


def _person_or_group(within: Place, index: int) -> str:
    return _within(within, fill(_tr("MapFile", "person or group %1"), str(index)))


def _connection(within: Place, index: int) -> str:
    return _within(within, fill(_tr("MapFile", "connection %1"), str(index)))


def _map_details(within: Place) -> str:
    return _within(within, _tr("MapFile", "map details"))


def _bad_id(value: Any) -> bool:
    return (not isinstance(value, str) or not 0 < len(value) <= MAX_ID or not is_encodable(value)
            or has_control(value))


def map_data_to_graph(data: dict[str, Any], name: str, within: Place = "") -> nx.DiGraph:
    """Check one map's node-link data ("graph", "nodes", "edges") and build its graph.

    Raises MapFileError naming *name* and the place, inside *within* (a visit) when given. The caller
    checks which other keys *data* may have.
    """
    if data.get("directed", True) is not True or data.get("multigraph", False) is not False:
        raise invalid(name, within, _tr("MapFile", "its graph type is wrong"))
    graph = nx.DiGraph()
    graph.graph.update(_check_meta(data.get("graph", {}), name, within))
    _add_nodes(graph, data.get("nodes"), name, within)
    _add_edges(graph, data.get("edges", []), name, within)
    return graph


def _check_meta(meta_in: Any, name: str, within: Place) -> dict[str, Any]:
    where = partial(_map_details, within)
    if not isinstance(meta_in, dict):
        raise invalid(name, where, _tr("MapFile", "they are not an object"))
    meta = {}
    for key, value in meta_in.items():
        if key not in META_DEFAULTS:
            raise invalid(name, where, _tr("MapFile", "there is an unknown field"))
        try:
            meta[key] = check_meta_value(key, value)
        except ModelError as exc:
            raise invalid(name, where, str(exc)) from None
    return {key: meta.get(key, default) for key, default in META_DEFAULTS.items()}


def _add_nodes(graph: nx.DiGraph, nodes: Any, name: str, within: Place) -> None:
    if not isinstance(nodes, list):
        raise invalid(name, within, _tr("MapFile", "the list of people and groups is missing"))
    if len(nodes) > MAX_NODES:
        raise invalid(name, within, fill(_tr("MapFile", "it has more than %1 people and groups"),
                                         str(MAX_NODES)))
    centres = 0
    for index, node in enumerate(nodes, start=1):
        where = partial(_person_or_group, within, index)
        if not isinstance(node, dict):
            raise invalid(name, where, _tr("MapFile", "it is not an object"))
        node_id = node.get("id")
        if _bad_id(node_id):
            raise invalid(name, where, _tr("MapFile", "its id is missing or wrong"))
        if node_id in graph:
            raise invalid(name, where, _tr("MapFile", "its id is used twice"))
        if "label" not in node or "kind" not in node:
            raise invalid(name, where, _tr("MapFile", "its label or kind is missing"))
        attrs = dict(NODE_DEFAULTS)
        for key, value in node.items():
            if key == "id":
                continue
            if key not in NODE_DEFAULTS:  # never repeat the file's own text, even a field name
                raise invalid(name, where, _tr("MapFile", "there is an unknown field"))
            try:
                attrs[key] = check_node_value(key, value)
            except ModelError as exc:
                raise invalid(name, where, str(exc)) from None
        if attrs["kind"] == CENTRE_KIND:
            centres += 1
        graph.add_node(node_id, **attrs)
    if centres != 1:
        raise invalid(name, within, _tr("MapFile", "it must have exactly one centre"))


def _add_edges(graph: nx.DiGraph, edges: Any, name: str, within: Place) -> None:
    if not isinstance(edges, list):
        raise invalid(name, within, _tr("MapFile", "the list of connections is wrong"))
    if len(edges) > MAX_EDGES:
        raise invalid(name, within, fill(_tr("MapFile", "it has more than %1 connections"), str(MAX_EDGES)))
    edge_ids = set()
    for index, edge in enumerate(edges, start=1):
        where = partial(_connection, within, index)
        if not isinstance(edge, dict):
            raise invalid(name, where, _tr("MapFile", "it is not an object"))
        source, target, edge_id = edge.get("source"), edge.get("target"), edge.get("id")
        if _bad_id(edge_id) or edge_id in edge_ids:
            raise invalid(name, where, _tr("MapFile", "its id is missing, wrong or used twice"))
        if not isinstance(source, str) or not isinstance(target, str):
            raise invalid(name, where, _tr("MapFile", "its ends are missing"))
        if source not in graph or target not in graph:
            raise invalid(name, where, _tr("MapFile", "it joins a person or group that is not in the map"))
        if source == target:
            raise invalid(name, where, _tr("MapFile", "it joins a node to itself"))
        if graph.has_edge(source, target) or graph.has_edge(target, source):
            raise invalid(name, where, _tr("MapFile", "the same two are connected twice"))
        attrs = dict(EDGE_DEFAULTS)
        for key, value in edge.items():
            if key in ("source", "target", "id"):
                continue
            if key not in EDGE_DEFAULTS:
                raise invalid(name, where, _tr("MapFile", "there is an unknown field"))
            try:
                attrs[key] = check_edge_value(key, value)
            except ModelError as exc:
                raise invalid(name, where, str(exc)) from None
        edge_ids.add(edge_id)
        graph.add_edge(source, target, id=edge_id, **attrs)
