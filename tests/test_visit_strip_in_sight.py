"""The visit on show always has its whole button in sight on the visits strip, however narrow the
window is made (down to the narrowest the window allows), in English and in Spanish, in the parent
view too, after choosing another visit, adding one or resizing the window. At 700 pixels the
current visit's button was cut by the strip's edge: the dates beside the Compare switch had less
room than one button."""

from __future__ import annotations

import pytest

from ecomap_desktop import i18n
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from visits_support import save_weekly_visits, wait_shown_wholly_in_sight
from window_support import open_window, wait_painted


@pytest.fixture
def many_visits(tmp_path):
    """A map saved with 20 visits a week apart, every fourth labelled, the current one too."""
    return save_weekly_visits(tmp_path / "many.ecomap", 20)


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _opened(qtbot, path, width: int):
    window = open_window(qtbot, (width, 768))
    qtbot.waitUntil(lambda: window.width() == max(width, window.minimumWidth()))
    assert window.files.load_path(str(path))
    return window


@pytest.mark.parametrize("parent_view", [False, True], ids=["worker", "parent view"])
def test_the_current_visit_is_whole_in_a_700_pixel_window(qtbot, many_visits, language, parent_view):
    window = _opened(qtbot, many_visits, 700)
    if parent_view:
        window.conversation.parent_view.action.trigger()
    assert window.visit_strip.shown_id() == window.document.current_visit().id
    wait_shown_wholly_in_sight(qtbot, window)


def test_the_visit_on_show_stays_whole_however_the_window_changes(qtbot, many_visits, language):
    window = _opened(qtbot, many_visits, 1366)
    strip = window.visit_strip
    for width in (700, window.minimumSizeHint().width(), 1000):
        window.resize(width, 768)
        wait_shown_wholly_in_sight(qtbot, window)
    window.resize(window.minimumSizeHint().width(), 768)
    for visit in (window.document.visits()[0], window.document.visits()[7]):
        strip.button(visit.id).click()
        qtbot.waitUntil(lambda: strip.shown_id() == visit.id)
        wait_shown_wholly_in_sight(qtbot, window)
    window.visits.back_to_today()
    assert window.visits.start_visit("2025-06-02", "Checking in after the summer holidays")
    qtbot.waitUntil(lambda: strip.shown_id() == window.document.current_visit().id)
    wait_shown_wholly_in_sight(qtbot, window)


@pytest.mark.parametrize("label", [
    "Checking in after the summer holidays with the whole family, school and GP",
    "W" * 80,  # the longest a label may be, of the widest letter, with no space to break at
])
def test_a_long_label_goes_on_in_more_lines_and_the_window_may_still_be_narrow(qtbot, tmp_path, label):
    """A visit's button shows its label whole, in as many lines as it needs, so the strip never asks
    for more room than a short label's button would (the window could not be narrower than it)."""
    doc = Document("Rivera family")
    doc.set_visit(doc.current_visit().id, date="2025-01-06", label="Intake")
    doc.start_visit("2025-02-06", label)
    doc.start_visit("2025-03-06", "")
    path = tmp_path / "long.ecomap"
    save_document(doc, path)
    window = _opened(qtbot, path, 1366)
    strip = window.visit_strip
    labelled = strip.button(doc.visits()[1].id)
    assert "".join(labelled.text().split()).endswith("".join(label.split()))  # every letter, in order
    for parent_view in (False, True):
        if parent_view:
            window.conversation.parent_view.action.trigger()
        window.resize(400, 768)  # as narrow as it may be
        wait_painted(qtbot, window)
        # The labelled button no wider than 30 average characters of its own font (lines of 24, and
        # the button's margins), and the window able to fit a common 1366-pixel screen in either view.
        labelled = strip.button(doc.visits()[1].id)
        assert labelled.width() <= 30 * labelled.fontMetrics().averageCharWidth(), labelled.width()
        assert window.width() <= 1366, window.width()
        strip.button(doc.visits()[1].id).click()
        qtbot.waitUntil(lambda: strip.shown_id() == doc.visits()[1].id)
        wait_shown_wholly_in_sight(qtbot, window)
        window.visits.back_to_today()
        qtbot.waitUntil(lambda: strip.shown_id() == doc.current_visit().id)
        wait_shown_wholly_in_sight(qtbot, window)
