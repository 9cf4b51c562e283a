"""The PDF is dated with the visit it is the paper of, not with when the map was last saved."""

from __future__ import annotations

import re

from ecomap_desktop.export import pdf
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.model.document import Document
from export_support import pdf_text


# The header writes the date the way the reader's region does ("19 December" or "December 19").
VISIT_DAY = re.compile(r"December 19, 2026|December 19, 2026")


def _prepared_early() -> Document:
    """A map for a visit on 19 December, prepared and saved on the 5th."""
    doc = Document("Rivera family")
    doc.add_edge(doc.centre_id, doc.add_node({"label": "Jess", "x": 200.0, "y": 0.0}))
    doc.set_visit(doc.current_visit().id, date="2026-12-19")
    doc.set_meta("created", "2026-12-05T09:00:00+00:00")
    doc.set_meta("modified", "2026-12-05T10:30:00+00:00")
    return doc


def test_the_header_carries_the_visits_date_not_the_last_save(tmp_path):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(_prepared_early(), out, PageOptions("a4", "portrait", include_insights=True))
    text = pdf_text(out)
    assert VISIT_DAY.search(text)
    assert "5 December" not in text and "December 5" not in text


def test_the_visits_date_is_written_in_the_pdfs_language(tmp_path):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(_prepared_early(), out, PageOptions("a4", "portrait", language="es"))
    text = pdf_text(out)
    assert "19 de diciembre de 2026" in text
    assert "5 de diciembre" not in text


def test_a_map_of_several_visits_dates_each_page_with_its_visit(tmp_path):
    doc = _prepared_early()
    doc.set_visit(doc.current_visit().id, date="2026-11-20")
    doc.start_visit("2026-12-19", "30 days")  # saved on the 5th, ahead of the visit
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait", include_insights=True, include_changes=True))
    text = pdf_text(out)
    assert VISIT_DAY.search(text.split("What changed since")[0])  # the map's page and the next
    assert "What changed since November 20, 2026" in text
    assert "Then: November 20, 2026" in text and "Now: December 19, 2026" in text
    assert "5 December" not in text and "December 5" not in text
