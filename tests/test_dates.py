"""One way of writing a date per kind, in the app's language and region: a heading with the weekday,
a list or a sentence without it, the month always a word (never "12/5/26", which reads as 12 May)."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ecomap_desktop import i18n
from ecomap_desktop.dates import date_words
from ecomap_desktop.export import pdf
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.io.recovery import RecoveryCopy
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.visits import date_in_words
from ecomap_desktop.ui.dialogs.recovery import RecoveryDialog
from ecomap_desktop.ui.dialogs.visit_questions import VisitDialog
from export_support import pdf_text

NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


@pytest.mark.parametrize(("region", "heading", "listed"), [
    ("en_US", "Saturday, December 5, 2026", "December 5, 2026"),
    ("en_GB", "Saturday, 5 December 2026", "5 December 2026"),
    ("es_ES", "sábado, 5 de diciembre de 2026", "5 de diciembre de 2026"),
])
def test_a_date_is_written_in_the_regions_order_with_and_without_its_weekday(region, heading, listed):
    i18n.install(region[:2])  # the app in the region's language, as Settings or the system set it
    QLocale.setDefault(QLocale(region))  # the conftest puts back US English after the test
    assert date_words("2026-12-05", heading=True) == heading
    assert date_words("2026-12-05") == listed == date_in_words("2026-12-05")


def _two_visits() -> Document:
    doc = Document("Rivera family")
    doc.add_edge(doc.centre_id, doc.add_node({"label": "Jess", "x": 200.0, "y": 0.0}))
    doc.set_visit(doc.current_visit().id, date="2026-11-20")
    doc.start_visit("2026-12-05", "30 days")
    doc.add_edge(doc.centre_id, doc.add_node({"label": "Coach Dee", "x": -200.0, "y": 0.0}))
    return doc


@pytest.mark.parametrize(("language", "heading", "listed", "other_order"), [
    ("en", "Saturday, December 5, 2026", "Now: December 5, 2026", "5 December"),
    ("es", "sábado, 5 de diciembre de 2026", "Ahora: 5 de diciembre de 2026", "diciembre 5"),
])
def test_one_printout_writes_its_dates_one_way(tmp_path: Path, language, heading, listed, other_order):
    """The header and the What changed page used to disagree: "Saturday, December 5, 2026" above,
    "5 December 2026" below."""
    out = tmp_path / "map.pdf"
    pdf.export_pdf(_two_visits(), out, PageOptions("a4", "portrait", language=language,
                                                   include_changes=True))
    text = " ".join(pdf_text(out).split())
    assert heading in text and listed in text
    assert other_order not in text


def test_the_recovery_list_names_the_month(qtbot):
    """"last kept 12/5/26 3:45 PM": the day and the month could be read either way round."""
    noon = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)  # 5 December in every time zone
    copy = RecoveryCopy(Path("/nowhere/copy.ecomap"), "s", "k", noon, None, "okafor.ecomap", False)
    dialog = RecoveryDialog(None, [copy], lambda _copy: None, lambda *_: False, lambda *_: None)
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert "last kept December 5, 2026, " in text
    assert not NUMERIC_DATE.search(text)


@pytest.mark.parametrize(("language", "shown"),
                         [("en", "December 5, 2026"), ("es", "5 de diciembre de 2026")])
def test_the_visit_dialog_shows_the_date_as_the_visit_list_writes_it(qtbot, language, shown):
    i18n.install(language)
    QLocale.setDefault(QLocale({"en": "en_US", "es": "es_ES"}[language]))
    dialog = VisitDialog(None, "New visit", "", "2026-12-05", None, None, "", "", "OK")
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == shown == date_in_words("2026-12-05")
