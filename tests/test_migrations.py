"""Older file versions are upgraded step by step on load; newer ones are refused plainly.

tests/fixtures/formats/ holds one frozen file of every format version (v1.ecomap, v2.ecomap...).
Version 1 is the first format, so today the chain has no steps; the machinery is tested with a
pretend version 2 and a pretend version 3 built on the real v1 fixture.
"""

import copy
import json
import re
from pathlib import Path

import pytest

from ecomap_desktop.io import mapfile, migrations
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import FORMAT_VERSION, bytes_to_graph, load_document, read_graph
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


def _pretend_v2_step(data):
    """A pretend format change: version 2 keeps each node's notes under "note"."""
    for node in data["nodes"]:
        node["note"] = node.pop("notes", "")
    return data


def _pretend_v3_step(data):
    """...and version 3 renames it back, so the current validator can check the result."""
    for node in data["nodes"]:
        node["notes"] = node.pop("note") + " (upgraded)"
    return data


def test_chain_runs_each_step_in_order_on_the_v1_fixture(monkeypatch):
    calls = []

    def step1(data):
        calls.append(("1->2", data["version"]))
        return _pretend_v2_step(data)

    def step2(data):
        calls.append(("2->3", data["version"]))
        return _pretend_v3_step(data)

    monkeypatch.setattr(migrations, "STEPS", {1: step1, 2: step2})
    monkeypatch.setattr(mapfile, "FORMAT_VERSION", 3)
    raw = (FIXTURES / "v1.ecomap").read_bytes()
    original = json.loads(raw)
    graph = bytes_to_graph(raw, "v1.ecomap")
    assert calls == [("1->2", 1), ("2->3", 2)]
    notes = {d["label"]: d["notes"] for _, d in graph.nodes(data=True)}
    assert notes["Grandma Rosa"] == "Picks Mateo up from school (upgraded)"
    assert notes["Elm Street School"] == " (upgraded)"
    # migrate() never changes its input.
    before = copy.deepcopy(original)
    migrate(original, 3, {1: _pretend_v2_step, 2: _pretend_v3_step})
    assert original == before


def test_a_gap_in_the_chain_or_a_failing_step_is_a_plain_load_error(monkeypatch):
    monkeypatch.setattr(mapfile, "FORMAT_VERSION", 3)
    raw = (FIXTURES / "v1.ecomap").read_bytes()
    monkeypatch.setattr(migrations, "STEPS", {1: _pretend_v2_step})
    assert missing_steps(3) == [2]
    with pytest.raises(MapFileError) as gap:
        bytes_to_graph(raw, "old.ecomap")
    assert "old.ecomap" in str(gap.value) and "version 2" in str(gap.value)

    def broken(data):
        return data["no such key"]

    monkeypatch.setattr(migrations, "STEPS", {1: broken, 2: _pretend_v3_step})
    with pytest.raises(MapFileError) as failed:
        bytes_to_graph(raw, "old.ecomap")
    assert "could not be upgraded" in str(failed.value) and "Rosa" not in str(failed.value)


def test_current_files_skip_the_chain(monkeypatch):
    def must_not_run(data):
        raise AssertionError("a current file went through a migration step")

    monkeypatch.setattr(migrations, "STEPS", {1: must_not_run})
    assert read_graph(FIXTURES / f"v{FORMAT_VERSION}.ecomap").number_of_nodes() == 4


def test_a_newer_version_is_refused_with_a_message_that_says_so(tmp_path):
    data = json.loads((FIXTURES / "v1.ecomap").read_text(encoding="utf-8"))
    data["version"] = FORMAT_VERSION + 1
    path = tmp_path / "future.ecomap"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        read_graph(path)
    message = str(info.value)
    assert "future.ecomap" in message and "newer version" in message and "update" in message
