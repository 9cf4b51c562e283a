"""The first start: a new map with the centre's name open for typing and a hint shown once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop import i18n
from ecomap_desktop.ui import app as app_module
from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.window.first_run import STEP_ASIDE_AFTER, FirstRunHint
from window_support import wait_past, wait_settled


def _start(qtbot, path=None):
    windows = app_module.start_windows(path)
    for window in windows:
        qtbot.addWidget(window)
    QApplication.processEvents()
    return windows


def _close(windows):
    for window in windows:
        window.files.undo_stack.setClean()
        window.close()


def test_first_start_shows_the_hint_and_readies_the_centre(qtbot):
    assert not preferences.first_run_hint_shown()
    windows = _start(qtbot)
    window = windows[0]
    hint = window.first_run_hint
    assert isinstance(hint, FirstRunHint) and hint.isVisible()
    assert "family's name" in hint.message.text()
    assert hint.parentWidget() is window.view  # over the canvas, not a modal dialog
    assert hint.geometry().top() >= 0 and hint.geometry().right() <= window.view.width()
    assert window.scene.selected_node_ids() == [window.document.centre_id]
    assert window.scene._editor is not None  # the centre's name is open for typing
    _close(windows)


def test_the_hint_is_shown_on_one_start_only(qtbot):
    _close(_start(qtbot))
    assert preferences.first_run_hint_shown()
    windows = _start(qtbot)
    assert windows[0].first_run_hint is None
    assert windows[0].findChild(FirstRunHint) is None
    _close(windows)


def test_got_it_hides_the_hint_and_is_remembered(qtbot):
    windows = _start(qtbot)
    hint = windows[0].first_run_hint
    qtbot.mouseClick(hint.dismiss_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    assert str(QSettings().value(preferences.FIRST_RUN_KEY)).lower() == "true"
    _close(windows)


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_got_it_before_naming_the_family_leaves_the_name_open_for_typing(qtbot):
    """Reading the hint and clicking "Got it" first is natural: what is typed next names the family
    (before, the click closed the name's box and the keys went to an unseen panel: typing did nothing)."""
    windows = _start(qtbot)
    window = windows[0]
    _active(qtbot, window)
    doc = window.document
    qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.view.hasFocus()
    assert window.scene.is_editing_label()
    qtbot.keyClicks(QApplication.focusWidget(), "Rivera family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert doc.node(doc.centre_id)["label"] == "Rivera family"
    _close(windows)


def test_got_it_after_naming_the_family_gives_the_keys_to_the_map(qtbot):
    windows = _start(qtbot)
    window = windows[0]
    _active(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), "Rivera family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.view.hasFocus() and not window.scene.is_editing_label()
    people = window.document.node_count()
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # the map's own keys work at once
    assert window.document.node_count() == people + 1
    _close(windows)


def test_the_hint_follows_the_canvas_size(qtbot):
    windows = _start(qtbot)
    window = windows[0]
    hint = window.first_run_hint
    window.resize(1000, 700)
    QApplication.processEvents()
    assert window.view.width() - 40 < FirstRunHint.MAX_WIDTH
    assert hint.width() == window.view.width() - 40
    window.resize(1400, 900)
    QApplication.processEvents()
    assert hint.width() == FirstRunHint.MAX_WIDTH
    assert abs(hint.geometry().center().x() - window.view.width() // 2) <= 1
    _close(windows)


def _in_the_canvas(view, item):
    """What is drawn of a node (its circle and its name) in the canvas widget's own coordinates: the
    part of it inside the canvas's drawing area (the rest is scrolled out of sight)."""
    where = view.mapFromScene(item.sceneBoundingRect()).boundingRect().translated(view.viewport().pos())
    return where.intersected(view.viewport().geometry())


def test_the_hint_hides_no_one_on_the_map(qtbot):
    """At 1280x720 the hint covered the first people added above the family: the map is drawn below it
    while it shows; once the family has three people or groups it steps aside, and everyone added
    stays in view (with its band up, the first ones were scrolled out of sight by the sixth)."""
    windows = _start(qtbot)
    window = windows[0]
    window.resize(1228, 660)  # what the window takes of a 1280x720 screen
    qtbot.waitUntil(lambda: window.width() == 1228 and window.height() == 660)
    _active(qtbot, window)
    view, hint = window.view, window.first_run_hint
    qtbot.keyClicks(QApplication.focusWidget(), "Rivera family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for number, name in enumerate(("Grandma Rosa", "Aunt Carmen", "Neighbour Sam", "Food bank", "Jess",
                                   "Leo's dad"), start=1):
        qtbot.keyClick(view, Qt.Key.Key_P)
        qtbot.keyClicks(QApplication.focusWidget(), name)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in window.scene.node_items():  # everyone, where the map is drawn
            label = window.document.node(item.node_id)["label"]
            assert shown.contains(item.sceneBoundingRect()), (name, label)
            assert not _in_the_canvas(view, item).intersects(hint.geometry()) or not hint.isVisible(), name
        if number < STEP_ASIDE_AFTER:
            assert hint.isVisible() and hint.geometry().bottom() < view.viewport().geometry().top()
            assert view.viewport().geometry().height() > view.height() / 2  # still most of the canvas
        else:  # it has done its work: the whole canvas is the map's again, the keys where they were
            assert not hint.isVisible()
            assert view.viewport().geometry().top() == view.frameWidth()
    assert window.document.node_count() == 7
    assert window.document.node(window.scene.selected_node_ids()[0])["label"] == "Leo's dad"
    _close(windows)


@pytest.mark.parametrize("touch", ["off", "on"])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1228, 662), (1280, 706)])  # what the window takes of 1280x720, 1366x768
def test_the_first_start_shows_the_whole_map_below_the_hint(qtbot, size, language, touch):
    """At 1280x720 the hint's band hid the top of the map, at 100%: the closest circle's name ("Más
    cercanos") was half under it, in touch mode (a taller band) out of sight, with a scroll bar on the
    canvas. The new map is fitted below the band, and again as the window and the band settle."""
    i18n.install(language)
    preferences.set_touch_mode(touch)
    windows = _start(qtbot)
    window = windows[0]
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    view, hint, scene = window.view, window.first_run_hint, window.scene
    wait_settled(qtbot, view)  # laid out at that size and fitted again
    assert hint.isVisible()
    assert window.touch_mode.is_on() == (touch == "on")
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.items_bounding_rect())  # the family and its closest circle
    rings = scene.ring_item()
    closest = rings.mapRectToScene(rings.name_rects()[0])
    assert shown.contains(closest)
    legend = scene.legend_item()
    assert not legend.isVisible() or not legend.sceneBoundingRect().intersects(closest)
    for name in rings.name_rects():  # no circle's name cut at the canvas's edge
        name = rings.mapRectToScene(name)
        assert shown.contains(name) or not shown.intersects(name)
    assert not view.verticalScrollBar().isVisible() and not view.horizontalScrollBar().isVisible()
    _close(windows)


def test_the_map_stays_whole_as_the_window_and_the_hint_settle(qtbot):
    """A desktop sizes the window after it shows, and Settings turns touch mode on (taller toolbar,
    taller hint): until someone draws, zooms or scrolls, the new map is fitted again to what is left
    below the band, so no scroll bar comes and its closest circle's name stays in sight. (Turned on
    by a touch, the map stays still under the finger instead: test_touch_steady.py.)"""
    i18n.install("es")
    windows = _start(qtbot)
    window = windows[0]
    view, scene, hint = window.view, window.scene, window.first_run_hint
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.height() == 900)
    window.resize(1228, 662)
    qtbot.waitUntil(lambda: window.height() == 662)
    band = hint.height()
    preferences.set_touch_mode("on")  # as Settings does
    window.touch_mode.apply_setting()
    qtbot.waitUntil(lambda: hint.height() > band)
    wait_settled(qtbot, view)  # and fitted again below it
    rings = scene.ring_item()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.items_bounding_rect())
    assert shown.contains(rings.mapRectToScene(rings.name_rects()[0]))  # "Más cercanos"
    assert not view.verticalScrollBar().isVisible()
    _close(windows)


def test_a_screen_reader_finds_the_hint_with_the_map(qtbot):
    """The hint sits on the canvas, whose children a reader is given are the map's people: it is given
    the hint first, while it shows, and its words and buttons."""
    from PySide6.QtGui import QAccessible

    windows = _start(qtbot)
    window = windows[0]
    hint = window.first_run_hint
    canvas = QAccessible.queryAccessibleInterface(window.view)
    first = canvas.child(0)
    assert first is not None and first.object() is hint
    assert first.text(QAccessible.Text.Name) == "First steps"
    assert canvas.indexOfChild(QAccessible.queryAccessibleInterface(hint)) == 0
    words = [first.child(i).text(QAccessible.Text.Name) for i in range(first.childCount())]
    assert hint.message.text() in words and "Got it" in words
    # The hint, the family's name open for typing, the family's circle, the legend.
    assert canvas.childCount() == 4
    assert canvas.child(1).role() == QAccessible.Role.EditableText
    centre = canvas.child(2)
    assert canvas.indexOfChild(centre) == 2 and centre.role() == QAccessible.Role.ListItem
    hint.dismiss_button.setFocus()
    assert canvas.focusChild().object() is hint
    qtbot.mouseClick(hint.dismiss_button, Qt.MouseButton.LeftButton)
    # "Got it": the hint gone, the family's name open for typing again, then the circle and the legend.
    assert [canvas.child(i).role() for i in range(canvas.childCount())] == [
        QAccessible.Role.EditableText, QAccessible.Role.ListItem, QAccessible.Role.ListItem]
    _close(windows)


def test_the_quick_guide_button_opens_the_guide(qtbot):
    windows = _start(qtbot)
    window = windows[0]
    window.first_run_hint.guide_button.click()
    assert window._quick_guide.isVisible()
    _close(windows)


def test_opening_a_file_at_first_start_shows_no_hint(qtbot, tmp_path):
    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document

    path = tmp_path / "map.ecomap"
    save_document(Document("Rivera"), path)
    windows = _start(qtbot, str(path))
    assert windows[0].first_run_hint is None
    assert not preferences.first_run_hint_shown()  # still offered on the first start with a new map
    _close(windows)


def test_a_screen_reader_is_told_once_that_the_hint_stepped_aside(qtbot, monkeypatch):
    """The hint goes by itself once the family has three people or groups: a screen reader, which
    found it first on the canvas, hears that it has gone, politely, once (not again for the people
    added after, nor after an undo and a redo)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from ecomap_desktop.ui.widgets import announce as speech

    heard: list[tuple[str, QAccessible.AnnouncementPoliteness, object]] = []

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness(), event.object()))

    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    windows = _start(qtbot)
    window = windows[0]
    hint, doc = window.first_run_hint, window.document
    for number in range(1, STEP_ASIDE_AFTER + 3):
        window.scene.add_node("person")
        QApplication.processEvents()
        gone = [h for h in heard if "hint" in h[0]]
        assert gone == ([] if number < STEP_ASIDE_AFTER else [(
            "The welcome hint has closed. The whole canvas shows the map now.",
            QAccessible.AnnouncementPoliteness.Polite, window.view)]), number
        assert hint.isVisible() == (number < STEP_ASIDE_AFTER)
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.redo()
    QApplication.processEvents()
    assert len([h for h in heard if "hint" in h[0]]) == 1 and not hint.isVisible()
    assert doc.node_count() - 1 == STEP_ASIDE_AFTER
    _close(windows)


def test_after_got_it_the_step_aside_says_nothing(qtbot, monkeypatch):
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    from ecomap_desktop.ui.widgets import announce as speech

    said: list[str] = []
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", lambda event: said.append(event.message()) if isinstance(
        event, QAccessibleAnnouncementEvent) else None)
    windows = _start(qtbot)
    window = windows[0]
    qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
    for _ in range(STEP_ASIDE_AFTER + 1):
        window.scene.add_node("person")
        QApplication.processEvents()
    assert not [text for text in said if "hint" in text]
    _close(windows)


@pytest.mark.parametrize("touch", ["off", "on"])
def test_the_first_people_added_leave_no_circles_name_cut_at_the_canvas_edge(qtbot, touch):
    """The first person added was scrolled into view just far enough that the next circle's name
    ("Amigos") was cut in half along the hint's band: a circle's name next to the people kept in
    view is kept whole too."""
    i18n.install("es")
    preferences.set_touch_mode(touch)
    windows = _start(qtbot)
    window = windows[0]
    window.resize(1228, 662)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1228, 662))
    _active(qtbot, window)
    view, scene = window.view, window.scene
    wait_settled(qtbot, view)
    qtbot.keyClicks(QApplication.focusWidget(), "Familia Rivera")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    rings = scene.ring_item()
    for name in ("Abuela Rosa", "Tio Luis", "Escuela"):
        qtbot.keyClick(view, Qt.Key.Key_P)
        qtbot.keyClicks(QApplication.focusWidget(), name)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        for circle, box in zip(rings.ring_names(), rings.name_rects()):
            box = rings.mapRectToScene(box)
            assert shown.contains(box) or not shown.intersects(box), (name, circle)
    _close(windows)


def test_a_screen_reader_hears_the_name_box_then_the_whole_welcome_once(qtbot, monkeypatch):
    """At the first start a reader meets the window and the canvas (Qt tells of them), then the name
    box where the keys are, then the hint's welcome: once each, and not the family's circle in between
    (it was told, and the name box announced as well, out of order). The welcome comes after the last
    focus move: said before it, a reader cut it short when the name box took its focus."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from ecomap_desktop.ui.widgets import announce as speech

    heard: list[tuple[str, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(("said", event.message()))
        elif event.type() == QAccessible.Event.Focus:
            heard.append(("focus", iface.text(QAccessible.Text.Name)))

    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    windows = _start(qtbot)
    window = windows[0]
    hint = window.first_run_hint
    welcome = "Welcome. Start in the middle. " + hint.message.text()
    qtbot.waitUntil(lambda: len(heard) >= 2)
    for _ in range(5):  # nothing else is on its way that would move the reader's focus after it
        QApplication.processEvents()
    assert heard == [("focus", "Name of the family in the centre"), ("said", welcome)]

    heard.clear()
    hint.guide_button.setFocus(Qt.FocusReason.TabFocusReason)  # away (the name box closes) and back
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [("focus", "(no name), the family in the centre, 0 connections")]  # no welcome again

    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [("focus", "Name of the family in the centre")]
    heard.clear()
    qtbot.keyClicks(window.view, "Rivera")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(kind == "focus" for kind, _ in heard))
    assert [words for kind, words in heard if kind == "focus"] == [
        "Rivera, the family in the centre, 0 connections"]
    assert welcome not in [words for _kind, words in heard]
    _close(windows)


def _named_at_1280(qtbot):
    """The first start in the window a 1280 x 720 screen leaves, the family named (an edit)."""
    windows = _start(qtbot)
    window = windows[0]
    window.resize(1228, 662)
    qtbot.waitUntil(lambda: window.height() == 662)
    wait_settled(qtbot, window.view)
    _active(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), "Rivera family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return windows, window


def _add_with_the_toolbar(qtbot, window, name: str) -> None:
    """Add person, as the worker does: the app scrolls to show everyone, and the name is typed."""
    window.actions.add_person.trigger()
    qtbot.waitUntil(lambda: window.scene.label_editor() is not None)
    qtbot.keyClicks(QApplication.focusWidget(), name)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.mark.parametrize("how", ["Got it", "stepped aside", "Got it after a toolbar add",
                                 "stepped aside after toolbar adds"])
def test_the_map_is_fitted_again_when_the_hint_goes(qtbot, how):
    """The map was fitted below the hint's band; when the hint went (once the family was named), it
    stayed that small, zoomed for a band no longer there, with the circles round the family further
    out of sight. It now takes the whole canvas, as Whole map would show it."""
    windows, window = _named_at_1280(qtbot)
    view = window.view
    with qtbot.waitSignal(view.fitted):
        if how == "Got it":
            qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
        elif how == "Got it after a toolbar add":  # the scroll that shows the new person moved no one's view
            _add_with_the_toolbar(qtbot, window, "Friend 0")
            qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
        elif how == "stepped aside after toolbar adds":
            for number in range(STEP_ASIDE_AFTER):
                _add_with_the_toolbar(qtbot, window, f"Friend {number}")
        else:
            for number in range(STEP_ASIDE_AFTER):
                window.document.add_node({"kind": "person", "label": f"Friend {number}",
                                          "x": 160.0 * (number - 1), "y": 150.0})
    assert not window.first_run_hint.isVisible() and view.viewportMargins().top() == 0
    zoom, middle = view.zoom(), view.mapToScene(view.viewport().rect().center())
    view.zoom_to_fit()
    assert view.zoom() == pytest.approx(zoom)
    assert (view.mapToScene(view.viewport().rect().center()) - middle).manhattanLength() * zoom <= 2.0
    _close(windows)


def test_a_view_zoomed_by_hand_stays_when_the_hint_goes(qtbot):
    windows, window = _named_at_1280(qtbot)
    view = window.view
    view.set_zoom(view.zoom() * 1.3)
    zoom = view.zoom()
    qtbot.mouseClick(window.first_run_hint.dismiss_button, Qt.MouseButton.LeftButton)
    wait_past(qtbot, 50)  # the refit would come on the next turn
    assert view.zoom() == zoom
    _close(windows)
