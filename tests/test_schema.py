"""The JSON Schema shipped in the package describes the .ecomap file: the examples pass, broken files
do not, and it names the same vocabulary and limits as the app."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import FORMAT_VERSION, data_to_graph
from ecomap_desktop.model import vocabulary as v

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.ecomap"))


@pytest.fixture(scope="module")
def schema() -> dict:
    text = resources.files("ecomap_desktop").joinpath("schema/ecomap.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def family() -> dict:
    return json.loads(EXAMPLES[0].read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_are_valid(path, validator):
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    assert errors == []


def test_a_minimal_map_is_valid(validator):
    validator.validate({"format": "ecomap", "version": 2,
                        "nodes": [{"id": "c", "label": "", "kind": "centre"}],
                        "visits": [{"id": "v", "date": "2025-03-04", "map": None}]})


def _set(path, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


BROKEN = {
    "no-format": lambda d: d.pop("format"),
    "other-format": _set(["format"], "graphml"),
    "newer-version": _set(["version"], FORMAT_VERSION + 1),
    "version-as-text": _set(["version"], "1"),
    "unknown-top-level": _set(["extra"], 1),
    "no-centre": lambda d: d["nodes"].pop(0),
    "two-centres": _set(["nodes", 1, "kind"], "centre"),
    "label-a-number": _set(["nodes", 1, "label"], 7),
    "label-too-long": _set(["nodes", 1, "label"], "x" * (v.MAX_LABEL + 1)),
    "label-with-nul": _set(["nodes", 1, "label"], "a\x00b"),
    "x-as-text": _set(["nodes", 1, "x"], "12"),
    "x-out-of-range": _set(["nodes", 1, "x"], v.MAX_COORD * 2),
    "unknown-ring": _set(["nodes", 1, "ring"], "far"),
    "support-twice": _set(["nodes", 1, "support"], ["advice", "advice"]),
    "unknown-node-field": _set(["nodes", 1, "age"], "40"),
    "node-without-id": lambda d: d["nodes"][1].pop("id"),
    "unknown-strength": _set(["edges", 0, "strength"], "very strong"),
    "unknown-flow": _set(["edges", 0, "flow"], "away"),
    "colour-by-name": _set(["edges", 0, "colour"], "red"),
    "connection-without-target": lambda d: d["edges"][0].pop("target"),
    "unknown-map-field": _set(["graph", "mood"], "good"),
    "unknown-step": _set(["graph", "step_notes", "later"], "x"),
    "legend-unknown-key": _set(["graph", "legend", 0, "key"], "dotted"),
    "no-visits": lambda d: d.pop("visits"),
    "no-visit-in-the-list": _set(["visits"], []),
    "visit-date-with-a-time": _set(["visits", 0, "date"], "2025-03-04T10:00:00"),
    "visit-label-too-long": _set(["visits", 0, "label"], "x" * 81),
    "unknown-visit-field": _set(["visits", 0, "mood"], "good"),
    "past-visit-map-with-an-unknown-entry": lambda d: d["visits"].insert(0, {
        "id": "earlier", "date": "2000-01-01",
        "map": {"nodes": [{"id": "c", "label": "", "kind": "centre"}], "extra": 1}}),
    "past-visit-without-a-centre": lambda d: d["visits"].insert(0, {
        "id": "earlier", "date": "2000-01-01", "map": {"nodes": []}}),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_are_invalid(case, validator, family):
    data = copy.deepcopy(family)
    BROKEN[case](data)
    assert not validator.is_valid(data)
    with pytest.raises(MapFileError):  # and the app's loader agrees
        data_to_graph(data, "broken.ecomap")


def test_schema_uses_the_apps_vocabulary_and_limits(schema):
    """Adding a strength, flow, ring or support type to the app means updating the schema too."""
    defs = schema["$defs"]
    node, edge, meta = defs["node"]["properties"], defs["connection"]["properties"], defs["map"]["properties"]
    assert node["kind"]["enum"] == list(v.NODE_KINDS)
    assert node["ring"]["enum"] == [*v.RINGS, None]
    assert node["support"]["items"]["enum"] == list(v.SUPPORT_TYPES)
    assert node["category"]["examples"] == list(v.CATEGORIES)
    assert edge["strength"]["enum"] == list(v.STRENGTHS)
    assert edge["flow"]["enum"] == list(v.FLOWS)
    assert meta["legend"]["items"]["properties"]["key"]["enum"] == list(v.LEGEND_KEYS)
    assert list(meta["step_notes"]["properties"]) == list(v.STEPS)
    assert set(node) == set(v.NODE_DEFAULTS) | {"id"}
    assert set(edge) == set(v.EDGE_DEFAULTS) | {"id", "source", "target"}
    assert set(meta) == set(v.META_DEFAULTS)
    assert node["label"]["maxLength"] == v.MAX_LABEL and node["notes"]["maxLength"] == v.MAX_NOTE
    assert schema["properties"]["version"]["const"] == FORMAT_VERSION
