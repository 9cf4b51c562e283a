"""What a map shows, in numbers and in plain sentences a worker can read aloud.

Computed on demand from the map's graph (the document's copy or a file's), never stored, so it can
never be stale. `compute()` is plain Python and networkx; `sentences()` words the result through Qt's
translation function (context "Insights") and the shared display names in labels.py.

Flows are stored relative to a connection's two ends (source -> target); everything here turns them
round to the family in the centre: support that comes *to* the family, goes *from* it, or both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from .. import labels
from ..model.vocabulary import CATEGORIES, CENTRE_KIND, STRENGTHS
from .connections import flow_for_family  # here too, where the other insights are read
from ecomap_desktop.i18n import Plurals, fill, translate as _tr

# Categories most families have someone in; one missing is worth a gentle question.
COMMON_CATEGORIES = ("family", "friend", "neighbour", "professional", "community", "school")


@dataclass
class Insights(Plurals):  # Plurals: counted sentences as Insights.tr("%n ...", None, n)
    """The numbers behind the sentences. Names are the map's labels ("" when a node has none)."""

    title: str = ""
    centre: str = ""
    people: int = 0
    groups: int = 0
    connections: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    by_strength: dict[str, int] = field(default_factory=dict)
    # Each stressful connection as the names of its two ends (the family's name second).
    stressful: list[list[str]] = field(default_factory=list)
    # The same, split: the other ends of the family's stressful lines, and the pairs not touching it.
    stressful_with_family: list[str] = field(default_factory=list)
    stressful_between: list[list[str]] = field(default_factory=list)
    # Connections to the family, by the way support goes: names of the other end.
    only_received: list[str] = field(default_factory=list)
    only_given: list[str] = field(default_factory=list)
    both_ways: list[str] = field(default_factory=list)
    no_arrow: list[str] = field(default_factory=list)
    # Common categories with nobody connected (no node of that category has any line).
    missing_categories: list[str] = field(default_factory=list)
    # People and groups still of the category "other" (added without choosing a kind): while there
    # are some, no category is said to be missing (they may well be the friends or neighbours).
    no_kind_yet: int = 0
    # People and groups on the map with no line at all.
    not_connected: list[str] = field(default_factory=list)
    # The people and groups around the family, and how many pairs of them are linked.
    supporters: int = 0
    linked_pairs: int = 0
    possible_pairs: int = 0
    density: float | None = None
    # Categories with the most strong / most stressful connections to the family, and that count
    # (0 when no named category has the most: "other" is never listed).
    strongest_areas: list[str] = field(default_factory=list)
    strongest_count: int = 0
    stressed_areas: list[str] = field(default_factory=list)
    stressed_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _category_order(categories) -> list[str]:
    known = [c for c in CATEGORIES if c in categories]
    return known + sorted(c for c in categories if c not in CATEGORIES)


def _centre_of(graph: nx.DiGraph) -> str | None:
    for node, data in graph.nodes(data=True):
        if data.get("kind") == CENTRE_KIND:
            return node
    return None


def _density(lines: int, nodes: int) -> float:
    """The share of all possible pairs of *nodes* that *lines* join, as nx.density gives it for an
    undirected graph (the same float, and 0 with no line)."""
    if lines == 0:
        return 0
    return lines / (nodes * (nodes - 1)) * 2


def compute(graph: nx.DiGraph) -> Insights:
    """Everything the insights panel, the summary command and the printout say about *graph*."""
    centre = _centre_of(graph)
    result = Insights(title=str(graph.graph.get("title", "")))
    if centre is not None:
        result.centre = graph.nodes[centre].get("label", "")
    outer = [n for n in graph.nodes if n != centre]
    label = {n: graph.nodes[n].get("label", "") for n in graph.nodes}
    category = {n: graph.nodes[n].get("category", "other") for n in outer}

    result.by_kind = {"person": 0, "group": 0}
    for n in outer:
        kind = graph.nodes[n].get("kind", "person")
        result.by_kind[kind] = result.by_kind.get(kind, 0) + 1
    result.people, result.groups = result.by_kind["person"], result.by_kind["group"]

    counts: dict[str, int] = {}
    for n in outer:
        counts[category[n]] = counts.get(category[n], 0) + 1
    result.by_category = {c: counts[c] for c in _category_order(counts)}

    result.by_strength = {s: 0 for s in STRENGTHS}
    strong_by_area: dict[str, int] = {}
    stress_by_area: dict[str, int] = {}
    # Walk connections in a stable order (by id) so equal maps give equal summaries.
    edges = sorted(graph.edges(data=True), key=lambda e: str(e[2].get("id", "")))
    result.connections = len(edges)
    linked: set = set()  # the nodes with a line at all
    joined: set = set()  # the pairs of people or groups around the family joined by a line, either way
    for u, v, data in edges:
        linked.add(u)
        linked.add(v)
        if u != centre and v != centre:
            joined.add(frozenset((u, v)))
        strength = data.get("strength", "moderate")
        result.by_strength[strength] = result.by_strength.get(strength, 0) + 1
        if strength == "stressful":
            if centre in (u, v):
                other_end = v if u == centre else u
                result.stressful.append([label[other_end], label[centre]])
                result.stressful_with_family.append(label[other_end])
            else:
                result.stressful.append([label[u], label[v]])
                result.stressful_between.append([label[u], label[v]])
        direction = flow_for_family(data.get("flow", "none"), u, v, centre) if centre else None
        if direction is None:
            continue
        other = v if u == centre else u
        {"to_family": result.only_received, "from_family": result.only_given,
         "both": result.both_ways, "none": result.no_arrow}[direction].append(label[other])
        if strength == "strong":
            strong_by_area[category[other]] = strong_by_area.get(category[other], 0) + 1
        elif strength == "stressful":
            stress_by_area[category[other]] = stress_by_area.get(category[other], 0) + 1

    # Names read best in alphabetical order (the walk above is in id order, which means nothing).
    for names in (result.only_received, result.only_given, result.both_ways, result.no_arrow,
                  result.stressful_with_family):
        names.sort(key=str.casefold)
    for pairs in (result.stressful, result.stressful_between):
        pairs.sort(key=lambda pair: [name.casefold() for name in pair])

    linked.discard(centre)
    present = {category[n] for n in linked}
    result.missing_categories = [c for c in COMMON_CATEGORIES if c not in present]
    result.no_kind_yet = sum(1 for n in outer if category[n] == "other")
    result.not_connected = sorted((label[n] for n in outer if n not in linked), key=str.casefold)

    # Counted from the lines walked above, as networkx's density of the undirected map without the
    # family would say (copying the map into such a graph took a third of a summary of 5,000 people,
    # redone after every edit while the Summary is on show).
    n = len(outer)
    result.supporters = n
    result.possible_pairs = n * (n - 1) // 2
    result.linked_pairs = len(joined)
    result.density = _density(len(joined), n) if n >= 2 else None

    # "Other" is what a person or group is until a kind is chosen: "the strongest connections are
    # with others" would tell the family nothing (and reads as "with other people"), so it is never
    # named as an area; when the most are with "other", no area is said at all.
    if strong_by_area:
        result.strongest_count = max(strong_by_area.values())
        result.strongest_areas = [c for c in _category_order(strong_by_area)
                                  if strong_by_area[c] == result.strongest_count and c != "other"]
        if not result.strongest_areas:
            result.strongest_count = 0  # a count says how many each listed area has; none is listed
    if stress_by_area:
        result.stressed_count = max(stress_by_area.values())
        result.stressed_areas = [c for c in _category_order(stress_by_area)
                                 if stress_by_area[c] == result.stressed_count and c != "other"]
        if not result.stressed_areas:
            result.stressed_count = 0
    return result


def compute_from_parts(nodes, edges, title: str = "") -> Insights:
    """Insights from plain parts, for code that holds its own copy of the map (the PDF export).

    *nodes*: (id, kind, category, label) tuples; *edges*: (source, target, strength, flow) tuples.
    """
    graph = nx.DiGraph(title=title)
    for node_id, kind, category, label in nodes:
        graph.add_node(node_id, kind=kind, category=category, label=label)
    for number, (source, target, strength, flow) in enumerate(edges):
        graph.add_edge(source, target, id=f"{number:09d}", strength=strength, flow=flow)
    return compute(graph)


def compute_for_document(doc) -> Insights:
    """Insights for a Document, read through a view (no copy; the document is never touched)."""
    return compute(doc.graph_view())


# ----- words -------------------------------------------------------------------------------------


def _name(label: str) -> str:
    return label or _tr("Insights", "(no name)")


def _join(items: list[str], word: str = "and") -> str:
    """"A", "A and B", "A, B and C" (or "A, B or C" with word="or")."""
    if len(items) <= 1:
        return "".join(items)
    pattern = _tr("Insights", "%1 or %2") if word == "or" else _tr("Insights", "%1 and %2")
    return fill(pattern, ", ".join(items[:-1]), items[-1])


# A list read aloud names at most this many, then says how many more there are.
MAX_NAMES_READ = 10


def _listing(names: list[str], say_count: bool = True) -> str:
    """Names joined for reading aloud; a long list says first how many there are (if *say_count*)."""
    cut = len(names) > MAX_NAMES_READ + 2  # "and 1 more" would say less than the name itself
    shown = [_name(x) for x in (names[:MAX_NAMES_READ] if cut else names)]
    if cut:
        shown.append(Insights.tr("%n more", None, len(names) - MAX_NAMES_READ))
    joined = _join(shown)
    if len(names) <= 3 or not say_count:
        return joined
    return fill(_tr("Insights", "these %1: %2"), str(len(names)), joined)


def _count(n: int, one: str, many: str) -> str:
    """A count in words: *one* for exactly one (English has no plural forms without a translation
    file), else *many*, whose plural forms a translation can give. Both come already translated
    (``_tr("Insights", "1 person")``, ``Insights.tr("%n people", None, n)``) so that lupdate
    sees every literal."""
    return one if n == 1 else many


# Each a literal call so lupdate finds it, with its plural forms.
_STRENGTH_COUNT = {
    "strong": lambda n: Insights.tr("%n strong", None, n),
    "moderate": lambda n: Insights.tr("%n ordinary", None, n),
    "tenuous": lambda n: Insights.tr("%n weak or distant", None, n),
    "stressful": lambda n: Insights.tr("%n stressful", None, n),
}


def sentences(ins: Insights) -> list[str]:
    """Plain sentences, most useful first, that a worker can read aloud with the parent."""
    out: list[str] = []
    around = ins.people + ins.groups
    if around == 0:
        out.append(_tr("Insights", "The map has no people or groups yet. Start with the people you turn to."))
        return out
    counted = []
    if ins.people:
        counted.append(_count(ins.people, _tr("Insights", "1 person"),
                              Insights.tr("%n people", None, ins.people)))
    if ins.groups:
        counted.append(_count(ins.groups, _tr("Insights", "1 group"),
                              Insights.tr("%n groups", None, ins.groups)))
    out.append(fill(_tr("Insights", "On the map: %1."), _join(counted)))
    if ins.connections == 0:
        out.append(_tr("Insights", "No one is joined by a line yet."))
    else:
        parts = [_STRENGTH_COUNT[s](ins.by_strength[s]) for s in STRENGTHS if ins.by_strength.get(s)]
        out.append(
            fill(_tr("Insights", "%1: %2."),
                 _count(ins.connections, _tr("Insights", "1 connection"),
                        Insights.tr("%n connections", None, ins.connections)),
                 ", ".join(parts))
        )
    if ins.strongest_areas:
        out.append(
            fill(_tr("Insights", "The strongest connections are with %1."),
                 _join([labels.category_phrase(c) for c in ins.strongest_areas]))
        )
    if ins.stressful_with_family:
        out.append(fill(_tr("Insights", "Stressful for the family: %1."),
                        _listing(ins.stressful_with_family, say_count=False)))
    if ins.stressful_between:
        pairs = [fill(_tr("Insights", "%1 and %2"), _name(a), _name(b))
                 for a, b in ins.stressful_between]
        if len(pairs) > MAX_NAMES_READ + 2:
            pairs = pairs[:MAX_NAMES_READ] + [Insights.tr("%n more", None, len(pairs) - MAX_NAMES_READ)]
        out.append(fill(_tr("Insights", "Stressful between others on the map: %1."), "; ".join(pairs)))
    if ins.stressed_areas:
        out.append(
            fill(_tr("Insights", "The most stress is with %1."),
                 _join([labels.category_phrase(c) for c in ins.stressed_areas]))
        )
    if ins.only_received:
        out.append(fill(_tr("Insights", "Support only comes to the family from %1."),
                        _listing(ins.only_received)))
    if ins.only_given:
        out.append(fill(_tr("Insights", "Support only goes from the family to %1."),
                        _listing(ins.only_given)))
    if ins.both_ways:
        out.append(fill(_tr("Insights", "Support goes both ways with %1."), _listing(ins.both_ways)))
    if ins.no_arrow and ins.connections:
        no_arrow = len(ins.no_arrow)
        out.append(_count(no_arrow, _tr("Insights", "1 line to the family has no arrow yet."),
                          Insights.tr("%n lines to the family have no arrow yet.", None, no_arrow)))
    if ins.density is not None:
        if ins.linked_pairs == 0:
            out.append(_tr("Insights",
                           "None of the people and groups around the family are linked to each other."))
        else:
            out.append(
                fill(_count(ins.linked_pairs,
                            _tr("Insights", "Among the %1 people and groups around the family, 1 pair is "
                                            "linked to each other (of %2 possible pairs)."),
                            Insights.tr("Among the %1 people and groups around the family, %n pairs are "
                                        "linked to each other (of %2 possible pairs, %3%).",
                                        None, ins.linked_pairs)),
                     str(ins.supporters), str(ins.possible_pairs), str(round(ins.density * 100)))
            )
    if ins.no_kind_yet:
        out.append(_count(ins.no_kind_yet, _tr("Insights", "1 person or group has no kind yet (family, "
                                                           "friend, neighbour…)."),
                          Insights.tr("%n people and groups have no kind yet (family, friend, neighbour…).",
                                      None, ins.no_kind_yet)))
    elif ins.missing_categories:
        out.append(fill(_tr("Insights", "No connection yet with %1."),
                        _join([labels.category_phrase(c) for c in ins.missing_categories], "or")))
    if ins.not_connected:
        out.append(fill(_tr("Insights", "Not joined by a line yet: %1."), _listing(ins.not_connected)))
    return out


def summary_text(ins: Insights) -> str:
    """The `ecomap summary` report: a heading, the sentences, then the counts."""
    heading = ins.title or ins.centre or _tr("Insights", "Untitled map")
    lines = [heading, "=" * len(heading), ""]
    lines += [f"- {s}" for s in sentences(ins)]
    if ins.by_category:
        lines += ["", _tr("Insights", "By category:")]
        lines += [f"  {labels.category_name(c)}: {n}" for c, n in ins.by_category.items()]
    if ins.connections:
        lines += ["", _tr("Insights", "By how the connection feels:")]
        lines += [f"  {labels.strength_name(s)}: {n}" for s, n in ins.by_strength.items()]
    return "\n".join(lines) + "\n"


def summary_data(ins: Insights) -> dict[str, Any]:
    """The `ecomap summary --json` report: the numbers (stable keys) and the sentences."""
    data = ins.to_dict()
    data["sentences"] = sentences(ins)
    return data
