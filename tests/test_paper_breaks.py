"""Where the printed conversation breaks between pages, read back from real PDFs with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_support import run

from ecomap_desktop.export import pdf
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.io.mapfile import load_document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _page_texts(path: Path) -> list[str]:
    """Each page's text, whitespace collapsed (pdftotext's pages are split by form feeds)."""
    pages = run("pdftotext", "-layout", path, "-").stdout.split("\f")
    return [re.sub(r"\s+", " ", p) for p in pages if p.strip()]


def _notes(doc) -> list[str]:
    """The notes on people and connections as the printout words them."""
    labels = {n: doc.node(n).get("label", "").strip() for n in doc.node_ids()}
    out = [f"{labels[n]}: {doc.node(n)['notes'].strip()}" for n in doc.node_ids()
           if (doc.node(n).get("notes") or "").strip()]
    for e in map(doc.edge, doc.edge_ids()):
        if (e.get("note") or "").strip():
            out.append(f"{labels[e['source']]} \u2013 {labels[e['target']]}: {e['note'].strip()}")
    return out


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_a_short_note_is_never_split_between_two_pages(tmp_path, language, page_size):
    # The third visit's notes in Spanish on A4 once left "to." alone at the top of page 3.
    doc = load_document(EXAMPLES / "03-rivera-family-three-visits.ecomap")
    out = tmp_path / "notes.pdf"
    pdf.export_pdf(doc, out, PageOptions(page_size, "portrait", include_worker_notes=True,
                                         language=language))
    pages = _page_texts(out)
    assert len(pages) >= 3
    notes = _notes(doc)
    assert len(notes) > 20
    for note in notes:
        note = re.sub(r"\s+", " ", note)
        assert any(note in page for page in pages), f"a note is split between pages: {note[:30]}"
