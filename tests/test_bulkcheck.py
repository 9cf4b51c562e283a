"""Checking a map's entries a field at a time gives exactly what checking them one by one gives.

The loader checks a big map's people and connections together (io/bulkcheck) when it can, and one
by one otherwise; a file must open the same, and be refused with the same message, either way.
"""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap_desktop.io.bulkcheck import edge_values, node_values
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import bytes_to_map, data_to_map
from ecomap_desktop.io.nodelink import _check_edge, _check_node
from ecomap_desktop.model.vocabulary import EDGE_DEFAULTS, NODE_DEFAULTS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _one_by_one(check, entries):
    """What checking each entry gives: the values (with their fields' order), or the first refusal."""
    try:
        return "values", [list(check(entry, "map.ecomap", "", index).items())
                          for index, entry in enumerate(entries, start=1)]
    except MapFileError as exc:
        return "refused", str(exc)


def _agrees(at_once, check, entries):
    expected = _one_by_one(check, entries)
    values = at_once(entries)
    if values is None:  # the caller checks them one by one: always right
        return
    assert expected[0] == "values", "taken at once, but checking one by one refuses them"
    assert [list(attrs.items()) for attrs in values] == expected[1]
    for attrs, entry in zip(values, entries):
        assert attrs is not entry


# Mostly values a map holds (some that the check normalises), now and then anything at all.
ODD = st.one_of(st.none(), st.booleans(), st.integers(-2_000_000, 2_000_000),
                st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6),
                st.sampled_from(["", "x" * 201, "a\x00b", "\ud800", "a\x85", "a\tb", "\ufffe"]),
                st.lists(st.sampled_from(["advice", "x"]), max_size=3))
NAME = st.sampled_from(["Ana", "Tío Luis", "", "Dr. Ng", "Ana \u2014 aunt", "x" * 200] * 3 + ["Ana\n"])
NODE_FIELD = {
    "label": NAME, "kind": st.sampled_from(["person", "group", "centre"]),
    "category": st.sampled_from(["friend", "family", "faith", "Choir"]),
    "x": st.one_of(st.floats(-1e6, 1e6), st.integers(-10, 10)), "y": st.floats(-1e6, 1e6),
    "ring": st.sampled_from([None, "closest", "paid"]), "notes": st.one_of(NAME, st.just("line\nbreak\t")),
    "support": st.sampled_from([[], [], ["social", "advice"], ["practical"]]),
    "household": st.sampled_from([[], [], [{"name": "Ana", "age": "4", "relationship": "daughter"}]]),
}
EDGE_FIELD = {
    "strength": st.sampled_from(["strong", "tenuous", "moderate"]), "flow": st.sampled_from(["none", "both"]),
    "colour": st.sampled_from([None, None, "#a1B2c3", "#ffffff"]), "note": NAME,
}


def _field(draw, valid):
    return draw(ODD) if draw(st.integers(0, 30)) == 0 else draw(valid)


@st.composite
def nodes(draw):
    """A list of people and groups as the writer lays them out, now and then a field odd."""
    out = []
    for number in range(draw(st.integers(1, 6))):
        node = {"id": _field(draw, st.sampled_from([f"n{number}"] * 4 + ["é", "n0"]))}
        node.update((key, _field(draw, NODE_FIELD[key])) for key in NODE_DEFAULTS)
        out.append(node)
    return out


@st.composite
def edges(draw):
    """A list of connections as the writer lays them out, now and then a field odd."""
    out = []
    for number in range(draw(st.integers(1, 6))):
        edge = {"source": _field(draw, st.sampled_from(["n1", "n2"])),
                "target": _field(draw, st.sampled_from(["n2", "n3"])),
                "id": _field(draw, st.sampled_from([f"e{number}", "e0"]))}
        edge.update((key, _field(draw, EDGE_FIELD[key])) for key in EDGE_DEFAULTS)
        out.append(edge)
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nodes())
def test_people_checked_at_once_are_checked_as_one_by_one(entries):
    _agrees(node_values, _check_node, entries)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edges())
def test_connections_checked_at_once_are_checked_as_one_by_one(entries):
    _agrees(edge_values, _check_edge, entries)


@pytest.mark.parametrize("xs", [[1.0, True], [True, 1.0], [0.0, False], [1.0, float("nan")],
                                [1.0, float("inf")], [2e6, 1.0]])
def test_a_position_that_is_not_a_number_in_range_is_refused_whatever_is_beside_it(xs):
    # True equals 1.0 (and False 0.0): a position is never taken for another equal to it.
    entries = [{"id": f"n{i}", **NODE_DEFAULTS, "label": "Ana", "x": x} for i, x in enumerate(xs)]
    assert node_values(entries) is None
    assert _one_by_one(_check_node, entries)[0] == "refused"


def test_whole_numbers_and_capital_colours_come_out_as_one_by_one_makes_them():
    entries = [{"id": "n1", **NODE_DEFAULTS, "label": "Ana", "x": 3, "support": ["social", "advice"]}]
    values = node_values(entries)
    assert values is not None and type(values[0]["x"]) is float
    assert values[0]["support"] == ["advice", "social"]
    lines = [{"source": "a", "target": "b", "id": "e1", **EDGE_DEFAULTS, "colour": "#ABCDEF"}]
    assert edge_values(lines) == [dict(EDGE_DEFAULTS, colour="#abcdef")]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.ecomap")), ids=lambda p: p.name)
def test_every_example_opens_the_same_checked_at_once_or_one_by_one(example, monkeypatch):
    raw = example.read_bytes()
    at_once = bytes_to_map(raw, example.name)
    monkeypatch.setattr("ecomap_desktop.io.nodelink.node_values", lambda entries: None)
    monkeypatch.setattr("ecomap_desktop.io.nodelink.edge_values", lambda entries: None)
    one_by_one = bytes_to_map(raw, example.name)
    assert list(at_once.graph.nodes(data=True)) == list(one_by_one.graph.nodes(data=True))
    assert list(at_once.graph.edges(data=True)) == list(one_by_one.graph.edges(data=True))
    for visit in at_once.visits.visits()[:-1]:
        before = one_by_one.visits.past_map(visit.id).graph()
        after = at_once.visits.past_map(visit.id).graph()
        assert list(after.nodes(data=True)) == list(before.nodes(data=True))
        assert list(after.edges(data=True)) == list(before.edges(data=True))


def test_a_map_as_the_app_writes_it_is_checked_at_once():
    data = json.loads((EXAMPLES / "02-agency-caseload-map.ecomap").read_text(encoding="utf-8"))
    assert node_values(data["nodes"]) is not None and edge_values(data["edges"]) is not None
    data_to_map(data, "map.ecomap")
