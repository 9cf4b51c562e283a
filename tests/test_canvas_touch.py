"""Fingers on the canvas, through Qt's own touch events sent to the view's viewport: each gesture is
checked in the map and on the canvas, and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethod
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_support import make_canvas
from window_support import touches, on_screen, wait_past
from ecomap_desktop.ui.editor.interactions.touch_press import LONG_PRESS_MS

@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


class Fingers:
    """Press, move and lift fingers on the canvas's viewport, as a touch screen would.

    Until the fingers lift or come to where a move takes them, Qt handles what each touch sets off
    but fires no timer (window_support.Finger): a stall on a busy machine after a finger went down
    let the long press's timer fire, and a tap or a drag was taken for a finger held still."""

    def __init__(self, c) -> None:
        self.c = c
        self.viewport = c.view.viewport()
        self.at: dict[int, QPoint] = {}

    def _send(self, build, run_on: bool = True) -> None:
        sequence = touches(self.viewport)  # sent by its commit alone (window_support.touches)
        build(sequence)
        if run_on:
            sequence.commit()
            QTest.qWait(1)
        else:
            sequence.commit(False)
            QApplication.sendPostedEvents()

    def down(self, *points: QPoint) -> None:
        def build(seq):
            for i in self.at:
                seq.stationary(i)
            for point in points:
                i = max(self.at, default=-1) + 1
                self.at[i] = point
                seq.press(i, point, self.viewport)
        self._send(build, run_on=False)

    def move(self, *points: QPoint, steps: int = 5) -> None:
        """Move the fingers now down, in order, to *points*, in a few steps."""
        start = dict(self.at)
        ids = list(self.at)
        for step in range(1, steps + 1):
            def build(seq, step=step):
                for i, target in zip(ids, points):
                    here = start[i] + (target - start[i]) * (step / steps)
                    self.at[i] = here
                    seq.move(i, here, self.viewport)
            self._send(build, run_on=step == steps)

    def up(self) -> None:
        def build(seq):
            for i, point in self.at.items():
                seq.release(i, point, self.viewport)
        self._send(build)
        self.at.clear()

    def tap(self, point: QPoint) -> None:
        self.down(point)
        self.up()

    def drag(self, start: QPoint, end: QPoint) -> None:
        self.down(start)
        self.move(end)
        self.up()


def _outer(c):
    return [n for n in c.doc.node_ids() if n != c.doc.centre_id]


def test_a_tap_selects_and_a_tap_on_the_map_clears(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))
    assert c.scene.selected_node_ids() == [jess]
    assert c.scene.node_item(jess).isSelected()
    assert c.stack.count() == 0  # selecting is not an edit
    fingers.tap(c.at(-300, -250))
    assert c.scene.selected_node_ids() == []
    assert not c.scene.node_item(jess).isSelected()


def test_a_tap_gives_the_map_the_keyboard(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from canvas_support import activate

    c = make_canvas(qtbot)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(c.view)
    field = QLineEdit()
    layout.addWidget(field)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    field.setFocus()
    assert field.hasFocus()
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))
    assert c.view.hasFocus()  # the keys (and an on-screen keyboard) now reach the map
    fingers.tap(c.node_at(jess))
    c.type_text("Jessica")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(jess)["label"] == "Jessica" and field.text() == ""
    layout.removeWidget(c.view)
    c.view.setParent(None)  # the canvas fixture closes its own view


def test_a_tap_on_a_line_selects_it(canvas):
    c = canvas
    jess = c.add("Jess", 300, 0)
    edge_id = c.doc.add_edge(c.doc.centre_id, jess)
    Fingers(c).tap(c.at(180, 6))  # a fingertip's width beside the line still hits it
    assert c.scene.selected_edge_ids() == [edge_id]


def test_a_finger_drags_a_node_as_one_undo_step(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    Fingers(c).drag(c.node_at(jess), c.at(320, 140))
    x, y = c.doc.node_position(jess)
    assert abs(x - 320) <= 2 and abs(y - 140) <= 2
    item = c.scene.node_item(jess)
    assert (item.x(), item.y()) == (x, y)
    assert c.stack.count() == 1
    c.stack.undo()
    assert c.doc.node_position(jess) == (200.0, 0.0)
    assert (item.x(), item.y()) == (200.0, 0.0)


def test_a_finger_on_the_map_pans_and_draws_no_rubber_band(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    before = c.view.mapToScene(QPoint(450, 350))
    Fingers(c).drag(c.at(-200, -200), c.at(-200, -200) + QPoint(-150, -90))
    after = c.view.mapToScene(QPoint(450, 350))
    # The map followed the finger: what was under the middle of the view is now up and to the left.
    assert abs((after.x() - before.x()) - 150) <= 2 and abs((after.y() - before.y()) - 90) <= 2
    assert c.doc.node_position(jess) == (200.0, 0.0) and c.stack.count() == 0
    assert c.scene.selected_node_ids() == []


def test_pinch_zooms_about_the_fingers_and_two_fingers_pan(canvas):
    c = canvas
    fingers = Fingers(c)
    a, b = QPoint(350, 350), QPoint(450, 350)
    middle = c.view.mapToScene(QPoint(400, 350))
    fingers.down(a, b)
    fingers.move(QPoint(300, 350), QPoint(500, 350))  # twice as far apart
    assert abs(c.view.zoom() - 2.0) < 0.05
    here = c.view.mapToScene(QPoint(400, 350))
    assert abs(here.x() - middle.x()) <= 2 and abs(here.y() - middle.y()) <= 2
    fingers.move(QPoint(300, 250), QPoint(500, 250))  # both up by 100 pixels: a pan
    fingers.up()
    assert abs(c.view.zoom() - 2.0) < 0.05
    moved = c.view.mapToScene(QPoint(400, 250))
    assert abs(moved.x() - middle.x()) <= 2 and abs(moved.y() - middle.y()) <= 2
    assert c.stack.count() == 0


def test_a_second_finger_cancels_a_drag_that_has_begun(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    fingers.move(c.at(260, 60))
    fingers.down(c.at(-200, 0))
    assert c.scene.node_item(jess).pos().x() == 200.0  # back where the map has it
    fingers.up()
    assert c.doc.node_position(jess) == (200.0, 0.0) and c.stack.count() == 0


@pytest.fixture
def unhurried_double_tap(qapp):
    """Two taps are a double tap however long a busy machine takes between them: the app reads the
    double-click time from Qt's style hints (a desktop's setting), and it is long here."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(60_000)
    yield
    hints.setMouseDoubleClickInterval(before)


def test_double_tap_edits_the_name(canvas, unhurried_double_tap):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))
    assert not c.scene.is_editing_label()
    fingers.tap(c.node_at(jess))
    assert c.scene.is_editing_label()
    c.type_text("Jessica")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(jess)["label"] == "Jessica"
    assert c.scene.node_item(jess).text_lines() == ["Jessica"]
    c.stack.undo()
    assert c.doc.node(jess)["label"] == "Jess"


def _long_pressed(c) -> None:
    """Wait until the finger held down has opened its menu (a long press, LONG_PRESS_MS)."""
    c.qtbot.waitUntil(lambda: c.view.context_menu() is not None, timeout=max(5000, 10 * LONG_PRESS_MS))


def _menu_on_screen(c):
    """The menu a long press opened, once the window system shows it (window_support.on_screen)."""
    c.qtbot.waitUntil(lambda: c.view.context_menu() is not None and on_screen(c.view.context_menu()))
    return c.view.context_menu()


def test_long_press_opens_the_same_menu_as_a_right_click(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    held = QElapsedTimer()
    held.start()
    fingers.down(c.node_at(jess))
    # The menu is open while the finger is still down, about what is now selected.
    c.qtbot.waitUntil(lambda: c.view.context_menu() is not None)
    # Not before the finger was held for the long press's time (a coarse timer may be 5 % early),
    # however long a busy machine took to notice the menu.
    assert held.elapsed() >= 0.95 * LONG_PRESS_MS
    menu = c.view.context_menu()
    assert menu is not None and menu.isVisible()
    assert c.scene.selected_node_ids() == [jess]
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == [
        "rename", "kind", "circle", "connect", "delete"]
    fingers.up()  # the lift neither closes the menu nor chooses from it
    assert c.view.context_menu() is menu and menu.isVisible()
    assert c.stack.count() == 0 and not c.scene.is_editing_label()
    assert c.doc.node_position(jess) == (200.0, 0.0)
    rename = next(a for a in menu.actions() if a.objectName() == "rename")
    assert menu.actionGeometry(rename).height() >= 40  # a row a fingertip can hit
    assert _menu_on_screen(c) is menu
    circle = next(a for a in menu.findChild(type(menu), "circle").actions() if a.data() == "paid")
    circle.trigger()
    assert c.doc.node(jess)["ring"] == "paid"
    c.stack.undo()
    assert c.doc.node(jess)["ring"] is None


def test_the_lift_after_a_long_press_is_not_a_tap_nor_a_choice(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    c.scene.set_add_mode("person")  # a tap on the map would add a person there
    fingers = Fingers(c)
    fingers.down(c.at(-240, 180))
    _long_pressed(c)
    menu = _menu_on_screen(c)
    assert menu.isVisible()
    # The finger slides onto the first row and lifts there: nothing is chosen, nothing added.
    first = menu.actions()[0]
    row = menu.actionGeometry(first).center()
    fingers.move(c.view.viewport().mapFromGlobal(menu.mapToGlobal(row)))
    fingers.up()
    assert menu.isVisible() and c.view.context_menu() is menu
    assert c.doc.node_ids() == [c.doc.centre_id, jess] and c.stack.count() == 0
    menu.close()
    # The next touch is a fresh one: a tap on Jess selects her.
    c.scene.set_add_mode(None)
    fingers.tap(c.node_at(jess))
    assert c.scene.selected_node_ids() == [jess]


def test_after_a_long_press_a_tap_on_a_row_chooses_it(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    _long_pressed(c)
    fingers.up()
    menu = _menu_on_screen(c)
    delete = next(a for a in menu.actions() if a.objectName() == "delete")
    row = menu.mapToGlobal(menu.actionGeometry(delete).center())
    fingers.tap(c.view.viewport().mapFromGlobal(row))
    assert not c.doc.has_node(jess) and jess not in c.scene.node_ids()
    assert c.view.context_menu() is None
    c.stack.undo()
    assert c.doc.has_node(jess)


def test_a_menu_closed_while_the_finger_is_held_leaves_the_next_touch_alone(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    _long_pressed(c)
    menu = _menu_on_screen(c)
    menu.close()
    c.qtbot.waitUntil(lambda: not menu.isVisible())
    fingers.up()
    fingers.tap(c.at(-300, -250))
    assert c.scene.selected_node_ids() == []


@pytest.mark.parametrize("on_jess", [True, False])
def test_a_finger_held_then_slid_keeps_the_map_and_the_person_still(canvas, on_jess):
    """Hold, then swipe: the long press has opened the menu about what is under the finger, and the
    slide that follows neither moves that person nor pans the map (no jump under the open menu)."""
    c = canvas
    jess = c.add("Jess", 200, 0)
    before = c.view.mapToScene(QPoint(450, 350))
    fingers = Fingers(c)
    fingers.down(c.node_at(jess) if on_jess else c.at(-240, 180))
    _long_pressed(c)
    menu = c.view.context_menu()
    fingers.move(c.at(-60, -200), steps=10)
    assert c.view.mapToScene(QPoint(450, 350)) == before
    assert c.doc.node_position(jess) == (200.0, 0.0) and c.stack.count() == 0
    fingers.up()
    assert menu.isVisible() and c.view.context_menu() is menu
    assert c.scene.selected_node_ids() == ([jess] if on_jess else [])
    menu.close()


def test_a_finger_that_moves_before_the_long_press_opens_no_menu(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    fingers.move(c.at(260, 40))  # a drag began
    wait_past(c.qtbot, LONG_PRESS_MS)  # when a long press would have opened its menu
    assert c.view.context_menu() is None
    fingers.up()
    assert c.doc.node_position(jess) == (260.0, 40.0)


def test_long_press_on_the_map_adds_a_person_there(canvas):
    c = canvas
    fingers = Fingers(c)
    fingers.down(c.at(-240, 180))
    _long_pressed(c)
    fingers.up()
    menu = _menu_on_screen(c)
    next(a for a in menu.actions() if a.objectName() == "add_person").trigger()
    (person,) = _outer(c)
    x, y = c.doc.node_position(person)
    assert abs(x + 240) <= 2 and abs(y - 180) <= 2
    assert person in c.scene.node_ids()
    c.scene.commit_label_edit()
    c.stack.undo()
    assert not c.doc.has_node(person) and person not in c.scene.node_ids()


def test_a_finger_from_the_handle_draws_a_connection(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    sam = c.add("Sam", -250, 150)
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))  # selected: its "+" handle shows, no hover needed
    item = c.scene.node_item(jess)
    assert item.handle_visible()
    handle = c.view.mapFromScene(item.handle_scene_pos())
    fingers.down(handle)
    fingers.move(c.node_at(sam))
    assert c.scene.node_item(sam)._drop_target  # the finger is over a node that can be joined
    fingers.up()
    (edge_id,) = c.doc.edge_ids()
    edge = c.doc.edge(edge_id)
    assert (edge["source"], edge["target"]) == (jess, sam)
    assert c.scene.edge_ids() == [edge_id]
    assert c.doc.node_position(jess) == (200.0, 0.0)  # drawing a line did not move the node
    c.stack.undo()
    assert not c.doc.edge_ids() and not c.scene.edge_ids()


def test_connect_from_the_menu_then_tap_the_other_end(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    sam = c.add("Sam", -250, 150)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    _long_pressed(c)
    fingers.up()
    next(a for a in _menu_on_screen(c).actions() if a.objectName() == "connect").trigger()
    c.view.context_menu().close()
    fingers.tap(c.node_at(sam))
    (edge_id,) = c.doc.edge_ids()
    assert (c.doc.edge(edge_id)["source"], c.doc.edge(edge_id)["target"]) == (jess, sam)
    c.stack.undo()
    assert not c.scene.edge_ids()


def test_add_mode_then_a_tap_adds_there(canvas):
    c = canvas
    c.scene.set_add_mode("group")
    Fingers(c).tap(c.at(260, -160))
    (group,) = _outer(c)
    x, y = c.doc.node_position(group)
    assert abs(x - 260) <= 2 and abs(y + 160) <= 2 and c.doc.node(group)["kind"] == "group"
    assert c.scene.add_mode() == ""


def test_the_first_touch_says_the_touch_screen_is_in_use(canvas):
    c = canvas
    with c.qtbot.waitSignal(c.view.touch_used):
        Fingers(c).tap(c.at(-300, -250))


def test_the_mouse_still_draws_a_rubber_band(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    c.drag(c.at(120, -80), c.at(280, 80))
    assert c.scene.selected_node_ids() == [jess]


def test_the_name_editor_asks_an_on_screen_keyboard_for_a_name_and_done(canvas, monkeypatch):
    c = canvas
    asked = []
    monkeypatch.setattr(QInputMethod, "show", lambda self: asked.append(True))
    jess = c.add("Jess", 200, 0)
    c.scene.select_ids([jess])
    c.key(Qt.Key.Key_F2)  # with the keys, the user has a keyboard: none is asked for
    assert c.scene.is_editing_label() and not asked
    c.key(Qt.Key.Key_Escape)
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))
    fingers.tap(c.node_at(jess))
    assert c.scene.is_editing_label()
    assert asked  # a double tap puts no click in the box, so the keyboard is asked for
    # What the system keyboard reads from the focused widget (the view passes on its editor's).
    assert c.view.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert c.view.inputMethodHints() & Qt.InputMethodHint.ImhNoPredictiveText
    assert not c.view.inputMethodHints() & Qt.InputMethodHint.ImhMultiLine
    enter = c.view.inputMethodQuery(Qt.InputMethodQuery.ImEnterKeyType)
    assert Qt.EnterKeyType(enter) == Qt.EnterKeyType.EnterKeyDone
    c.type_text("Jessie")
    c.key(Qt.Key.Key_Enter)  # the keyboard's Done
    assert c.doc.node(jess)["label"] == "Jessie" and not c.scene.is_editing_label()
    c.stack.undo()
    assert c.scene.node_item(jess).text_lines() == ["Jess"]


def test_rename_from_a_long_press_asks_for_the_keyboard(canvas, monkeypatch):
    c = canvas
    asked = []
    monkeypatch.setattr(QInputMethod, "show", lambda self: asked.append(True))
    jess = c.add("Jess", 200, 0)
    fingers = Fingers(c)
    fingers.down(c.node_at(jess))
    _long_pressed(c)
    fingers.up()
    next(a for a in _menu_on_screen(c).actions() if a.objectName() == "rename").trigger()
    assert c.scene.is_editing_label() and asked


def test_connect_with_nothing_selected_then_tap_both_ends(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    sam = c.add("Sam", -250, 150)
    assert c.scene.start_connection_from_selected()  # the toolbar's Connect, nothing selected
    fingers = Fingers(c)
    fingers.tap(c.node_at(jess))
    assert not c.doc.edge_ids()
    fingers.tap(c.node_at(sam))
    (edge_id,) = c.doc.edge_ids()
    assert (c.doc.edge(edge_id)["source"], c.doc.edge(edge_id)["target"]) == (jess, sam)
    assert c.scene.edge_ids() == [edge_id] and not c.scene.is_editing_label()
    c.stack.undo()
    assert not c.doc.edge_ids() and not c.scene.edge_ids()
