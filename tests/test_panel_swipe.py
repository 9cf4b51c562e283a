"""A finger swipes the panels, lists and long texts to scroll them (Qt's QScroller), and nothing it lands
on is pressed, opened or selected by the swipe; a tap and a finger held still work on what is under them.

The fingers are Qt's own touch events (QTest.touchEvent on a touch screen device), sent to the window
as a screen sends them; Qt's gesture machinery recognises the swipe and makes mouse events of the touch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QComboBox, QGraphicsView, QPlainTextEdit,
                               QPushButton, QScroller, QToolButton, QWidget)

from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.widgets.swipe_scroll import is_swipeable
from window_support import Finger, open_window, twenty_visits_map, wait_painted, wait_past

THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"

@pytest.fixture
def window(qtbot, tmp_path):
    # A small laptop: the panels are longer than their docks.
    win = open_window(qtbot, (1280, 720), activate=False)
    path = tmp_path / THREE_VISITS.name  # a copy: the example may be open in another run of the suite
    shutil.copyfile(THREE_VISITS, path)
    win.open_path(str(path))
    QApplication.processEvents()
    yield win
    win.files.undo_stack.setClean()


def _swipe(qtbot, area: QAbstractScrollArea, widget: QWidget, dy: int, dx: int = 0) -> int:
    """Swipe *dy* pixels (up: negative), or *dx* sideways, from the middle of *widget* in *area*; once
    the area has moved, lift the finger and stop its glide. Returns how far the area scrolled."""
    bar = area.horizontalScrollBar() if dx else area.verticalScrollBar()
    before = bar.value()
    travel = dx or dy
    # The area follows the finger from the scroller's drag start distance on (5 mm, 20 px here), in
    # its frames; it has followed all of the way once it has gone that far, or as far as it can.
    room = bar.maximum() - before if travel < 0 else before - bar.minimum()
    followed = min(abs(travel) - 30, room)
    finger = Finger(widget, widget.rect().center())
    try:
        finger.slide(dx, dy)
        qtbot.waitUntil(lambda: abs(bar.value() - before) >= followed)
        # The scroller takes the finger's moves in its frames: on a busy machine the area has followed
        # the first of them by now, not yet the last. One more frame takes all of them.
        wait_past(qtbot, _FRAME_MS)
    finally:
        finger.lift(then_wait=False)
        QScroller.scroller(area.viewport()).stop()
    return bar.value() - before


def _in_sight(area: QAbstractScrollArea, kind: type) -> list:
    """The enabled widgets of *kind* in *area* whose middle is on show in its viewport."""
    viewport = area.viewport()
    return [widget for widget in area.widget().findChildren(kind)
            if widget.isVisible() and widget.isEnabled()
            and viewport.rect().contains(widget.mapTo(viewport, widget.rect().center()))]


@pytest.mark.parametrize("touch_setting", ["auto", "off"])
def test_a_finger_swipes_the_guide_and_a_mouse_drag_does_not(qtbot, tmp_path, touch_setting):
    """Before the first touch has turned touch mode on, and with Settings ▸ Touch screen "never", the
    swipe scrolls: touch mode sizes targets, and a finger on a touch screen swipes in every case."""
    preferences.set_touch_mode(touch_setting)
    try:
        win = open_window(qtbot, (1280, 720), activate=False)
        area = win.conversation.guide.scroll_area
        bar = area.verticalScrollBar()
        assert bar.maximum() > 100  # the guide is longer than its dock
        scrolled = _swipe(qtbot, area, area.viewport(), -150)
        assert scrolled > 50  # the page followed the finger up
        # The mouse drags as before: over the guide it scrolls nothing (it selects, presses).
        at = bar.value()
        viewport = area.viewport()
        start = viewport.rect().center()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, start - QPoint(0, 150))
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           start - QPoint(0, 150))
        wait_past(qtbot, 100)  # a few of a scroller's frames, had the drag started one
        assert bar.value() == at
    finally:
        preferences.set_touch_mode("auto")
        win.files.undo_stack.setClean()


_OFFSCREEN_ONLY = "This plugin does not support propagateSizeHints()"


def test_a_swipe_prints_no_qt_warning(qtbot, qtlog, window):
    """Each swipe on the guide, at the right of a 1280-pixel window, printed Qt's "QGestureManager::
    deliverEvents: could not find the target for gesture" to the terminal and the logs."""
    area = window.conversation.guide.scroll_area
    assert area.viewport().mapToGlobal(area.viewport().rect().center()).x() > 800
    before = len(qtlog.records)
    assert _swipe(qtbot, area, area.viewport(), -150) > 50
    QApplication.processEvents()
    said = [record.message for record in qtlog.records[before:]]
    # Qt's offscreen platform says this whenever a window's least or largest size changes; a real
    # window system's platform acts on it, silently.
    assert [message for message in said if message != _OFFSCREEN_ONLY] == []


def test_a_swipe_from_a_button_does_not_press_it_and_a_tap_does(qtbot, window):
    area = window.conversation.guide.scroll_area
    buttons = _in_sight(area, QPushButton)
    assert buttons
    button = buttons[-1]
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    assert _swipe(qtbot, area, button, -150) > 50
    assert clicks == [] and not button.isDown()
    QApplication.processEvents()
    assert clicks == []
    # A tap on a button presses it, as it always did.
    button = _in_sight(area, QPushButton)[0]
    tapped = []
    button.clicked.connect(lambda: tapped.append(1))
    finger = Finger(button, button.rect().center())
    finger.lift()
    assert tapped == [1]


def _notes_in_sight(area: QAbstractScrollArea) -> QPlainTextEdit:
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the step's notes come into sight
    notes = [edit for edit in _in_sight(area, QPlainTextEdit) if not edit.isReadOnly()]
    assert notes
    return notes[0]


def test_a_swipe_on_a_long_note_scrolls_the_note_not_the_panel(qtbot, window):
    """A swipe that began on a note scrolled the whole panel under the finger, and the note's own
    words could be scrolled only with its thin scroll bar."""
    area = window.conversation.guide.scroll_area
    panel_bar = area.verticalScrollBar()
    edit = _notes_in_sight(area)
    words = "\n".join(f"Line {n}: Sam walks to school with Kim; Gran picks them up." for n in range(30))
    edit.setPlainText(words)
    QApplication.processEvents()
    note_bar = edit.verticalScrollBar()
    assert note_bar.maximum() > 5 and note_bar.value() == 0  # more than the note shows
    at = panel_bar.value()
    assert is_swipeable(edit)
    finger = Finger(edit, edit.rect().center())
    try:
        finger.slide(0, -min(edit.height() - 10, 120))
        qtbot.waitUntil(lambda: note_bar.value() >= 2)  # its lines follow the finger up
    finally:
        finger.lift(then_wait=False)
        # The panel's scroller moves the note (finger_scroller.py): its glide stops here.
        QScroller.scroller(area.viewport()).stop()
    QApplication.processEvents()
    assert panel_bar.value() == at
    # By the finger, not a line per pixel: nowhere near its end.
    assert note_bar.value() < note_bar.maximum()
    assert not edit.textCursor().hasSelection() and edit.toPlainText() == words


def _long_note(window) -> QPlainTextEdit:
    """A note in the guide with many more words than it shows, the panel free to scroll both ways."""
    area = window.conversation.guide.scroll_area
    edit = _notes_in_sight(area)
    # Lines that never wrap: the note knows how many it has before it has laid them all out.
    edit.setPlainText("\n".join(f"Line {n}: Gran picks them up." for n in range(30)))
    QApplication.processEvents()
    assert edit.verticalScrollBar().maximum() == 30 - edit.height() // edit.fontMetrics().lineSpacing()
    panel_bar = area.verticalScrollBar()
    assert 90 < panel_bar.value() < panel_bar.maximum() - 90
    return edit


def _lift_and_settle(finger: Finger, *areas: QAbstractScrollArea) -> None:
    """Lift the finger and stop any glide at once: each area stays where the swipe took it."""
    finger.lift(then_wait=False)
    for area in areas:
        QScroller.scroller(area.viewport()).stop()
    QApplication.processEvents()


@pytest.mark.parametrize("towards", ["end", "start"])
def test_a_swipe_on_a_long_note_scrolls_the_panel_once_the_note_is_at_its_end(qtbot, window, towards):
    """The finger stuck at a long note's end: the rest of the swipe went nowhere. As on a phone, the
    note scrolls to its end and the rest of the swipe scrolls the panel, while the finger is down."""
    area = window.conversation.guide.scroll_area
    panel_bar = area.verticalScrollBar()
    edit = _long_note(window)
    note_bar = edit.verticalScrollBar()
    line = edit.fontMetrics().lineSpacing()
    # Two lines short of the note's end (or start), the way the swipe goes.
    note_bar.setValue(note_bar.maximum() - 2 if towards == "end" else 2)
    QApplication.processEvents()
    at = panel_bar.value()
    travel = -150 if towards == "end" else 150  # up: the later lines; down: the earlier ones
    # All of the swipe past the drag start distance (about 20 px) and the note's two lines goes to
    # the panel, and no more than the finger went.
    least = abs(travel) - 30 - 2 * line
    finger = Finger(edit, edit.rect().center())
    try:
        finger.slide(0, travel, steps=20)
        # The scroller follows the finger in its own frames: wait until the panel has followed it all
        # of the way, not just until it has begun to (on a busy machine the lift came in between).
        qtbot.waitUntil(lambda: abs(panel_bar.value() - at) >= least)
        assert note_bar.value() == (note_bar.maximum() if towards == "end" else 0)
    finally:
        _lift_and_settle(finger, edit, area)
    moved = panel_bar.value() - at
    assert (moved > 0) == (towards == "end")
    assert least <= abs(moved) <= abs(travel) - 2 * line
    assert note_bar.value() == (note_bar.maximum() if towards == "end" else 0)
    assert not edit.textCursor().hasSelection()


def test_a_swipe_on_a_long_note_that_turns_back_scrolls_the_note_again(qtbot, window):
    """Past the note's end the panel moves; back the other way, the panel returns first and then the
    note's own words scroll back, as the finger goes."""
    area = window.conversation.guide.scroll_area
    panel_bar = area.verticalScrollBar()
    edit = _long_note(window)
    note_bar = edit.verticalScrollBar()
    note_bar.setValue(note_bar.maximum())  # at its end already
    QApplication.processEvents()
    at = panel_bar.value()
    finger = Finger(edit, edit.rect().center())
    try:
        finger.slide(0, -120)
        qtbot.waitUntil(lambda: panel_bar.value() - at >= 30)  # it goes to the panel
        assert note_bar.value() == note_bar.maximum()
        finger.slide(0, 200, steps=20)  # back down, further than it came up
        # The scroller follows the finger in its own frames: wait until it has come all of the way
        # back (about six lines into the note), not just until it has begun to.
        qtbot.waitUntil(lambda: panel_bar.value() == at and note_bar.value() < note_bar.maximum() - 2)
    finally:
        _lift_and_settle(finger, edit, area)
    assert panel_bar.value() == at  # the panel is back where it was
    assert note_bar.value() < note_bar.maximum() - 2


def test_a_finger_held_on_a_note_then_moved_selects_its_words(qtbot, window):
    """Hold, then slide: the finger works on the words under it, as a phone's does; neither the
    note nor the panel scrolls under it."""
    area = window.conversation.guide.scroll_area
    panel_bar = area.verticalScrollBar()
    edit = _notes_in_sight(area)
    edit.setPlainText("\n".join(f"Line {n}: Gran picks them up on Fridays." for n in range(30)))
    QApplication.processEvents()
    note_bar = edit.verticalScrollBar()
    at = panel_bar.value()
    finger = Finger(edit, QPoint(20, 8))
    try:
        qtbot.waitUntil(edit.hasFocus)  # held still for the press-and-hold time: the press reached it
        finger.slide(60, 20)
        wait_past(qtbot, 100)  # a few of a scroller's frames, had one started
        assert note_bar.value() == 0 and panel_bar.value() == at
    finally:
        finger.lift()
    assert edit.textCursor().hasSelection()


@pytest.mark.parametrize("words", ["", "Gran picks them up on Fridays."])
def test_a_swipe_on_a_short_note_scrolls_the_guide_and_a_tap_puts_the_cursor_there(qtbot, window, words):
    """A swipe that began on a note that shows all its words (an empty one, or a line) never scrolled
    the guide: most of a step's page is its notes, so the page stuck under a parent's finger."""
    area = window.conversation.guide.scroll_area
    panel_bar = area.verticalScrollBar()
    edit = _notes_in_sight(area)
    edit.setPlainText(words)
    QApplication.processEvents()
    assert edit.verticalScrollBar().maximum() == 0  # all of it shows: nothing of its own to scroll
    assert _swipe(qtbot, area, edit, -150) > 50  # the page followed the finger up
    assert edit.toPlainText() == words and not edit.textCursor().hasSelection()
    # A tap on the note still puts the cursor where the finger is, and moves nothing.
    edit.setPlainText("Gran picks them up on Fridays.")
    area.ensureWidgetVisible(edit)  # all of it in sight: the swipe took it up, perhaps part way out
    QApplication.processEvents()
    viewport = edit.viewport()
    point = QPoint(edit.fontMetrics().horizontalAdvance("Gran picks"), edit.cursorRect().center().y())
    wanted = edit.cursorForPosition(point).position()
    assert 0 < wanted < len("Gran picks them up on Fridays.")
    at = panel_bar.value()
    Finger(viewport, point).lift()
    qtbot.waitUntil(lambda: edit.hasFocus() and edit.textCursor().position() == wanted)
    assert panel_bar.value() == at


def _someone(window) -> str:
    return next(node for node in window.document.node_ids() if node != window.document.centre_id)


def test_a_swipe_from_a_drop_down_does_not_open_it(qtbot, window):
    window.resize(1100, 560)  # the person's details are longer than their dock
    window.scene.select_ids([_someone(window)])  # Details shows the person's drop-downs
    window.details_dock.raise_()
    QApplication.processEvents()
    area = window.details_dock.widget()
    combos = _in_sight(area, QComboBox)
    assert combos
    combo = combos[-1]
    before = combo.currentIndex()
    assert _swipe(qtbot, area, combo, -150) > 50
    assert not combo.view().isVisible()
    assert combo.currentIndex() == before


def test_a_finger_held_still_presses_what_it_is_on_and_the_panel_stays_put(qtbot, window):
    area = window.conversation.guide.scroll_area
    bar = area.verticalScrollBar()
    button = _in_sight(area, QPushButton)[-1]
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    finger = Finger(button, button.rect().center())
    try:
        assert not button.isDown()  # not yet: it may be a swipe
        qtbot.waitUntil(button.isDown)  # held still for the press-and-hold time: the button is pressed
        at = bar.value()
        finger.slide(0, -40)  # the finger moves on: the panel stays put under it
        wait_past(qtbot, 100)  # a few of the scroller's frames
        assert bar.value() == at
        finger.slide(0, 40)
    finally:
        finger.lift()
    assert clicks == [1]


def test_a_swipe_on_the_list_scrolls_it_by_the_finger_not_by_rows(qtbot, window):
    panel = window.accessibility.list_panel
    window.accessibility.list_dock.raise_()
    QApplication.processEvents()
    table = panel.findChild(QAbstractScrollArea, "peopleTable")
    assert table.verticalScrollBar().maximum() > 0
    row_height = table.rowHeight(0)
    first = table.rowAt(0)
    _swipe(qtbot, table, table.viewport(), -3 * row_height)
    # About as far as the finger went, three rows or so; by rows, each pixel of the swipe would have
    # been a row, and the list would be at its end.
    assert 2 <= table.rowAt(0) - first <= 6
    assert table.rowAt(table.viewport().height() - 1) < table.model().rowCount() - 1


def _scrollable_areas(root: QWidget) -> list[QAbstractScrollArea]:
    """Every area in *root* that scrolls now, notes with more words than they show included."""
    areas = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        if area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0:
            areas.append(area)
    return areas


def test_every_panel_that_scrolls_can_be_swiped_and_the_map_cannot(qtbot, window):
    window.resize(1100, 560)  # every panel longer than its dock
    window.scene.select_ids([_someone(window)])  # Details shows the person's fields
    window.accessibility.list_panel  # noqa: B018 - built as its tab would be
    window.compare.panel  # noqa: B018
    window.conversation.insights  # noqa: B018
    seen = set()
    for dock in (window.details_dock, window.conversation.guide_dock, window.conversation.insights_dock,
                 window.accessibility.list_dock):
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        areas = _scrollable_areas(dock)
        assert areas, dock.objectName()  # each is longer than its dock on this laptop's screen
        for area in areas:
            assert is_swipeable(area), f"{dock.objectName()}: {type(area).__name__} {area.objectName()}"
            seen.add(dock.objectName())
    assert len(seen) == 4
    assert is_swipeable(window.compare.dock.widget())  # What changed, long once two visits are compared
    strip = window.findChild(QAbstractScrollArea, "visitStripScroll")
    assert is_swipeable(strip)  # sideways, once the visits are more than the strip shows
    # The canvas reads fingers itself: a one-finger drag there pans or moves a person, no scroller.
    assert isinstance(window.view, QGraphicsView) and not is_swipeable(window.view)
    assert not QScroller.hasScroller(window.view.viewport())


def test_the_quick_guide_and_the_licences_can_be_swiped(qtbot):
    from ecomap_desktop.ui.dialogs.about import AboutDialog
    from ecomap_desktop.ui.dialogs.help import QuickGuideDialog

    for dialog in (QuickGuideDialog(), AboutDialog()):
        qtbot.addWidget(dialog)
        assert is_swipeable(dialog.browser)
    guide = QuickGuideDialog()
    qtbot.addWidget(guide)
    guide.resize(600, 500)
    guide.show()
    qtbot.waitExposed(guide)
    assert _swipe(qtbot, guide.browser, guide.browser.viewport(), -200) > 100


def test_a_sideways_swipe_on_the_visits_strip_brings_the_older_visits(qtbot, tmp_path):
    """Twenty visits: the strip shows the newest; a finger swipes it sideways to the older ones, and
    the visit it started on is not opened."""
    path = twenty_visits_map(tmp_path / "many.ecomap")
    win = open_window(qtbot, (1280, 720), activate=False)
    win.open_path(str(path))
    strip = win.findChild(QAbstractScrollArea, "visitStripScroll")
    bar = strip.horizontalScrollBar()
    # The strip makes the older visits' buttons after it is first painted and then brings the visit
    # on show back into sight (visit_strip.py): a swipe begun before that was undone under the finger
    # on a busy machine. All twenty made, laid out, and the newest in sight again:
    qtbot.waitUntil(lambda: len(strip.widget().findChildren(QToolButton, "visitButton")) == 20)
    wait_painted(qtbot, strip)
    wait_past(qtbot, 0)
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    visit = _in_sight(strip, QToolButton)[0]
    assert _swipe(qtbot, strip, visit, 0, dx=200) < -50  # towards the older visits
    swiped = bar.value()
    # The first touch turns touch mode on as the finger lifts: the buttons grow taller. The strip
    # stays where the finger took it (it used to go back to the newest visit).
    qtbot.waitUntil(win.touch_mode.is_on)
    wait_painted(qtbot, strip)  # laid out with the taller buttons
    wait_past(qtbot, 0)  # and what that set off on the next turn has run
    assert bar.value() == swiped
    assert not win.visits.is_looking_back()  # still today's map
    win.files.undo_stack.setClean()


# A quick flick, in metres a second as QScroller reads the finger: three times the least speed it
# glides on from (0.05). Qt reads the speed off the real clock as each touch move arrives (the
# events' own times are not used), so a busy machine that stalls between two moves makes a slow
# finger of a quick one; _flick_up tells the test whether its flick really was quick.
_QUICK_FLICK = 0.15
# The most the lift may come after the last move: even then the speed read at the lift keeps more than
# twice the least speed for a glide (Qt weighs the still finger of the lift in by how long it took).
_LIFT_WITHIN_MS = 20
# The finger's steps, in pixels: up past the drag start, then at most three more while Qt reads its
# speed (all the room the page has below the note).
_FLICK_STEP, _FLICK_STEPS = 30, 3
_FLICK_REACH = _FLICK_STEP * (1 + _FLICK_STEPS)
_FRAME_MS = 16  # a touch screen reports a moving finger some 60 times a second


def _flick_up(qtbot, finger: Finger, scroller: QScroller, moved) -> bool:
    """Slide the finger up past the drag start, then a step a frame until the scroller reads it as a
    quick flick, and lift it at once, while it still moves. Returns whether that flick was quick: not
    if the scroller never read it so within _FLICK_STEPS steps, or if the machine stalled between the
    last step and the lift. A stall before the steps is harmless: the scroller takes the speed from
    the steps that follow."""
    before = moved()
    finger.slide(0, -_FLICK_STEP, steps=1)
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Dragging and moved() != before)
    clock = QElapsedTimer()
    for _ in range(_FLICK_STEPS):
        before = moved()
        clock.start()
        finger.slide(0, -_FLICK_STEP, steps=1)
        if scroller.velocity().y() >= _QUICK_FLICK:
            finger.lift(then_wait=False)
            return clock.elapsed() <= _LIFT_WITHIN_MS
        # The next step a frame after this one, as a screen reports a finger (Qt weighs a step into the
        # speed by the time it took: a step sent at once would barely count), and once the area has
        # followed it.
        qtbot.waitUntil(lambda: clock.elapsed() >= _FRAME_MS and moved() != before)
    finger.lift(then_wait=False)
    return False


def _off_the_note(area: QAbstractScrollArea, edit: QPlainTextEdit) -> QPoint:
    """A point low in *area*'s viewport, on the page but not on the note *edit*."""
    viewport = area.viewport()
    for y in range(viewport.height() - 10, 0, -10):
        point = QPoint(viewport.width() // 2, y)
        under = viewport.childAt(point)
        if under is not None and under is not edit and not edit.isAncestorOf(under):
            return point
    raise AssertionError("the note covers the panel")


@pytest.mark.parametrize("start_on", ["panel", "note at its end", "note with lines to go"])
def test_a_flick_on_a_long_note_glides_on_in_the_panel_as_a_flick_on_the_panel_does(qtbot, window, start_on):
    """A flick on a long note glides on after the finger lifts, as a flick on the Guide panel does:
    through the note's last lines, then the page, slowing to a stop inside it, the note at its end
    (the panel's scroller moves both: finger_scroller.py)."""
    preferences.set_touch_mode("on")  # the panels' sizes as they are after the first touch
    window.touch_mode.apply_setting()
    QApplication.processEvents()  # the page laid out at those sizes
    area = window.conversation.guide.scroll_area
    scroller = QScroller.scroller(area.viewport())
    try:
        panel_bar = area.verticalScrollBar()
        edit = _long_note(window)
        note_bar = edit.verticalScrollBar()
        # At its end, the swipe goes on to the panel; lines short of it, more than the finger reaches,
        # the glide takes the last of them first.
        to_go = 0
        if start_on == "note with lines to go":
            to_go = _FLICK_REACH // edit.fontMetrics().lineSpacing() + 2
        # The note at the foot of the panel: the most room for the swipe and a glide.
        page_y = edit.mapTo(area.widget(), QPoint(0, 0)).y()
        for _ in range(20):  # until a flick is quick, however busy the machine (_flick_up)
            note_bar.setValue(note_bar.maximum() - to_go)
            panel_bar.setValue(page_y + edit.height() + 10 - area.viewport().height())
            QApplication.processEvents()
            if start_on == "panel":
                finger = Finger(area.viewport(), _off_the_note(area, edit))
            else:
                finger = Finger(edit, edit.rect().center())
            if _flick_up(qtbot, finger, scroller, lambda: (panel_bar.value(), note_bar.value())):
                break
            scroller.stop()
            QApplication.processEvents()
        else:
            pytest.fail("no quick flick in twenty tries: the machine stalled the finger every time, "
                        "or the scroller read no speed")
        lifted = panel_bar.value()
        assert lifted < panel_bar.maximum() - 20  # room left for a glide
        if start_on == "note with lines to go":
            assert note_bar.value() < note_bar.maximum()  # the glide has the note's last lines to take
        qtbot.waitUntil(lambda: panel_bar.value() > lifted)  # the page goes on after the lift
        qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive)  # and comes to a stop
        assert lifted < panel_bar.value() <= panel_bar.maximum()
        assert note_bar.value() == note_bar.maximum() and not edit.textCursor().hasSelection()
    finally:
        scroller.stop()
        preferences.set_touch_mode("auto")
