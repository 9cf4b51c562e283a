"""The document: every mutation, its validation and its signals (no widgets)."""

import pytest

from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import STRENGTHS, ModelError


class Recorder:
    def __init__(self, doc):
        self.events = []
        for name in ("node_added", "node_removed", "node_changed", "node_moved", "edge_added",
                     "edge_removed", "edge_changed", "meta_changed", "reset"):
            getattr(doc, name).connect(lambda *args, _n=name: self.events.append((_n, *args)))


@pytest.fixture
def doc():
    return Document("Rivera family")


def test_new_document_has_centre_and_default_legend(doc):
    assert doc.node_count() == 1
    centre = doc.node(doc.centre_id)
    assert centre["kind"] == "centre" and centre["label"] == "Rivera family"
    assert [e["key"] for e in doc.meta("legend")] == ["strong", "moderate", "tenuous", "stressful", "flow"]
    assert doc.meta("created") and doc.meta("modified")


def test_add_node_emits_and_fills_defaults(doc):
    rec = Recorder(doc)
    nid = doc.add_node({"label": "Grandma Rosa", "category": "family", "x": 120, "y": -40})
    assert rec.events == [("node_added", nid)]
    node = doc.node(nid)
    assert node["kind"] == "person" and node["ring"] is None and node["support"] == []
    assert (node["x"], node["y"]) == (120.0, -40.0)


@pytest.mark.parametrize(
    "attrs",
    [
        {"kind": "centre"},
        {"kind": "robot"},
        {"label": "x" * 201},
        {"label": 5},
        {"x": float("nan")},
        {"x": 1e12},
        {"ring": "outer space"},
        {"support": ["money"]},
        {"support": ["advice", "advice"]},
        {"category": ""},
        {"shoe_size": 9},
    ],
)
def test_add_node_rejects_bad_values_and_changes_nothing(doc, attrs):
    rec = Recorder(doc)
    with pytest.raises(ModelError):
        doc.add_node(attrs)
    assert doc.node_count() == 1 and rec.events == []


def test_support_types_are_kept_in_canonical_order(doc):
    nid = doc.add_node({"support": ["social", "emotional"]})
    assert doc.node(nid)["support"] == ["emotional", "social"]


def test_centre_cannot_be_removed_or_demoted(doc):
    with pytest.raises(ModelError):
        doc.remove_node(doc.centre_id)
    with pytest.raises(ModelError):
        doc.set_node(doc.centre_id, {"kind": "person"})
    assert doc.has_node(doc.centre_id)


def test_set_node_emits_only_real_changes(doc):
    nid = doc.add_node({"label": "Ana"})
    rec = Recorder(doc)
    doc.set_node(nid, {"label": "Ana", "category": "friend"})
    doc.set_node(nid, {"category": "friend"})
    assert rec.events == [("node_changed", nid, ["category"])]


def test_returned_data_is_a_copy(doc):
    nid = doc.add_node({"label": "Ana", "support": ["advice"]})
    node = doc.node(nid)
    node["support"].append("social")
    node["label"] = "changed"
    assert doc.node(nid)["support"] == ["advice"] and doc.node(nid)["label"] == "Ana"


def test_move_nodes_validates_all_before_moving_any(doc):
    a = doc.add_node({"label": "A"})
    b = doc.add_node({"label": "B"})
    rec = Recorder(doc)
    with pytest.raises(ModelError):
        doc.move_nodes({a: (10, 10), b: (float("inf"), 0)})
    assert doc.node_position(a) == (0.0, 0.0) and rec.events == []
    doc.move_nodes({a: (10, 20), b: (30, 40)})
    assert rec.events == [("node_moved", a, 10.0, 20.0), ("node_moved", b, 30.0, 40.0)]


def test_edges_add_change_remove(doc):
    a = doc.add_node({"label": "A"})
    rec = Recorder(doc)
    eid = doc.add_edge(a, doc.centre_id, {"strength": "strong", "flow": "to_target"})
    assert doc.edge(eid)["source"] == a and doc.edge(eid)["strength"] == "strong"
    assert doc.edges_of(a) == [eid] and doc.edge_between(doc.centre_id, a) == eid
    doc.set_edge(eid, {"colour": "#AA0000", "note": "calls every Sunday"})
    assert doc.edge(eid)["colour"] == "#aa0000"
    doc.remove_edge(eid)
    assert rec.events == [("edge_added", eid), ("edge_changed", eid, ["colour", "note"]),
                          ("edge_removed", eid)]
    assert doc.edge_count() == 0


@pytest.mark.parametrize("strength", STRENGTHS)
def test_every_strength_is_accepted(doc, strength):
    a = doc.add_node({})
    eid = doc.add_edge(doc.centre_id, a, {"strength": strength})
    assert doc.edge(eid)["strength"] == strength


def test_edge_rules(doc):
    a = doc.add_node({})
    b = doc.add_node({})
    doc.add_edge(a, b)
    with pytest.raises(ModelError):
        doc.add_edge(b, a)  # one connection per pair, either way round
    with pytest.raises(ModelError):
        doc.add_edge(a, a)
    with pytest.raises(ModelError):
        doc.add_edge(a, "missing")
    with pytest.raises(ModelError):
        doc.add_edge(a, doc.centre_id, {"flow": "sideways"})
    with pytest.raises(ModelError):
        doc.remove_node(a)  # its connections must go first (RemoveItemsCommand does that)


def test_meta_fields(doc):
    rec = Recorder(doc)
    doc.set_meta("commitment", "Call my sister on Tuesday")
    doc.set_meta("step_notes", {"people": "Named 6 people", "support": "Talked about support"})
    doc.set_meta("steps_done", ["people", "support"])
    assert doc.meta("commitment") == "Call my sister on Tuesday"
    assert list(doc.meta("step_notes")) == ["support", "people"]  # canonical order
    assert doc.meta("steps_done") == ["support", "people"]
    assert [e[1] for e in rec.events] == ["commitment", "step_notes", "steps_done"]
    with pytest.raises(ModelError):
        doc.set_meta("legend", [{"key": "strong"}])
    with pytest.raises(ModelError):
        doc.set_meta("favourite_colour", "blue")


def test_household_members(doc):
    doc.set_node(doc.centre_id, {"household": [{"name": "Maria", "age": "34", "relationship": "mother"},
                                               {"name": "Leo", "age": "6"}]})
    assert doc.node(doc.centre_id)["household"][1] == {"name": "Leo", "age": "6", "relationship": ""}
    with pytest.raises(ModelError):
        doc.set_node(doc.centre_id, {"household": [{"name": "Leo", "pin": "1234"}]})


def test_graph_view_reads_without_copying_and_refuses_changes(doc):
    a = doc.add_node({"label": "Ana"})
    view = doc.graph_view()
    assert view.nodes[a]["label"] == "Ana"
    doc.set_node(a, {"label": "Ana María"})
    assert view.nodes[a]["label"] == "Ana María"  # a live view, not a stale copy
    import networkx as nx

    with pytest.raises(nx.NetworkXError):
        view.add_node("intruder")
    assert doc.node_count() == 2


def test_a_batch_announces_its_start_and_end_once_even_when_nested():
    doc = Document("Kim")
    events = []
    doc.batch_started.connect(lambda: events.append("start"))
    doc.batch_finished.connect(lambda: events.append("end"))
    doc.node_added.connect(lambda _id: events.append("node"))
    with doc.batch():
        doc.add_node({"label": "A"})
        with doc.batch():
            doc.add_node({"label": "B"})
    assert events == ["start", "node", "node", "end"]
    events.clear()
    try:
        with doc.batch():
            raise ValueError
    except ValueError:
        pass
    assert events == ["start", "end"]  # finished even when a change inside fails
