"""The Details panel waits until its tab is first shown, from the second start on: the window looks
the same (the side panels as wide as with the panel built), and the panel, once shown or asked for,
shows what is chosen, in the view and with the keys the window is in (window/details_dock.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from ecomap_desktop import i18n
from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.window.details_dock import SIZE_KEY
from window_support import open_window

ALT = Qt.KeyboardModifier.AltModifier


def _first_start(qtbot):
    """A start with nothing remembered: the panel is built with the window, and its size is remembered
    once the window is on screen (as ui.app does after the first paint). The window's side panels'
    width and the Details dock's size, as a user saw them."""
    window = open_window(qtbot, (1280, 720))
    assert window.details.built is not None
    qtbot.waitUntil(lambda: window.conversation.guide_dock.width() > 0)
    window.details.remember_size()
    seen = window.conversation.guide_dock.geometry().getRect(), window.details_dock.sizeHint().toTuple()
    window.close()
    return seen


def test_a_later_start_leaves_details_unbuilt_with_the_side_panels_as_wide(qtbot):
    first = _first_start(qtbot)
    assert QSettings().value(SIZE_KEY)
    window = open_window(qtbot, (1280, 720))
    assert window.details.built is None  # not built for a tab behind the guide's
    qtbot.waitUntil(lambda: window.conversation.guide_dock.width() > 0)
    seen = window.conversation.guide_dock.geometry().getRect(), window.details_dock.sizeHint().toTuple()
    assert seen == first
    window.details_dock.raise_()  # its tab clicked: built and on show, as wide as before
    panel = window.details.built
    assert panel is not None and panel.isVisible()
    assert window.details_dock.sizeHint().toTuple() == first[1]


def test_another_view_than_remembered_builds_details_with_the_window(qtbot):
    _first_start(qtbot)
    QSettings().setValue("view/parent_view", True)  # its bigger text sizes the panel otherwise
    window = open_window(qtbot)
    assert window.details.built is not None


def test_details_built_late_shows_the_one_chosen_in_the_parent_view_words(qtbot):
    _first_start(qtbot)
    window = open_window(qtbot)
    assert window.details.built is None
    person = window.scene.add_node("person", category="friend")
    window.scene.commit_label_edit()
    window.scene.select_ids([person])
    window.conversation.parent_view.action.setChecked(True)  # notes are the worker's: hidden
    assert window.details.built is None  # not built just to be told
    panel = window.properties  # asked for: built now
    assert panel.current_page_name() == "node"
    assert not panel.notes_edit.isVisibleTo(panel)


def test_alt_enter_reaches_the_name_of_the_one_chosen_in_details_built_then(qtbot):
    _first_start(qtbot)
    window = open_window(qtbot)
    assert window.details.built is None
    window.scene.select_ids([window.document.centre_id])
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, ALT)
    panel = window.details.built
    assert panel is not None and QApplication.focusWidget() is panel.label_edit


def test_details_first_shown_while_looking_back_come_back_with_today(qtbot):
    """Its tab first shown on a past visit: the past visit's read-only twin is on show, and today's
    panel, built meanwhile, comes back with today's map."""
    _first_start(qtbot)
    window = open_window(qtbot)
    assert window.details.built is None
    centre = window.document.centre_id
    window.visits.start_visit("2099-06-10", "30-day review")
    first = window.document.visits()[0].id
    window.visits.show_visit(first)
    window.details_dock.raise_()
    twin, live = window.visits.panels.details, window.details.built
    assert live is not None and window.details.scroll.widget() is twin and twin.isVisible()
    assert live.window() is window and not live.isVisible()
    window.visits.back_to_today()
    assert window.details.scroll.widget() is live
    qtbot.waitUntil(live.isVisible)
    window.scene.select_ids([centre])
    assert live.current_page_name() == "node"


def _corner_buttons_named(panel) -> list[str]:
    corners = panel.findChildren(QAbstractButton, "qt_tableview_cornerbutton")
    return [button.accessibleName() for button in corners]


def test_details_household_tables_corner_button_is_named_built_with_the_window_or_later(qtbot):
    """A screen reader hears "Select all rows" for the household table's corner button, whenever the
    panel is built (the window names the parts Qt makes before the panel is there)."""
    window = open_window(qtbot)
    assert window.details.built is not None
    assert _corner_buttons_named(window.properties) == ["Select all rows"]
    window.details.remember_size()
    window.close()
    window = open_window(qtbot)
    assert window.details.built is None
    assert _corner_buttons_named(window.properties) == ["Select all rows"]


def test_enter_on_a_line_opens_details_built_then_on_that_line(qtbot):
    """Enter on the one line chosen on the map, before the Details tab was ever shown: the panel is
    built then, comes to the front on that line's page, and the keys are in it."""
    _first_start(qtbot)
    window = open_window(qtbot)
    assert window.details.built is None
    person = window.scene.add_node("person", category="friend")
    window.scene.commit_label_edit()
    line = window.scene.connect_nodes(window.document.centre_id, person)
    window.scene.select_ids([], [line])
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    panel = window.details.built
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    assert panel.current_page_name() == "edge"
    assert panel.isAncestorOf(QApplication.focusWidget())


def _another_start_than_remembered(qtbot, change, undo) -> None:
    """A start whose language, touch mode or view differs from the one that remembered the room
    (*change* makes it so, *undo* puts it back): the panel is built with the window, and the side
    panels are exactly as wide as at a first start in those conditions."""
    _first_start(qtbot)
    remembered = QSettings().value(SIZE_KEY)
    change()
    try:
        QSettings().remove(SIZE_KEY)
        first_here = _first_start(qtbot)  # nothing remembered, in the new conditions
        QSettings().setValue(SIZE_KEY, remembered)  # the room the other start remembered
        window = open_window(qtbot, (1280, 720))
        assert window.details.built is not None
        qtbot.waitUntil(lambda: window.conversation.guide_dock.width() > 0)
        seen = window.conversation.guide_dock.geometry().getRect(), window.details_dock.sizeHint().toTuple()
        assert seen == first_here
    finally:
        undo()


def test_a_start_in_another_language_builds_details_with_the_window_as_wide_as_ever(qtbot):
    _another_start_than_remembered(qtbot, lambda: i18n.install("es"), lambda: i18n.install("en"))


def test_a_start_in_touch_mode_builds_details_with_the_window_as_wide_as_ever(qtbot):
    _another_start_than_remembered(qtbot, lambda: preferences.set_touch_mode("on"),
                                   lambda: preferences.set_touch_mode("auto"))
