"""Shared helpers for the paper tests: the examples, a page's printed words with their boxes
(pdftotext), the shapes the same page draws, and whether a word sits inside a shape."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

from export_support import RecordingPainter

from ecomap_desktop import style
from ecomap_desktop.export import pdf
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.ecomap"))
CROWDED = "02-agency-caseload-map"
# pdftotext's box of a word runs from the font's ascent to its descent, taller than the letters: lines
# of one name (or one key entry) overlap by that much. This much of each box's height is left off,
# top and bottom, so only letters printed over letters count.
LETTERS = 0.2

Box = tuple[float, float, float, float]


def page_words(path: Path) -> list[tuple[str, Box]]:
    """Each word on the first page with the box of its letters (left, top, right, bottom)."""
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    number = r'"([\d.]+)"'
    found = re.findall(rf'<word xMin={number} yMin={number} xMax={number} yMax={number}>([^<]*)</word>', out)
    words = []
    for *box, word in found:
        left, top, right, bottom = (float(v) for v in box)
        trim = (bottom - top) * LETTERS
        words.append((word, (left, top + trim, right, bottom - trim)))
    return words


def export_and_compose(tmp_path: Path, example: Path, page: tuple[str, str, str]):
    """The map's PDF, its words, and the shapes and warnings of the same page as composed."""
    size, orientation, language = page
    doc = load_document(example)
    options = PageOptions(size, orientation, language=language)
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, options)
    painter = RecordingPainter()
    with export_language(language):
        result = compose.compose_document(doc, options, painter)
    first = [i for i, call in enumerate(painter.calls) if call[0] == "page"][1:2] or [len(painter.calls)]
    calls = painter.calls[:first[0]]
    circles = [c[1:4] for c in calls if c[0] == "circle" and c[4] is not None]  # people and the family
    boxes = [(c[1], c[2], c[1] + c[3], c[2] + c[4]) for c in calls
             if c[0] == "rrect" and c[7] == style.NODE_OUTLINE]  # groups
    return page_words(out), circles, boxes, result.warnings


def inside_circle(box: Box, circle) -> bool:
    cx, cy, radius = circle
    return all(math.hypot(x - cx, y - cy) <= radius + 0.5 for x in (box[0], box[2]) for y in (box[1], box[3]))


def inside_box(box: Box, outline: Box) -> bool:
    return (box[0] >= outline[0] - 0.5 and box[2] <= outline[2] + 0.5
            and box[1] >= outline[1] - 0.5 and box[3] <= outline[3] + 0.5)
