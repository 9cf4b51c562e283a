"""GraphML as network tools read it (igraph and networkx): weights, direction of support, notes only
when asked for."""

from __future__ import annotations

import igraph
import networkx as nx
import pytest
from export_support import COMMITMENT, NODE_NOTE, REFLECTION, STEP_NOTES, WORKER_NOTES, sample_doc

from ecomap_desktop.io.graphml import export_graphml
from ecomap_desktop.model.document import Document

NOTES = [NODE_NOTE, REFLECTION, COMMITMENT, WORKER_NOTES, *STEP_NOTES.values()]
EDGE_NOTE = "Drives the children to school."


def _one_of_each() -> tuple[Document, dict[str, str]]:
    """A centre and four people, one connection of each flow; returns the people's ids by flow."""
    doc = Document("Centre")
    people = {}
    for flow, strength in (("none", "strong"), ("to_target", "moderate"), ("to_source", "tenuous"),
                           ("both", "stressful")):
        people[flow] = doc.add_node({"label": flow, "x": 200.0, "y": 0.0})
        doc.add_edge(doc.centre_id, people[flow], {"strength": strength, "flow": flow, "note": EDGE_NOTE})
    return doc, people


@pytest.fixture
def one_of_each(tmp_path):
    doc, people = _one_of_each()
    out = tmp_path / "map.graphml"
    export_graphml(doc, out)
    return doc, people, out


def _igraph_edges(path) -> dict[tuple[str, str], dict]:
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.is_directed()
    ids = graph.vs["id"]
    return {(ids[e.source], ids[e.target]): e.attributes() for e in graph.es}


def test_igraph_reads_a_weight_for_each_strength_and_the_stressful_flag(one_of_each):
    doc, people, out = one_of_each
    centre = doc.centre_id
    edges = _igraph_edges(out)
    assert edges[(centre, people["none"])]["weight"] == 3  # strong
    assert edges[(centre, people["to_target"])]["weight"] == 2  # ordinary
    assert edges[(people["to_source"], centre)]["weight"] == 1  # weak
    stressful = edges[(centre, people["both"])]
    assert stressful["weight"] == 1 and stressful["stressful"] is True
    assert stressful["strength"] == "stressful"
    assert not any(e["stressful"] for k, e in edges.items() if people["both"] not in k)


def test_edges_point_the_way_support_flows_in_igraph_and_networkx(one_of_each):
    doc, people, out = one_of_each
    centre = doc.centre_id
    expected = {
        (centre, people["to_target"]),  # to the person only
        (people["to_source"], centre),  # the person supports the family: turned round
        (centre, people["both"]), (people["both"], centre),  # both ways: a pair
        (centre, people["none"]), (people["none"], centre),  # no direction drawn: a pair too
    }
    assert set(_igraph_edges(out)) == expected
    graph = nx.read_graphml(out)
    assert graph.is_directed() and set(graph.edges) == expected
    # Each GraphML edge says whose connection it is, and its flow relative to its own ends.
    for u, v, data in graph.edges(data=True):
        flow = doc.edge(data["connection"])["flow"]
        assert data["flow"] == ("to_target" if flow in ("to_target", "to_source") else flow)
    pair = graph.edges[centre, people["none"]], graph.edges[people["none"], centre]
    assert pair[0]["connection"] == pair[1]["connection"]
    assert graph.number_of_edges() == doc.edge_count() + 2  # "none" and "both" give two edges each


def test_a_one_way_connection_counts_once_in_degree_and_strength(one_of_each):
    doc, people, out = one_of_each
    graph = igraph.Graph.Read_GraphML(str(out))
    index = {node_id: i for i, node_id in enumerate(graph.vs["id"])}
    receiver = index[people["to_target"]]
    assert graph.degree(receiver, mode="in") == 1 and graph.degree(receiver, mode="out") == 0
    out_strength = graph.strength(index[doc.centre_id], mode="out", weights="weight")
    assert out_strength == 3 + 2 + 1  # "none" (strong), one-way (ordinary), "both" (stressful)


def test_notes_are_left_out_unless_asked_for(tmp_path):
    doc = sample_doc()
    doc.set_edge(doc.edge_ids()[0], {"note": EDGE_NOTE})
    plain, full = tmp_path / "plain.graphml", tmp_path / "full.graphml"
    export_graphml(doc, plain)
    export_graphml(doc, full, include_notes=True)
    text = plain.read_text(encoding="utf-8")
    for note in NOTES + [EDGE_NOTE]:
        assert note not in text
    graph = nx.read_graphml(plain)
    assert not {"worker_notes", "step_notes", "reflection", "commitment"} & set(graph.graph)
    assert all("notes" not in data for _, data in graph.nodes(data=True))
    assert all("note" not in data for _, _, data in graph.edges(data=True))
    assert graph.graph["title"] == "Our circle of support"  # the rest of the map is all there

    graph = nx.read_graphml(full)
    assert graph.graph["worker_notes"] == WORKER_NOTES and graph.graph["reflection"] == REFLECTION
    assert graph.graph["commitment"] == COMMITMENT and STEP_NOTES["people"] in graph.graph["step_notes"]
    assert NODE_NOTE in {data["notes"] for _, data in graph.nodes(data=True)}
    assert EDGE_NOTE in {data["note"] for _, _, data in graph.edges(data=True)}
    edges = igraph.Graph.Read_GraphML(str(full)).es
    assert EDGE_NOTE in edges["note"]


def test_every_node_and_its_words_survive(tmp_path):
    doc = sample_doc()
    out = tmp_path / "map.graphml"
    export_graphml(doc, out)
    graph = igraph.Graph.Read_GraphML(str(out))
    assert sorted(graph.vs["id"]) == sorted(doc.node_ids())
    for vertex in graph.vs:
        node = doc.node(vertex["id"])
        for key in ("label", "kind", "category"):
            assert vertex[key] == node[key]
        assert vertex["x"] == node["x"] and vertex["y"] == node["y"]
