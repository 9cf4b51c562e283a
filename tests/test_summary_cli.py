"""`ecomap summary FILE [--json]`: the insights as text for people and JSON for tools."""

import json

import pytest

from ecomap_desktop.cli import main
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document


@pytest.fixture
def map_file(tmp_path):
    doc = Document("Lopez family")
    doc.set_meta("title", "Spring visit")
    c = doc.centre_id
    abuela = doc.add_node({"label": "Abuela", "category": "family"})
    work = doc.add_node({"label": "Work", "category": "work", "kind": "group"})
    doc.add_edge(abuela, c, {"strength": "strong", "flow": "to_target"})
    doc.add_edge(c, work, {"strength": "stressful"})
    path = tmp_path / "lopez.ecomap"
    save_document(doc, path)
    return path


def test_summary_text(map_file, capsys):
    assert main(["summary", str(map_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Spring visit\n============\n")
    assert "- On the map: 1 person and 1 group." in out
    assert "- Stressful for the family: Work." in out
    assert "- Support only comes to the family from Abuela." in out
    assert "  Stressful: 1" in out and "  Family: 1" in out


def test_summary_json(map_file, capsys):
    assert main(["summary", "--json", str(map_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Spring visit" and data["centre"] == "Lopez family"
    assert data["by_strength"] == {"strong": 1, "moderate": 0, "tenuous": 0, "stressful": 1}
    assert data["by_kind"] == {"person": 1, "group": 1}
    assert data["only_received"] == ["Abuela"] and data["no_arrow"] == ["Work"]
    assert data["density"] == 0.0 and data["possible_pairs"] == 1
    assert "Support only comes to the family from Abuela." in data["sentences"]


def test_summary_of_a_bad_file_is_a_plain_error(tmp_path, capsys):
    bad = tmp_path / "bad.ecomap"
    bad.write_text("not json", encoding="utf-8")
    assert main(["summary", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "bad.ecomap" in captured.err
    assert main(["summary", str(tmp_path / "missing.ecomap")]) == 1


def test_summary_usage_error(capsys):
    assert main(["summary"]) == 2
