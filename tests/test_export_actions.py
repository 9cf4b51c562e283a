"""File ▸ Export as PDF / picture / GraphML, Blank worksheet and Print, from the window's menu."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from ecomap_desktop import i18n
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window import export_actions
from ecomap_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "01-rivera-family.ecomap"


@pytest.fixture
def window(qtbot, own_copy):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(str(own_copy(EXAMPLE)))
    yield win
    win.files.undo_stack.setClean()


@pytest.fixture
def answers(monkeypatch):
    """The export questions answered by the test: options and paths come from this dict."""
    given = {"options": None, "paths": [], "errors": [], "graphml_notes": False, "initials": False}

    def ask_options(parent, protected, visits=1, note=""):
        given["protected"] = protected
        given["visits"] = visits
        given["note"] = note
        return None if given["options"] is None else (given["options"], given["initials"])

    def ask_path(parent, title, suggested, filters):
        given.setdefault("suggested", []).append(suggested)
        return str(given["paths"].pop(0)) if given["paths"] else ""

    monkeypatch.setattr(export_actions, "ask_pdf_export", ask_options)
    monkeypatch.setattr(export_actions, "ask_export_path", ask_path)
    monkeypatch.setattr(export_actions, "ask_graphml_options", lambda parent, note="": None
                        if given["graphml_notes"] is None else (given["graphml_notes"], given["initials"]))
    monkeypatch.setattr(export_actions, "ask_picture_initials", lambda parent, note="": given["initials"])
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: given["errors"].append(message))
    return given


def _page_size(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in out.splitlines() if line.startswith("Page size"))


def test_export_pdf_writes_the_options_chosen(own_copy, window, answers, tmp_path):
    answers["options"] = PageOptions("letter", "portrait")
    answers["paths"] = [tmp_path / "family.pdf"]
    window.export_actions.export_pdf.trigger()
    assert "612 x 792" in _page_size(tmp_path / "family.pdf")
    assert answers["suggested"] == [str(own_copy(EXAMPLE).with_suffix(".pdf"))]
    assert "family.pdf" in window.statusBar().currentMessage()
    assert answers["protected"] is False


def test_pdf_options_start_from_the_settings_page_size(qtbot):
    preferences.set_page_size("letter")
    dialog = export_actions.PdfOptionsDialog(None)
    qtbot.addWidget(dialog)
    # The PDF's language starts as the window's (English here).
    # One visit: nothing to compare, so no page on what changed.
    assert dialog.options() == PageOptions("letter", "auto", False, False, "en", include_changes=False)
    preferences.set_page_size("a4")
    dialog = export_actions.PdfOptionsDialog(None, protected=True)
    qtbot.addWidget(dialog)
    dialog.worker_notes.setChecked(True)
    assert dialog.options() == PageOptions("a4", "auto", True, False, "en", include_changes=False)
    assert any("password" in label.text() for label in dialog.findChildren(QLabel))


def test_the_page_on_what_changed_is_offered_from_the_second_visit(window, answers, qtbot, tmp_path):
    one = export_actions.PdfOptionsDialog(None, visits=1)
    qtbot.addWidget(one)
    assert not one.changes.isEnabled() and not one.changes.isChecked()
    assert one.options().include_changes is False
    three = export_actions.PdfOptionsDialog(None, visits=3)
    qtbot.addWidget(three)
    assert three.changes.isEnabled() and three.changes.isChecked()  # on by default
    assert three.options().include_changes is True
    three.changes.click()
    assert three.options().include_changes is False
    # The window tells the dialog how many visits the map has.
    window.document.start_visit("2099-01-01", "Later")
    answers["options"] = PageOptions("a4", "portrait", language="en")
    answers["paths"] = [tmp_path / "family.pdf"]
    window.export_actions.export_pdf.trigger()
    assert answers["visits"] == 2
    text = subprocess.run(["pdftotext", str(tmp_path / "family.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "What changed since" in text


def test_cancelled_export_writes_nothing(window, answers, tmp_path):
    answers["options"] = None
    assert window.export_actions.on_export_pdf() is False
    answers["options"] = PageOptions("a4", "auto")
    assert window.export_actions.on_export_pdf() is False  # no path chosen
    assert list(tmp_path.iterdir()) == []


def test_export_picture_png_and_svg(window, answers, tmp_path):
    answers["paths"] = [tmp_path / "map.png", tmp_path / "map.svg"]
    window.export_actions.export_picture.trigger()
    window.export_actions.export_picture.trigger()
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "map.svg").read_bytes()[:2000]
    assert "bundled fonts" not in window.statusBar().currentMessage()


def test_a_picture_with_a_name_no_bundled_font_has_says_so(window, answers, tmp_path):
    devanagari = "\u0928\u092e\u0938\u094d\u0924\u0947"  # no bundled font has this script
    window.document.add_node({"label": devanagari, "x": 400.0, "y": 0.0})
    answers["paths"] = [tmp_path / "map.png"]
    window.export_actions.export_picture.trigger()
    message = window.statusBar().currentMessage()
    assert "map.png" in message and "none of the bundled fonts" in message


def test_export_graphml_and_worksheet(window, answers, tmp_path):
    preferences.set_page_size("letter")
    answers["paths"] = [tmp_path / "map.graphml", tmp_path / "sheet.pdf"]
    window.export_actions.export_graphml.trigger()
    window.export_actions.worksheet.trigger()
    import networkx as nx

    graph = nx.read_graphml(tmp_path / "map.graphml")
    assert graph.number_of_nodes() == load_document(EXAMPLE).node_count()
    assert "612 x 792" in _page_size(tmp_path / "sheet.pdf")  # the settings' paper
    assert "worker_notes" not in graph.graph  # the worker's notes stay out unless asked for


def test_graphml_dialog_leaves_notes_out_unless_ticked(monkeypatch, qtbot):
    dialog = export_actions.GraphmlOptionsDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.notes.isChecked()  # off until the worker chooses
    assert not dialog.initials_only.isChecked()
    monkeypatch.setattr(export_actions.GraphmlOptionsDialog, "exec", lambda self: (
        self.notes.setChecked(True), QDialog.DialogCode.Accepted)[1])
    assert export_actions.ask_graphml_options(None) == (True, False)
    monkeypatch.setattr(export_actions.GraphmlOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert export_actions.ask_graphml_options(None) is None


def test_graphml_asks_about_notes_first(window, answers, tmp_path):
    answers["graphml_notes"] = None  # cancelled: no file asked for, none written
    assert window.export_actions.on_export_graphml() is False and "suggested" not in answers
    answers["graphml_notes"] = True
    answers["paths"] = [tmp_path / "notes.graphml"]
    assert window.export_actions.on_export_graphml() is True
    import networkx as nx

    graph = nx.read_graphml(tmp_path / "notes.graphml")
    assert graph.graph["worker_notes"] == load_document(EXAMPLE).meta("worker_notes") != ""


def test_export_failure_is_one_plain_message(window, answers, tmp_path):
    answers["options"] = PageOptions("a4", "auto")
    answers["paths"] = [tmp_path / "no-such-folder" / "map.pdf"]
    assert window.export_actions.on_export_pdf() is False
    assert len(answers["errors"]) == 1 and "Traceback" not in answers["errors"][0]


def test_print_asks_the_pdfs_choices_first_and_prints_in_the_language_chosen(window, monkeypatch, qtbot):
    from ecomap_desktop.export import printing

    preferences.set_page_size("letter")
    dialog = export_actions.PdfOptionsDialog(None, for_print=True)
    qtbot.addWidget(dialog)
    assert dialog.options() == PageOptions("letter", "auto", False, False, "en",  # the Settings paper
                                           include_changes=False)
    seen = []
    monkeypatch.setattr(printing, "print_document", lambda doc, parent, options: seen.append(options) or True)
    monkeypatch.setattr(export_actions, "ask_print_options", lambda parent, visits=1, note="": None)
    assert window.export_actions.on_print() is False and seen == []  # cancelled: nothing printed
    chosen = PageOptions("letter", "auto", True, False, "es")
    monkeypatch.setattr(export_actions, "ask_print_options", lambda parent, visits=1, note="": chosen)
    window.export_actions.print.trigger()
    assert seen == [chosen]
    assert window.export_actions.print.shortcut().toString() == "Ctrl+P"


def test_a_printout_in_spanish_from_an_english_window(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ecomap_desktop.export import printing
    from ecomap_desktop.io.mapfile import load_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    options = PageOptions("a4", "auto", language="es")
    printing.prepare_printer(printer, load_document(str(EXAMPLE)), options)
    printing.render_to_printer(load_document(str(EXAMPLE)), printer, options)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Leyenda" in text and "Legend" not in text


def test_export_entries_sit_in_the_file_menu_before_close(window):
    texts = [a.text().replace("&", "") for a in window.actions.file_menu.actions()]
    for entry in ("Export as PDF…", "Export as picture…", "Export for research (GraphML)…",
                  "Blank worksheet (PDF)…", "Print…"):
        assert texts.index(entry) < texts.index("Close"), entry
    assert window.export_actions.export_pdf.shortcut().toString() == "Ctrl+E"
    QApplication.processEvents()


def test_suggested_names_for_a_new_map_are_safe_file_names(qtbot, answers):
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.set_node(win.document.centre_id, {"label": 'Ana / "Luis"'})
    answers["options"] = PageOptions("a4", "auto")
    win.export_actions.on_export_pdf()
    name = Path(answers["suggested"][0]).name
    assert name == "Ana Luis.pdf"
    win.files.undo_stack.setClean()


def test_pdf_language_can_differ_from_the_window_and_is_remembered(qtbot, monkeypatch):
    dialog = export_actions.PdfOptionsDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.language.accessibleName()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    monkeypatch.setattr(export_actions.PdfOptionsDialog, "exec", lambda self: (
        self.language.setCurrentIndex(self.language.findData("es")), QDialog.DialogCode.Accepted)[1])
    options = export_actions.ask_pdf_options(None, False)
    assert options.language == "es"
    again = export_actions.PdfOptionsDialog(None)  # the next PDF offers the same language first
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"


def _make_pdf_choosing(monkeypatch, language: str) -> None:
    """The PDF dialog answered with *language* chosen, as a worker would."""
    monkeypatch.setattr(export_actions.PdfOptionsDialog, "exec", lambda self: (
        self.language.setCurrentIndex(self.language.findData(language)), QDialog.DialogCode.Accepted)[1])
    assert export_actions.ask_pdf_options(None, False).language == language
    monkeypatch.undo()


def _offered_language(qtbot) -> str:
    dialog = export_actions.PdfOptionsDialog(None)
    qtbot.addWidget(dialog)
    return dialog.language.currentData()


def test_pdf_language_follows_the_window_after_a_pdf_in_the_window_language(qtbot, monkeypatch):
    _make_pdf_choosing(monkeypatch, "en")  # the English window's PDF, left in English
    i18n.install("es")  # then the worker switches the app to Spanish
    try:
        assert _offered_language(qtbot) == "es"
        _make_pdf_choosing(monkeypatch, "en")  # this family reads English: chosen on purpose
        assert _offered_language(qtbot) == "en"
        _make_pdf_choosing(monkeypatch, "es")  # back to the window's language
    finally:
        i18n.install("en")
    assert _offered_language(qtbot) == "en"  # follows the window again


def test_a_pdf_language_kept_from_before_this_version_does_not_outvote_the_window(qtbot):
    from PySide6.QtCore import QSettings

    QSettings().setValue("export/pdf_language", "en")  # older versions kept every PDF's language
    i18n.install("es")
    try:
        assert _offered_language(qtbot) == "es"
    finally:
        i18n.install("en")
