"""The quick reader of a file's JSON gives exactly what json.loads gives, whatever the text."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap_desktop.io.jsonread import parse
from ecomap_desktop.io.mapfile import bytes_to_map, document_to_bytes
from ecomap_desktop.model.document import Document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


def _reject(value):
    raise ValueError("not a finite number")


def _outcome(read, text):
    try:
        return "value", read(text)
    except RecursionError:
        return "error", "RecursionError"
    except ValueError as exc:  # JSONDecodeError among them
        return "error", type(exc).__name__


def _same_as_json(text):
    assert _outcome(lambda t: parse(t, _reject), text) == _outcome(
        lambda t: json.loads(t, parse_constant=_reject), text)


def many_visits() -> str:
    doc = Document("Tran family")
    doc.set_visit(doc.current_visit().id, date="2025-01-06")
    # Fixed ids, so the file's order of people (by id) is the same on every run: with random ids a
    # newcomer could sort anywhere, and how much one visit shares with the one before varied.
    people = [doc.add_node({"label": f"Person {i}", "x": float(10 * i), "support": ["advice"]},
                           f"person-{i:02d}") for i in range(12)]
    for person in people:
        doc.add_edge(doc.centre_id, person)
    for week in range(1, 8):
        doc.start_visit(f"2025-02-{week:02d}")
        doc.move_nodes({people[week % 2 * 2]: (1.5, float(week))})  # one changed
        if week % 2:
            doc.remove_edge(doc.edges_of(people[week + 3])[0])  # one gone
            doc.remove_node(people[week + 3])
        else:
            doc.add_node({"label": f"New {week}"}, f"person-new-{week}")  # one new
    return document_to_bytes(doc).decode()


def test_a_file_of_many_visits_reads_as_json_loads_reads_it_and_repeats_are_shared():
    text = many_visits()
    value = parse(text, _reject)
    assert value == json.loads(text)
    past = [visit["map"]["nodes"] for visit in value["visits"][:-1]]
    # An unchanged person is read once, then taken again by each later visit.
    first = {node["id"]: node for node in past[0]}
    later = {node["id"]: node for node in past[-1]}
    shared = [node_id for node_id in first if node_id in later and first[node_id] is later[node_id]]
    assert len(shared) >= 3
    loaded = bytes_to_map(text.encode(), "tran.ecomap")
    assert len(loaded.visits.visits()) == 8


def test_every_entry_a_visit_repeats_is_taken_from_the_visit_before():
    text = many_visits()
    value = parse(text, _reject)
    assert value == json.loads(text)
    maps = [visit["map"] for visit in value["visits"][:-1]]
    taken = 0
    for before, after in zip(maps, maps[1:]):
        for kind in ("nodes", "edges"):
            # Each entry of the visit before, by its text. An entry is taken with the "," or "]" after
            # it: one that ends either list (before it is followed by "]", after by ",", or the other
            # way round) is read again.
            earlier = {json.dumps(entry): entry for entry in before[kind][:-1]}
            for entry in after[kind][:-1]:
                same = earlier.get(json.dumps(entry))
                if same is not None:
                    assert entry is same  # read once, not parsed again
                    taken += 1
    assert taken > 100


@pytest.mark.parametrize("label", ['Say "hi"', "back\\slash", "Café niño", "tab\there", "", "\u2028 line"])
def test_a_visit_s_words_read_as_json_loads_reads_them_whatever_they_hold(label):
    doc = Document("Tran family")
    doc.set_visit(doc.current_visit().id, date="2025-01-06", label=label if "\t" not in label else "")
    doc.start_visit("2025-02-06", "Week 4")
    doc.start_visit("2025-03-06", "")
    text = document_to_bytes(doc).decode()
    if "\t" in label:  # a raw tab in a string: json.loads refuses it, and so must the reader
        text = text.replace('"label": ""', '"label": "tab\there"', 1)
    _same_as_json(text)


@pytest.mark.parametrize("layout", [
    lambda d: json.dumps(d),
    lambda d: json.dumps(d, indent=1),
    lambda d: json.dumps(d, indent="\t", separators=(" ,", " : ")),
    lambda d: "\n  " + json.dumps(d, separators=(",", ":")) + "\r\n",
])
def test_any_layout_reads_the_same(layout):
    _same_as_json(layout(json.loads(many_visits())))


@pytest.mark.parametrize("text", [
    '{"visits": [{"map": {"nodes": [12, 123, {"id": "a"}, {"id": "a", "x": 1}]}}]}',
    '{"visits": [{"map": {"nodes": [{"id": "a"}]}}, {"map": {"nodes": [{"id": "a"}, {"id": "a"}x]}}]}',
    '{"visits": [{"map": {"nodes": [{"id": "a"}]}}, {"map": {"nodes": [{"id": "a"}}]}}]}',
    '{"visits": [{"map": {"nodes": [{"id": "a"}]}}, {"map": {"nodes": [{"id": "a"},]}}]}',
    '{"visits": [{"map": {"nodes": [{"id": "a"}]}}, {"map": {"nodes": [{"id": "a"}]}}]} extra',
    '{"visits": [{"map": {"nodes": [{"id": "a"}]}}, {"map": {"nodes": [{"id": "a"}',
    '{"visits": [{"map": {"nodes": [NaN]}}]}',
    # A visit's entry that is not an object is never taken again, whatever follows it.
    '{"visits": [{"map": {"nodes": [1]}}, {"map": {"nodes": [\x00]}}]}',
    '{"visits": [{"map": {"nodes": [12]}}, {"map": {"nodes": [123]}}]}',
    '{"visits": 3, "nodes": [], "visits": [{"map": null}, {"map": [1]}, 7]}',
    '[{"visits": []}]',
    '\ufeff{"visits": []}',
    '{"a": 1, "a": 2, "visits": [{"map": {"nodes": [], "nodes": [{"id": "b"}]}}]}',
    "",
])
def test_odd_and_broken_texts_read_or_fail_as_json_loads_does(text):
    _same_as_json(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_files_read_or_fail_as_json_loads_does(data):
    text = EXAMPLE.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        how = data.draw(st.sampled_from(["cut", "copy", "insert"]))
        if how == "cut":
            text = text[:at] + text[at + data.draw(st.integers(1, 40)):]
        elif how == "copy":
            start = data.draw(st.integers(0, len(text)))
            text = text[:at] + text[start:start + data.draw(st.integers(1, 400))] + text[at:]
        else:
            piece = data.draw(st.sampled_from(['{"id": "x"}', ",", "]", "}", " ", "1"]))
            text = text[:at] + piece + text[at:]
    _same_as_json(text)
