"""Press and hold on a date of the visits opens its menu (Show, Change date or label, Delete), as a
right click does: the quick guide's "right-click a date" had no way for a finger.

The fingers are Qt's own touch events (QTest.touchEvent on a touch screen device), sent to the window
as a screen sends them; Qt makes mouse events of the touch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QMenu

from ecomap_desktop.ui.widgets.finger_menu import LONG_PRESS_MS
from window_support import Finger, open_window, touch_screen, touches, twenty_visits_map, wait_past

THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


@pytest.fixture(params=["three", "twenty"])
def window(request, qtbot, tmp_path):
    """A window with three visits (the dates all in sight: the strip does not scroll) or twenty
    (the strip scrolls sideways, and waits to see whether a finger swipes it)."""
    if request.param == "three":
        path = tmp_path / THREE_VISITS.name
        shutil.copyfile(THREE_VISITS, path)
    else:
        path = twenty_visits_map(tmp_path / "many.ecomap")
    win = open_window(qtbot, (1280, 720), activate=False)
    win.open_path(str(path))
    QApplication.processEvents()
    strip = win.findChild(QAbstractScrollArea, "visitStripScroll")
    scrolls = strip.horizontalScrollBar().maximum() > 0
    assert scrolls == (request.param == "twenty")
    yield win
    # Back to today before the window closes, as a user leaves it (a window closed while looking back
    # takes its set-aside panels with it: test_visits_window).
    if win.visits.is_looking_back():
        win.visits.back_to_today()
    win.files.undo_stack.setClean()


def _a_past_date(window) -> QAbstractButton:
    strip = window.findChild(QAbstractScrollArea, "visitStripScroll")
    viewport = strip.viewport()
    shown = window.visits.shown_id()
    for visit_id in reversed(window.visits.strip.visit_ids()):
        button = window.visits.strip.button(visit_id)
        middle = button.mapTo(viewport, button.rect().center())
        if visit_id != shown and button.isVisible() and viewport.rect().contains(middle):
            return button
    raise AssertionError("no earlier visit in sight")


def _open_menu() -> QMenu | None:
    popup = QApplication.activePopupWidget()
    return popup if isinstance(popup, QMenu) and popup.objectName() == "visitStripMenu" else None


def test_a_finger_held_on_a_date_opens_its_menu_and_the_lift_chooses_nothing(qtbot, window):
    date = _a_past_date(window)
    finger = Finger(date, date.rect().center())
    try:
        qtbot.waitUntil(lambda: _open_menu() is not None, timeout=max(5000, 10 * LONG_PRESS_MS))
        menu = _open_menu()
        assert [action.text() for action in menu.actions()] == [
            "Show this visit", "Change date or label…", "Delete this visit…"]
    finally:
        finger.lift()
    wait_past(qtbot, 50)
    # The lift neither closed the menu, nor chose in it, nor clicked the date under the finger.
    assert _open_menu() is menu and menu.isVisible()
    assert not window.visits.is_looking_back()
    assert not date.isDown()
    # A tap on "Show this visit" chooses it, as a click does.
    show = menu.actionGeometry(menu.actions()[0]).center()
    # A tap: no timer fires between the press and the lift (window_support.Finger).
    touches(menu).press(0, show, menu).commit(False)
    QTest.touchEvent(menu, touch_screen()).release(0, show, menu).commit()
    qtbot.waitUntil(window.visits.is_looking_back)
    assert not menu.isVisible()


def test_a_tap_on_a_date_still_shows_that_visit(qtbot, window):
    date = _a_past_date(window)
    Finger(date, date.rect().center()).lift()
    qtbot.waitUntil(window.visits.is_looking_back)
    wait_past(qtbot, LONG_PRESS_MS)  # when a long press would have opened the menu
    assert _open_menu() is None


def test_the_mouse_held_on_a_date_opens_no_menu(qtbot, window):
    """The mouse has its right button: held down, the left one clicks the date as before."""
    date = _a_past_date(window)
    point = date.rect().center()
    QTest.mousePress(date, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    wait_past(qtbot, LONG_PRESS_MS)
    assert _open_menu() is None
    QTest.mouseRelease(date, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(window.visits.is_looking_back)


@pytest.mark.parametrize("language, words", [
    ("", ("right-click a date", "press and hold it with")),
    (".es", ("con el botón derecho sobre una fecha", "manteniendo el dedo sobre")),
])
def test_the_quick_guide_gives_a_finger_its_way_to_change_a_date(language, words):
    """The guide said only "right-click a date": no way for a parent's or worker's finger."""
    from ecomap_desktop.resources import resource_path

    text = resource_path("help", f"quick-guide{language}.html").read_text(encoding="utf-8")
    flowing = " ".join(text.split())  # the words as read, whatever the lines
    at = flowing.index(words[0])
    assert words[1] in flowing[at:at + 120]
