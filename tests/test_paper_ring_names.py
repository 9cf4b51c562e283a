"""A circle of support's name stands in the same place in a picture and on paper: one rule
(geometry.ring_name_angles) places it, whatever the picture's size or the page's scale."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import pytest
from export_support import RecordingPainter

from ecomap_desktop import style
from ecomap_desktop.export import images, pdf
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapdraw import ring_names
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.model.document import Document

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.ecomap"))
# How far (scene units) a name's middle on paper may stand from the picture's: the words' boxes
# pdftotext gives are the font's, not the patch's. A name one step (15 degrees) round the closest
# circle is 52 units away.
TOLERANCE = 8.0


def _word_boxes(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each word on the first page in reading order, with its box (x min, y min, x max, y max)."""
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    number = r'"([\d.]+)"'
    found = re.findall(rf'<word xMin={number} yMin={number} xMax={number} yMax={number}>([^<]*)</word>', out)
    return [(word, tuple(float(v) for v in box)) for *box, word in found]


def _middle_of(words, name: str, centre: tuple[float, float], reach: float) -> tuple[float, float]:
    """The middle of the one run of words on a line that spells *name* within *reach* of *centre*
    (the key below the map may hold the same word)."""
    parts = name.split()
    found = []
    for i in range(len(words) - len(parts) + 1):
        run = words[i:i + len(parts)]
        if [w for w, _ in run] == parts and all(abs(b[1] - run[0][1][1]) < 1 for _, b in run):
            found.append((min(b[0] for _, b in run), run[0][1][1], max(b[2] for _, b in run), run[0][1][3]))
    found = [(left, top, right, bottom) for left, top, right, bottom in found
             if math.dist(((left + right) / 2, (top + bottom) / 2), centre) < reach]
    assert len(found) == 1, (name, found)
    left, top, right, bottom = found[0]
    return (left + right) / 2, (top + bottom) / 2


def _on_paper(doc, tmp_path: Path, options: PageOptions) -> list[tuple[float, float]]:
    """Each circle's name's middle on the PDF's first page, from its centre, in scene units."""
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, options)
    words = _word_boxes(out)
    # Where the circles' centre is on the page and the page's scale: the circles as the page draws them.
    painter = RecordingPainter()
    with export_language(options.language):
        compose.compose_document(doc, options, painter)
        names = ring_names()
    pages = [i for i, call in enumerate(painter.calls) if call[0] == "page"] + [len(painter.calls)]
    circles = [c for c in painter.calls[:pages[1]] if c[0] == "circle" and c[5] == style.RING_COLOUR]
    _kind, cx, cy, radius, *_rest = circles[0]
    scale = radius / style.RING_RADII["closest"]
    places = []
    with export_language(options.language):
        for key in list(style.RING_RADII)[:len(circles)]:
            x, y = _middle_of(words, names[key], (cx, cy), circles[-1][3] + 10)
            places.append(((x - cx) / scale, (y - cy) / scale))
    return places


def _in_picture(doc, language: str) -> list[tuple[float, float]]:
    """Each circle's name's middle in the PNG and SVG's picture, from the centre, in scene units."""
    with export_language(language):
        picture = images._Picture(doc)
    try:
        rings = picture.scene.ring_item()
        places = [(r.center().x(), r.center().y()) for r in rings.name_rects()]
    finally:
        picture.close()
    return places


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("page_size, language", [("a4", "en"), ("letter", "es")])
def test_a_circles_name_stands_where_the_picture_puts_it(qapp, tmp_path, example, page_size, language):
    """The three-visit example's "Closest" stood at the top of its circle in the PNG, and a step round
    it on paper (the page measured its larger print against the people's circles)."""
    doc = load_document(example)
    paper = _on_paper(doc, tmp_path, PageOptions(page_size, "auto", language=language))
    picture = _in_picture(doc, language)
    assert len(paper) == len(picture) == 4
    for (px, py), (qx, qy) in zip(paper, picture):
        assert math.dist((px, py), (qx, qy)) < TOLERANCE, (example.stem, paper, picture)


def _rosa_just_above_closest(gap: float) -> tuple[Document, tuple[float, float, float, float]]:
    """A person straight above the family, *gap* units above the top of the name "Closest" at the
    top of its circle, and a strong line from the family with an arrowhead at her. Returns the map
    and the box (relative to the family) her arrowhead takes, as the canvas draws it at 100%."""
    doc = Document("Family")
    cx, cy = doc.node_position(doc.centre_id)
    radius = style.RING_RADII["closest"]
    name_top = -radius - style.RING_LABEL_FONT_SIZE * 0.75
    rosa_bottom = name_top - gap
    rosa = doc.add_node({"label": "Rosa", "ring": "friends", "x": cx,
                         "y": cy + rosa_bottom - style.PERSON_RADIUS})
    doc.add_edge(doc.centre_id, rosa, {"strength": "strong", "flow": "to_target"})
    half = style.ARROW_WIDTH / 2
    return doc, (-half, rosa_bottom, half, rosa_bottom + style.ARROW_LENGTH)


def _meets(rect, box) -> bool:
    left, top, right, bottom = box
    return rect.left() < right and rect.right() > left and rect.top() < bottom and rect.bottom() > top


@pytest.mark.parametrize("gap", [2.0, 6.0, 10.0])
def test_a_circles_name_leaves_an_arrowhead_beside_it_in_sight(qapp, gap):
    """An arrowhead ending at a person who stands just beyond a circle's name was drawn under the
    name's patch in a picture, the flow of support hidden: the name now moves round, clear of it."""
    doc, arrow = _rosa_just_above_closest(gap)
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
    doc, _arrow = _rosa_just_above_closest(4.0)
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
