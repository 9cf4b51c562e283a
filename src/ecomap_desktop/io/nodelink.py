"""One map as node-link data and back: the canonical data the writer saves, and the strict checks the
loader makes on every map a file holds (the current visit's and each past visit's alike).

Every refusal names the file and the place (visit 2, person or group 3, connection 7, map details)
and never repeats text from the file, since that text is a family's personal information.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from operator import itemgetter
from typing import Any

import networkx as nx

from ..i18n import translate as _tr
from ..model.document import clone
from ..model.vocabulary import (
    CENTRE_KIND,
    EDGE_CHECKS,
    EDGE_DEFAULTS,
    MAX_EDGES,
    MAX_NODES,
    META_DEFAULTS,
    NODE_CHECKS,
    NODE_DEFAULTS,
    ModelError,
    check_meta_value,
    has_control,
    is_encodable,
)
from .bulkcheck import MAX_ID, edge_values, node_values
from .errors import MapFileError, fill

_first, _third = itemgetter(0), itemgetter(2)
_id_of, _kind_of, _source_of, _target_of = itemgetter("id"), itemgetter("kind"), itemgetter("source"), \
    itemgetter("target")

# A place in a file, in words ("visit 2"), or a function giving it (so a valid file's thousands of
# places are never put into words).
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
    if type(value) is str and 0 < len(value) <= MAX_ID and value.isascii():  # every id the app makes
        return has_control(value)
    return (not isinstance(value, str) or not 0 < len(value) <= MAX_ID or not is_encodable(value)
            or has_control(value))


# id -> its versions, newest first: (the entry as in the file, its checked values, whether its
# position is 0 or 1 somewhere).
_Known = dict[str, list[tuple[dict[str, Any], dict[str, Any], bool]]]
_VERSIONS_KEPT = 4


class Checked:
    """The people, groups and connections already checked in earlier maps of one file, by id.

    Visits are mostly copies of each other: an entry equal to one already checked (same id, same
    values) gets the same result without being checked again, so a file of many visits opens about
    as fast as one. Only for frozen maps: their graphs share these checked values.
    """

    __slots__ = ("nodes", "edges", "nodes_seen", "edges_seen", "alive", "meta", "texts", "edge_ends")

    def __init__(self) -> None:
        self.nodes: _Known = {}
        self.edges: _Known = {}
        # id() of an entry object checked before -> its checked values. A file's reader gives an entry
        # a visit repeats from the visit before as the very same object (see jsonread): found here
        # at once. The entries are kept alive (alive) while this is, so no other takes their id().
        self.nodes_seen: dict[int, dict[str, Any]] = {}
        self.edges_seen: dict[int, dict[str, Any]] = {}
        self.alive: list[Any] = []
        self.meta: dict[str, tuple[Any, Any]] = {}  # field -> (as in the file, checked)
        # For writing: id() of checked values -> (those values, their entry on one line, UTF-8). The
        # same checked values (the same object) always come from the same entry, ends included; they
        # are kept here, so no other object takes their id() meanwhile.
        self.texts: dict[int, tuple[dict[str, Any], bytes]] = {}
        # The last map's connections (sources, targets, ids), once found sound.
        self.edge_ends: tuple[list[str], list[str], list[str]] | None = None

    def done_reading(self) -> None:
        """Let go of the file's entries once every map is checked (only texts is used after)."""
        for table in (self.nodes, self.edges, self.nodes_seen, self.edges_seen, self.meta):
            table.clear()
        self.alive.clear()
        self.edge_ends = None


class MapParts:
    """One map's checked contents, ready to become a graph (build_graph).

    A plain class, not a dataclass whose generated methods were compiled at every start (issue 18)."""

    __slots__ = ("meta", "nodes", "edges", "checked")

    def __init__(self, meta: dict[str, Any], checked: Checked | None = None) -> None:
        self.meta = meta
        self.nodes: list[tuple[str, dict[str, Any]]] = []
        self.edges: list[tuple[str, str, str, dict[str, Any]]] = []  # source, target, id
        self.checked = checked  # shared with the file's other maps


# json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")), its encoder made once:
# a file of many visits writes hundreds of entries this way.
_one_line = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def one_line(data: Any) -> str:
    """*data* as JSON on one line without spaces, as the file holds a past visit's map (the standard
    library's C encoder: quick)."""
    return _one_line(data)


def parts_to_bytes(parts: MapParts) -> bytes:
    """one_line(graph_to_map_data(build_graph(parts))) in UTF-8, without building the graph: made from
    the bytes of each person, group and connection, made once for all the maps of a file that share
    them (see Checked.texts)."""
    texts = parts.checked.texts if parts.checked is not None else {}
    get = texts.get
    nodes = []
    for node_id, attrs in _sorted_nodes(parts):
        hit = get(id(attrs))
        if hit is None or hit[0] is not attrs:
            hit = texts[id(attrs)] = (attrs, one_line({"id": node_id, **attrs}).encode("utf-8"))
        nodes.append(hit[1])
    edges = []
    for u, v, edge_id, attrs in _sorted_edges(parts):
        hit = get(id(attrs))
        if hit is None or hit[0] is not attrs:
            entry = {"source": u, "target": v, "id": edge_id, **attrs}
            hit = texts[id(attrs)] = (attrs, one_line(entry).encode("utf-8"))
        edges.append(hit[1])
    return b"".join((b'{"directed":true,"multigraph":false,"graph":', one_line(parts.meta).encode("utf-8"),
                     b',"nodes":[', b",".join(nodes), b'],"edges":[', b",".join(edges), b"]}"))


def _sorted_nodes(parts: MapParts) -> list[tuple[str, dict[str, Any]]]:
    """The centre first, then the others by id (the writer's order)."""
    nodes = sorted(parts.nodes, key=_first)  # ids are unique: only they are compared
    centre = next(index for index, (_, attrs) in enumerate(nodes) if attrs["kind"] == CENTRE_KIND)
    if centre:
        nodes.insert(0, nodes.pop(centre))
    return nodes


def _sorted_edges(parts: MapParts) -> list[tuple[str, str, str, dict[str, Any]]]:
    return sorted(parts.edges, key=_third)


def build_graph(parts: MapParts, *, own_values: bool = False) -> nx.DiGraph:
    """The graph of a checked map (connections carry their "id" first, then their fields).

    With *own_values*, the graph gets its own copy of every value: for a map that will be edited,
    whose parts share values with frozen maps (see Checked).
    """
    graph = nx.DiGraph()
    if own_values:
        graph.graph.update(clone(parts.meta))
        _add_nodes(graph, [(node_id, clone(attrs)) for node_id, attrs in parts.nodes])
        graph.add_edges_from((u, v, {"id": edge_id, **clone(attrs)}) for u, v, edge_id, attrs in parts.edges)
    else:
        graph.graph.update(parts.meta)
        _add_nodes(graph, parts.nodes)
        graph.add_edges_from((u, v, {"id": edge_id, **attrs}) for u, v, edge_id, attrs in parts.edges)
    return graph


def _add_nodes(graph: nx.DiGraph, nodes: list[tuple[str, dict[str, Any]]]) -> None:
    """graph.add_nodes_from(nodes), each (id, attributes), the same nodes with the same attributes in
    the same order: given the ids alone, then each one's attributes. (Given pairs, networkx first
    tries each pair as a node, and hashing its attributes raises a TypeError it catches: a map's
    thousands of nodes each cost an exception.)"""
    graph.add_nodes_from(node_id for node_id, _attrs in nodes)
    attributes = graph.nodes
    for node_id, attrs in nodes:
        attributes[node_id].update(attrs)


def map_data_to_graph(data: dict[str, Any], name: str, within: Place = "") -> nx.DiGraph:
    """Check one map's node-link data ("graph", "nodes", "edges") and build its graph.

    Raises MapFileError naming *name* and the place, inside *within* (a visit) when given. The caller
    checks which other keys *data* may have.
    """
    return build_graph(check_map_data(data, name, within))


def check_map_data(data: dict[str, Any], name: str, within: Place = "",
                   checked: Checked | None = None) -> MapParts:
    """Check one map's node-link data without building its graph (see map_data_to_graph).

    With *checked*, entries equal to ones checked before in the same file are not checked again (the
    result is the same), and the parts share their checked values.
    """
    if data.get("directed", True) is not True or data.get("multigraph", False) is not False:
        raise invalid(name, within, _tr("MapFile", "its graph type is wrong"))
    parts = MapParts(_check_meta(data.get("graph", {}), name, within, checked), checked=checked)
    node_ids = _check_nodes(parts, data.get("nodes"), name, within, checked)
    _check_edges(parts, node_ids, data.get("edges", []), name, within, checked)
    return parts


def _checked_values(entries: list[Any], check: Callable[[Any, int], dict[str, Any]],
                    at_once: Callable[[list[Any]], list[dict[str, Any]] | None],
                    known: _Known | None = None, seen: dict[int, dict[str, Any]] | None = None,
                    alive: list[Any] | None = None) -> list[dict[str, Any]]:
    """The checked values of each entry: check(entry, number), unless it is one checked before (the
    same object, found in *seen*) or equals one (in *known*). *at_once* checks every entry of a map
    together when it can (bulkcheck: the same values, quicker), for a file's first map."""
    if known is None or seen is None or alive is None:
        values = at_once(entries)
        return values if values is not None else [check(entry, index) for index, entry in
                                                  enumerate(entries, start=1)]
    if not seen:  # the file's first map: nothing checked before to compare its entries with
        values = at_once(entries)
        if values is not None:
            check = partial(_nth, values)
    out = list(map(seen.get, map(id, entries)))  # the very objects checked before: their values
    find = out.index  # each entry not seen before, found in C (a visit changes a few of many)
    at = -1
    while True:
        try:
            at = find(None, at + 1)
        except ValueError:
            return out
        entry = entries[at]
        seen[id(entry)] = out[at] = _checked_value(entry, at + 1, known, check)
        alive.append(entry)


def _nth(values: list[dict[str, Any]], _entry: Any, index: int) -> dict[str, Any]:
    """Entry number *index*'s values, already checked (with the others, at once)."""
    return values[index - 1]


def _checked_value(entry: Any, index: int, known: _Known, check: Callable[[Any, int], dict[str, Any]]
                   ) -> dict[str, Any]:
    """The checked values of *entry*, number *index*: those of an equal entry checked before, else
    check(entry, index).

    Equality in Python is not exact about numbers (True == 1 == 1.0): an entry equal to one whose
    position is 0 or 1 is checked again if its own position is true or false (the check refuses it),
    so a hit gives what checking it would. Every other valid value is text, null, or lists and
    objects of text, where equality is exact.
    """
    versions = None
    if type(entry) is dict:
        entry_id = entry.get("id")
        if type(entry_id) is str:
            versions = known.get(entry_id)
    if versions is not None:
        for raw, attrs, ambiguous in versions:
            if (raw is entry or raw == entry) and not (
                    ambiguous and (type(entry.get("x")) is bool or type(entry.get("y")) is bool)):
                return attrs
    attrs = check(entry, index)
    version = (entry, attrs, attrs.get("x") in (0.0, 1.0) or attrs.get("y") in (0.0, 1.0))
    if versions is None:
        known[entry["id"]] = [version]
    else:
        versions.insert(0, version)
        del versions[_VERSIONS_KEPT:]
    return attrs


def _check_meta(meta_in: Any, name: str, within: Place, checked: Checked | None = None) -> dict[str, Any]:
    where = partial(_map_details, within)
    if not isinstance(meta_in, dict):
        raise invalid(name, where, _tr("MapFile", "they are not an object"))
    meta = {}
    for key, value in meta_in.items():
        if key not in META_DEFAULTS:
            raise invalid(name, where, _tr("MapFile", "there is an unknown field"))
        # A valid map field holds only text (in lists and objects too), so a value equal to one
        # checked before is the same text: it checks the same.
        hit = checked.meta.get(key) if checked is not None else None
        if hit is not None and hit[0] == value:
            meta[key] = hit[1]
            continue
        try:
            meta[key] = check_meta_value(key, value)
        except ModelError as exc:
            raise invalid(name, where, str(exc)) from None
        if checked is not None:
            checked.meta[key] = (value, meta[key])
    return {key: meta.get(key, default) for key, default in META_DEFAULTS.items()}


def _check_nodes(parts: MapParts, nodes: Any, name: str, within: Place, checked: Checked | None) -> set[str]:
    if not isinstance(nodes, list):
        raise invalid(name, within, _tr("MapFile", "the list of people and groups is missing"))
    if len(nodes) > MAX_NODES:
        raise invalid(name, within, fill(_tr("MapFile", "it has more than %1 people and groups"),
                                         str(MAX_NODES)))
    def check(node: Any, index: int) -> dict[str, Any]:
        return _check_node(node, name, within, index)

    values = (_checked_values(nodes, check, node_values, checked.nodes, checked.nodes_seen, checked.alive)
              if checked is not None else _checked_values(nodes, check, node_values))
    # Every entry is a checked object now. Read a field at a time (a map's many visits: quick).
    ids = list(map(_id_of, nodes))
    node_ids = set(ids)
    if len(node_ids) != len(ids):
        seen: set[str] = set()
        for index, node_id in enumerate(ids, start=1):
            if node_id in seen:
                raise invalid(name, partial(_person_or_group, within, index),
                              _tr("MapFile", "its id is used twice"))
            seen.add(node_id)
    if list(map(_kind_of, values)).count(CENTRE_KIND) != 1:
        raise invalid(name, within, _tr("MapFile", "it must have exactly one centre"))
    parts.nodes.extend(zip(ids, values))
    return node_ids


def _refusal(name: str, place: Callable[[Place, int], str], within: Place, index: int,
             problem: str) -> MapFileError:
    """invalid() of entry number *index*, its place said by *place* (_person_or_group, _connection)."""
    return invalid(name, place(within, index), problem)


def _check_node(node: Any, name: str, within: Place, index: int) -> dict[str, Any]:
    """Person or group number *index*'s checked fields (every field, defaults included). Its place is
    worked out only for a refusal (a map file has thousands of them)."""
    if not isinstance(node, dict):
        raise _refusal(name, _person_or_group, within, index, _tr("MapFile", "it is not an object"))
    if _bad_id(node.get("id")):
        raise _refusal(name, _person_or_group, within, index, _tr("MapFile", "its id is missing or wrong"))
    if "label" not in node or "kind" not in node:
        raise _refusal(name, _person_or_group, within, index, _tr("MapFile", "its label or kind is missing"))
    attrs = dict(NODE_DEFAULTS)
    checks = NODE_CHECKS  # check_node_value's, looked up here: a map file has thousands of fields
    for key, value in node.items():
        if key == "id":
            continue
        check = checks.get(key)
        if check is None:  # never repeat the file's own text, even a field name
            raise _refusal(name, _person_or_group, within, index, _tr("MapFile", "there is an unknown field"))
        try:
            attrs[key] = check(value)
        except ModelError as exc:
            raise _refusal(name, _person_or_group, within, index, str(exc)) from None
    return attrs


def _check_edges(parts: MapParts, node_ids: set[str], edges: Any, name: str, within: Place,
                 checked: Checked | None) -> None:
    if not isinstance(edges, list):
        raise invalid(name, within, _tr("MapFile", "the list of connections is wrong"))
    if len(edges) > MAX_EDGES:
        raise invalid(name, within, fill(_tr("MapFile", "it has more than %1 connections"), str(MAX_EDGES)))
    def check(edge: Any, index: int) -> dict[str, Any]:
        return _check_edge(edge, name, within, index)

    values = (_checked_values(edges, check, edge_values, checked.edges, checked.edges_seen, checked.alive)
              if checked is not None else _checked_values(edges, check, edge_values))
    # Every entry is a checked object now. Read a field at a time (a map's many visits: quick).
    sources, targets = list(map(_source_of, edges)), list(map(_target_of, edges))
    ids = list(map(_id_of, edges))
    # The checks that depend on the rest of this map: at once for all, then one by one to say where.
    # (A connection's two ends differ, so a pair of them, either way round, is a set of two.) The
    # same ends and ids as the map checked before (a visit that changed no connection's ends): its
    # ids and pairs were found unique then; only that their people are in this map is left.
    ends = (sources, targets, ids)
    same = checked is not None and checked.edge_ends == ends
    if (not node_ids.issuperset(sources) or not node_ids.issuperset(targets)
            or not same and (len(set(ids)) != len(ids)
                             or len(set(map(frozenset, zip(sources, targets)))) != len(ids))):
        _say_which_edge(list(zip(sources, targets, ids)), node_ids, name, within)
    if checked is not None:
        checked.edge_ends = ends
    parts.edges.extend(zip(sources, targets, ids, values))


def _say_which_edge(ends: list[tuple[str, str, str]], node_ids: set[str], name: str, within: Place) -> None:
    """Raise the refusal of the first connection that breaks a rule of the map it is in."""
    edge_ids: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for index, (source, target, edge_id) in enumerate(ends, start=1):
        problem = ""
        if edge_id in edge_ids:
            problem = _tr("MapFile", "its id is missing, wrong or used twice")
        elif source not in node_ids or target not in node_ids:
            problem = _tr("MapFile", "it joins a person or group that is not in the map")
        elif (source, target) in pairs or (target, source) in pairs:
            problem = _tr("MapFile", "the same two are connected twice")
        if problem:
            raise _refusal(name, _connection, within, index, problem)
        edge_ids.add(edge_id)
        pairs.add((source, target))


def _check_edge(edge: Any, name: str, within: Place, index: int) -> dict[str, Any]:
    """Connection number *index*'s checked fields (every field but its ends and id, defaults included);
    its place is worked out only for a refusal."""
    if not isinstance(edge, dict):
        raise _refusal(name, _connection, within, index, _tr("MapFile", "it is not an object"))
    source, target, edge_id = edge.get("source"), edge.get("target"), edge.get("id")
    if _bad_id(edge_id):
        raise _refusal(name, _connection, within, index,
                       _tr("MapFile", "its id is missing, wrong or used twice"))
    if not isinstance(source, str) or not isinstance(target, str):
        raise _refusal(name, _connection, within, index, _tr("MapFile", "its ends are missing"))
    if source == target:
        raise _refusal(name, _connection, within, index, _tr("MapFile", "it joins a node to itself"))
    attrs = dict(EDGE_DEFAULTS)
    checks = EDGE_CHECKS  # check_edge_value's
    for key, value in edge.items():
        if key in ("source", "target", "id"):
            continue
        check = checks.get(key)
        if check is None:
            raise _refusal(name, _connection, within, index, _tr("MapFile", "there is an unknown field"))
        try:
            attrs[key] = check(value)
        except ModelError as exc:
            raise _refusal(name, _connection, within, index, str(exc)) from None
    return attrs
