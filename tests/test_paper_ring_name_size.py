"""On paper a circle's name keeps the least size names keep (6 pt) and stays in sight: a crowded page
grows no person or group over it, so it need not shrink to 5 pt to find room between them (the
agency map on Letter printed "Friends" 5.5 pt, on A4 upright 5 pt)."""

from __future__ import annotations

import math

import pytest
from export_support import RecordingPainter
from paper_support import EXAMPLES

from ecomap_desktop import ring_places, style
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapshapes import LEAST_MAP_TEXT
from ecomap_desktop.export.options import ORIENTATIONS, PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document

PAGES = [(size, orientation, language) for size in ("a4", "letter") for orientation in ORIENTATIONS
         for language in ("en", "es")]


def _first_page(doc, page) -> list[tuple]:
    painter = RecordingPainter()
    with export_language(page[2]):
        compose.compose_document(doc, PageOptions(*page[:2], language=page[2]), painter)
    first = [i for i, call in enumerate(painter.calls) if call[0] == "page"][1:2] or [len(painter.calls)]
    return painter.calls[:first[0]]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_a_circles_name_is_printed_6_pt_or_larger_and_no_shape_covers_it(example):
    doc = load_document(example)
    for page in PAGES:
        calls = _first_page(doc, page)
        names = [c for c in calls if c[0] == "text" and c[4] == style.RING_LABEL_COLOUR]
        assert len(names) == 4, page
        circles = [c[1:4] for c in calls if c[0] == "circle" and c[4] is not None]  # people, the family
        boxes = [(c[1], c[2], c[1] + c[3], c[2] + c[4]) for c in calls
                 if c[0] == "rrect" and c[7] == style.NODE_OUTLINE]  # groups
        for _kind, x, baseline, line, _colour, _align in names:
            assert line.size >= LEAST_MAP_TEXT - 1e-6, (page, line.logical, line.size)
            # The letters' box (as mapdraw.ring_label puts them on their patch), a little inside it.
            width, height = ring_places.ring_name_size(line.width, line.size)
            middle = baseline - line.size * 0.36
            left, top, right, bottom = (x - line.width / 2, middle - height / 3, x + line.width / 2,
                                        middle + height / 3)
            for cx, cy, radius in circles:
                near = math.hypot(min(max(cx, left), right) - cx, min(max(cy, top), bottom) - cy)
                assert near >= radius - 0.5, (page, line.logical)
            for b_left, b_top, b_right, b_bottom in boxes:
                assert not (b_left < right - 0.5 and b_right > left + 0.5 and b_top < bottom - 0.5
                            and b_bottom > top + 0.5), (page, line.logical)
