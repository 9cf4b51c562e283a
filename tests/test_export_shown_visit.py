"""File ▸ Export and Print make the map on show: a past visit while it is shown, and say plainly what
a comparison's export holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window import export_actions
from export_support import pdf_text
from window_support import open_window

ROOT = Path(__file__).resolve().parent.parent
THREE_VISITS = ROOT / "examples" / "03-rivera-family-three-visits.ecomap"
MARCH = re.compile(r"March 4, 2025|March 4, 2025")  # the first visit, as the reader's region writes it
JUNE = re.compile(r"June 2, 2025|June 2, 2025")  # the current one


@pytest.fixture
def window(qtbot, own_copy):
    win = open_window(qtbot)
    win.open_path(str(own_copy(THREE_VISITS)))
    yield win
    win.files.undo_stack.setClean()


@pytest.fixture
def answers(monkeypatch):
    """The dialogs answered by the test; what each was told is kept."""
    given = {"paths": [], "suggested": [], "notes": [], "errors": []}

    def ask_pdf(parent, protected, visits=1, note=""):
        given["notes"].append(note)
        given["visits"] = visits
        return PageOptions("a4", "landscape", include_changes=True), False

    def ask_picture(parent, note=""):
        given["notes"].append(note)
        return False

    def ask_path(parent, title, suggested, filters):
        given["suggested"].append(suggested)
        return str(given["paths"].pop(0))

    monkeypatch.setattr(export_actions, "ask_pdf_export", ask_pdf)
    monkeypatch.setattr(export_actions, "ask_picture_initials", ask_picture)
    monkeypatch.setattr(export_actions, "ask_export_path", ask_path)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: given["errors"].append(text))
    return given


def _first_visit(window) -> str:
    return window.document.visits()[0].id


def test_a_pdf_made_while_looking_at_a_past_visit_is_that_visit(own_copy, window, answers, tmp_path):
    window.visits.show_visit(_first_visit(window))
    answers["paths"] = [tmp_path / "march.pdf"]
    assert window.export_actions.on_export_pdf()
    text = pdf_text(tmp_path / "march.pdf")
    head = text.split("What changed")[0]
    assert "Luis (kids' dad)" in head and "Little Sprouts Preschool" in head  # March's people
    assert "Ana (café friend)" not in text  # first drawn in June
    assert MARCH.search(head) and not JUNE.search(text)
    assert answers["visits"] == 1  # nothing before March: no page on what changed is offered
    assert "What changed since" not in text
    mine = own_copy(THREE_VISITS)
    assert answers["suggested"] == [str(mine.with_name(mine.stem + " 2025-03-04.pdf"))]
    assert re.search(MARCH, answers["notes"][0])  # the dialog says which visit is made
    assert window.visits.is_looking_back() and window.document.visit_count() == 3  # nothing changed
    assert answers["errors"] == []


def test_the_middle_visit_s_pdf_says_what_changed_since_the_visit_before_it(window, answers, tmp_path):
    window.visits.show_visit(window.document.visits()[1].id)
    answers["paths"] = [tmp_path / "april.pdf"]
    assert window.export_actions.on_export_pdf()
    text = pdf_text(tmp_path / "april.pdf")
    assert "Lincoln After-School Club" in text and "Ana (café friend)" not in text
    assert re.search(r"What changed since (March 4, 2025|March 4, 2025)", text)
    assert answers["visits"] == 2


def test_today_s_pdf_is_still_today_s_with_no_note(own_copy, window, answers, tmp_path):
    window.visits.show_visit(_first_visit(window))
    window.visits.back_to_today()
    answers["paths"] = [tmp_path / "today.pdf"]
    assert window.export_actions.on_export_pdf()
    text = pdf_text(tmp_path / "today.pdf")
    assert "Ana (café friend)" in text and JUNE.search(text)
    assert answers["suggested"] == [str(own_copy(THREE_VISITS).with_suffix(".pdf"))]
    assert answers["notes"] == [""]


def test_a_picture_made_while_looking_at_a_past_visit_is_that_visit(own_copy, window, answers, tmp_path):
    from ecomap_desktop.export.images import export_png

    first = _first_visit(window)
    export_png(window.document.as_at_visit(first), tmp_path / "march-direct.png")
    export_png(window.document, tmp_path / "today-direct.png")
    window.visits.show_visit(first)
    answers["paths"] = [tmp_path / "shown.png"]
    assert window.export_actions.on_export_picture()
    shown = QImage(str(tmp_path / "shown.png"))
    assert shown == QImage(str(tmp_path / "march-direct.png"))
    assert shown != QImage(str(tmp_path / "today-direct.png"))
    mine = own_copy(THREE_VISITS)
    assert answers["suggested"] == [str(mine.with_name(mine.stem + " 2025-03-04.png"))]


def test_comparing_the_pdf_says_what_it_holds_and_compares_as_on_screen(window, answers, tmp_path):
    compare = window.compare
    compare.choose_earlier(_first_visit(window))
    compare.set_comparing(True)
    answers["paths"] = [tmp_path / "compared.pdf"]
    assert window.export_actions.on_export_pdf()
    note = answers["notes"][0]
    assert "today's map" in note and "without the comparison's marks" in note and MARCH.search(note)
    text = pdf_text(tmp_path / "compared.pdf")
    assert re.search(r"What changed since (March 4, 2025|March 4, 2025)", text)  # not since April
    assert "Ana (café friend)" in text


def test_the_dialogs_show_the_note(qtbot):
    dialog = export_actions.PdfOptionsDialog(None, note="This makes the map of the visit of March 4, 2025.")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(export_actions.QLabel)]
    assert "This makes the map of the visit of March 4, 2025." in labels
    picture = export_actions.PictureOptionsDialog(None, note="Today's map.")
    qtbot.addWidget(picture)
    assert "Today's map." in [label.text() for label in picture.findChildren(export_actions.QLabel)]
