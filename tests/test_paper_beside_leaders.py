"""A name printed beside its node reads as that node's: it touches its node where no other node
without a name inside stands nearly as close ("DV advocate" sat between two empty circles on the
agency map), else it stands a little apart, joined to its node by a hairline leader that crosses no
other name and no other node."""

from __future__ import annotations

import math

import pytest
from export_support import RecordingPainter
from paper_support import CROWDED, EXAMPLES

from ecomap_desktop import style
from ecomap_desktop.export.compose import beside as beside_module
from ecomap_desktop.export.compose import mapdraw
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import ORIENTATIONS, PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

PAGES = [(size, orientation, language) for size in ("a4", "letter") for orientation in ORIENTATIONS
         for language in ("en", "es")]


def _apart(n, shape, box) -> float:
    """How far *box* (scene units) is from the outline of node *n* drawn as *shape*."""
    hw, hh, _ = shape.outline
    left, top, right, bottom = box
    if shape.kind == "group":
        return math.hypot(max(left - (n.x + hw), (n.x - hw) - right, 0.0),
                          max(top - (n.y + hh), (n.y - hh) - bottom, 0.0))
    near_x, near_y = min(max(n.x, left), right), min(max(n.y, top), bottom)
    return math.hypot(near_x - n.x, near_y - n.y) - hw


def _segment_meets_box(x1, y1, x2, y2, box) -> bool:
    """Whether the segment passes through *box* (left, top, right, bottom), sampled finely."""
    steps = 200
    return any(box[0] < x1 + (x2 - x1) * t / steps < box[2] and box[1] < y1 + (y2 - y1) * t / steps < box[3]
               for t in range(steps + 1))


def _compose(monkeypatch, page):
    """The agency map's page: (the map as laid out, its scale and placement, the names put beside
    their nodes by node, the painter's calls on page 1)."""
    placed, drawn = [], []

    def recording(info, shapes, names, scale, *args):
        found = beside_module.place_beside(info, shapes, names, scale, *args)
        placed.append((info, scale, found))
        return found

    def drawing(painter, info, placement, *args, **kwargs):
        drawn.append(placement)
        return mapdraw.draw_map(painter, info, placement, *args, **kwargs)

    monkeypatch.setattr(compose, "place_beside", recording)
    monkeypatch.setattr(compose, "draw_map", drawing)
    doc = load_document(next(p for p in EXAMPLES if p.stem == CROWDED))
    painter = RecordingPainter()
    with export_language(page[2]):
        compose.compose_document(doc, PageOptions(*page[:2], language=page[2]), painter)
    info, scale, _found = placed[-1]  # the page as printed (a first try may have been laid out again)
    found = {key: place for seen, _scale, each in placed if seen is info for key, place in each.items()}
    first = [i for i, call in enumerate(painter.calls) if call[0] == "page"][1:2] or [len(painter.calls)]
    return info, scale, drawn[-1], found, painter.calls[:first[0]]


@pytest.mark.parametrize("page", PAGES, ids="-".join)
def test_every_name_beside_its_node_touches_it_clear_of_other_empty_nodes_or_has_a_leader(monkeypatch, page):
    info, scale, placement, found, calls = _compose(monkeypatch, page)
    assert found
    gap = beside_module.BESIDE_GAP / scale
    clear = beside_module.CLEAR_OF_OTHERS / scale
    leaders = [c for c in calls if c[0] == "line" and c[5] == mapdraw.LEADER_WIDTH]
    assert all(c[6] == style.LINE_COLOUR for c in leaders)
    assert len(leaders) == sum(place.leader is not None for place in found.values())
    # Every line of text on the page, as printed (left, top, right, bottom, points).
    texts = [(c[1] - c[3].width / 2, c[2] - c[3].size, c[1] + c[3].width / 2, c[2] + c[3].size * 0.25,
              c[3].logical) for c in calls if c[0] == "text" and c[5] == "center"]
    s, ox, oy = placement.scale, placement.ox, placement.oy
    for node_id, place in found.items():
        n = info.nodes[node_id]
        own = _apart(n, info.shapes[node_id], place.box)
        if place.leader is None:
            assert gap - 1e-6 <= own <= gap * 1.5, n.label
        else:
            assert gap * 1.5 < own <= gap + max(beside_module.LEADER_REACH) / scale + 1e-6, n.label
            x1, y1, x2, y2 = place.leader
            # Drawn from the name's patch to its node's outline, crossing no other printed line.
            assert _apart(n, info.shapes[node_id], (x2, y2, x2, y2)) == pytest.approx(0.0, abs=1e-6)
            left, top, right, bottom = place.box
            assert left - 1e-6 <= x1 <= right + 1e-6 and top - 1e-6 <= y1 <= bottom + 1e-6
            page_line = (ox + x1 * s, oy + y1 * s, ox + x2 * s, oy + y2 * s)
            assert any(all(abs(a - b) < 1e-6 for a, b in zip(c[1:5], page_line)) for c in leaders)
            for *box, text in texts:
                if text not in place.shape.lines:
                    assert not _segment_meets_box(*page_line, box), (n.label, text)
        # No other node without a name inside is nearly as close to the name as its own.
        for other in found:
            if other != node_id:
                assert _apart(info.nodes[other], info.shapes[other], place.box) >= own + clear - 1e-6, (
                    n.label, info.nodes[other].label)


def test_the_dv_advocate_is_printed_clear_of_the_empty_circle_beside_its_own(monkeypatch):
    """Letter, in Spanish: "DV advocate" stood left of its circle and just above Dana's, as near one
    as the other."""
    info, scale, _placement, found, _calls = _compose(monkeypatch, ("letter", "auto", "es"))
    ids = {n.label: key for key, n in info.nodes.items()}
    dv, dana = ids["DV advocate"], ids["Dana (family support worker)"]
    assert {dv, dana} <= set(found)
    box = found[dv].box
    own = _apart(info.nodes[dv], info.shapes[dv], box)
    assert _apart(info.nodes[dana], info.shapes[dana], box) - own >= beside_module.CLEAR_OF_OTHERS / scale
