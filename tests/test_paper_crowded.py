"""A crowded map on paper reads: no name printed over another or over the family's household, and
names inside their circles and boxes, printed smaller where they have little room. Measured on the
PDF itself (pdftotext's word boxes) against the shapes the page draws."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from export_support import RecordingPainter
from paper_support import CROWDED, EXAMPLES, Box, export_and_compose, inside_box, inside_circle

from ecomap_desktop import style
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapshapes import LEAST_MAP_TEXT, SMALLEST_MAP_TEXT
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

PAGES = [("a4", "auto", "en"), ("a4", "portrait", "en"), ("letter", "auto", "es"),
         ("letter", "portrait", "es")]


def _meet(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _middle(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


@pytest.mark.parametrize("page", PAGES, ids="-".join)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_name_is_printed_over_another_or_over_the_household(tmp_path, example, page):
    """The agency map printed names 7 pt high over their crowded neighbours: "School moms' group
    chat" over "Mrs. Kowalczyk", "Teta Samira" over the family's household line."""
    words, _circles, _boxes, _warnings = export_and_compose(tmp_path, example, page)
    over = [(a, b) for i, (a, box_a) in enumerate(words) for b, box_b in words[i + 1:] if _meet(box_a, box_b)]
    assert over == []


@pytest.mark.parametrize("page", PAGES, ids="-".join)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_names_stay_inside_their_circles_and_boxes(tmp_path, example, page):
    """Every word printed on a person, group or the family lies inside that shape."""
    words, circles, boxes, warnings = export_and_compose(tmp_path, example, page)
    shapes = [("circle", c) for c in circles] + [("box", b) for b in boxes]
    reaching_out = set()
    for word, box in words:
        x, y = _middle(box)
        # The shape whose middle is nearest the word's: the one the word is printed on.
        nearest = min(shapes, key=lambda s: math.dist((x, y), _middle(
            (s[1][0] - s[1][2], s[1][1] - s[1][2], s[1][0] + s[1][2], s[1][1] + s[1][2])
            if s[0] == "circle" else s[1])))
        kind, outline = nearest
        on_it = (math.dist((x, y), outline[:2]) < outline[2] if kind == "circle" else inside_box(
            (x, y, x, y), outline))
        if not on_it:
            continue  # not a name on the map: the title, a circle's name, the key
        if not (inside_circle(box, outline) if kind == "circle" else inside_box(box, outline)):
            reaching_out.add(outline)
    # The crowded map too: each name inside its shape, on more lines or smaller, or else beside it
    # (31 of its 60 names reached past their shapes on Letter in Spanish).
    assert not reaching_out and warnings == []


def test_on_a_crowded_page_names_are_printed_smaller_where_they_have_little_room(tmp_path):
    """Rather than 7 pt names spilling over their neighbours: smaller names inside their shapes, never
    under SMALLEST_MAP_TEXT, and under LEAST_MAP_TEXT only for the few with room nowhere else."""
    painter = RecordingPainter()
    doc = load_document(next(p for p in EXAMPLES if p.stem == CROWDED))
    with export_language("en"):
        compose.compose_document(doc, PageOptions("a4", "auto", language="en"), painter)
    first = [i for i, call in enumerate(painter.calls) if call[0] == "page"][1]
    sizes = [c[3].size for c in painter.calls[:first] if c[0] == "text" and c[4] != style.RING_LABEL_COLOUR]
    assert min(sizes) >= SMALLEST_MAP_TEXT
    assert sum(size < LEAST_MAP_TEXT - 1e-6 for size in sizes) <= len(sizes) // 10
    assert any(size < compose.MIN_MAP_TEXT for size in sizes)


def test_a_page_where_no_name_fits_still_counts_them_and_sizes_them():
    """A page so crowded that no name fits its shape at any size (every node would have to grow too
    far): the nodes keep their shapes, but each name is still counted as reaching past its shape (the
    export's warning says how many) and printed smaller where the full size would run into its
    neighbours, as on a page where some fit."""

    from ecomap_desktop.export.compose import mapshapes
    from ecomap_desktop.export.compose.mapinfo import read_map
    from ecomap_desktop.io.mapfile import load_document

    example = Path(__file__).resolve().parent.parent / "examples" / "02-agency-caseload-map.ecomap"
    info = read_map(load_document(str(example)))
    scale = 0.17
    assert mapshapes._needs_larger_text(info, scale) and not mapshapes._may_grow(info, scale)
    shapes, short, smaller = mapshapes.shapes_at(info, scale)
    wanting = {i for i, n in info.nodes.items() if mapshapes.text_scale(n, scale) > 1.0}
    assert shapes == info.shapes
    assert short == wanting and len(short) > 40
    assert smaller and set(smaller) <= wanting


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_paper_never_draws_a_node_smaller_than_the_canvas(example):
    """A node grows on paper around a name printed larger, and never shrinks below its size on the
    canvas: so the map at its canvas sizes gives the largest scale a page can have, and fit_map may
    stop there when that is already below the scale its caller would use."""
    from ecomap_desktop.export.compose import mapshapes
    from ecomap_desktop.export.compose.mapinfo import read_map

    info = read_map(load_document(example))
    for scale in (0.05, 0.1, 0.17, 0.25, 0.3, 0.4, 0.6, 1.0):
        for least in (LEAST_MAP_TEXT, compose.MIN_MAP_TEXT):
            shapes = mapshapes.shapes_at(info, scale, least)[0]
            assert all(shapes[i].half_w >= s.half_w and shapes[i].half_h >= s.half_h
                       for i, s in info.shapes.items())
    for box_w, box_h in ((520.0, 600.0), (520.0, 250.0), (300.0, 700.0)):
        full = mapshapes.fit_map(info, box_w, box_h)[1]
        for at_least in (full * 0.5, full, full * 1.01, full * 2):
            quick = mapshapes.fit_map(info, box_w, box_h, at_least)[1]
            assert quick == full if full >= at_least else quick < at_least
