"""What changed between two visits of a map: the comparison rules the window, the PDF and the command
line all share (docs/comparing-visits.md tells them in words).

Matching: people and groups by id; the centre by its kind (the two maps' centres are one, whatever
their ids); connections by their two ends, in either direction. Position, colour and notes are never
changes. Pure Python on the graphs as the document stores them; the words are in change_words.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..model.vocabulary import CENTRE_KIND, STRENGTHS, SUPPORT_TYPES
from .change_words import edge_word, sentence, sentences
from .connections import flow_for_family

__all__ = ["Change", "Comparison", "VisitCounts", "compare_maps", "compare_visits", "sentence",
           "sentences", "trends", "visit_counts"]

NODE_KINDS = ("added", "returned", "removed", "renamed", "ring", "category", "support")
EDGE_KINDS = ("connection_added", "connection_removed", "stronger", "weaker", "now_stressful",
              "no_longer_stressful", "flow")
# The kind a change has when the two visits are compared the other way round.
MIRROR = {"added": "removed", "returned": "removed", "removed": "added",
          "connection_added": "connection_removed", "connection_removed": "connection_added",
          "stronger": "weaker", "weaker": "stronger",
          "now_stressful": "no_longer_stressful", "no_longer_stressful": "now_stressful",
          "renamed": "renamed", "ring": "ring", "category": "category", "support": "support",
          "flow": "flow"}
_ORDER = {kind: number for number, kind in enumerate(NODE_KINDS + EDGE_KINDS)}

# The line styles that are more or less of the same thing; "stressful" is a different thing.
_STRENGTH_RANK = {"strong": 3, "moderate": 2, "tenuous": 1}


@dataclass(frozen=True)
class Change:
    """One thing that changed between two visits (see the module docstring for the kinds)."""

    kind: str
    # The person or group the sentence is about; for a connection, its end that is not the centre
    # (None when neither end is the centre).
    node_id: str | None = None
    # A connection's two node ids, in the newer map's direction when it is there, else the older
    # map's; the older map's centre is given the newer centre's id.
    ends: tuple[str, str] | None = None
    edge_id: str | None = None
    old_edge_id: str | None = None
    # Old and new value: a label, ring (None = no circle), category, support types (a tuple), strength,
    # or a flow: "to_family"/"from_family"/"both"/"none" for a line to the centre, and for a line
    # between two others "to_target"/"to_source"/"both"/"none" relative to `ends`.
    before: Any = None
    after: Any = None
    # A connection that began or ended with a person who arrived or left: that person's id. It is
    # told once, in that person's sentence.
    under: str | None = None
    older_name: str = ""
    newer_name: str = ""
    # For a connection: the names of its two ends, in the order of `ends`.
    end_names: tuple[str, str] | None = None
    # For a person or group who arrived, came back or left: how many connections came or went with them.
    connections: int = 0


@dataclass(frozen=True)
class Comparison:
    """The changes from the older visit to the newer one, in a stable, readable order."""

    older: str = ""
    newer: str = ""
    changes: tuple[Change, ...] = ()

    def reported(self) -> list[Change]:
        """The changes that get a sentence of their own (sentences() says them, in this order):
        connections that came or went with a person are told in that person's sentence."""
        return [change for change in self.changes if change.under is None]

    def node_status(self) -> dict[str, str]:
        """Node id -> "new", "returned", "ended" or "changed" (unchanged nodes are absent)."""
        status: dict[str, str] = {}
        for change in self.changes:
            if change.kind == "added":
                status[change.node_id] = "new"
            elif change.kind == "returned":
                status[change.node_id] = "returned"
            elif change.kind == "removed":
                status[change.node_id] = "ended"
            elif change.kind in NODE_KINDS:
                status.setdefault(change.node_id, "changed")
        return status

    def edge_status(self) -> dict[frozenset[str], str]:
        """frozenset of a connection's two node ids -> "new", "ended" or "changed"."""
        status: dict[frozenset[str], str] = {}
        for change in self.changes:
            if change.kind == "connection_added":
                status[frozenset(change.ends)] = "new"
            elif change.kind == "connection_removed":
                status[frozenset(change.ends)] = "ended"
            elif change.kind in EDGE_KINDS:
                status.setdefault(frozenset(change.ends), "changed")
        return status

    def edge_words(self, parent_words: bool = False) -> dict[frozenset[str], list[str]]:
        """frozenset of a connection's two node ids -> short words for the canvas ("stronger"...;
        with *parent_words*, as the parent view says them)."""
        words: dict[frozenset[str], list[str]] = {}
        for change in self.changes:
            if change.kind in EDGE_KINDS:
                words.setdefault(frozenset(change.ends), []).append(edge_word(change, parent_words))
        return words


def _centre_of(graph: nx.DiGraph) -> str | None:
    for node, data in graph.nodes(data=True):
        if data.get("kind") == CENTRE_KIND:
            return node
    return None


def _support(value: Any) -> tuple[str, ...]:
    """Support types in the vocabulary's order, so the same types in another order are no change."""
    rank = {t: number for number, t in enumerate(SUPPORT_TYPES)}
    return tuple(sorted(value or (), key=lambda t: (rank.get(t, len(rank)), str(t))))


def _receivers(flow: str, source: str, target: str) -> frozenset[str]:
    """Who receives support along a connection: what a flow means, whichever way it was drawn."""
    if flow == "to_target":
        return frozenset((target,))
    if flow == "to_source":
        return frozenset((source,))
    if flow == "both":
        return frozenset((source, target))
    return frozenset()


def _flow_value(receivers: frozenset[str], ends: tuple[str, str], centre: str | None) -> str:
    """A flow for Change.before/after: seen from the family when the line touches the centre."""
    if not receivers:
        flow = "none"
    elif len(receivers) == 2:
        flow = "both"
    else:
        flow = "to_target" if ends[1] in receivers else "to_source"
    family = flow_for_family(flow, ends[0], ends[1], centre) if centre is not None else None
    return family if family is not None else flow


def _strength_kind(before: str, after: str) -> str | None:
    if before == after:
        return None
    if after == "stressful":
        return "now_stressful"
    if before == "stressful":
        return "no_longer_stressful"
    if before in _STRENGTH_RANK and after in _STRENGTH_RANK:
        return "stronger" if _STRENGTH_RANK[after] > _STRENGTH_RANK[before] else "weaker"
    return None


def _older_nodes(older: nx.DiGraph, old_centre: str | None, centre: str | None) -> tuple[dict, dict]:
    """The older map's nodes keyed as the newer map knows them (its centre under the newer centre's id),
    and the key -> older id table for the few keys that differ."""
    nodes = dict(older.nodes(data=True))
    renamed: dict[str, str] = {}
    if old_centre is not None and centre is not None and old_centre != centre:
        # The two centres are one. Should an older outer node hold the newer centre's id (only a
        # hand-made file could), it takes the old centre's id, so no two nodes share a key.
        centre_data = nodes.pop(old_centre)
        if centre in nodes:
            nodes[old_centre] = nodes.pop(centre)
            renamed[old_centre] = centre
        nodes[centre] = centre_data
        renamed[centre] = old_centre
    return nodes, renamed


def _edges_by_pair(graph: nx.DiGraph, key: dict[str, str] | None = None) -> dict[frozenset, tuple]:
    """Pair of ends -> (source, target, data), the ends under their matching keys."""
    pairs: dict[frozenset, tuple] = {}
    for u, v, data in graph.edges(data=True):
        if key:
            u, v = key.get(u, u), key.get(v, v)
        pair = frozenset((u, v))
        # One connection per pair is all a map holds; should a file hold both ways, keep one of them.
        if pair not in pairs or str(data.get("id", "")) < str(pairs[pair][2].get("id", "")):
            pairs[pair] = (u, v, data)
    return pairs


def compare_maps(older: nx.DiGraph, newer: nx.DiGraph, *, seen_before: frozenset[str] = frozenset(),
                 older_date: str = "", newer_date: str = "") -> Comparison:
    """The changes from *older* to *newer*.

    *seen_before*: ids of nodes on any visit before *older*; a node missing from *older* but in it
    and on *newer* is "back again" (returned) rather than new.
    """
    centre = _centre_of(newer)
    old_centre = _centre_of(older)
    if centre is None:
        centre = old_centre
    old_nodes, renamed_ids = _older_nodes(older, old_centre, centre)
    old_key = {old: new for new, old in renamed_ids.items()}  # older id -> its key here
    new_nodes = dict(newer.nodes(data=True))

    def name(node: str) -> str:
        data = new_nodes.get(node) or old_nodes.get(node) or {}
        return str(data.get("label", ""))

    changes: list[Change] = []
    node_change: dict[str, Change] = {}
    for node, data in new_nodes.items():
        old = old_nodes.get(node)
        label = str(data.get("label", ""))
        if old is None:
            kind = "returned" if node in seen_before else "added"
            node_change[node] = Change(kind, node_id=node, after=label, newer_name=label)
            continue
        old_label = str(old.get("label", ""))
        old_ring, ring = old.get("ring"), data.get("ring")
        old_category, category = old.get("category", "other"), data.get("category", "other")
        old_support, support = old.get("support"), data.get("support")
        if old_label == label and old_ring == ring and old_category == category and old_support == support:
            continue  # the most common case, told quickly
        common = {"node_id": node, "older_name": old_label, "newer_name": label}
        if old_label != label:
            changes.append(Change("renamed", before=old_label, after=label, **common))
        if old_ring != ring:
            changes.append(Change("ring", before=old_ring, after=ring, **common))
        if old_category != category:
            changes.append(Change("category", before=old_category, after=category, **common))
        old_support, support = _support(old_support), _support(support)
        if old_support != support:
            changes.append(Change("support", before=old_support, after=support, **common))
    for node, old in old_nodes.items():
        if node not in new_nodes:
            label = str(old.get("label", ""))
            node_change[node] = Change("removed", node_id=node, before=label,
                                       older_name=label)

    def teller(ends: tuple[str, str]) -> str | None:
        """Of a connection's ends that arrived or left, the one whose sentence tells of it."""
        told = [node for node in ends if node in node_change]
        if not told:
            return None
        return min(told, key=lambda n: (_ORDER[node_change[n].kind], name(n).casefold(), name(n), n))

    counts: dict[str, int] = {}
    old_edges = _edges_by_pair(older, old_key)
    new_edges = _edges_by_pair(newer)
    def connection(kind: str, u: str, v: str, data: dict, old_data: dict | None, **values) -> Change:
        other = v if u == centre else u if v == centre else None
        return Change(kind, node_id=other, ends=(u, v), edge_id=data.get("id"),
                      old_edge_id=old_data.get("id") if old_data is not None else None,
                      end_names=(name(u), name(v)),
                      older_name=str(old_nodes[other].get("label", "")) if other in old_nodes else "",
                      newer_name=name(other) if other is not None else "", **values)

    for pair, (u, v, data) in new_edges.items():
        before = old_edges.get(pair)
        if before is None:
            for node in (u, v):
                if node in node_change:
                    counts[node] = counts.get(node, 0) + 1
            changes.append(connection("connection_added", u, v, data, None, under=teller((u, v))))
            continue
        ou, ov, old_data = before
        old_strength = old_data.get("strength", "moderate")
        new_strength = data.get("strength", "moderate")
        if old_strength != new_strength:
            kind = _strength_kind(old_strength, new_strength)
            if kind is not None:
                changes.append(connection(kind, u, v, data, old_data,
                                          before=old_strength, after=new_strength))
        old_flow, new_flow = old_data.get("flow", "none"), data.get("flow", "none")
        if old_flow == new_flow and (ou, ov) == (u, v):
            continue  # drawn the same way with the same arrow: the most common case, told quickly
        old_receivers = _receivers(old_flow, ou, ov)
        new_receivers = _receivers(new_flow, u, v)
        if old_receivers != new_receivers:
            changes.append(connection("flow", u, v, data, old_data,
                                      before=_flow_value(old_receivers, (u, v), centre),
                                      after=_flow_value(new_receivers, (u, v), centre)))
    for pair, (u, v, data) in old_edges.items():
        if pair in new_edges:
            continue
        other = v if u == centre else u if v == centre else None
        for node in (u, v):
            if node in node_change:
                counts[node] = counts.get(node, 0) + 1
        changes.append(Change(
            "connection_removed", node_id=other, ends=(u, v),
            old_edge_id=data.get("id"), end_names=(name(u), name(v)), under=teller((u, v)),
            older_name=name(other) if other is not None else ""))

    for node, change in node_change.items():
        changes.append(Change(change.kind, node_id=change.node_id, before=change.before,
                              after=change.after, older_name=change.older_name,
                              newer_name=change.newer_name, connections=counts.get(node, 0)))
    changes.sort(key=_sort_key)
    return Comparison(older=older_date, newer=newer_date, changes=tuple(changes))


def _sort_key(change: Change) -> tuple:
    if change.kind in NODE_KINDS or change.end_names is None:
        names = [change.newer_name or change.older_name]
    elif change.node_id is not None:
        names = [change.newer_name or change.older_name]
    else:
        names = sorted(change.end_names, key=lambda n: (n.casefold(), n))
    return (_ORDER[change.kind], [(n.casefold(), n) for n in names], change.node_id or "",
            tuple(sorted(change.ends or ())), change.before is None, str(change.before))


def _visit_order(doc_like) -> list:
    """The visits in date order; visits on the same day in the document's order."""
    visits = list(doc_like.visits())
    order = sorted(range(len(visits)), key=lambda i: (visits[i].date, i))
    return [visits[i] for i in order]


def compare_visits(doc_like, first: str, second: str) -> Comparison:
    """The changes between two visits (ids, in either order), compared in date order.

    *doc_like* has visits() and visit_graph(visit_id), as Document does. A visit with itself has no
    changes.
    """
    visits = _visit_order(doc_like)
    position = {visit.id: number for number, visit in enumerate(visits)}
    for visit_id in (first, second):
        if visit_id not in position:
            raise KeyError(visit_id)
    low, high = sorted((position[first], position[second]))
    older, newer = visits[low], visits[high]
    if low == high:
        return Comparison(older=older.date, newer=newer.date)
    older_graph = doc_like.visit_graph(older.id)
    newer_graph = doc_like.visit_graph(newer.id)
    # Only nodes missing from the older visit can be "back again": look for just those, newest
    # earlier visit first, and stop as soon as all are found (earlier visits may be parsed lazily).
    missing = {node for node in newer_graph if node not in older_graph}
    found: set[str] = set()
    for visit in reversed(visits[:low]):
        if not missing:
            break
        graph = doc_like.visit_graph(visit.id)
        here = {node for node in missing if node in graph}
        found |= here
        missing -= here
    return compare_maps(older_graph, newer_graph, seen_before=frozenset(found),
                        older_date=older.date, newer_date=newer.date)


@dataclass(frozen=True)
class VisitCounts:
    """The trend counts for one visit: counts of what was drawn, never a score."""

    date: str
    people: int
    groups: int
    # Connections by line style, in the vocabulary's order (strong, moderate, tenuous, stressful).
    by_strength: dict[str, int]
    connections: int
    # Connections to the family along which support comes to it (one way or both ways).
    support_to_family: int


def visit_counts(graph: nx.DiGraph, date: str = "") -> VisitCounts:
    """The trend counts of one visit's map."""
    people = groups = 0
    centre = None
    for node, data in graph.nodes(data=True):
        kind = data.get("kind", "person")
        if kind == CENTRE_KIND:
            centre = node
        elif kind == "group":
            groups += 1
        else:
            people += 1
    by_strength = {strength: 0 for strength in STRENGTHS}
    to_family = 0
    for u, v, data in graph.edges(data=True):
        strength = data.get("strength", "moderate")
        by_strength[strength] = by_strength.get(strength, 0) + 1
        flow = flow_for_family(data.get("flow", "none"), u, v, centre) if centre is not None else None
        if flow in ("to_family", "both"):
            to_family += 1
    return VisitCounts(date=date, people=people, groups=groups, by_strength=by_strength,
                       connections=graph.number_of_edges(), support_to_family=to_family)


def trends(doc_like) -> list[tuple[VisitCounts, int | None]]:
    """One row per visit, oldest first: its counts, and how many changes (sentences) since the visit
    before (None for the first)."""
    rows: list[tuple[VisitCounts, int | None]] = []
    earlier: set[str] = set()  # ids on the visits before the previous one
    previous = None
    for visit in _visit_order(doc_like):
        graph = doc_like.visit_graph(visit.id)
        changed = None
        if previous is not None:
            back = frozenset(n for n in graph if n not in previous and n in earlier)
            changed = len(compare_maps(previous, graph, seen_before=back).reported())
            earlier.update(previous.nodes)
        rows.append((visit_counts(graph, visit.date), changed))
        previous = graph
    return rows
