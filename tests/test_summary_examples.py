"""`ecomap summary` on the shipped examples: text for people, JSON for tools, checked against counts
read from the files' plain JSON (not through the app's own loader)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ecomap_desktop.cli import main

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.ecomap"))


def _raw(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    centre = next(n for n in data["nodes"] if n["kind"] == "centre")
    names = {n["id"]: n["label"] for n in data["nodes"]}
    stressful_with_family = sorted(
        (names[e["target"]] if e["source"] == centre["id"] else names[e["source"]]
         for e in data["edges"]
         if e["strength"] == "stressful" and centre["id"] in (e["source"], e["target"])),
        key=str.casefold,
    )
    return {
        "title": data["graph"]["title"],
        "people": sum(n["kind"] == "person" for n in data["nodes"]),
        "groups": sum(n["kind"] == "group" for n in data["nodes"]),
        "connections": len(data["edges"]),
        "stressful": sum(e["strength"] == "stressful" for e in data["edges"]),
        "stressful_with_family": stressful_with_family,
    }


def test_both_examples_are_there():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_summary_text_on_example(path, capsys):
    raw = _raw(path)
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(raw["title"] + "\n")
    assert f"- On the map: {raw['people']} people and {raw['groups']} groups." in out
    assert f"- {raw['connections']} connections: " in out
    assert f"  Stressful: {raw['stressful']}" in out
    if raw["stressful_with_family"]:
        assert "- Stressful for the family: " in out
        for name in raw["stressful_with_family"]:
            assert name in out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_summary_json_on_example(path, capsys):
    raw = _raw(path)
    assert main(["summary", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == raw["title"]
    assert (data["people"], data["groups"], data["connections"]) == (raw["people"], raw["groups"],
                                                                     raw["connections"])
    assert data["by_strength"]["stressful"] == raw["stressful"]
    assert sum(data["by_strength"].values()) == raw["connections"]
    assert sum(data["by_category"].values()) == raw["people"] + raw["groups"]
    assert data["stressful_with_family"] == raw["stressful_with_family"]
    n = raw["people"] + raw["groups"]
    assert data["possible_pairs"] == n * (n - 1) // 2
    assert 0.0 <= data["density"] <= 1.0
    assert data["sentences"] and all(isinstance(s, str) and s.endswith(".") for s in data["sentences"])
