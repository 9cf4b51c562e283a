"""The comparison rules between two visits (issue #15): what counts as a change, and how it is said."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from ecomap_desktop.analysis.changes import (
    MIRROR,
    Comparison,
    compare_maps,
    compare_visits,
    sentence,
    sentences,
    trends,
    visit_counts,
)
from ecomap_desktop.i18n import export_language

CENTRE = "centre-1"


def make_map(people: dict, edges: list, centre: str = CENTRE, family: str = "Okafor family") -> nx.DiGraph:
    """A map as the document stores it. *people*: id -> label or a dict of attributes; *edges*:
    (source, target, strength, flow[, id]) with "C" standing for the centre."""
    graph = nx.DiGraph(title="A map", worker_notes="")
    graph.add_node(centre, kind="centre", label=family, category="family", x=0.0, y=0.0, ring=None,
                   notes="", support=[], household=[])
    for node_id, value in people.items():
        attrs = {"label": value} if isinstance(value, str) else dict(value)
        attrs = {"kind": "person", "category": "other", "x": 100.0, "y": 50.0, "ring": None, "notes": "",
                 "support": [], "household": [], **attrs}
        graph.add_node(node_id, **attrs)
    for number, edge in enumerate(edges):
        source, target, strength, flow = edge[:4]
        edge_id = edge[4] if len(edge) > 4 else f"edge-{source}-{target}-{number}"
        graph.add_edge(centre if source == "C" else source, centre if target == "C" else target,
                       id=edge_id, strength=strength, flow=flow, colour=None, note="")
    return nx.freeze(graph)


@dataclass(frozen=True)
class FakeVisit:
    id: str
    date: str
    label: str = ""


class FakeDoc:
    """What compare_visits and trends need of a document: visits() oldest first, visit_graph(id)."""

    def __init__(self, *dated_maps: tuple[str, nx.DiGraph]) -> None:
        self._visits = [FakeVisit(f"visit-{n}", date) for n, (date, _) in enumerate(dated_maps)]
        self._graphs = {visit.id: graph for visit, (_, graph) in zip(self._visits, dated_maps)}
        self.graphs_read: list[str] = []

    def visits(self) -> list[FakeVisit]:
        return list(self._visits)

    def visit_graph(self, visit_id: str) -> nx.DiGraph:
        self.graphs_read.append(visit_id)
        return self._graphs[visit_id]


def kinds(comparison: Comparison) -> list[str]:
    return [change.kind for change in comparison.changes]


ROSA = {"rosa": "Tía Rosa"}


def test_a_person_back_again_after_a_visit_without_them():
    with_rosa = make_map({**ROSA, "ana": "Ana"},
                         [("rosa", "C", "strong", "to_target"), ("ana", "C", "moderate", "none")])
    without = make_map({"ana": "Ana"}, [("ana", "C", "moderate", "none")])
    doc = FakeDoc(("2025-03-04", with_rosa), ("2025-04-04", without), ("2025-05-04", with_rosa))

    back = compare_visits(doc, "visit-1", "visit-2")
    assert kinds(back) == ["returned", "connection_added"]
    assert back.changes[0].node_id == "rosa"
    assert back.node_status() == {"rosa": "returned"}
    assert sentences(back) == ["Tía Rosa is back on the map, with 1 connection."]
    # From the first visit to the third, nothing changed for her.
    assert compare_visits(doc, "visit-0", "visit-2").changes == ()


def test_a_person_re_added_without_an_earlier_visit_is_new():
    without = make_map({"ana": "Ana"}, [("ana", "C", "moderate", "none")])
    with_rosa = make_map({**ROSA, "ana": "Ana"}, [("ana", "C", "moderate", "none")])
    doc = FakeDoc(("2025-04-04", without), ("2025-05-04", with_rosa))
    comparison = compare_visits(doc, "visit-0", "visit-1")
    assert kinds(comparison) == ["added"]
    assert sentences(comparison) == ["Tía Rosa is new on the map."]
    assert comparison.node_status() == {"rosa": "new"}
    # The same id on an earlier visit makes it "back again".
    again = compare_maps(without, with_rosa, seen_before=frozenset({"rosa"}))
    assert kinds(again) == ["returned"]
    assert sentences(again) == ["Tía Rosa is back on the map."]


def test_a_rename_only():
    before = make_map({"rosa": "Rosa"}, [("rosa", "C", "strong", "to_target")])
    after = make_map({"rosa": "Tía Rosa"}, [("rosa", "C", "strong", "to_target")])
    comparison = compare_maps(before, after)
    assert kinds(comparison) == ["renamed"]
    assert (comparison.changes[0].before, comparison.changes[0].after) == ("Rosa", "Tía Rosa")
    assert sentences(comparison) == ["Rosa is now called Tía Rosa."]
    assert comparison.node_status() == {"rosa": "changed"}
    assert comparison.edge_status() == {}


def test_the_same_name_twice_is_two_people():
    both = make_map({"ana-1": "Ana", "ana-2": "Ana"},
                    [("ana-1", "C", "strong", "none"), ("ana-2", "C", "tenuous", "none")])
    one = make_map({"ana-2": "Ana"}, [("ana-2", "C", "tenuous", "none")])
    comparison = compare_maps(both, one)
    assert kinds(comparison) == ["removed", "connection_removed"]
    assert comparison.changes[0].node_id == "ana-1"
    assert comparison.node_status() == {"ana-1": "ended"}
    assert sentences(comparison) == ["Ana is no longer on the map (1 connection ended)."]
    # And two new people of one name are two new people.
    empty = make_map({}, [])
    assert sentences(compare_maps(empty, both)) == ["Ana is new on the map, with 1 connection."] * 2


@pytest.mark.parametrize("old_flow, new_flow", [("to_target", "to_source"), ("to_source", "to_target"),
                                                  ("both", "both"), ("none", "none")])
def test_a_connection_redrawn_the_other_way_round_with_the_same_meaning(old_flow, new_flow):
    people = {"carmen": "Abuela Carmen", "luis": "Luis"}
    before = make_map(people, [("carmen", "C", "strong", old_flow, "first-id"),
                               ("carmen", "luis", "tenuous", old_flow, "between")])
    after = make_map(people, [("C", "carmen", "strong", new_flow, "redrawn-id"),
                              ("luis", "carmen", "tenuous", new_flow, "between-again")])
    assert compare_maps(before, after).changes == ()


def test_support_that_now_goes_the_other_way_is_a_change():
    before = make_map({"carmen": "Abuela Carmen"}, [("carmen", "C", "strong", "to_target")])
    after = make_map({"carmen": "Abuela Carmen"}, [("C", "carmen", "strong", "to_target")])
    comparison = compare_maps(before, after)
    assert kinds(comparison) == ["flow"]
    change = comparison.changes[0]
    assert (change.before, change.after) == ("to_family", "from_family")
    assert sentences(comparison) == ["Support now goes from the family to Abuela Carmen."]
    assert comparison.edge_words() == {frozenset({CENTRE, "carmen"}): ["support now from the family"]}
    both = compare_maps(before, make_map({"carmen": "Abuela Carmen"}, [("carmen", "C", "strong", "both")]))
    assert sentences(both) == ["Support now goes both ways with Abuela Carmen."]
    assert both.edge_words() == {frozenset({CENTRE, "carmen"}): ["support now both ways"]}


def test_only_moves_colours_and_notes_give_no_changes():
    before = make_map({"rosa": {"label": "Tía Rosa", "x": 10.0, "y": 20.0, "notes": "Sundays"}},
                      [("rosa", "C", "strong", "to_target", "e1")])
    moved = nx.DiGraph(before)
    moved.nodes["rosa"].update(x=300.0, y=-40.0, notes="Calls every week now")
    moved.nodes[CENTRE].update(x=5.0, notes="A new note")
    moved.edges["rosa", CENTRE].update(colour="#aa3300", note="Helps with the children")
    moved.graph.update(title="Another title", worker_notes="Notes of this visit")
    assert compare_maps(before, moved).changes == ()
    assert compare_maps(before, moved).node_status() == {}


def test_moderate_then_stressful_then_moderate_over_three_visits():
    def visit(strength):
        return make_map({"diaz": "Mr. Diaz"}, [("diaz", "C", strength, "none")])

    doc = FakeDoc(("2025-03-04", visit("moderate")), ("2025-04-04", visit("stressful")),
                  ("2025-05-04", visit("moderate")))
    first = compare_visits(doc, "visit-0", "visit-1")
    second = compare_visits(doc, "visit-1", "visit-2")
    assert kinds(first) == ["now_stressful"]
    assert sentences(first) == ["The connection with Mr. Diaz is now stressful."]
    assert first.edge_words() == {frozenset({CENTRE, "diaz"}): ["now stressful"]}
    assert kinds(second) == ["no_longer_stressful"]
    assert sentences(second) == ["The connection with Mr. Diaz is no longer stressful."]
    assert compare_visits(doc, "visit-0", "visit-2").changes == ()
    rows = trends(doc)
    assert [counts.by_strength["stressful"] for counts, _ in rows] == [0, 1, 0]
    assert [changed for _, changed in rows] == [None, 1, 1]


def test_stronger_and_weaker_within_strong_ordinary_weak():
    strong = make_map({"rosa": "Tía Rosa"}, [("rosa", "C", "strong", "none")])
    weak = make_map({"rosa": "Tía Rosa"}, [("rosa", "C", "tenuous", "none")])
    assert kinds(compare_maps(weak, strong)) == ["stronger"]
    assert sentences(compare_maps(strong, weak)) == ["The connection with Tía Rosa is weaker."]
    assert compare_maps(strong, weak).edge_words() == {frozenset({CENTRE, "rosa"}): ["weaker"]}


def test_reverse_order_and_a_visit_with_itself():
    before = make_map({"ana": "Ana"}, [("ana", "C", "moderate", "none")])
    after = make_map({**ROSA}, [("rosa", "C", "strong", "to_target")])
    doc = FakeDoc(("2025-03-04", before), ("2025-06-10", after))
    forward = compare_visits(doc, "visit-0", "visit-1")
    assert compare_visits(doc, "visit-1", "visit-0") == forward
    assert (forward.older, forward.newer) == ("2025-03-04", "2025-06-10")
    assert sentences(forward) == ["Tía Rosa is new on the map, with 1 connection.",
                                  "Ana is no longer on the map (1 connection ended)."]
    itself = compare_visits(doc, "visit-1", "visit-1")
    assert itself.changes == () and sentences(itself) == []
    assert (itself.older, itself.newer) == ("2025-06-10", "2025-06-10")


def test_two_visits_on_the_same_day_compare_in_list_order():
    morning = make_map({"ana": "Ana"}, [])
    afternoon = make_map({"ana": "Ana", **ROSA}, [])
    doc = FakeDoc(("2025-03-04", morning), ("2025-03-04", afternoon))
    for first, second in (("visit-0", "visit-1"), ("visit-1", "visit-0")):
        comparison = compare_visits(doc, first, second)
        assert kinds(comparison) == ["added"]
        assert (comparison.older, comparison.newer) == ("2025-03-04", "2025-03-04")


def test_a_map_with_only_the_centre():
    alone = make_map({}, [])
    # The centre is matched by its kind, whatever its id.
    other_id = make_map({}, [], centre="another-centre-id")
    assert compare_maps(alone, other_id).changes == ()
    renamed = make_map({}, [], centre="another-centre-id", family="Okafor-Diaz family")
    comparison = compare_maps(alone, renamed)
    assert sentences(comparison) == ["Okafor family is now called Okafor-Diaz family."]
    counts = visit_counts(alone, "2025-03-04")
    assert (counts.people, counts.groups, counts.connections, counts.support_to_family) == (0, 0, 0, 0)
    assert trends(FakeDoc(("2025-03-04", alone), ("2025-04-04", other_id))) == [
        (visit_counts(alone, "2025-03-04"), None), (visit_counts(other_id, "2025-04-04"), 0)]


def test_the_centre_matched_by_kind_keeps_its_connections():
    before = make_map({"rosa": "Tía Rosa"}, [("rosa", "C", "moderate", "to_target")], centre="old-centre")
    after = make_map({"rosa": "Tía Rosa"}, [("C", "rosa", "strong", "to_source")], centre="new-centre")
    comparison = compare_maps(before, after)
    assert kinds(comparison) == ["stronger"]
    assert comparison.changes[0].ends == ("new-centre", "rosa")
    assert comparison.edge_status() == {frozenset({"new-centre", "rosa"}): "changed"}


def test_a_person_who_left_with_three_connections_is_one_change():
    people = {"diaz": "Mr. Diaz", "ana": "Ana", "luis": "Luis"}
    before = make_map(people, [("diaz", "C", "stressful", "none"), ("diaz", "ana", "moderate", "none"),
                               ("luis", "diaz", "tenuous", "both"), ("ana", "C", "strong", "both")])
    after = make_map({"ana": "Ana", "luis": "Luis"}, [("ana", "C", "strong", "both")])
    comparison = compare_maps(before, after)
    assert sentences(comparison) == ["Mr. Diaz is no longer on the map (3 connections ended)."]
    assert len(comparison.reported()) == 1
    ended = [change for change in comparison.changes if change.kind == "connection_removed"]
    assert len(ended) == 3 and all(change.under == "diaz" for change in ended)
    # The overlay still marks each of them.
    assert comparison.edge_status() == {frozenset({CENTRE, "diaz"}): "ended",
                                        frozenset({"diaz", "ana"}): "ended",
                                        frozenset({"luis", "diaz"}): "ended"}
    assert comparison.node_status() == {"diaz": "ended"}


def test_connections_that_came_and_went_without_a_person():
    people = {"ana": "Ana", "luis": "Luis"}
    before = make_map(people, [("ana", "luis", "moderate", "none")])
    after = make_map(people, [("C", "luis", "moderate", "none")])
    assert sentences(compare_maps(before, after)) == ["There is a new connection with Luis.",
                                                      "The connection between Ana and Luis has ended."]
    words = compare_maps(before, after).edge_words()
    assert words == {frozenset({CENTRE, "luis"}): ["new"], frozenset({"ana", "luis"}): ["ended"]}


def test_circles_categories_and_support_types():
    before = make_map({"rosa": {"label": "Tía Rosa", "ring": "friends", "category": "friend",
                                "support": ["practical"]},
                       "ana": {"label": "Ana", "ring": None, "support": ["advice", "emotional"]},
                       "luis": {"label": "Luis", "ring": "closest"}}, [])
    after = make_map({"rosa": {"label": "Tía Rosa", "ring": "closest", "category": "family",
                               "support": ["practical", "emotional"]},
                      "ana": {"label": "Ana", "ring": "paid", "support": ["emotional", "advice"]},
                      "luis": {"label": "Luis", "ring": None}}, [])
    comparison = compare_maps(before, after)
    assert sentences(comparison) == [
        "Ana is now in the circle “Paid helpers”.",
        "Luis is no longer in a circle of support.",
        "Tía Rosa moved closer (now in the circle “Closest”).",
        "Tía Rosa is now listed as Family (before: Friend).",
        "Support from Tía Rosa is now marked: Emotional, Practical help (before: Practical help).",
    ]
    further = compare_maps(after, before)
    assert "Tía Rosa moved further out (now in the circle “Friends”)." in sentences(further)


def test_names_are_whole_and_placeholders_in_names_stay_as_typed():
    long_name = "Abuela Carmen de los Santos " * 7
    before = make_map({"a": "Ana %2", "b": long_name}, [("a", "b", "moderate", "none")])
    after = make_map({"a": "Ana %2", "b": long_name}, [("a", "b", "strong", "none")])
    assert sentences(compare_maps(before, after)) == [
        f"The connection between Ana %2 and {long_name} is stronger."]


def test_the_sentences_in_spanish():
    before = make_map({"diaz": "Mr. Diaz", "ana": "Ana"}, [("diaz", "C", "moderate", "none"),
                                                           ("diaz", "ana", "moderate", "none")])
    after = make_map({"ana": "Ana", **ROSA}, [("rosa", "C", "moderate", "none")])
    comparison = compare_maps(before, after)
    with export_language("es"):
        said = sentences(comparison)
    assert said == ["Tía Rosa aparece por primera vez en el mapa, con 1 conexión.",
                    "Mr. Diaz ya no está en el mapa (terminaron 2 conexiones)."]


def test_compare_visits_reads_only_the_visits_it_needs():
    maps = [make_map({"ana": "Ana"}, [])] * 5 + [make_map({"ana": "Ana", "new": "Luis"}, [])]
    doc = FakeDoc(*[(f"2025-0{n + 1}-01", graph) for n, graph in enumerate(maps)])
    compare_visits(doc, "visit-4", "visit-5")
    # Luis was on no earlier visit: every earlier one is looked at; with nothing missing, none is.
    assert sorted(doc.graphs_read) == ["visit-0", "visit-1", "visit-2", "visit-3", "visit-4", "visit-5"]
    doc.graphs_read.clear()
    compare_visits(doc, "visit-3", "visit-4")
    assert sorted(doc.graphs_read) == ["visit-3", "visit-4"]
    with pytest.raises(KeyError):
        compare_visits(doc, "visit-0", "no-such-visit")


def test_visit_counts_are_counts_of_what_was_drawn():
    graph = make_map({"rosa": "Tía Rosa", "ana": "Ana", "school": {"label": "School", "kind": "group"}},
                     [("rosa", "C", "strong", "to_target"), ("C", "ana", "stressful", "to_target"),
                      ("school", "C", "moderate", "both"), ("rosa", "ana", "tenuous", "to_target")])
    counts = visit_counts(graph, "2025-03-04")
    assert (counts.date, counts.people, counts.groups, counts.connections) == ("2025-03-04", 2, 1, 4)
    assert counts.by_strength == {"strong": 1, "moderate": 1, "tenuous": 1, "stressful": 1}
    assert list(counts.by_strength) == ["strong", "moderate", "tenuous", "stressful"]
    assert counts.support_to_family == 2  # from Rosa, and both ways with the school


def test_sentence_needs_no_comparison():
    before = make_map({"rosa": "Tía Rosa"}, [])
    comparison = compare_maps(before, make_map({}, []))
    assert sentence(comparison.changes[0]) == sentence(comparison.changes[0], comparison) == \
        "Tía Rosa is no longer on the map."


# ----- properties over generated maps ------------------------------------------------------------

IDS = [f"n{i}" for i in range(6)]
NAMES = st.sampled_from(["Ana", "Luis", "Tía Rosa", "", "Mr. Diaz"])
NODE = st.fixed_dictionaries({
    "label": NAMES,
    "kind": st.sampled_from(["person", "group"]),
    "ring": st.sampled_from([None, "closest", "friends", "participation", "paid"]),
    "category": st.sampled_from(["family", "friend", "other"]),
    "support": st.lists(st.sampled_from(["emotional", "practical", "advice", "social"]), unique=True),
})


@st.composite
def maps(draw, centre=CENTRE):
    people = draw(st.dictionaries(st.sampled_from(IDS), NODE, max_size=6))
    ends = [centre, *people]
    edges = []
    seen = set()
    pairs = st.lists(st.tuples(st.sampled_from(ends), st.sampled_from(ends)), max_size=10)
    for source, target in draw(pairs):
        if source == target or frozenset((source, target)) in seen:
            continue
        seen.add(frozenset((source, target)))
        edges.append((source, target, draw(st.sampled_from(["strong", "moderate", "tenuous", "stressful"])),
                      draw(st.sampled_from(["none", "to_target", "to_source", "both"])),
                      f"{source}-{target}"))
    return make_map(people, [(s if s != centre else "C", t if t != centre else "C", *rest)
                             for s, t, *rest in edges], centre=centre)


@settings(max_examples=150, deadline=None)
@given(maps())
def test_a_map_compared_with_itself_has_no_changes(graph):
    assert compare_maps(graph, graph).changes == ()
    assert compare_maps(graph, graph, seen_before=frozenset(graph)).node_status() == {}


@settings(max_examples=200, deadline=None)
@given(maps(), maps(centre="other-centre"))
def test_comparing_the_other_way_round_mirrors_every_change(first, second):
    forward = compare_maps(first, second)
    backward = compare_maps(second, first)

    def receivers(change, flow):
        """A flow value of *change* as the set of ends that receive support."""
        first, second = change.ends
        centre, other = (first, second) if change.node_id == second else (second, first)
        return {"none": frozenset(), "both": frozenset(change.ends), "to_target": frozenset({second}),
                "to_source": frozenset({first}), "to_family": frozenset({centre}),
                "from_family": frozenset({other})}[flow]

    def summary(comparison, mirror):
        out = []
        for change in comparison.changes:
            kind = MIRROR[change.kind] if mirror else change.kind
            before, after = change.before, change.after
            if kind == "flow":
                before, after = receivers(change, before), receivers(change, after)
            if mirror:
                before, after = after, before
            where = change.node_id if change.ends is None else frozenset(change.ends)
            if kind in ("added", "removed"):
                before = after = None
            out.append((kind, where, before, after))
        return out

    # Ends are named with the newer map's centre id: put both on one name before comparing.
    def one_centre(value):
        if isinstance(value, frozenset):
            return frozenset(CENTRE if n == "other-centre" else n for n in value)
        return CENTRE if value == "other-centre" else value

    def same_centre(items):
        return Counter(tuple(one_centre(part) for part in item) for item in items)

    assert same_centre(summary(forward, mirror=True)) == same_centre(summary(backward, mirror=False))
    assert len(forward.reported()) == len(backward.reported())


# ----- with a real document ----------------------------------------------------------------------


def test_compare_visits_and_trends_on_a_document():
    from ecomap_desktop.model.document import Document

    doc = Document("Okafor family")
    centre = doc.centre_id
    diaz = doc.add_node({"label": "Mr. Diaz"})
    carmen = doc.add_node({"label": "Abuela Carmen", "ring": "friends"})
    diaz_line = doc.add_edge(diaz, centre, {"strength": "moderate"})
    line = doc.add_edge(carmen, centre, {"strength": "moderate", "flow": "to_target"})
    first = doc.current_visit().id
    doc.start_visit("2099-01-01", "Second visit")
    doc.remove_edge(diaz_line)
    doc.remove_node(diaz)
    doc.set_edge(line, {"strength": "strong"})
    doc.set_node(carmen, {"ring": "closest", "notes": "Comes on Sundays"})
    doc.move_nodes({carmen: (250.0, -80.0)})
    rosa = doc.add_node({"label": "Tía Rosa", "kind": "group"})
    doc.add_edge(centre, rosa, {"flow": "to_source"})
    second = doc.current_visit().id

    comparison = compare_visits(doc, second, first)
    assert (comparison.older, comparison.newer) == (doc.visits()[0].date, "2099-01-01")
    assert sentences(comparison) == [
        "Tía Rosa is new on the map, with 1 connection.",
        "Mr. Diaz is no longer on the map (1 connection ended).",
        "Abuela Carmen moved closer (now in the circle “Closest”).",
        "The connection with Abuela Carmen is stronger.",
    ]
    assert comparison.node_status() == {rosa: "new", diaz: "ended", carmen: "changed"}
    assert compare_visits(doc, second, second).changes == ()
    rows = trends(doc)
    assert [(counts.people, counts.groups, counts.connections, counts.support_to_family, changed)
            for counts, changed in rows] == [(2, 0, 2, 1, None), (1, 1, 2, 2, 4)]


def test_changes_come_in_a_readable_order():
    before = make_map({"zoe": "Zoe", "bea": "Bea", "ana": "Ana", "old": "Olga"},
                      [("zoe", "C", "moderate", "none"), ("bea", "C", "moderate", "none"),
                       ("ana", "C", "moderate", "none")])
    after = make_map({"zoe": "Zoe", "bea": "Bea", "ana": "Ana", "cy": "Cy", "al": "Al"},
                     [("zoe", "C", "strong", "none"), ("bea", "C", "strong", "both"),
                      ("ana", "C", "tenuous", "none")])
    comparison = compare_maps(before, after, seen_before=frozenset({"cy"}))
    assert sentences(comparison) == [
        "Al is new on the map.",
        "Cy is back on the map.",
        "Olga is no longer on the map.",
        "The connection with Bea is stronger.",
        "The connection with Zoe is stronger.",
        "The connection with Ana is weaker.",
        "Support now goes both ways with Bea.",
    ]
