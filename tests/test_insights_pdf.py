"""The summary of what the map shows goes into the PDF only when asked (app option or CLI flag)."""

from __future__ import annotations

from export_support import pdf_text
from ecomap_desktop.cli import main
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.export.pdf import export_pdf
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document


def _doc() -> Document:
    doc = Document("Lopez family")
    c = doc.centre_id
    abuela = doc.add_node({"label": "Abuela", "category": "family", "x": -200.0, "y": 0.0})
    work = doc.add_node({"label": "Work", "category": "work", "kind": "group", "x": 200.0, "y": 0.0})
    doc.add_edge(abuela, c, {"strength": "strong", "flow": "to_target"})
    doc.add_edge(c, work, {"strength": "stressful"})
    doc.set_meta("commitment", "Call my sister on Saturday.")
    return doc


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_insights_only_when_asked(tmp_path):
    doc = _doc()
    plain, with_summary = tmp_path / "plain.pdf", tmp_path / "summary.pdf"
    export_pdf(doc, plain, PageOptions())
    export_pdf(doc, with_summary, PageOptions(include_insights=True))
    assert "What the map shows" not in _flat(pdf_text(plain))
    text = _flat(pdf_text(with_summary))
    assert "What the map shows" in text
    assert "Support only comes to the family from Abuela." in text
    assert "Stressful for the family: Work." in text
    assert "Call my sister on Saturday." in text  # the commitment is still there


def test_cli_include_insights(tmp_path):
    path = tmp_path / "lopez.ecomap"
    save_document(_doc(), path)
    out = tmp_path / "lopez.pdf"
    assert main(["export", str(path), str(out), "--include-insights"]) == 0
    assert "The strongest connections are with family." in _flat(pdf_text(out))
