"""A circle of support's name stands in the same place in a picture and on paper: one rule
(ring_places.ring_name_angles) places it, whatever the picture's size or the page's scale."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from export_support import RecordingPainter
from ring_names_support import TOLERANCE, names_in_picture, names_on_paper, rosa_just_above_closest

from ecomap_desktop.export import images
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.ecomap"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("page_size, language", [("a4", "en"), ("letter", "es")])
def test_a_circles_name_stands_where_the_picture_puts_it(qapp, tmp_path, example, page_size, language):
    """The three-visit example's "Closest" stood at the top of its circle in the PNG, and a step round
    it on paper (the page measured its larger print against the people's circles)."""
    doc = load_document(example)
    paper = names_on_paper(doc, tmp_path, PageOptions(page_size, "auto", language=language))
    picture = names_in_picture(doc, language)
    assert len(paper) == len(picture) == 4
    for (px, py), (qx, qy) in zip(paper, picture):
        assert math.dist((px, py), (qx, qy)) < TOLERANCE, (example.stem, paper, picture)


def _meets(rect, box) -> bool:
    left, top, right, bottom = box
    return rect.left() < right and rect.right() > left and rect.top() < bottom and rect.bottom() > top


@pytest.mark.parametrize("gap", [2.0, 6.0, 10.0])
def test_a_circles_name_leaves_an_arrowhead_beside_it_in_sight(qapp, gap):
    """An arrowhead ending at a person who stands just beyond a circle's name was drawn under the
    name's patch in a picture, the flow of support hidden: the name now moves round, clear of it."""
    doc, arrow = rosa_just_above_closest(gap)
    picture = images._Picture(doc)
    try:
        closest = picture.scene.ring_item().name_rects()[0]
    finally:
        picture.close()
    assert not _meets(closest, arrow)
    assert closest.center().y() < 0 < closest.center().x()  # still on its circle, a step round


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_on_paper_no_circles_name_covers_an_arrowhead(page_size):
    """On paper too; and an arrowhead a page's larger print would reach under is drawn above it."""
    doc, _arrow = rosa_just_above_closest(4.0)
    painter = RecordingPainter()
    with export_language("en"):
        compose.compose_document(doc, PageOptions(page_size, "portrait", language="en"), painter)
    assert len(painter.pages) == 1
    calls = painter.calls
    patches = [(i, c) for i, c in enumerate(calls) if c[0] == "rrect" and c[6] == "#ffffff" and c[7] is None]
    arrows = [(i, c[1]) for i, c in enumerate(calls) if c[0] == "polygon"]
    assert patches and arrows
    for i, points in arrows:
        xs, ys = [x for x, _ in points], [y for _, y in points]
        for j, (_kind, left, top, width, height, *_rest) in patches:
            under = left < max(xs) and left + width > min(xs) and top < max(ys) and top + height > min(ys)
            drawn_again = any(k > j and other == points for k, other in arrows)
            assert not under or drawn_again
