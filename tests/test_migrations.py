"""Older file versions are upgraded step by step on load; newer ones are refused plainly.

tests/fixtures/formats/ holds one frozen file of every format version (v1.ecomap, v2.ecomap...).
Version 2 added the visits; the machinery is also tested with a pretend version 3 and a pretend
version 4 built on the real chain from the v1 fixture.
"""

import copy
import json
import re
from pathlib import Path

import pytest

from ecomap_desktop.io import mapfile, migrations
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import (
    FORMAT_VERSION,
    bytes_to_graph,
    bytes_to_map,
    load_document,
    read_graph,
    save_document,
)
from ecomap_desktop.io.migrations import migrate, missing_steps

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _fixture_versions() -> list[int]:
    return sorted(int(re.fullmatch(r"v(\d+)\.ecomap", p.name).group(1)) for p in FIXTURES.glob("v*.ecomap"))


def test_there_is_a_fixture_for_every_version_and_a_step_for_every_old_one():
    assert _fixture_versions() == list(range(1, FORMAT_VERSION + 1))
    assert missing_steps(FORMAT_VERSION) == []
    assert set(migrations.STEPS) == set(range(1, FORMAT_VERSION))


@pytest.mark.parametrize("version", _fixture_versions())
def test_every_fixture_loads_with_its_content(version):
    path = FIXTURES / f"v{version}.ecomap"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == version
    doc = load_document(path)
    labels = {doc.node(n)["label"] for n in doc.node_ids()}
    assert {"Rivera household", "Grandma Rosa", "Elm Street School", "Housing office"} <= labels
    assert doc.edge_count() == 4
    assert doc.meta("commitment") == "Call the housing office on Tuesday"


def _pretend_v3_step(data):
    """A pretend format change: version 3 keeps each node's notes under "note"."""
    for node in data["nodes"]:
        node["note"] = node.pop("notes", "")
    return data


def _pretend_v4_step(data):
    """...and version 4 renames it back, so the current validator can check the result."""
    for node in data["nodes"]:
        node["notes"] = node.pop("note") + " (upgraded)"
    return data


REAL_V1_TO_V2 = migrations.STEPS[1]


def test_chain_runs_each_step_in_order_on_the_v1_fixture(monkeypatch):
    calls = []

    def step1(data):
        calls.append(("1->2", data["version"]))
        return REAL_V1_TO_V2(data)

    def step2(data):
        calls.append(("2->3", data["version"]))
        return _pretend_v3_step(data)

    def step3(data):
        calls.append(("3->4", data["version"]))
        return _pretend_v4_step(data)

    monkeypatch.setattr(migrations, "STEPS", {1: step1, 2: step2, 3: step3})
    monkeypatch.setattr(mapfile, "FORMAT_VERSION", 4)
    raw = (FIXTURES / "v1.ecomap").read_bytes()
    original = json.loads(raw)
    graph = bytes_to_graph(raw, "v1.ecomap")
    assert calls == [("1->2", 1), ("2->3", 2), ("3->4", 3)]
    notes = {d["label"]: d["notes"] for _, d in graph.nodes(data=True)}
    assert notes["Grandma Rosa"] == "Picks Mateo up from school (upgraded)"
    assert notes["Elm Street School"] == " (upgraded)"
    # migrate() never changes its input.
    before = copy.deepcopy(original)
    migrate(original, 4, {1: REAL_V1_TO_V2, 2: _pretend_v3_step, 3: _pretend_v4_step})
    assert original == before


def test_a_gap_in_the_chain_or_a_failing_step_is_a_plain_load_error(monkeypatch):
    monkeypatch.setattr(mapfile, "FORMAT_VERSION", 4)
    raw = (FIXTURES / "v1.ecomap").read_bytes()
    monkeypatch.setattr(migrations, "STEPS", {1: REAL_V1_TO_V2, 2: _pretend_v3_step})
    assert missing_steps(4) == [3]
    with pytest.raises(MapFileError) as gap:
        bytes_to_graph(raw, "old.ecomap")
    assert "old.ecomap" in str(gap.value) and "version 3" in str(gap.value)

    def broken(data):
        return data["no such key"]

    monkeypatch.setattr(migrations, "STEPS", {1: REAL_V1_TO_V2, 2: broken, 3: _pretend_v4_step})
    with pytest.raises(MapFileError) as failed:
        bytes_to_graph(raw, "old.ecomap")
    assert "could not be upgraded" in str(failed.value) and "Rosa" not in str(failed.value)


def _v1(meta_changes: dict) -> bytes:
    data = json.loads((FIXTURES / "v1.ecomap").read_text(encoding="utf-8"))
    data["graph"].update(meta_changes)
    for key, value in meta_changes.items():
        if value is None:
            del data["graph"][key]
    return json.dumps(data).encode("utf-8")


def test_a_version_1_map_becomes_one_visit_dated_from_when_it_was_created(tmp_path):
    loaded = bytes_to_map((FIXTURES / "v1.ecomap").read_bytes(), "v1.ecomap")
    [visit] = loaded.visits.visits()
    assert (visit.date, visit.label) == ("2025-03-04", "")
    doc = load_document(FIXTURES / "v1.ecomap")
    assert doc.visit_count() == 1 and doc.current_visit().date == "2025-03-04"
    assert doc.meta("commitment") == "Call the housing office on Tuesday"  # the visit keeps its fields
    # Saved, it is a version-2 file whose visit keeps that date and id.
    path = tmp_path / "saved.ecomap"
    save_document(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["visits"] == [{"id": doc.current_visit().id, "date": "2025-03-04", "label": "", "map": None}]


def test_the_version_2_fixture_keeps_both_visits():
    doc = load_document(FIXTURES / "v2.ecomap")
    assert [(v.date, v.label) for v in doc.visits()] == [("2025-03-04", "First visit"),
                                                         ("2025-06-10", "90 days")]
    first = doc.visit_graph(doc.visits()[0].id)
    assert first.number_of_nodes() == 4 and doc.node_count() == 5
    assert first.graph["reflection"] == "" and doc.meta("reflection") == "The housing office answers now."


def test_the_date_of_a_version_1_map_falls_back_to_modified_then_to_today(monkeypatch):
    from ecomap_desktop.model import visits

    monkeypatch.setattr(visits, "today", lambda: "2030-01-02")

    def date_of(raw):
        [visit] = bytes_to_map(raw, "v1.ecomap").visits.visits()
        return visit.date

    # The calendar date as written, never shifted by time zone (a late-evening stamp with an offset).
    assert date_of(_v1({"created": "2025-03-04T23:30:00-08:00"})) == "2025-03-04"
    assert date_of(_v1({"created": "", "modified": "2025-05-06T10:00:00+00:00"})) == "2025-05-06"
    assert date_of(_v1({"created": "not a date", "modified": "2025-02-30"})) == "2030-01-02"
    assert date_of(_v1({"created": None, "modified": None})) == "2030-01-02"


def test_a_version_1_file_that_already_lists_visits_is_refused():
    data = json.loads((FIXTURES / "v1.ecomap").read_text(encoding="utf-8"))
    data["visits"] = []
    with pytest.raises(MapFileError) as info:
        bytes_to_graph(json.dumps(data).encode(), "odd.ecomap")
    assert "could not be upgraded" in str(info.value)


def test_current_files_skip_the_chain(monkeypatch):
    def must_not_run(data):
        raise AssertionError("a current file went through a migration step")

    monkeypatch.setattr(migrations, "STEPS", {1: must_not_run})
    path = FIXTURES / f"v{FORMAT_VERSION}.ecomap"
    nodes = json.loads(path.read_text(encoding="utf-8"))["nodes"]
    assert read_graph(path).number_of_nodes() == len(nodes)


def test_a_newer_version_is_refused_with_a_message_that_says_so(tmp_path):
    data = json.loads((FIXTURES / "v1.ecomap").read_text(encoding="utf-8"))
    data["version"] = FORMAT_VERSION + 1
    path = tmp_path / "future.ecomap"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        read_graph(path)
    message = str(info.value)
    assert "future.ecomap" in message and "newer version" in message and "update" in message
