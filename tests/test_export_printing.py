"""Print uses the PDF's page layout, drawn with QPainter (checked by printing to a PDF file)."""

from __future__ import annotations

import pytest
from export_support import GROUP_NAMES, RecordingPainter, pdf_info, pdf_text, sample_doc

from ecomap_desktop.export import pdf, printing
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions


def _pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("page_size,orientation,expect", [("a4", "portrait", "595 x 842"),
                                                         ("letter", "landscape", "792 x 612")])
def test_printing_gives_the_pdf_pages(qapp, tmp_path, page_size, orientation, expect):
    doc = sample_doc()
    options = PageOptions(page_size, orientation)
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    printing.prepare_printer(printer, doc, options)
    result = printing.render_to_printer(doc, printer, options)
    _, report = pdf.render(doc, options)
    assert result.pages == report.pages
    info = pdf_info(out)
    assert info["Pages"] == str(report.pages)
    assert info["Page size"].startswith(expect)
    text = pdf_text(out)
    for label in ["José Núñez", "Nguyễn Thị Hương", "Ольга"] + GROUP_NAMES:
        assert label in text, label
    assert "One thing I will do this week" in text


def test_printer_layout_is_the_pdf_layout():
    """Composed for a printer's paper size, the pages hold the same text at the same places."""
    doc = sample_doc()
    as_pdf, as_printer = RecordingPainter(), RecordingPainter()
    compose.compose_document(doc, PageOptions("letter", "portrait"), as_pdf)
    compose.compose_info(compose.read_map(doc), PageOptions("letter", "portrait"), as_printer,
                         page=(612.0, 792.0))
    texts = [(round(c[1], 2), round(c[2], 2), c[3].logical) for c in as_pdf.of("text")]
    assert texts == [(round(c[1], 2), round(c[2], 2), c[3].logical) for c in as_printer.of("text")]
    assert len(as_pdf.of("line")) == len(as_printer.of("line"))


def test_print_dialog_cancel_prints_nothing(qapp, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    out = tmp_path / "printed.pdf"
    assert printing.print_document(sample_doc(), None, printer=_pdf_printer(out)) is False
    assert not out.exists()


def test_print_dialog_accept_prints(qapp, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    seen = {}

    def accept(self):
        seen["printer"] = self.printer()
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    assert printing.print_document(sample_doc(), None, PageOptions("a4", "auto"), printer=printer) is True
    assert seen["printer"] is printer
    # Print queues show and log the job name: it never names the family.
    assert printer.docName() == "Eco-map"
    assert pdf_info(out)["Pages"] == "2"
