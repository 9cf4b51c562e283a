"""Insights on small hand-made maps whose answers are known."""

import pytest

from ecomap_desktop.analysis.insights import (
    COMMON_CATEGORIES,
    compute_for_document,
    flow_for_family,
    sentences,
    summary_data,
    summary_text,
)
from ecomap_desktop.model.document import Document


def _map():
    """The Lopez family: Abuela (strong, helps them), Ana (both ways), Work (stressful, they give),
    Clinic (no line), and Abuela and Ana know each other (weak)."""
    doc = Document("Lopez family")
    c = doc.centre_id
    ids = {
        "abuela": doc.add_node({"label": "Abuela", "category": "family"}),
        "ana": doc.add_node({"label": "Ana", "category": "friend"}),
        "clinic": doc.add_node({"label": "Clinic", "category": "health", "kind": "group"}),
        "work": doc.add_node({"label": "Work", "category": "work", "kind": "group"}),
    }
    doc.add_edge(ids["abuela"], c, {"strength": "strong", "flow": "to_target"})
    doc.add_edge(c, ids["ana"], {"strength": "moderate", "flow": "both"})
    doc.add_edge(c, ids["work"], {"strength": "stressful", "flow": "to_target"})
    doc.add_edge(ids["abuela"], ids["ana"], {"strength": "tenuous"})
    return doc, ids


def test_flow_relative_to_the_centre():
    assert flow_for_family("to_target", "a", "C", "C") == "to_family"
    assert flow_for_family("to_source", "a", "C", "C") == "from_family"
    assert flow_for_family("to_target", "C", "a", "C") == "from_family"
    assert flow_for_family("to_source", "C", "a", "C") == "to_family"
    assert flow_for_family("both", "C", "a", "C") == "both"
    assert flow_for_family("none", "a", "C", "C") == "none"
    assert flow_for_family("to_target", "a", "b", "C") is None


def test_centre_only_map():
    ins = compute_for_document(Document("Kim"))
    assert ins.centre == "Kim"
    assert (ins.people, ins.groups, ins.connections) == (0, 0, 0)
    assert ins.by_category == {} and ins.by_kind == {"person": 0, "group": 0}
    assert set(ins.by_strength.values()) == {0}
    assert ins.missing_categories == list(COMMON_CATEGORIES)
    assert ins.density is None and ins.possible_pairs == 0 and ins.supporters == 0
    assert ins.strongest_areas == [] and ins.stressed_areas == []
    assert sentences(ins) == ["The map has no people or groups yet. Start with the people you turn to."]


def test_empty_map_with_no_name():
    ins = compute_for_document(Document())
    assert ins.centre == "" and ins.title == ""
    assert summary_text(ins).startswith("Untitled map\n")


def test_counts():
    doc, _ = _map()
    ins = compute_for_document(doc)
    assert (ins.people, ins.groups, ins.connections) == (2, 2, 4)
    assert ins.by_kind == {"person": 2, "group": 2}
    assert ins.by_category == {"family": 1, "friend": 1, "work": 1, "health": 1}  # vocabulary order
    assert ins.by_strength == {"strong": 1, "moderate": 1, "tenuous": 1, "stressful": 1}


def test_stressful_and_flows():
    doc, _ = _map()
    ins = compute_for_document(doc)
    assert ins.stressful == [["Work", "Lopez family"]]
    assert ins.stressful_with_family == ["Work"] and ins.stressful_between == []
    assert ins.only_received == ["Abuela"]
    assert ins.only_given == ["Work"]
    assert ins.both_ways == ["Ana"]
    assert ins.no_arrow == []  # Abuela-Ana has no arrow but does not touch the family


def test_missing_categories_and_unconnected():
    doc, ids = _map()
    ins = compute_for_document(doc)
    # Family and friends have a line; the clinic (health) is on the map but has no line.
    assert ins.missing_categories == ["neighbour", "professional", "community", "school"]
    assert ins.not_connected == ["Clinic"]
    # A neighbour on the map but not joined by a line still counts as missing.
    doc.add_node({"label": "Mo", "category": "neighbour"})
    assert "neighbour" in compute_for_document(doc).missing_categories


def test_density_without_the_centre():
    doc, ids = _map()
    ins = compute_for_document(doc)
    # 4 around the family: 6 possible pairs, one linked (Abuela-Ana).
    assert (ins.supporters, ins.possible_pairs, ins.linked_pairs) == (4, 6, 1)
    assert ins.density == pytest.approx(1 / 6)
    doc.add_edge(ids["clinic"], ids["work"])
    assert compute_for_document(doc).density == pytest.approx(2 / 6)


def test_strongest_and_most_stressed_areas():
    doc, ids = _map()
    ins = compute_for_document(doc)
    assert ins.strongest_areas == ["family"] and ins.strongest_count == 1
    assert ins.stressed_areas == ["work"] and ins.stressed_count == 1
    # A tie lists both areas, in vocabulary order.
    friend2 = doc.add_node({"label": "Bea", "category": "friend"})
    doc.add_edge(friend2, doc.centre_id, {"strength": "strong"})
    ins = compute_for_document(doc)
    assert ins.strongest_areas == ["family", "friend"]
    # Strong lines between two outer people do not make an area strong for the family.
    doc2 = Document("X")
    a, b = doc2.add_node({"category": "friend"}), doc2.add_node({"category": "work"})
    doc2.add_edge(a, b, {"strength": "strong"})
    assert compute_for_document(doc2).strongest_areas == []


def test_no_area_is_named_for_people_with_no_kind_yet():
    """A new map's people are all "other" until a kind is chosen: the summary must not say that the
    strongest connections, or the most stress, are "with others"."""
    doc = Document("Rivera family")
    c = doc.centre_id
    rosa, dad = doc.add_node({"label": "Rosa"}), doc.add_node({"label": "Dad"})
    doc.add_edge(rosa, c, {"strength": "strong"})
    doc.add_edge(dad, c, {"strength": "stressful"})
    ins = compute_for_document(doc)
    assert ins.strongest_areas == [] and ins.stressed_areas == []
    # `ecomap summary --json` gives no count for an area it does not list.
    assert ins.to_dict()["strongest_count"] == 0 and ins.to_dict()["stressed_count"] == 0
    said = " ".join(sentences(ins))
    assert "strongest connections" not in said and "most stress" not in said
    assert "Stressful for the family: Dad." in said  # the names are still said
    # Once a kind is chosen, that area is named, even when it ties with people of no kind yet.
    mum = doc.add_node({"label": "Mum", "category": "family"})
    doc.add_edge(mum, c, {"strength": "strong"})
    ins = compute_for_document(doc)
    assert ins.strongest_areas == ["family"] and ins.strongest_count == 1


def test_sentences_read_plainly():
    doc, _ = _map()
    text = sentences(compute_for_document(doc))
    assert text[0] == "On the map: 2 people and 2 groups."
    assert "4 connections: 1 strong, 1 ordinary, 1 weak or distant, 1 stressful." in text
    assert "The strongest connections are with family." in text
    assert "Stressful for the family: Work." in text
    assert "Support only comes to the family from Abuela." in text
    assert "Support only goes from the family to Work." in text
    assert "Support goes both ways with Ana." in text
    assert ("Among the 4 people and groups around the family, 1 pair is linked to each other "
            "(of 6 possible pairs).") in text
    assert ("No connection yet with neighbours, helping professionals, community groups or school or "
            "childcare.") in text
    assert "Not joined by a line yet: Clinic." in text


def test_singular_and_no_name():
    doc = Document("")
    n = doc.add_node({"kind": "group", "category": "community"})
    doc.add_edge(doc.centre_id, n, {"strength": "stressful"})
    text = sentences(compute_for_document(doc))
    assert text[0] == "On the map: 1 group."
    assert "1 connection: 1 stressful." in text
    assert "Stressful for the family: (no name)." in text
    assert "1 line to the family has no arrow yet." in text
    assert not any("pairs" in s for s in text)  # one node around the family: no pairs to speak of


def test_summary_data_is_plain_json():
    import json

    doc, _ = _map()
    data = summary_data(compute_for_document(doc))
    again = json.loads(json.dumps(data))
    assert again["by_strength"]["stressful"] == 1 and again["sentences"] == data["sentences"]
    assert again["only_received"] == ["Abuela"]


def test_insights_never_change_the_document():
    doc, _ = _map()
    before = doc.graph_copy()
    compute_for_document(doc)
    after = doc.graph_copy()
    assert dict(before.nodes(data=True)) == dict(after.nodes(data=True))
    assert list(before.edges(data=True)) == list(after.edges(data=True))


def test_compute_from_parts_matches_the_document():
    doc, _ = _map()
    graph = doc.graph_copy()
    nodes = [(n, d["kind"], d["category"], d["label"]) for n, d in graph.nodes(data=True)]
    edges = [(u, v, d["strength"], d["flow"]) for u, v, d in graph.edges(data=True)]
    from ecomap_desktop.analysis.insights import compute_from_parts

    assert sentences(compute_from_parts(nodes, edges)) == sentences(compute_for_document(doc))


def test_stressful_lines_between_others_and_long_lists():
    doc = Document("Kim")
    names = ["Ana", "Ben", "Cy", "Dee"]
    ids = [doc.add_node({"label": n, "category": "friend"}) for n in names]
    for node_id in ids:
        doc.add_edge(node_id, doc.centre_id, {"flow": "to_target"})
    doc.add_edge(ids[1], ids[0], {"strength": "stressful"})
    ins = compute_for_document(doc)
    assert ins.stressful == [["Ben", "Ana"]] and ins.stressful_between == [["Ben", "Ana"]]
    assert ins.stressful_with_family == []
    text = sentences(ins)
    assert "Stressful between others on the map: Ben and Ana." in text
    assert "Support only comes to the family from these 4: Ana, Ben, Cy and Dee." in text


def test_a_very_long_list_is_cut_short_when_read_aloud():
    doc = Document("Kim")
    for number in range(13):
        node = doc.add_node({"label": f"P{number:02d}"})
        doc.add_edge(node, doc.centre_id, {"flow": "to_target"})
    ins = compute_for_document(doc)
    assert len(ins.only_received) == 13  # the numbers keep every name
    expected = ", ".join(f"P{n:02d}" for n in range(10))
    assert f"Support only comes to the family from these 13: {expected} and 3 more." in sentences(ins)
