"""The PDF's page "What changed since <date>": what it says, in English and Spanish, when it is there
and when it is not, how a long list flows, and that an initials-only copy names no one on it."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest

from ecomap_desktop.analysis.changes import compare_visits, sentences
from ecomap_desktop.export import pdf
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.initials_only import initials_only_document
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from export_support import RecordingPainter, pdf_info, pdf_text, qpdf_ok

PEOPLE = ["Zofia Wiśniewska", "Bartholomew Quist", "Ifeoma Adeyemi", "Grandpa Teodoro"]


def three_visits() -> Document:
    """Intake, 30 days and 90 days of a small map: a stressed line eases, a group is new, someone
    leaves, someone is renamed and moves closer."""
    doc = Document("Familia Quintero-Holm")
    doc.set_meta("modified", "2025-05-20T10:00:00+00:00")
    doc.set_visit(doc.current_visit().id, date="2025-02-18", label="Intake")
    centre = doc.centre_id
    ids = {}
    for i, name in enumerate(PEOPLE):
        angle = 2 * math.pi * i / len(PEOPLE)
        ids[name] = doc.add_node({"label": name, "category": "family" if i % 2 else "friend",
                                  "x": round(260 * math.cos(angle), 1), "y": round(260 * math.sin(angle), 1)})
        doc.add_edge(ids[name], centre, {"strength": "stressful" if i == 1 else "moderate",
                                         "flow": "to_target"})
    doc.start_visit("2025-03-20", "30 days")
    doc.set_edge(doc.edge_between(centre, ids["Bartholomew Quist"]), {"strength": "moderate"})
    group = doc.add_node({"kind": "group", "label": "Thursday Parents' Circle", "category": "community",
                          "x": 0.0, "y": -330.0})
    doc.add_edge(group, centre, {"strength": "strong", "flow": "both"})
    doc.start_visit("2025-05-19", "90 days")
    leaving = ids["Ifeoma Adeyemi"]
    for edge in doc.edges_of(leaving):
        doc.remove_edge(edge)
    doc.remove_node(leaving)
    doc.set_node(ids["Grandpa Teodoro"], {"label": "Abuelo Teodoro", "ring": "closest"})
    return doc


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    """The three-visit map's PDF in English and in Spanish, and the words it should say."""
    doc = three_visits()
    folder = tmp_path_factory.mktemp("changes")
    out = {}
    for language in ("en", "es"):
        path = folder / f"family-{language}.pdf"
        report = pdf.export_pdf(doc, path, PageOptions("a4", "portrait", language=language))
        with export_language(language):
            said = sentences(compare_visits(doc, doc.visits()[1].id, doc.visits()[2].id))
        out[language] = (path, report, said)
    return doc, out


def _pages(path) -> int:
    return int(pdf_info(path)["Pages"])


def _page_text(path, page: int) -> str:
    return " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())


def test_the_page_says_what_changed_since_the_visit_before_in_english(family):
    doc, out = family
    path, report, said = out["en"]
    assert qpdf_ok(path)
    last = _page_text(path, report.pages)
    assert last.startswith("What changed since March 20, 2025")  # the visit before the current one
    assert "Then: March 20, 2025 · 30 days" in last and "Now: May 19, 2025 · 90 days" in last
    assert len(said) >= 3
    text = pdf_text(path)
    for sentence in said:
        assert " ".join(sentence.split()) in text
    # Whole names, the one who left and the new name.
    assert "Ifeoma Adeyemi" in last and "Abuelo Teodoro" in last
    assert "These are counts of what was drawn at each visit, not a clinical measure." in last
    # The chart's key gives each line's numbers, so equal counts drawn on top of each other show.
    assert "People: 4, 4, 3" in last and "Groups: 0, 1, 1" in last
    assert "Changes since the visit before: \u2013, " in last
    for date in ("February 18, 2025", "May 19, 2025"):  # the chart's dates
        assert date in last
    # The circle is named as it is on the map page (it said "Closest people" there, "Closest" here).
    assert "Closest" in _page_text(path, 1).split()
    assert "Abuelo Teodoro is now in the circle “Closest”." in last


def test_the_page_in_spanish(family):
    _, out = family
    path, report, said = out["es"]
    assert qpdf_ok(path)
    last = _page_text(path, report.pages)
    assert last.startswith("Qué cambió desde el 20 de marzo de 2025")
    assert "Antes: 20 de marzo de 2025 · 30 days" in last  # the label is the worker's own words
    assert "Ahora: 19 de mayo de 2025" in last
    text = pdf_text(path)
    for sentence in said:
        assert " ".join(sentence.split()) in text
    assert "Estos son recuentos de lo que se dibujó en cada visita, no una medida clínica." in last
    assert "Más cercanos" in _page_text(path, 1)  # the circle on the map page, and in the sentence
    assert "Abuelo Teodoro está ahora en el círculo «Más cercanos»." in last
    assert "What changed" not in text and "clinical" not in text


def test_the_metadata_names_no_one(family):
    doc, out = family
    for path, _, _ in out.values():
        info = pdf_info(path)
        assert info["Title"] in ("Eco-map", "Ecomapa")
        for value in info.values():
            assert not any(name in value for name in PEOPLE + ["Quintero", "Abuelo"])


def test_leaving_it_out_and_one_visit_maps_have_no_such_page(family, tmp_path):
    doc, out = family
    with_page = out["en"][1].pages
    without = tmp_path / "without.pdf"
    report = pdf.export_pdf(doc, without, PageOptions("a4", "portrait", language="en", include_changes=False))
    assert report.pages == with_page - 1
    assert "What changed" not in pdf_text(without) and "clinical" not in pdf_text(without)
    single = Document("Familia Sola")
    single.add_node({"label": "Only Friend", "x": 200.0, "y": 0.0})
    one = tmp_path / "one.pdf"
    assert pdf.export_pdf(single, one, PageOptions("a4", "portrait", language="en")).pages == 1
    assert "What changed" not in pdf_text(one)


def test_the_command_line_leaves_it_out_with_no_changes(tmp_path):
    source = tmp_path / "family.ecomap"
    save_document(three_visits(), source)
    outputs = {}
    for flag in ((), ("--no-changes",)):
        out = tmp_path / f"out{len(flag)}.pdf"
        result = subprocess.run([sys.executable, "-m", "ecomap_desktop", "export", str(source), str(out),
                                 "--language", "en", "--page-size", "a4", *flag],
                                capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 0, result.stderr
        outputs[flag] = pdf_text(out)
    assert "What changed since March 20, 2025" in outputs[()]
    assert "What changed" not in outputs[("--no-changes",)]


def test_an_initials_only_copy_uses_initials_on_the_page_too(tmp_path):
    doc = three_visits()
    out = tmp_path / "shared.pdf"
    report = pdf.export_pdf(initials_only_document(doc), out, PageOptions("a4", "portrait", language="en"))
    text = pdf_text(out)
    assert "What changed since March 20, 2025" in _page_text(out, report.pages)
    for name in PEOPLE + ["Abuelo Teodoro", "Thursday Parents' Circle", "Quintero"]:
        assert name not in text
    assert "IA is no longer on the map" in text and "AT" in text
    assert "30 days" not in text  # a visit's label may name someone: left out like the title


def test_a_long_list_flows_onto_more_pages_with_every_sentence(tmp_path):
    doc = Document("Familia Larga")
    doc.set_visit(doc.current_visit().id, date="2025-01-07")
    doc.start_visit("2025-02-07")
    for i in range(70):
        angle = 2 * math.pi * i / 70
        node = doc.add_node({"label": f"Neighbour number {i + 1:02d} from the block", "category": "neighbour",
                             "x": round(900 * math.cos(angle), 1), "y": round(900 * math.sin(angle), 1)})
        doc.add_edge(doc.centre_id, node, {"strength": "tenuous"})
    painter = RecordingPainter()
    with export_language("en"):
        options = PageOptions("letter", "portrait", language="en")
        result = compose.compose_document(doc, options, painter)
        said = sentences(compare_visits(doc, *[v.id for v in doc.visits()]))
    assert len(said) == 70 and result.pages >= 3
    texts = [c[3].logical for c in painter.of("text")]
    assert "What changed since January 7, 2025" in texts
    assert "What changed since January 7, 2025 (continued)" in texts
    # Each page's text stays inside the page's margins, and every sentence is there.
    height = result.page_size[1]
    for call in painter.of("text"):
        assert 0 < call[2] < height
    for sentence in said:  # a sentence is never split between two pages
        assert sentence in _rewrap(texts)
    assert "These are counts of what was drawn at each visit, not a clinical measure." in _rewrap(texts)


def _rewrap(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def test_a_printout_has_the_page_too(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ecomap_desktop.export import printing

    doc = three_visits()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    options = PageOptions("a4", "portrait", language="es")
    printing.prepare_printer(printer, doc, options)
    result = printing.render_to_printer(doc, printer, options)
    assert result.pages == 2
    text = _page_text(tmp_path / "printed.pdf", 2)
    assert "Qué cambió desde el 20 de marzo de 2025" in text and "Ifeoma Adeyemi" in text


def test_the_small_maps_name_only_those_something_changed_about_and_only_a_few():
    from ecomap_desktop.export.compose.changes_page import MAX_NAMED, read_changes

    doc = three_visits()
    with export_language("en"):
        info = read_changes(doc)
    names = {info.now.info.nodes[n].label for n in info.now.named if n in info.now.info.nodes}
    assert names == {"Abuelo Teodoro"}  # renamed and moved; the others did not change
    assert {info.then.info.nodes[n].label for n in info.then.named if n in info.then.info.nodes} == {
        "Grandpa Teodoro", "Ifeoma Adeyemi"}
    many = Document("Familia Grande")
    many.set_visit(many.current_visit().id, date="2025-01-07")
    many.start_visit("2025-02-07")
    for i in range(MAX_NAMED + 1):
        many.add_node({"label": f"Cousin {i}", "x": 300.0 + 60 * i, "y": 0.0})
    with export_language("en"):
        crowded = read_changes(many)
    assert crowded.now.named == frozenset() and len(crowded.sentences) == MAX_NAMED + 1


def test_a_long_visit_label_is_printed_whole(tmp_path):
    doc = three_visits()
    label = "Ninety days on, at the kitchen table with Zofia and the twins after the school concert"[:80]
    doc.set_visit(doc.current_visit().id, label=label)
    out = tmp_path / "long.pdf"
    report = pdf.export_pdf(doc, out, PageOptions("letter", "portrait", language="en"))
    assert f"Now: May 19, 2025 · {label}" in _page_text(out, report.pages)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_charts_dates_are_whole_when_the_last_visit_comes_long_after_the_others(language):
    """Visits a month apart, then one a year and a half later (a family seen again): the first and
    the last visit's dates are written whole under the chart, never cut short with "…"."""
    from ecomap_desktop.export.compose.trend_chart import Series, chart_row
    from ecomap_desktop.model.visits import date_in_words

    dates = ["2025-03-04", "2025-04-03", "2025-06-02", "2026-12-05"]
    with export_language(language):
        words = [date_in_words(d) for d in dates]
        row = chart_row("Title", dates, words, [Series("People", (9, 9, 9, 10))], 240.0)
        painter = RecordingPainter()
        row.draw(painter, 0.0, 0.0, 240.0)
    under_axis = [c[3].logical for c in painter.calls if c[0] == "text" and c[5] == "center"]
    written = " ".join(under_axis)
    assert "\u2026" not in written
    for whole in (words[0], words[-1]):
        assert whole in written
