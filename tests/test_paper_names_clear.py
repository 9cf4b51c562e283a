"""On paper nothing is drawn over a name: no arrowhead over a person's name on the small maps of the
page on what changed, as on the main map."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import RecordingPainter

from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

THREE_VISITS = Path(__file__).parents[1] / "examples" / "03-rivera-family-three-visits.ecomap"


def _composed(path: Path) -> tuple[RecordingPainter, set[str]]:
    """The printout of *path* as drawn, and every name its people and groups had at any visit."""
    doc = load_document(path)
    names = {data.get("label", "") for visit in doc.visits()
             for _id, data in doc.visit_graph(visit.id).nodes(data=True)}
    painter = RecordingPainter()
    with export_language("en"):
        compose.compose_document(doc, PageOptions("a4", "portrait", language="en"), painter)
    return painter, {name for name in names if name}


def _pages(painter: RecordingPainter) -> list[list[tuple]]:
    pages: list[list[tuple]] = []
    for call in painter.calls:
        if call[0] == "page":
            pages.append([])
        else:
            pages[-1].append(call)
    return pages


def _letters(call: tuple) -> tuple[float, float, float, float]:
    """The box a centred line's letters take (cap height to descender), in points."""
    _kind, x, baseline, line, _colour, _align = call
    return x - line.width / 2, baseline - line.size * 0.7, x + line.width / 2, baseline + line.size * 0.2


def _inside(point, box) -> bool:
    x, y = point
    left, top, right, bottom = box
    return left + 0.3 < x < right - 0.3 and top + 0.3 < y < bottom - 0.3


def _triangle_points(points, steps: int = 10):
    (ax, ay), (bx, by), (cx, cy) = points
    for i in range(steps + 1):
        for j in range(steps + 1 - i):
            u, v = i / steps, j / steps
            w = 1 - u - v
            yield u * ax + v * bx + w * cx, u * ay + v * by + w * cy


@pytest.fixture(scope="module")
def three_visits():
    return _composed(THREE_VISITS)


def test_no_arrowhead_covers_a_name_on_the_small_maps_or_the_main_map(three_visits):
    painter, names = three_visits
    pages = _pages(painter)
    checked = 0
    for number, calls in enumerate(pages, 1):
        lines = [c for c in calls if c[0] == "text" and c[5] == "center"
                 and any(c[3].logical in name for name in names)]
        heads = [c[1] for c in calls if c[0] == "polygon" and len(c[1]) == 3]
        for line in lines:
            box = _letters(line)
            covering = [head for head in heads if any(_inside(pt, box) for pt in _triangle_points(head))]
            assert not covering, f"page {number}: an arrowhead covers {line[3].logical!r}"
            checked += 1
    # "Ana (café" / "friend)" is one of the names drawn on the page on what changed.
    assert checked > 20
    assert "Ana (café" in [c[3].logical for c in pages[-1] if c[0] == "text"]
