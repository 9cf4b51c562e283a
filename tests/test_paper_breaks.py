"""Where the printed conversation breaks between pages, read back from real PDFs with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_support import run

from ecomap_desktop.export import pdf
from ecomap_desktop.export.compose.mapdraw import ring_names
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
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


def _page_words(path: Path, page: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The words poppler finds on one page, each with its box (x min, y min, x max, y max)."""
    out = run("pdftotext", "-f", page, "-l", page, "-bbox", path, "-").stdout
    number = r'"([\d.]+)"'
    found = re.findall(rf'<word xMin={number} yMin={number} xMax={number} yMax={number}>([^<]*)</word>', out)
    return [(word, tuple(float(v) for v in box)) for *box, word in found]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_the_circles_names_on_the_changes_page_are_clear_of_every_other_word(tmp_path, language,
                                                                               orientation):
    # The small "then" and "now" maps draw the changed people's names at 7 pt, wider than their
    # circles: "Friends" sat under "Little Sprouts Preschool" and "Renée Côté".
    doc = load_document(EXAMPLES / "03-rivera-family-three-visits.ecomap")
    out = tmp_path / "changes.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", orientation, language=language))
    with export_language(language):
        ring_words = {w for name in ring_names().values() for w in name.split()}
    then = "Antes:" if language == "es" else "Then:"
    page = next(i for i, text in enumerate(_page_texts(out), 1) if then in text)
    words = _page_words(out, page)
    rings = [(w, box) for w, box in words if w in ring_words]
    assert len(rings) >= 8  # four circles on each of the two maps
    for word, (left, top, right, bottom) in rings:
        for other, (o_left, o_top, o_right, o_bottom) in words:
            if (other, (o_left, o_top, o_right, o_bottom)) == (word, (left, top, right, bottom)):
                continue
            overlap = min(right, o_right) - max(left, o_left), min(bottom, o_bottom) - max(top, o_top)
            assert min(overlap) <= 0.5, f"{word!r} overlaps {other!r}"


def test_the_date_at_the_top_of_later_pages_is_never_split(tmp_path):
    # In Spanish the agency example's later pages read "… · lunes, 18 de noviembre" and "de 2024"
    # on the next line.
    doc = load_document(EXAMPLES / "02-agency-caseload-map.ecomap")
    out = tmp_path / "agency.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait", include_worker_notes=True, language="es"))
    second = run("pdftotext", "-f", 2, "-l", 2, "-raw", out, "-").stdout.splitlines()
    assert "lunes, 18 de noviembre de 2024" in [line.strip() for line in second]
