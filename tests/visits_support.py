"""A map of many weekly visits, saved for a test to open; where the visits strip shows the visit on show."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea

from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from window_support import wait_painted


def save_weekly_visits(path: Path, count: int) -> Path:
    """Save at *path* a map of *count* visits a week apart, the first labelled "Intake" and every
    fourth "Week N", with one more person at each visit; returns *path*."""
    doc = Document("Rivera family")
    day = datetime.date(2025, 1, 6)
    doc.set_visit(doc.current_visit().id, date=day.isoformat(), label="Intake")
    for number in range(2, count + 1):
        day += datetime.timedelta(days=7)
        doc.start_visit(day.isoformat(), f"Week {number}" if number % 4 == 0 else "")
        doc.add_node({"label": f"Support {number}", "x": 10.0 * number, "y": 0.0})
    save_document(doc, path)
    return path


def shown_button_place(strip) -> tuple[QRect, QRect]:
    """The button of the visit on show, and the part of the strip's row in sight, both in the row's
    viewport."""
    viewport = strip.findChild(QScrollArea).viewport()
    button = strip.button(strip.shown_id())
    return QRect(button.mapTo(viewport, QPoint(0, 0)), button.size()), viewport.rect()


def wait_shown_wholly_in_sight(qtbot, window) -> None:
    """Wait until the window is painted as a user then sees it and the visit on show's button is
    whole in the strip; say where it is if it never is."""
    strip = window.visit_strip

    def whole() -> bool:
        place, sight = shown_button_place(strip)
        return sight.contains(place)

    wait_painted(qtbot, window)
    try:
        qtbot.waitUntil(whole)
    except qtbot.TimeoutError:
        place, sight = shown_button_place(strip)
        raise AssertionError(f"the visit on show's button {place} is not wholly in sight {sight} "
                             f"(window {window.width()} wide)") from None
