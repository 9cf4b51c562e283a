"""A map of many visits opens with the buttons of its oldest visits (out of sight, left of the newest)
made just after the strip is first painted. Each way of reaching them first makes them at once, and
the strip then is the strip made whole at once: the same buttons, in the same order for the keys and
a screen reader, in the same places, drawn the same."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.widgets import visit_strip
from window_support import open_window

VISITS = 20


@pytest.fixture
def many_visits(tmp_path):
    """A map saved with VISITS visits a week apart, every fourth with a label."""
    doc = Document("Rivera family")
    day = datetime.date(2025, 1, 6)
    doc.set_visit(doc.current_visit().id, date=day.isoformat(), label="Intake")
    for number in range(2, VISITS + 1):
        day += datetime.timedelta(days=7)
        doc.start_visit(day.isoformat(), f"Week {number}" if number % 4 == 0 else "")
        doc.add_node({"label": f"Support {number}", "x": 10.0 * number, "y": 0.0})
    path = tmp_path / "many.ecomap"
    save_document(doc, path)
    return path


def _opened(qtbot, path, width: int = 1280):
    """A window *width* pixels wide with *path* opened in it; no event handled since the open."""
    window = open_window(qtbot)
    window.resize(width, 800)
    qtbot.wait(50)
    assert window.files.load_path(str(path))
    return window


def _in_focus_order(strip) -> list[str]:
    """The visits' buttons' spoken names in the order Tab goes through them."""
    buttons = set(strip._buttons.values())
    first = next(iter(strip._buttons.values()))
    widget, names = first.previousInFocusChain(), []
    while widget not in buttons:  # to the first of them in the chain
        widget = widget.nextInFocusChain()
    while widget in buttons:
        names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    return names


def _in_child_order(strip) -> list[str]:
    """The visits' buttons' spoken names as a screen reader lists the row's children."""
    return [child.accessibleName() for child in strip._row.children() if child in strip._buttons.values()]


def _whole_at_once(monkeypatch, qtbot, path):
    """The same window, its strip made whole at once (as before the buttons could wait)."""
    with monkeypatch.context() as patch:
        patch.setattr(visit_strip.VisitStrip, "_first_in_sight", lambda self, words: 0)
        window = _opened(qtbot, path)
        strip = window.visit_strip
        assert not strip._later and len(strip._buttons) == VISITS
    qtbot.waitUntil(lambda: all(button.isVisible() for button in strip._buttons.values()))
    qtbot.wait(100)
    return window


def test_the_oldest_visits_wait_and_are_made_once_the_strip_is_painted(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    waiting = len(strip._later)
    assert 0 < waiting < VISITS - 1
    assert len(strip._buttons) == VISITS - waiting
    qtbot.waitUntil(lambda: not strip._later)
    assert strip._stand_in is None
    assert [strip._visit_of(button) for button in strip._buttons.values()] == \
        [visit.id for visit in window.document.visits()]
    assert strip.shown_id() == window.document.current_visit().id


def test_the_strip_made_later_is_the_strip_made_at_once(qtbot, many_visits, monkeypatch):
    """Same names, same order for Tab and for a screen reader, same places, same pixels."""
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert strip._later
    qtbot.waitUntil(lambda: not strip._later)
    qtbot.waitUntil(lambda: all(button.isVisible() for button in strip._buttons.values()))
    qtbot.wait(100)
    reference = _whole_at_once(monkeypatch, qtbot, many_visits).visit_strip
    assert _in_focus_order(strip) == _in_focus_order(reference)
    assert _in_child_order(strip) == _in_child_order(reference)
    assert len(_in_focus_order(strip)) == VISITS
    places = [button.geometry() for button in reference._buttons.values()]
    assert [button.geometry() for button in strip._buttons.values()] == places
    bar, reference_bar = strip._scroll.horizontalScrollBar(), reference._scroll.horizontalScrollBar()
    assert (bar.value(), bar.maximum()) == (reference_bar.value(), reference_bar.maximum())
    assert strip.grab().toImage() == reference.grab().toImage()


def test_the_first_paint_shows_no_empty_place(qtbot, many_visits):
    """When the strip is first painted, what waits is still waiting, out of sight: every button in sight
    is there."""
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    stand_in = strip._stand_in
    assert stand_in is not None
    seen: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not seen:
                value = strip._scroll.horizontalScrollBar().value()
                seen.append(strip._stand_in is stand_in and stand_in.geometry().right() < value)
            return False

    watch = Watch()
    strip._row.installEventFilter(watch)
    qtbot.waitUntil(lambda: bool(seen))
    strip._row.removeEventFilter(watch)
    assert seen == [True]


def test_scrolling_to_the_oldest_makes_them_at_once(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    made = list(strip._buttons.values())
    stand_in = strip._stand_in
    strip._row_layout.activate()
    where = stand_in.geometry()
    newest = [button.geometry() for button in made]
    bar = strip._scroll.horizontalScrollBar()  # before any event: nothing posted has run
    bar.setValue(bar.maximum())  # where the open scrolls to: the newest in sight, nothing made
    assert strip._later and strip._stand_in is stand_in
    bar.setValue(0)
    assert not strip._later and len(strip._buttons) == VISITS
    buttons = list(strip._buttons.values())
    assert buttons[0].geometry().left() == where.left()
    spacing = strip._row_layout.spacing()  # the empty space held the gap after the last one too
    assert buttons[len(buttons) - len(made) - 1].geometry().right() == where.right() - spacing
    assert [button.geometry() for button in made] == newest  # nothing moved
    assert all(button.isVisible() for button in buttons)


def test_asking_for_a_button_or_the_visits_makes_them(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert strip._later
    first = window.document.visits()[0]
    assert strip.button(first.id).accessibleName().endswith(", Intake")
    assert not strip._later
    window = _opened(qtbot, many_visits)
    assert window.visit_strip._later
    assert window.visit_strip.visit_ids() == [visit.id for visit in window.document.visits()]


def test_showing_an_old_visit_makes_them(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert strip._later
    first = window.document.visits()[0].id
    window.visits.show_visit(first)
    assert not strip._later and strip.shown_id() == first
    assert strip._buttons[first].isChecked()


def test_touch_mode_makes_them_fingertip_sized(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert strip._later
    strip.set_touch(True)
    assert not strip._later
    assert all(button.minimumHeight() >= visit_strip.TOUCH_MIN_HEIGHT for button in strip._buttons.values())


def test_a_wider_window_makes_them_when_their_place_comes_into_sight(qtbot, many_visits):
    window = _opened(qtbot, many_visits, width=900)
    strip = window.visit_strip
    assert strip._later
    window.resize(3000, 800)  # room for every visit: the row no longer scrolls
    window.layout().activate()  # laid out at once, before anything else runs (or is painted)
    assert strip._scroll.horizontalScrollBar().maximum() == 0
    assert not strip._later and len(strip._buttons) == VISITS


def test_the_arrow_keys_go_through_every_visit_in_order(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    qtbot.waitUntil(lambda: not strip._later)
    buttons = list(strip._buttons.values())
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(VISITS - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        visited.append(QApplication.focusWidget())
    assert visited == buttons


def test_a_screen_reader_meets_only_the_visits_buttons_while_the_oldest_wait(qtbot, many_visits):
    """Until the oldest visits' buttons are made, their place in the row is an empty space: a screen
    reader listing the row met an unnamed, empty widget there for one pass of the event loop."""
    from PySide6.QtGui import QAccessible

    def shown_children() -> list:
        row = QAccessible.queryAccessibleInterface(strip._row)
        children = [row.child(i) for i in range(row.childCount())]
        return [child for child in children if not child.state().invisible]

    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert strip._later  # no event handled since the open: the oldest still wait
    waiting = shown_children()
    assert [child.text(QAccessible.Text.Name) for child in waiting] == \
        [button.accessibleName() for button in strip._buttons.values()]
    assert all(child.role() == QAccessible.Role.CheckBox for child in waiting)  # a visit's button
    assert len(waiting) == VISITS - len(strip._later)
    qtbot.waitUntil(lambda: not strip._later)
    made = shown_children()
    assert [child.text(QAccessible.Text.Name) for child in made] == _in_child_order(strip)
    assert len(made) == VISITS and all(child.role() == QAccessible.Role.CheckBox for child in made)
