"""Shared helpers for the tests of where a circle of support's name stands: in the PNG and SVG's
picture, on paper, and the map that puts a person and her arrowhead just above the name "Closest"."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

from export_support import RecordingPainter

from ecomap_desktop import style
from ecomap_desktop.export import images, pdf
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapdraw import ring_names
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.model.document import Document

# How far (scene units) a name's middle on paper may stand from the picture's or the canvas's: the boxes
# of words pdftotext gives are the font's, not the patch's. A name one step (15 degrees) round the closest
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


def names_on_paper(doc, tmp_path: Path, options: PageOptions) -> list[tuple[float, float]]:
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


def names_in_picture(doc, language: str) -> list[tuple[float, float]]:
    """Each circle's name's middle in the PNG and SVG's picture, from the centre, in scene units."""
    with export_language(language):
        picture = images._Picture(doc)
    try:
        rings = picture.scene.ring_item()
        places = [(r.center().x(), r.center().y()) for r in rings.name_rects()]
    finally:
        picture.close()
    return places


def rosa_just_above_closest(gap: float) -> tuple[Document, tuple[float, float, float, float]]:
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
