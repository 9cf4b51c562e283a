"""A map of many weekly visits, saved for a test to open."""

from __future__ import annotations

import datetime
from pathlib import Path

from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document


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
