"""A map of many visits lets the window be nearly as narrow as a map of one (whose visits strip is
hidden): in a narrow window the strip's Compare switch says just "Compare" and its "Visits:" title
goes, so the dates keep the room, and a worker can still snap the window to half of a laptop's
screen. Its whole words come back in a wide window. Narrowing the window keeps the visit on show
wholly in sight. English and Spanish, worker and parent view (bigger text)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton

from ecomap_desktop import i18n
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from visits_support import save_weekly_visits, wait_shown_wholly_in_sight
from window_support import open_window, wait_painted, wait_past

VISITS = 20


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _one_visit_map(tmp_path):
    doc = Document("Rivera family")
    doc.set_visit(doc.current_visit().id, date="2025-01-06", label="Intake")
    save_document(doc, tmp_path / "one.ecomap")
    return tmp_path / "one.ecomap"


def _set_parent_view(window, on: bool) -> None:
    action = window.conversation.parent_view.action
    if action.isChecked() != on:
        action.trigger()
    assert action.isChecked() == on


def _narrowest(qtbot, window) -> int:
    """Narrow the window as far as it goes, as a user dragging its edge does until it stops (the
    window may let itself be narrower once it is narrow): its width then."""
    for _attempt in range(10):
        width = window.width()
        window.resize(300, window.height())
        wait_painted(qtbot, window)  # laid out at that width, whatever it hid or shortened
        if window.width() == width == window.minimumSizeHint().width():
            return width
    raise AssertionError(f"the window would not stay at its narrowest: {window.width()} px")


def _settled_wide(qtbot, window) -> None:
    """Wait until the strip of a freshly opened map is as a user sees it: every visit's button made,
    the newest scrolled to, painted."""
    strip = window.visit_strip
    bar = strip.findChild(QScrollArea).horizontalScrollBar()

    def settled() -> bool:
        made = strip.findChildren(QToolButton, "visitButton")
        return len(made) == len(window.document.visits()) and bar.value() == bar.maximum()

    qtbot.waitUntil(settled)
    wait_shown_wholly_in_sight(qtbot, window)
    wait_painted(qtbot, window)


@pytest.mark.parametrize("parent_view", [False, True], ids=["worker", "parent view"])
@pytest.mark.parametrize("visits", [3, VISITS])
def test_many_visits_leave_the_window_nearly_as_narrow_as_one(qtbot, tmp_path, language, parent_view,
                                                              visits):
    window = open_window(qtbot, (1366, 768))
    assert window.files.load_path(str(_one_visit_map(tmp_path)))
    _set_parent_view(window, parent_view)
    one_visit = _narrowest(qtbot, window)

    window.resize(1366, 768)
    assert window.files.load_path(str(save_weekly_visits(tmp_path / "many.ecomap", visits)))
    _set_parent_view(window, parent_view)
    qtbot.waitUntil(lambda: window.width() == 1366)
    _settled_wide(qtbot, window)
    strip, compare = window.visit_strip, window.visits.compare_button
    # A wide window: everything as it ever was, Compare's whole words and the title.
    assert compare.text() == window.compare.action.text()
    assert strip.findChild(QLabel, "visitStripTitle").isVisible()

    many_visits = _narrowest(qtbot, window)
    wait_shown_wholly_in_sight(qtbot, window)
    shown = strip.button(strip.shown_id())
    # The strip at its narrowest needs one date wholly in sight, and Compare's short word: the window
    # is no more than two dates wider than with one visit (Compare's whole words, "Compare with an
    # earlier visit", were wider than a date, and the title besides: 677 against 376 px in English).
    assert many_visits - one_visit <= 2 * shown.width(), (many_visits, one_visit, shown.width())
    assert compare.text() != window.compare.action.text()
    assert compare.width() >= compare.sizeHint().width()  # its short word whole, not cut
    # Its whole words for a screen reader and in its tooltip.
    assert compare.accessibleName() == window.compare.action.text()
    assert compare.toolTip() == window.compare.action.toolTip()

    # Comparing: it says so plainly, "Stop comparing", and the window may be as narrow as before.
    compare.click()
    qtbot.waitUntil(lambda: window.compare.is_comparing()
                    and compare.text() == window.compare.action.iconText() != window.compare.action.text())
    wait_painted(qtbot, window)
    assert compare.width() >= compare.sizeHint().width()
    assert window.minimumSizeHint().width() == many_visits
    compare.click()
    qtbot.waitUntil(lambda: not window.compare.is_comparing())

    # Wide again: the whole words are back.
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: compare.text() == window.compare.action.text())
    wait_shown_wholly_in_sight(qtbot, window)


@pytest.mark.parametrize("parent_view", [False, True], ids=["worker", "parent view"])
def test_narrowing_the_window_keeps_the_visit_on_show_in_sight(qtbot, tmp_path, language, parent_view):
    """The strip of a map open in a wide window, scrolled to its newest visit: narrowed (half the
    screen, as narrow as it goes), the visit on show stays whole; so does an older one chosen."""
    window = open_window(qtbot, (1366, 768))
    assert window.files.load_path(str(save_weekly_visits(tmp_path / "many.ecomap", VISITS)))
    _set_parent_view(window, parent_view)
    _settled_wide(qtbot, window)
    window.resize(683, 768)
    wait_painted(qtbot, window)
    wait_shown_wholly_in_sight(qtbot, window)
    _narrowest(qtbot, window)
    wait_shown_wholly_in_sight(qtbot, window)

    strip = window.visit_strip
    older = window.document.visits()[VISITS - 6].id
    strip.button(older).click()
    qtbot.waitUntil(lambda: strip.shown_id() == older)
    wait_shown_wholly_in_sight(qtbot, window)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    wait_shown_wholly_in_sight(qtbot, window)
    window.resize(700, 768)
    wait_painted(qtbot, window)
    wait_shown_wholly_in_sight(qtbot, window)


def test_the_strip_stays_on_the_older_visits_the_worker_scrolled_to(qtbot, tmp_path, language):
    """Scrolled back to the first visits, the worker turns Compare on and off, and widens the side
    panel: Compare's words and the panel change the strip's width, and the strip stays on the
    visits the worker chose to see; it does not jump back to the newest."""
    window = open_window(qtbot, (1366, 768))
    assert window.files.load_path(str(save_weekly_visits(tmp_path / "many.ecomap", VISITS)))
    _settled_wide(qtbot, window)
    strip, compare = window.visit_strip, window.visits.compare_button
    bar = strip.findChild(QScrollArea).horizontalScrollBar()
    assert bar.maximum() > 0  # twenty visits are more than the strip shows
    bar.setValue(0)
    wait_painted(qtbot, window)
    strip_width = strip.width()

    compare.click()
    qtbot.waitUntil(lambda: window.compare.is_comparing())
    wait_painted(qtbot, window)
    wait_past(qtbot, 0)  # what the strip's new width set off has run
    assert bar.value() == 0
    compare.click()
    qtbot.waitUntil(lambda: not window.compare.is_comparing())
    window.resize(1200, 768)  # the strip narrower, as when a side panel's edge is dragged
    qtbot.waitUntil(lambda: strip.width() < strip_width)
    wait_painted(qtbot, window)
    wait_past(qtbot, 0)
    assert bar.value() == 0
