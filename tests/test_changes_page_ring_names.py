"""On the page on what changed, the two small maps draw their people and groups larger than the
map's scale (their names at a readable size): a circle's name kept the main map's place there, and
"Amigos" sat under Renée Côté's circle on the Riveras' page in Spanish. Each circle's name on those
maps now stands clear of every person and group drawn there."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ecomap_desktop import style
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document
from export_support import RecordingPainter

THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


def _circle_meets(cx: float, cy: float, radius: float, box: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = box
    return math.hypot(min(max(cx, left), right) - cx, min(max(cy, top), bottom) - cy) < radius


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _circles_names_under_nodes(calls: list[tuple]) -> list[tuple[str, str]]:
    """The circles' names on a page's calls whose words have a person's circle or a group's box
    drawn over them, with the name's box and the node's."""
    names = []  # (words, their box, where they are drawn)
    for i, call in enumerate(calls):
        if call[0] == "text" and call[4] == style.RING_LABEL_COLOUR:
            _kind, x, baseline, line, _colour, _align = call
            half = line.width / 2
            box = (x - half, baseline - 0.75 * line.size, x + half, baseline + 0.2 * line.size)
            names.append((line.logical, box, i))
    under = []
    for words, box, at in names:
        for call in calls[at:]:
            if call[0] == "circle" and call[5] == style.NODE_OUTLINE and _circle_meets(*call[1:4], box):
                under.append((words, "circle at %.0f, %.0f" % call[1:3]))
            elif call[0] == "rrect" and call[7] == style.NODE_OUTLINE and _boxes_meet(
                    (call[1], call[2], call[1] + call[3], call[2] + call[4]), box):
                under.append((words, "box at %.0f, %.0f" % call[1:3]))
    return under


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("page_size, orientation", [("letter", "portrait"), ("a4", "portrait"),
                                                    ("letter", "landscape")])
def test_no_circles_name_on_the_small_maps_is_under_a_person(language, page_size, orientation):
    doc = load_document(THREE_VISITS)
    painter = RecordingPainter()
    with export_language(language):
        compose.compose_document(doc, PageOptions(page_size, orientation, language=language), painter)
    starts = [i for i, call in enumerate(painter.calls) if call[0] == "page"] + [len(painter.calls)]
    pages = [painter.calls[start:end] for start, end in zip(starts, starts[1:])]
    # The page on what changed: the one after the map's with circles' names (its two small maps).
    small_maps = [calls for calls in pages[1:]
                  if any(call[0] == "text" and call[4] == style.RING_LABEL_COLOUR for call in calls)]
    assert len(small_maps) == 1
    assert sum(1 for call in small_maps[0] if call[0] == "text" and call[4] == style.RING_LABEL_COLOUR) == 8
    assert _circles_names_under_nodes(small_maps[0]) == []
