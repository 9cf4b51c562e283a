"""A map of many visits opens with the buttons of its oldest visits (out of sight, left of the newest)
made just after the strip is first painted. Each way of reaching them first makes them at once, and
the strip then is the strip made whole at once: the same buttons, in the same order for the keys and
a screen reader, in the same places, drawn the same.

What the tests read is what a user or a screen reader meets: the buttons a screen reader lists (the
accessible tree), where Tab goes, where the buttons are and what the strip looks like."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.widgets import visit_strip
from visits_support import save_weekly_visits
from window_support import open_window, wait_painted

VISITS = 20


@pytest.fixture
def many_visits(tmp_path):
    """A map saved with VISITS visits a week apart, every fourth with a label."""
    return save_weekly_visits(tmp_path / "many.ecomap", VISITS)


def _opened(qtbot, path, width: int = 1280):
    """A window *width* pixels wide with *path* opened in it; no event handled since the open."""
    window = open_window(qtbot)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    wait_painted(qtbot, window)  # laid out at that width, as a user would open the map in it
    assert window.files.load_path(str(path))
    return window


def _shown_tree(iface):
    """Every accessible below *iface* a screen reader reads (hidden ones are skipped, with theirs)."""
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is None or child.state().invisible:
            continue
        yield child
        yield from _shown_tree(child)


def _heard(strip) -> list:
    """The accessible interfaces of the visits' buttons a screen reader finds in the strip's row, in
    the order it lists them (hidden ones are not read; the Compare switch after the row is not one)."""
    scroll = QAccessible.queryAccessibleInterface(strip.findChild(QScrollArea))
    return [child for child in _shown_tree(scroll) if child.role() == QAccessible.Role.CheckBox]


def _spoken(strip) -> list[str]:
    """The names a screen reader reads for the visits' buttons, in its order."""
    return [iface.text(QAccessible.Text.Name) for iface in _heard(strip)]


def _buttons(strip) -> list[QWidget]:
    """The visits' buttons a screen reader finds, as widgets (for their places and the keys)."""
    return [iface.object() for iface in _heard(strip)]


def _unnamed_in_sight(strip) -> list[str]:
    """What a screen reader meets in the strip's visible part with no name to read (an empty place)."""
    scroll = strip.findChild(QScrollArea)
    sight = QRect(scroll.viewport().mapToGlobal(QPoint(0, 0)), scroll.viewport().size())
    shown = _shown_tree(QAccessible.queryAccessibleInterface(scroll))
    return [type(child.object()).__name__ for child in shown
            if child.childCount() == 0 and child.rect().intersects(sight)
            and not child.text(QAccessible.Text.Name)]


def _expected_names(window) -> list[str]:
    visits = window.document.visits()
    return [visit_strip.visit_spoken_name(visit, visit is visits[-1]) for visit in visits]


def _in_focus_order(strip) -> list[str]:
    """The visits' buttons' spoken names in the order Tab goes through them."""
    buttons = set(_buttons(strip))
    widget, names = next(iter(buttons)), []
    while widget.previousInFocusChain() in buttons:  # back to the first of them in the chain
        widget = widget.previousInFocusChain()
    while widget in buttons:
        names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    return names


def _settled(qtbot, strip) -> None:
    """Wait until the strip is as a user then sees it: every visit's button made and shown, the visit
    on show scrolled into sight, painted."""
    viewport = strip.findChild(QScrollArea).viewport()

    def ready() -> bool:
        buttons = _buttons(strip)
        shown = [button for button in buttons if button.isChecked()]
        if len(buttons) != VISITS or len(shown) != 1:
            return False
        place = QRect(shown[0].mapTo(viewport, QPoint(0, 0)), shown[0].size())
        return viewport.rect().contains(place)

    qtbot.waitUntil(ready)
    wait_painted(qtbot, strip)


def _whole_at_once(qtbot, path):
    """The same window with the map opened before it is shown: there is no room known yet, so its
    strip is made whole at once (as before the buttons could wait)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.files.load_path(str(path))
    window.show()
    qtbot.waitExposed(window)
    strip = window.visit_strip
    _settled(qtbot, strip)
    return window


def test_the_oldest_visits_wait_and_are_made_once_the_strip_is_painted(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    waiting = VISITS - len(_buttons(strip))
    assert 0 < waiting < VISITS - 1  # the newest are there; the oldest not yet
    assert _spoken(strip) == _expected_names(window)[waiting:]
    _settled(qtbot, strip)
    # Once painted: every visit, oldest first, as a screen reader reads them, and no empty place.
    assert _spoken(strip) == _expected_names(window)
    assert strip.shown_id() == window.document.current_visit().id
    assert _buttons(strip)[-1].isChecked()


def test_the_strip_made_later_is_the_strip_made_at_once(qtbot, many_visits):
    """Same names, same order for Tab and for a screen reader, same places, same pixels."""
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    _settled(qtbot, strip)
    reference = _whole_at_once(qtbot, many_visits).visit_strip
    assert _in_focus_order(strip) == _in_focus_order(reference) == _expected_names(window)
    assert _spoken(strip) == _spoken(reference)
    places = [button.geometry() for button in _buttons(reference)]
    assert [button.geometry() for button in _buttons(strip)] == places
    bar = strip.findChild(QScrollArea).horizontalScrollBar()
    reference_bar = reference.findChild(QScrollArea).horizontalScrollBar()
    assert (bar.value(), bar.maximum()) == (reference_bar.value(), reference_bar.maximum())
    assert strip.grab().toImage() == reference.grab().toImage()


def test_the_first_paint_shows_no_empty_place(qtbot, many_visits):
    """When the strip is first painted, what waits is still waiting, out of sight: every place in
    sight is a visit's button, the same buttons as once they are all made."""
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    seen: list[tuple[list[str], list[str], int]] = []

    def in_sight() -> list[str]:
        viewport = strip.findChild(QScrollArea).viewport()
        sight = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        return [iface.text(QAccessible.Text.Name) for iface in _heard(strip)
                if iface.rect().intersects(sight)]

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append((_unnamed_in_sight(strip), in_sight(), len(_buttons(strip))))
            return False

    watch = Watch()
    row = strip.findChild(QScrollArea).widget()
    row.installEventFilter(watch)
    qtbot.waitUntil(lambda: bool(seen))
    row.removeEventFilter(watch)
    unnamed, named, made = seen[0]
    assert made < VISITS  # painted before the oldest were made
    assert unnamed == [] and named
    _settled(qtbot, strip)
    assert in_sight() == named and _unnamed_in_sight(strip) == []


def test_scrolling_to_the_oldest_makes_them_at_once(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    made = _buttons(strip)
    scroll = strip.findChild(QScrollArea)
    row = scroll.widget()
    row.layout().activate()
    newest = [button.geometry() for button in made]
    bar = scroll.horizontalScrollBar()  # before any event: nothing posted has run
    bar.setValue(bar.maximum())  # where the open scrolls to: the newest in sight, nothing made
    assert _buttons(strip) == made
    bar.setValue(0)
    buttons = _buttons(strip)  # made at once, before any event
    assert len(buttons) == VISITS and _spoken(strip) == _expected_names(window)
    # They fill the room left of the newest exactly: nothing in sight moved.
    spacing = row.layout().spacing()
    assert buttons[0].geometry().left() == 0
    assert buttons[len(buttons) - len(made) - 1].geometry().right() + spacing + 1 == newest[0].left()
    assert [button.geometry() for button in made] == newest  # nothing moved
    assert all(button.isVisible() for button in buttons)


def test_asking_for_a_button_or_the_visits_makes_them(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    first = window.document.visits()[0]
    assert strip.button(first.id).accessibleName().endswith(", Intake")
    assert _spoken(strip) == _expected_names(window)
    window = _opened(qtbot, many_visits)
    assert len(_buttons(window.visit_strip)) < VISITS
    assert window.visit_strip.visit_ids() == [visit.id for visit in window.document.visits()]
    assert _spoken(window.visit_strip) == _expected_names(window)


def test_showing_an_old_visit_makes_them(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    first = window.document.visits()[0].id
    window.visits.show_visit(first)
    assert _spoken(strip) == _expected_names(window) and strip.shown_id() == first
    heard = _heard(strip)[0]
    assert heard.state().checked and heard.object() is strip.button(first)


def test_touch_mode_makes_them_fingertip_sized(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    strip.set_touch(True)
    assert len(_buttons(strip)) == VISITS
    assert all(button.minimumHeight() >= visit_strip.TOUCH_MIN_HEIGHT for button in _buttons(strip))


def test_a_wider_window_makes_them_when_their_place_comes_into_sight(qtbot, many_visits):
    window = _opened(qtbot, many_visits, width=900)
    strip = window.visit_strip
    assert len(_buttons(strip)) < VISITS
    window.resize(3000, 800)  # room for every visit: the row no longer scrolls
    window.layout().activate()  # laid out at once, before anything else runs (or is painted)
    assert strip.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    assert _spoken(strip) == _expected_names(window)


def test_the_arrow_keys_go_through_every_visit_in_order(qtbot, many_visits):
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip
    _settled(qtbot, strip)
    buttons = _buttons(strip)
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(VISITS - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        visited.append(QApplication.focusWidget())
    assert visited == buttons


def test_a_screen_reader_meets_only_the_visits_buttons_while_the_oldest_wait(qtbot, many_visits):
    """Until the oldest visits' buttons are made, their place in the row is an empty space: a screen
    reader listing the row met an unnamed, empty widget there for one pass of the event loop."""
    window = _opened(qtbot, many_visits)
    strip = window.visit_strip

    def shown_children() -> list:
        row = QAccessible.queryAccessibleInterface(strip.findChild(QScrollArea).widget())
        children = [row.child(i) for i in range(row.childCount())]
        return [child for child in children if not child.state().invisible]

    waiting = shown_children()
    assert 0 < len(waiting) < VISITS  # no event handled since the open: the oldest still wait
    assert all(child.role() == QAccessible.Role.CheckBox for child in waiting)  # a visit's button
    assert [child.text(QAccessible.Text.Name) for child in waiting] == \
        _expected_names(window)[VISITS - len(waiting):]
    _settled(qtbot, strip)
    made = shown_children()
    assert [child.text(QAccessible.Text.Name) for child in made] == _expected_names(window)
    assert all(child.role() == QAccessible.Role.CheckBox for child in made)
