"""A map with two visits, made through the model's API, for the compare overlay and panel tests.

First visit (March 4, 2025): Abuela Carmen (a strong line), Mr. Diaz (support to the family) and the
School. Second visit (June 10, 2025): Tía Rosa is new, Mr. Diaz has left, the line to Abuela Carmen
is now stressful, the School is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ecomap_desktop.model.document import Document

# The shipped example with three visits (the Riveras), whose comparison the words' tests look at.
THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


@dataclass
class TwoVisits:
    doc: Document
    first: str  # the earlier visit's id
    second: str  # the current visit's id
    carmen: str
    diaz: str
    school: str
    rosa: str
    carmen_line: str
    school_line: str
    rosa_line: str


def two_visits(doc: Document | None = None) -> TwoVisits:
    doc = doc or Document()
    doc.set_visit(doc.current_visit().id, date="2025-03-04")
    centre = doc.centre_id
    doc.set_node(centre, {"label": "Rivera family"})
    carmen = doc.add_node({"kind": "person", "label": "Abuela Carmen", "x": -180.0, "y": 0.0})
    diaz = doc.add_node({"kind": "person", "label": "Mr. Diaz", "x": 180.0, "y": 0.0})
    school = doc.add_node({"kind": "group", "label": "School", "x": 0.0, "y": 200.0})
    carmen_line = doc.add_edge(carmen, centre, {"strength": "strong"})
    doc.add_edge(diaz, centre, {"strength": "moderate", "flow": "to_target"})
    school_line = doc.add_edge(school, centre, {"strength": "moderate"})
    first = doc.current_visit().id
    second = doc.start_visit("2025-06-10")
    for edge_id in doc.edges_of(diaz):
        doc.remove_edge(edge_id)
    doc.remove_node(diaz)
    doc.set_edge(carmen_line, {"strength": "stressful"})
    rosa = doc.add_node({"kind": "person", "label": "Tía Rosa", "x": 0.0, "y": -200.0})
    rosa_line = doc.add_edge(rosa, centre, {"strength": "moderate", "flow": "both"})
    return TwoVisits(doc, first, second, carmen, diaz, school, rosa, carmen_line, school_line, rosa_line)


def window_with_two_visits(qtbot):
    """A window on a two-visit map (two_visits) with What changed shown and worked out."""
    from window_support import open_window

    window = open_window(qtbot)
    m = two_visits(window.document)
    window.compare.dock.show()
    window.compare.dock.raise_()
    qtbot.waitUntil(lambda: window.compare.panel.sentence_texts() != [])
    return window, m


def wait_comparison_settled(qtbot, window) -> None:
    """Wait until the comparison is on show in the words' final size: no comparison, refit or legend
    placement still due (all timers), every line's words at the names' text size."""
    view, scene = window.view, window.scene

    def done() -> bool:
        captions = [scene.edge_item(e).caption() for e in scene.edge_ids()]
        captions = [c for c in captions if c is not None]
        return (window.compare.overlay.is_shown() and not window.compare._timer.isActive()
                and not view._refit_timer.isActive() and not view._legend_timer.isActive()
                and bool(captions) and all(c.scale() == scene.text_boost() for c in captions))

    QApplication.processEvents()
    qtbot.waitUntil(done)
    QApplication.processEvents()  # what the last timer posted (the tags following the text size)
    assert done()
