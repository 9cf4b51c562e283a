"""Visits in the window, driven with real clicks and keys: Map ▸ New visit…, the visits strip, a past
visit shown read-only under its banner, Back to today, and Delete visit…"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox

from ecomap_desktop.model.visits import date_in_words
from window_support import on_screen, open_window, wait_painted

LEFT = Qt.MouseButton.LeftButton


def _add(window, label: str, x: float, y: float) -> str:
    """Set up a person directly in the document (the canvas follows its signals)."""
    return window.document.add_node({"kind": "person", "label": label, "x": float(x), "y": float(y)})


def _answer_modal(qtbot, answer) -> list[str]:
    """Run *answer(dialog)* on the next modal dialog as soon as it is open; returns what was seen."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not on_screen(dialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.objectName())
        answer(dialog)

    QTimer.singleShot(20, look)
    return seen


def _two_visits(window, qtbot) -> tuple[str, str, str, str]:
    """Ana on the first visit; a second visit on June 10, 2099 where Ben is added. Returns the ids."""
    ana = _add(window, "Ana", 200, 0)
    window.visits.start_visit("2099-06-10", "30-day review")
    ben = _add(window, "Ben", -200, 60)
    first, second = (visit.id for visit in window.document.visits())
    return first, second, ana, ben


def _click_button(qtbot, button) -> None:
    qtbot.mouseClick(button, LEFT, pos=button.rect().center())


def test_new_visit_from_the_menu_asks_the_date_and_can_be_undone(qtbot):
    window = open_window(qtbot)
    assert not window.visit_strip.isVisible()  # one visit: no strip
    assert window.visits.new_action in window.actions.map_menu.actions()
    assert not window.visits.delete_action.isEnabled()

    def fill(dialog: QDialog) -> None:
        dialog.date_edit.setDate(QDate(2099, 6, 10))
        qtbot.keyClicks(dialog.label_edit, "30-day review")
        _click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    seen = _answer_modal(qtbot, fill)
    window.visits.new_action.trigger()
    assert seen == ["newVisitDialog"]
    visits = window.document.visits()
    assert [(v.date, v.label) for v in visits[1:]] == [("2099-06-10", "30-day review")]
    assert window.statusBar().currentMessage() == "New visit started: June 10, 2099."
    assert window.actions.undo.text() == "Undo New visit"
    assert window.visit_strip.isVisible() and window.visits.delete_action.isEnabled()
    texts = [window.visit_strip.button(v.id).text() for v in visits]
    assert texts[0].startswith(date_in_words(visits[0].date))
    assert texts[1] == "June 10, 2099\nCurrent: 30-day review"
    assert window.visit_strip.button(visits[1].id).accessibleName() == \
        "Current visit, June 10, 2099, 30-day review"
    assert window.visit_strip.shown_id() == visits[1].id

    window.actions.undo.trigger()
    assert window.document.visit_count() == 1 and not window.visit_strip.isVisible()
    window.actions.redo.trigger()
    assert window.document.visit_count() == 2 and window.visit_strip.isVisible()


def test_new_visit_cannot_be_dated_before_the_current_one_and_says_why(qtbot):
    window = open_window(qtbot)
    window.visits.start_visit("2099-06-10")
    found = {}

    def look(dialog: QDialog) -> None:
        found["minimum"] = dialog.date_edit.minimumDate()
        found["date"] = dialog.date()
        found["why"] = dialog.findChild(QLabel, "visitDateWhy").text()
        dialog.date_edit.setDate(QDate(2099, 1, 1))  # before: the edit keeps the earliest allowed
        found["after"] = dialog.date()
        _click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    _answer_modal(qtbot, look)
    window.visits.new_action.trigger()
    assert found["minimum"] == QDate(2099, 6, 10)
    assert found["date"] == "2099-06-10" and found["after"] == "2099-06-10"
    assert found["why"] == ("The date cannot be before the current visit (June 10, 2099): visits are kept "
                            "in the order they happened.")
    assert window.document.visit_count() == 2  # cancelled: nothing started


def test_choosing_a_past_visit_shows_it_read_only_and_back_to_today_restores(qtbot):
    window = open_window(qtbot)
    first, second, ana, ben = _two_visits(window, qtbot)
    window.scene.select_ids([ben])
    window.view.set_zoom(1.3)
    live_before = window.document.graph_copy()
    strip = window.visit_strip
    assert strip.isVisible() and strip.visit_ids() == [first, second]

    _click_button(qtbot, strip.button(first))
    visits = window.visits
    assert visits.is_looking_back() and visits.shown_id() == first
    date = date_in_words(window.document.visits()[0].date)
    assert visits.banner.isVisible()
    assert visits.banner.label.text() == f"{date}: looking back; nothing here can be changed"
    past_scene, past_view = visits.past_scene(), visits.past_view()
    assert past_view.isVisible() and not window.view.isVisible()
    assert ana in past_scene.node_ids() and ben not in past_scene.node_ids()  # Ben came later
    assert strip.shown_id() == first

    # Nothing can change: every editing action is off, a drag moves nothing, keys change nothing.
    for action in (window.actions.undo, window.actions.delete, window.actions.add_person,
                   window.actions.connect, window.actions.edit_label, window.visits.new_action):
        assert not action.isEnabled()
    assert not window.style_picker.isEnabled()
    viewport = past_view.viewport()
    start = past_view.mapFromScene(past_scene.node_item(ana).pos())
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + QPoint(30 * step, 20 * step))
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(120, 80))
    assert past_scene.node_item(ana).pos() == QPointF(200, 0)
    assert visits.past_document().node_position(ana) == (200.0, 0.0)
    assert past_scene.selected_node_ids() == [ana]  # a click still selects, to read about it
    assert not past_scene.node_item(ana).handle_visible()  # no "+" to draw a line from
    past_view.setFocus()
    qtbot.keyClick(past_view, Qt.Key.Key_Delete)
    qtbot.keyClick(past_view, Qt.Key.Key_Right)
    qtbot.keyClick(past_view, Qt.Key.Key_F2)
    qtbot.keyClicks(past_view, "pc")
    qtbot.keyClick(past_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ana in past_scene.node_ids() and past_scene.node_item(ana).pos() == QPointF(200, 0)
    assert past_scene.label_editor() is None and visits.past_document().node_count() == 2
    assert window.undo_stack.count() == 1  # only the new visit: nothing was pushed
    assert window.document.graph_copy().nodes(data=True) == live_before.nodes(data=True)

    # The panels show that visit, and their fields cannot change it.
    panels = visits.panels
    assert panels.list is None  # made when its tab comes to the front, as the live list is
    window.accessibility.list_dock.raise_()
    qtbot.waitUntil(lambda: panels.list is not None)
    assert panels.list.people_model.rowCount() == 2  # the centre and Ana: Ben came later
    window.conversation.insights_dock.raise_()
    qtbot.waitUntil(lambda: panels.insights is not None)
    assert window.conversation.insights_dock.widget().widget() is panels.insights
    assert panels.details.label_edit.text() == "Ana" and panels.details.label_edit.isReadOnly()
    assert window.conversation.guide_dock.widget() is panels.guide
    assert panels.guide.commitment_edit.isReadOnly()
    assert window.status_hints.text() == visits.banner.label.text()  # not today's next step
    assert window.accessibility.list_dock.widget() is panels.list

    _click_button(qtbot, visits.banner.back_button)
    assert not visits.is_looking_back() and not visits.banner.isVisible()
    assert window.view.isVisible() and strip.shown_id() == second
    assert window.scene.selected_node_ids() == [ben] and abs(window.view.zoom() - 1.3) < 1e-6
    assert window.actions.undo.isEnabled() and window.actions.add_person.isEnabled()
    assert window.status_hints.text() != visits.banner.label.text()
    assert window.accessibility.list_dock.widget() is window.accessibility.list_panel
    assert window.conversation.insights_dock.widget().widget() is window.conversation.insights


def test_escape_goes_back_to_today_and_the_keys_reach_the_strip(qtbot):
    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    button = window.visit_strip.button(first)
    assert button.accessibleName() == f"Visit of {date_in_words(window.document.visits()[0].date)}"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.visits.shown_id() == first
    window.visits.past_view().setFocus()
    qtbot.keyClick(window.visits.past_view(), Qt.Key.Key_Escape)
    assert not window.visits.is_looking_back()
    assert window.view.hasFocus()  # the keys stay on the map


def test_saving_while_looking_back_saves_the_real_map(qtbot, tmp_path, monkeypatch):
    from ecomap_desktop.io.mapfile import load_document
    from ecomap_desktop.ui.dialogs import questions as dialogs

    window = open_window(qtbot)
    first, _second, _ana, ben = _two_visits(window, qtbot)
    _click_button(qtbot, window.visit_strip.button(first))
    path = tmp_path / "family.ecomap"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": str(path))
    window.actions.save.trigger()
    assert window.visits.is_looking_back()
    assert ben in load_document(str(path)).node_ids()


def test_delete_visit_asks_first_naming_the_date_and_can_be_undone(qtbot):
    window = open_window(qtbot)
    first, second, _ana, ben = _two_visits(window, qtbot)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        _click_button(qtbot, box.button(QMessageBox.StandardButton.Cancel))

    _answer_modal(qtbot, cancel)
    window.visits.delete_action.trigger()  # today's map on show: the current visit
    assert asked == ["Delete the visit of June 10, 2099? Its map is removed from this file. "
                     "You can undo this."]
    assert window.document.visit_count() == 2

    def delete(box: QMessageBox) -> None:
        _click_button(qtbot, box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)),
                                           "deleteVisitButton"))

    _answer_modal(qtbot, delete)
    window.visits.delete_action.trigger()
    assert [v.id for v in window.document.visits()] == [first]
    assert ben not in window.scene.node_ids()  # the visit before is today's map again
    assert not window.visit_strip.isVisible() and not window.visits.delete_action.isEnabled()
    assert window.actions.undo.text().startswith("Undo Delete visit of June 10, 2099")
    window.actions.undo.trigger()
    assert [v.id for v in window.document.visits()] == [first, second]
    assert ben in window.scene.node_ids() and window.visit_strip.isVisible()


def test_deleting_the_past_visit_on_show_goes_back_to_today(qtbot):
    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    _click_button(qtbot, window.visit_strip.button(first))

    def delete(box: QMessageBox) -> None:
        assert date_in_words(window.document.visits()[0].date) in box.text()
        _click_button(qtbot, box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)),
                                           "deleteVisitButton"))

    _answer_modal(qtbot, delete)
    window.visits.delete_action.trigger()
    assert not window.visits.is_looking_back()
    assert [v.id for v in window.document.visits()] == [second]
    window.actions.undo.trigger()
    assert [v.id for v in window.document.visits()] == [first, second]


def test_parent_view_keeps_working_while_looking_back(qtbot):
    window = open_window(qtbot)
    first, _second, ana, _ben = _two_visits(window, qtbot)
    window.document.set_node(ana, {"notes": "worker only"})
    _click_button(qtbot, window.visit_strip.button(first))
    parent_view = window.conversation.parent_view
    worker_sizes = (window.visits.banner.label.font().pointSizeF(),
                    window.visit_strip.button(first).font().pointSizeF())
    parent_view.action.trigger()
    # The banner and the strip read as big as the rest of the window.
    assert window.visits.banner.label.font().pointSizeF() > worker_sizes[0]
    assert window.visit_strip.button(first).font().pointSizeF() > worker_sizes[1]
    panels = window.visits.panels
    assert panels.guide.parent_view() and not panels.details.notes_edit.isVisibleTo(panels.details)
    assert window.visits.is_looking_back()
    past_scene = window.visits.past_scene()
    assert past_scene.zoom_floor() > 0  # names as big as the panels' text, as on today's map
    parent_view.action.trigger()
    assert not panels.guide.parent_view()
    assert past_scene.zoom_floor() == 0
    window.visits.back_to_today()
    assert window.conversation.guide_dock.widget() is window.conversation.guide


def test_arrow_keys_move_along_the_strip(qtbot):
    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    strip = window.visit_strip
    strip.button(second).setFocus()
    qtbot.keyClick(strip.button(second), Qt.Key.Key_Left)
    assert strip.button(first).hasFocus()
    qtbot.keyClick(strip.button(first), Qt.Key.Key_Space)
    assert window.visits.shown_id() == first
    qtbot.keyClick(strip.button(first), Qt.Key.Key_Right)
    assert strip.button(second).hasFocus()
    qtbot.keyClick(strip.button(second), Qt.Key.Key_Space)
    assert not window.visits.is_looking_back()


def test_the_compare_switch_sits_on_the_strip_and_rests_while_looking_back(qtbot):
    window = open_window(qtbot, (1366, 768))  # wide: the switch's whole words (a narrow one: "Compare")
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    qtbot.waitUntil(lambda: window.width() == 1366)
    button = window.visits.compare_button
    assert button.parent() is not None and window.visit_strip.isAncestorOf(button)
    assert button.isEnabled() and button.defaultAction() is window.compare.action
    _click_button(qtbot, window.visit_strip.button(first))
    assert not window.compare.action.isEnabled()  # the overlay lies on today's map only
    window.visits.back_to_today()
    assert window.compare.action.isEnabled()
    assert button.text() == "Compare with an earlier visit"
    _click_button(qtbot, button)
    assert window.compare.is_comparing()
    assert button.text() == "Stop comparing" and button.isChecked()  # plainly on, not just pressed
    assert window.compare.action.text() == "Compare with an earlier visit"  # the menu's words stay


def _window_and_a_map_of_two_visits(qtbot, tmp_path, people: int, dx: float, dy: float, y_offset: float):
    """A 1000x620 window, and a saved map of *people* in rows of four (*dx* apart, rows *dy* apart,
    the first row *y_offset* rows from the centre) with a second visit: (window, path)."""
    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document

    doc = Document("Rivera family")
    for index in range(people):
        doc.add_node({"kind": "person", "label": f"P{index}", "x": dx * (index % 4 - 1.5),
                      "y": dy * (index // 4 + y_offset)})
    doc.start_visit("2099-06-10")
    path = tmp_path / "two.ecomap"
    save_document(doc, str(path))
    window = open_window(qtbot)
    window.resize(1000, 620)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1000, 620))
    wait_painted(qtbot, window)  # laid out at that size
    return window, path


def test_a_map_with_visits_opens_with_the_strip_and_the_whole_map_in_sight(qtbot, tmp_path):
    window, path = _window_and_a_map_of_two_visits(qtbot, tmp_path, 12, 330.0, 240.0, -1)
    assert window.open_path(str(path))
    assert window.visit_strip.isVisible() and len(window.visit_strip.visit_ids()) == 2
    seen = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for item in window.scene.node_items():
        assert seen.contains(item.sceneBoundingRect()), item.node_id


def test_a_map_with_visits_is_fitted_once_to_the_room_the_strip_leaves(qtbot, tmp_path):
    """The strip comes before the map is drawn: the map does not jump from one zoom to another."""
    window, path = _window_and_a_map_of_two_visits(qtbot, tmp_path, 8, 300.0, 500.0, -0.5)
    zooms: list[float] = []
    window.view.zoom_changed.connect(zooms.append)
    assert window.open_path(str(path))
    assert window.visit_strip.isVisible()
    assert len(zooms) == 1
    window.view.zoom_to_fit()  # fitting again, to the canvas as it now is, changes nothing
    assert abs(window.view.zoom() - zooms[0]) < 1e-9


def test_a_visit_button_s_menu_offers_to_show_change_or_delete_it(qtbot):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    button = window.visit_strip.button(first)
    # The Menu key's event (a mouse press sent straight to a widget makes none).
    centre = button.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, button.mapToGlobal(centre))
    QApplication.sendEvent(button, event)

    def menu() -> QMenu | None:
        return window.visit_strip.findChild(QMenu, "visitStripMenu")

    qtbot.waitUntil(lambda: menu() is not None and menu().isVisible() and on_screen(menu()))
    menu = menu()
    show, edit, delete = [action for action in menu.actions() if not action.isSeparator()]
    assert (show.text(), edit.text(), delete.text()) == ("Show this visit", "Change date or label…",
                                                         "Delete this visit…")

    def delete_it(box: QMessageBox) -> None:
        _click_button(qtbot, box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)),
                                           "deleteVisitButton"))

    _answer_modal(qtbot, delete_it)
    delete.trigger()
    assert [v.id for v in window.document.visits()] == [second]
    window.actions.undo.trigger()
    assert [v.id for v in window.document.visits()] == [first, second]


def test_a_right_click_on_a_visit_button_opens_that_visit_s_menu(qtbot):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    window.visits.start_visit("2099-07-10", "")
    strip = window.visit_strip
    # The mouse's event at a place inside the second button (not its centre): its own menu.
    button = strip.button(second)
    qtbot.waitUntil(button.isVisible)  # the strip made again shows its buttons once laid out
    place = QPoint(3, button.height() - 3)
    QApplication.sendEvent(button, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, place,
                                                     button.mapToGlobal(place)))

    def menu() -> QMenu | None:
        return strip.findChild(QMenu, "visitStripMenu")

    qtbot.waitUntil(lambda: menu() is not None and menu().isVisible() and on_screen(menu()))
    show = menu().actions()[0]
    menu().close()
    show.trigger()
    assert window.visits.shown_id() == second and strip.shown_id() == second
    assert first != second


def test_the_strip_s_buttons_grow_to_a_fingertip_in_touch_mode(qtbot):
    from ecomap_desktop.ui import preferences
    from ecomap_desktop.ui.widgets.visit_strip import TOUCH_MIN_HEIGHT

    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    assert window.touch_mode.is_on()
    assert window.visit_strip.button(first).minimumHeight() >= TOUCH_MIN_HEIGHT
    preferences.set_touch_mode("off")
    window.touch_mode.apply_setting()
    assert window.visit_strip.button(first).minimumHeight() < TOUCH_MIN_HEIGHT


def test_a_visit_s_date_and_label_can_be_changed_within_its_neighbours_and_undone(qtbot):
    window = open_window(qtbot)
    first, second, _ana, _ben = _two_visits(window, qtbot)
    window.visits.start_visit("2099-09-01")
    third = window.document.visits()[-1].id
    _click_button(qtbot, window.visit_strip.button(second))  # looking back at it while changing it
    seen = {}

    def change(dialog: QDialog) -> None:
        seen["min"], seen["max"] = dialog.date_edit.minimumDate(), dialog.date_edit.maximumDate()
        seen["label"] = dialog.label_edit.text()
        dialog.date_edit.setDate(QDate(2099, 12, 31))  # after the next visit: kept at its date
        dialog.label_edit.selectAll()
        qtbot.keyClicks(dialog.label_edit, "60-day review")
        _click_button(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    _answer_modal(qtbot, change)
    window.visits.ask_edit_visit(second)
    assert seen["label"] == "30-day review"
    assert seen["min"] == QDate.fromString(window.document.visits()[0].date, "yyyy-MM-dd")
    assert seen["max"] == QDate(2099, 9, 1)
    visit = window.document.visits()[1]
    assert (visit.id, visit.date, visit.label) == (second, "2099-09-01", "60-day review")
    assert window.visits.is_looking_back()
    assert window.visits.banner.label.text().startswith("September 1, 2099:")
    assert window.visit_strip.button(second).text() == "September 1, 2099\n60-day review"
    window.visits.back_to_today()
    window.actions.undo.trigger()
    assert [(v.id, v.date, v.label) for v in window.document.visits()][1] == \
        (second, "2099-06-10", "30-day review")
    assert [v.id for v in window.document.visits()] == [first, second, third]


def test_tab_from_the_map_reaches_the_strip(qtbot):
    window = open_window(qtbot)
    _two_visits(window, qtbot)
    window.view.setFocus()
    for _ in range(12):  # the family, Ana and Ben on the map, then on out of it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget().objectName() == "visitButton":
            break
    assert QApplication.focusWidget().objectName() == "visitButton"


def test_a_past_visits_summary_says_it_is_that_visits_map_not_todays(qtbot):
    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    window.conversation.insights_dock.raise_()
    live = window.conversation.insights
    assert "the map as it is now" in live.hint_text()
    window.details_dock.raise_()
    window.visits.show_visit(first)
    panels = window.visits.panels
    window.conversation.insights_dock.raise_()
    qtbot.waitUntil(lambda: panels.insights is not None)
    said = panels.insights.hint_text()
    assert "as it is now" not in said
    assert date_in_words(window.document.visits()[0].date) in said


def test_a_past_visits_details_do_not_invite_a_change(qtbot):
    """Looking back nothing can be changed: Details said "Click a person, group or line on the map
    to change it here" all the same."""
    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    assert "to change it here" in window.properties.map_hint_text()
    window.visits.show_visit(first)
    said = window.visits.panels.details.map_hint_text()
    assert "change" not in said and said == "Choose a person, group or line on the map to see it here."


def test_a_past_visit_read_past_its_edges_is_still_described_as_read_only(qtbot):
    """In the parent view a past visit can go on past the canvas's edges; a reader is then told so,
    after the past canvas's own words (nothing can be changed), not the live map's ("Delete removes")."""
    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    _click_button(qtbot, window.visit_strip.button(first))
    window.conversation.parent_view.action.trigger()
    view = window.visits.past_view()
    own = view.accessibleDescription()
    assert own.startswith("A past visit of the map, shown as it was. Nothing here can be changed.")
    view.set_zoom(view.zoom() * 4)  # the map now goes on past the edges
    qtbot.waitUntil(lambda: "More of the map is past the edge" in view.accessibleDescription())
    told = view.accessibleDescription()
    assert told.startswith(own) and "Delete removes" not in told


def test_enter_on_a_line_of_a_past_visit_takes_the_keys_to_its_details(qtbot):
    """Tab reaches a past visit's lines as today's; Enter on one goes to its (read-only) Details, as
    Alt+Enter does, and changes nothing."""
    window = open_window(qtbot)
    ana = _add(window, "Ana", 200, 0)
    line = window.document.add_edge(ana, window.document.centre_id, {"strength": "strong"})
    window.visits.start_visit("2099-06-10", "30-day review")
    _click_button(qtbot, window.visit_strip.button(window.document.visits()[0].id))
    view, scene = window.visits.past_view(), window.visits.past_scene()
    scene.select_ids()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(3):  # the family, Ana, then the line
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_edge_ids() == [line] and scene.selected_node_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.details_dock.isAncestorOf(QApplication.focusWidget())
    assert window.document.edge(line)["strength"] == "strong" and window.visits.is_looking_back()


def test_the_live_panels_set_aside_while_looking_back_stay_the_windows(qtbot):
    """The live panels are set aside while a past visit is on show. Taken out of their holders they
    had no parent: windows of their own, left behind by a window closed meanwhile, which went on
    taking the app's font and style changes (a crash once their window had gone)."""
    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    live = [window.properties, window.conversation.guide]
    window.visits.show_visit(first)
    assert window.visits.panels.details is not None
    for panel in live:
        assert panel.window() is window and not panel.isVisible()
        assert panel not in QApplication.topLevelWidgets()
    window.visits.back_to_today()
    for panel in live:
        assert panel.window() is window
        qtbot.waitUntil(panel.isVisible)
