"""The visits the benchmarks' generator gives a shipped example (benchmarks/bench_visits.revisit, also
drawn by the compare tests) are maps a worker could have drawn: nobody on top of anyone in any visit.
Example 02 given twenty visits had someone new drawn on YMCA swim lessons and Head Start, and a
small move put YMCA swim lessons on Head Start."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from ecomap_desktop.canvas.projection import MapProjection
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.model.document import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_visits import revisit  # noqa: E402


def _on_top(graph) -> list[tuple[str, str]]:
    """The pairs of people or groups whose drawn shapes meet in this visit's map."""
    document = Document()
    document.replace_graph(graph.copy())
    drawn = MapProjection(document)
    items = drawn.node_items()
    met = [(a, b) for a, b in itertools.combinations(items, 2)
           if a.sceneBoundingRect().intersects(b.sceneBoundingRect())
           and a.mapToScene(a.shape()).intersects(b.mapToScene(b.shape()))]
    names = sorted((document.node(a.node_id)["label"], document.node(b.node_id)["label"]) for a, b in met)
    drawn.stop_following()
    return names


@pytest.mark.parametrize("example", ["01-rivera-family.ecomap", "02-agency-caseload-map.ecomap"])
def test_no_generated_visit_puts_anyone_on_top_of_anyone(qapp, example):
    doc = load_document(ROOT / "examples" / example)
    assert _on_top(doc.visit_graph(doc.current_visit().id)) == []  # the example itself
    revisit(doc, 20)
    assert {visit.date: _on_top(doc.visit_graph(visit.id)) for visit in doc.visits()} == {
        visit.date: [] for visit in doc.visits()}
