"""Touch mode going on or off moves nothing a user is looking at: not the map under the finger that
turned it on, not a question a panel has open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ecomap_desktop.ui import preferences
from window_support import open_window, touch_screen, touches, wait_settled


@pytest.fixture
def window(qtbot):
    win = open_window(qtbot, (1200, 700), activate=False)
    yield win
    preferences.set_touch_mode("auto")
    win.files.undo_stack.setClean()


def _set_touch(window, mode: str) -> None:
    preferences.set_touch_mode(mode)
    window.touch_mode.apply_setting()
    QApplication.processEvents()


def _ask(qtbot, parent) -> QMessageBox:
    """A question from *parent* (a panel), on screen and in front, as a panel asks one."""
    box = QMessageBox(QMessageBox.Icon.Question, "Ecomap", "Remove Jess from the map?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    QApplication.processEvents()
    return box


def test_a_panels_question_opened_in_touch_mode_comes_back_where_the_mouse_opens_it(qtbot, window):
    """A question a panel asked in touch mode came up centred at its fingertip height, and stayed
    there when touch mode went off: 14 px above where it opens with the mouse's sizes."""
    panel = window.details_dock.widget()
    plain = _ask(qtbot, panel)
    own = plain.geometry()
    plain.close()
    _set_touch(window, "on")
    box = _ask(qtbot, panel)
    qtbot.waitUntil(lambda: box.height() > own.height())  # its buttons a fingertip high
    _set_touch(window, "off")
    qtbot.waitUntil(lambda: box.height() == own.height())
    QApplication.processEvents()
    assert box.geometry() == own


THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


def _on_screen(window, node_id: str) -> QPoint:
    """Where *node_id*'s middle is on the screen."""
    view = window.view
    return view.viewport().mapToGlobal(view.mapFromScene(window.scene.node_item(node_id).pos()))


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_first_touch_leaves_the_map_where_it_is_under_the_finger(qtbot, tmp_path, size):
    """The finger's first touch turned touch mode on: the toolbar grew, the canvas shrank and the
    map, shown whole, was fitted again: every person moved 10-20 px under the parent's finger. The
    map stays where it is on the screen, at the zoom it had."""
    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    win = open_window(qtbot, size, activate=False)
    win.open_path(str(path))
    wait_settled(qtbot, win.view)  # fitted to the canvas
    try:
        people = [node for node in win.document.node_ids() if node != win.document.centre_id]
        before = {node: _on_screen(win, node) for node in people}
        zoom = win.view.zoom()
        toolbar = win.actions.toolbar.height()
        touched = people[0]
        viewport = win.view.viewport()
        at = win.view.mapFromScene(win.scene.node_item(touched).pos())
        # A tap: no timer fires between the press and the lift (window_support.Finger).
        touches(viewport).press(0, at, viewport).commit(False)
        QTest.touchEvent(viewport, touch_screen()).release(0, at, viewport).commit()
        qtbot.waitUntil(win.touch_mode.is_on)
        qtbot.waitUntil(lambda: win.actions.toolbar.height() > toolbar)  # the toolbar grew
        wait_settled(qtbot, win.view)  # whatever the new size set off (a refit) has run
        assert win.scene.selected_node_ids() == [touched]  # the tap still selected the person
        assert win.view.zoom() == pytest.approx(zoom)
        moved = {node: (_on_screen(win, node) - before[node]).manhattanLength() for node in people}
        assert max(moved.values()) <= 2, moved
    finally:
        win.files.undo_stack.setClean()


def test_the_guides_buttons_come_back_as_tall_as_they_were(qtbot, window):
    """The guide's "Next step" and "Mark done" buttons (36 px, a finger's width even without touch
    mode) came back 25 px high when touch mode went off, and the step's notes 9 px higher: taking the
    fingertip sizes away took their own least height with them."""
    from PySide6.QtWidgets import QPushButton

    guide = window.conversation.guide
    window.conversation.guide_dock.raise_()
    guide.show_step("support")
    QApplication.processEvents()
    page = guide.scroll_area.widget()

    def heights() -> list[tuple[str, int]]:
        return [(button.text(), button.height()) for button in page.findChildren(QPushButton)
                if button.isVisible()]

    own = heights()
    assert any(height >= 36 for _text, height in own)
    _set_touch(window, "on")
    guide.show_step("people")  # a page built in touch mode
    _set_touch(window, "off")
    guide.show_step("support")
    QApplication.processEvents()
    assert heights() == own
    guide.show_step("people")
    QApplication.processEvents()
    built_in_touch = [(button.text(), button.height()) for button in page.findChildren(QPushButton)
                      if button.isVisible() and button.text() == "Next step"]
    assert built_in_touch and all(height >= 36 for _text, height in built_in_touch)


def test_the_first_touch_on_a_past_visit_leaves_its_map_where_it_is(qtbot, tmp_path):
    """A past visit's map (opened from the visits strip, read-only) moved under the first finger as
    touch mode came on: the strip and the banner grew round it and it was fitted again. It stays
    where it is on the screen, at its zoom, as today's map does."""
    from window_support import Finger

    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    win = open_window(qtbot, (1366, 768), activate=False)
    win.open_path(str(path))
    try:
        win.visits.show_visit(win.document.visits()[0].id)
        view, scene = win.visits.past_view(), win.visits.past_scene()
        wait_settled(qtbot, view)  # fitted to the canvas
        people = [node for node in scene.document.node_ids() if node != scene.document.centre_id]

        def on_screen(node_id: str) -> QPoint:
            return view.viewport().mapToGlobal(view.mapFromScene(scene.node_item(node_id).pos()))

        before = {node: on_screen(node) for node in people}
        zoom = view.zoom()
        banner = win.visits.banner.height()
        touched = people[0]
        finger = Finger(view.viewport(), view.mapFromScene(scene.node_item(touched).pos()))
        finger.lift()
        qtbot.waitUntil(win.touch_mode.is_on)
        qtbot.waitUntil(lambda: win.visits.banner.height() > banner)  # its button a fingertip high
        wait_settled(qtbot, view)  # whatever the new size set off (a refit) has run
        assert win.visits.past_view() is view
        assert scene.selected_node_ids() == [touched]  # the tap still selected the person
        assert view.zoom() == pytest.approx(zoom)
        moved = {node: (on_screen(node) - before[node]).manhattanLength() for node in people}
        assert max(moved.values()) <= 2, moved
    finally:
        win.files.undo_stack.setClean()


def test_touch_mode_coming_on_leaves_the_visits_strip_where_it_was_scrolled(qtbot, tmp_path, window):
    """Scrolled back to the older visits, the visits strip jumped to the newest as touch mode came on
    (on the lift of a first swipe that had scrolled it): the taller buttons made the strip bring the
    visit on show into sight, as it does when visits come or go."""
    from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

    from window_support import twenty_visits_map, wait_painted, wait_past

    window.open_path(str(twenty_visits_map(tmp_path / "many.ecomap")))
    strip = window.findChild(QAbstractScrollArea, "visitStripScroll")
    bar = strip.horizontalScrollBar()
    qtbot.waitUntil(lambda: len(strip.widget().findChildren(QToolButton, "visitButton")) == 20)
    wait_painted(qtbot, strip)
    wait_past(qtbot, 0)  # the newest brought into sight once all are made
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    button_height = strip.widget().findChild(QToolButton, "visitButton").height()
    older = bar.maximum() // 3
    bar.setValue(older)  # among the older visits
    _set_touch(window, "on")
    qtbot.waitUntil(lambda: strip.widget().findChild(QToolButton, "visitButton").height() > button_height)
    wait_painted(qtbot, strip)  # laid out with the taller buttons
    wait_past(qtbot, 0)  # and what that set off on the next turn has run
    assert bar.value() == older
