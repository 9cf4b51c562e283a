"""The example maps: they round-trip byte for byte, plain networkx reads them whole, and they are
the realistic, readable drawings the docs, benchmarks and screenshots rely on."""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from ecomap_desktop import geometry
from ecomap_desktop.io.mapfile import data_to_bytes, document_to_bytes, load_document, save_document
from ecomap_desktop.model.vocabulary import CATEGORIES, FLOWS, STRENGTHS

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.ecomap"))
FAMILY = EXAMPLES_DIR / "01-rivera-family.ecomap"
AGENCY = EXAMPLES_DIR / "02-agency-caseload-map.ecomap"


def test_both_examples_are_there_and_the_family_map_sorts_first():
    assert FAMILY in EXAMPLES and AGENCY in EXAMPLES
    assert EXAMPLES[0] == FAMILY  # tools pick `ls examples/* | head -1` for a quick demo


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_load_save_gives_identical_bytes(path, tmp_path):
    original = path.read_bytes()
    doc = load_document(path)
    assert document_to_bytes(doc) == original
    out = tmp_path / path.name
    save_document(doc, out)
    assert out.read_bytes() == original
    # The files are exactly what the writer produces from their own JSON (no hand formatting).
    assert data_to_bytes(json.loads(original)) == original


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_plain_networkx_loads_every_attribute(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.is_directed() and not graph.is_multigraph()
    assert graph.number_of_nodes() == len(data["nodes"])
    assert graph.number_of_edges() == len(data["edges"])
    for node in data["nodes"]:
        expected = {k: v for k, v in node.items() if k != "id"}
        assert graph.nodes[node["id"]] == expected
    for edge in data["edges"]:
        expected = {k: v for k, v in edge.items() if k not in ("source", "target")}
        assert graph.edges[edge["source"], edge["target"]] == expected
    assert graph.graph == data["graph"]
    centres = [n for n, d in graph.nodes(data=True) if d["kind"] == "centre"]
    assert len(centres) == 1


def test_family_example_shows_the_whole_notation():
    doc = load_document(FAMILY)
    outer = [doc.node(n) for n in doc.node_ids() if n != doc.centre_id]
    edges = [doc.edge(e) for e in doc.edge_ids()]
    assert 12 <= len(outer) <= 20
    assert {n["kind"] for n in outer} == {"person", "group"}
    assert set(CATEGORIES) - {n["category"] for n in outer} == {"other"}
    assert {e["strength"] for e in edges} == set(STRENGTHS)
    assert {e["flow"] for e in edges} == set(FLOWS)
    assert any(n["ring"] for n in outer) and any(n["support"] for n in outer)
    assert any(doc.centre_id not in (e["source"], e["target"]) for e in edges)  # outer-to-outer line
    centre = doc.node(doc.centre_id)
    assert centre["label"] == "Maria Rivera & kids" and len(centre["household"]) >= 2
    assert doc.meta("commitment") and doc.meta("reflection") and doc.meta("step_notes")
    assert any(not label.isascii() for label in (n["label"] for n in outer))


def test_agency_example_is_large_with_links_between_services():
    doc = load_document(AGENCY)
    assert 55 <= doc.node_count() <= 65
    between = [e for e in doc.edge_ids() if doc.centre_id not in doc.edge_ends(e)]
    assert len(between) >= 10
    assert {doc.node(n)["category"] for n in doc.node_ids()} >= set(CATEGORIES)


def _outline_gap(a: dict, b: dict) -> float:
    """Clearance between two node outlines (rounded rectangles treated as plain rectangles)."""
    (aw, ah, _), (bw, bh, _) = geometry.node_half_size(a["kind"]), geometry.node_half_size(b["kind"])
    dx, dy = abs(a["x"] - b["x"]), abs(a["y"] - b["y"])
    if a["kind"] != "group" and b["kind"] != "group":
        return math.hypot(dx, dy) - aw - bw
    if a["kind"] == "group" and b["kind"] == "group":
        gx, gy = dx - aw - bw, dy - ah - bh
        return max(gx, gy) if gx < 0 and gy < 0 else math.hypot(max(gx, 0), max(gy, 0))
    (rw, rh), r = ((aw, ah), bw) if a["kind"] == "group" else ((bw, bh), aw)
    return math.hypot(max(dx - rw, 0), max(dy - rh, 0)) - r


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_no_two_nodes_overlap(path):
    doc = load_document(path)
    nodes = [doc.node(n) for n in doc.node_ids()]
    for a, b in itertools.combinations(nodes, 2):
        assert _outline_gap(a, b) >= 10, (a["label"], b["label"])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_no_line_runs_through_a_node_it_does_not_join(path):
    doc = load_document(path)
    nodes = {n: doc.node(n) for n in doc.node_ids()}
    for edge_id in doc.edge_ids():
        u, v = doc.edge_ends(edge_id)
        a, b = nodes[u], nodes[v]
        for other_id, other in nodes.items():
            if other_id in (u, v):
                continue
            hw, hh, _ = geometry.node_half_size(other["kind"])
            # Sample the line densely; no sample may fall inside another node's box.
            for i in range(1, 200):
                t = i / 200
                x, y = a["x"] + t * (b["x"] - a["x"]), a["y"] + t * (b["y"] - a["y"])
                inside = (abs(x - other["x"]) < hw and abs(y - other["y"]) < hh if other["kind"] == "group"
                          else math.hypot(x - other["x"], y - other["y"]) < hw)
                assert not inside, (a["label"], b["label"], other["label"])


VISITS = EXAMPLES_DIR / "03-rivera-family-three-visits.ecomap"


def test_the_three_visits_example_is_what_its_script_writes(tmp_path):
    out = tmp_path / VISITS.name
    script = EXAMPLES_DIR.parent / "tools" / "make_visits_example.py"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True, env=env,
                   timeout=120)
    assert out.read_bytes() == VISITS.read_bytes()


def test_the_three_visits_example_tells_a_story_over_intake_30_and_90_days():
    from ecomap_desktop.analysis.changes import compare_visits

    doc = load_document(VISITS)
    visits = doc.visits()
    assert [(v.date, v.label) for v in visits] == [
        ("2025-03-04", "First visit"), ("2025-04-03", "30 days"), ("2025-06-02", "90 days")]
    # The first visit is the family example's map; each visit keeps its own commitment.
    first = nx.node_link_graph(json.loads(FAMILY.read_bytes()), edges="edges")
    assert set(doc.visit_graph(visits[0].id).nodes) == set(first.nodes)
    assert len({doc.visit_graph(v.id).graph["commitment"] for v in visits}) == 3
    month = {c.kind for c in compare_visits(doc, visits[0].id, visits[1].id).changes}
    assert {"added", "no_longer_stressful", "stronger"} <= month
    later = compare_visits(doc, visits[1].id, visits[2].id).changes
    assert {"added", "removed", "renamed", "ring", "stronger"} <= {c.kind for c in later}
    assert any(c.kind == "removed" and c.older_name == "Luis (kids' dad)" for c in later)
    # Plain networkx reads every past visit's map too.
    data = json.loads(VISITS.read_bytes())
    for visit in data["visits"][:-1]:
        graph = nx.node_link_graph(visit["map"], edges="edges")
        assert graph.number_of_nodes() == doc.visit_graph(visit["id"]).number_of_nodes()
