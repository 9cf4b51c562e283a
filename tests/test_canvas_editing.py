"""Editing the map on the canvas with real mouse and key events; checked in the model and on screen."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt

from canvas_support import assert_text_inside_outline, make_canvas
from ecomap_desktop import style
from ecomap_desktop.canvas.items.node_item import NodeItem

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


def _outer_ids(c):
    return [n for n in c.doc.node_ids() if n != c.doc.centre_id]


# ----- adding ---------------------------------------------------------------------------------------


def test_add_mode_click_adds_a_person_there_then_typing_names_it(canvas):
    c = canvas
    c.scene.set_add_mode("person")
    c.click(c.at(250, -120))
    (node_id,) = _outer_ids(c)
    x, y = c.doc.node_position(node_id)
    # Where the click landed, to the pixel.
    assert abs(x - 250) <= 1 and abs(y + 120) <= 1
    item = c.scene.node_item(node_id)
    assert (item.x(), item.y()) == (x, y)
    assert c.scene.add_mode() == ""  # one click adds one
    assert c.scene.selected_node_ids() == [node_id]
    assert c.scene.is_editing_label()

    c.type_text("Grandma")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(node_id)["label"] == "Grandma"
    assert item.text_lines() == ["Grandma"]
    assert not c.scene.is_editing_label()

    c.stack.undo()  # the name
    assert c.doc.node(node_id)["label"] == "New person"
    assert item.text_lines() == ["New", "person"] or item.text_lines() == ["New person"]
    c.stack.undo()  # the node
    assert not c.doc.has_node(node_id) and node_id not in c.scene.node_ids()
    c.stack.redo()
    c.stack.redo()
    assert c.doc.node(node_id)["label"] == "Grandma"
    assert c.scene.node_item(node_id).text_lines() == ["Grandma"]


def test_add_node_without_position_finds_free_spots_near_the_centre(canvas):
    c = canvas
    ids = [c.scene.add_node("person" if i % 2 else "group") for i in range(8)]
    c.scene.commit_label_edit()
    positions = [c.doc.node_position(n) for n in ids]
    assert len(set(positions)) == 8
    for node_id in ids:
        rect = c.scene.node_item(node_id).sceneBoundingRect()
        overlapping = [i for i in c.scene.items(rect) if isinstance(i, NodeItem) and i.node_id != node_id]
        # Nodes' outlines do not overlap (bounding boxes may touch at the handle corner).
        for other in overlapping:
            a, b = c.scene.node_item(node_id), other
            assert not a.shape().translated(a.pos()).intersects(b.shape().translated(b.pos()))
    cx, cy = c.doc.node_position(c.doc.centre_id)
    for x, y in positions:
        assert ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 < 600
    assert c.doc.node(ids[0])["kind"] == "group" and c.doc.node(ids[1])["kind"] == "person"


def test_escape_while_naming_a_new_node_keeps_the_default_name(canvas):
    c = canvas
    node_id = c.scene.add_node("group")
    c.type_text("Scho")
    c.key(Qt.Key.Key_Escape)
    assert c.doc.node(node_id)["label"] == "New group"
    assert c.stack.count() == 1


# ----- moving ----------------------------------------------------------------------------------------


def test_drag_moves_a_node_as_one_undo_step_and_its_connection_follows(canvas):
    c = canvas
    a = c.add("Aunt Lan", 250, 0)
    edge = c.doc.add_edge(a, c.doc.centre_id, {"strength": "strong"})
    before = c.scene.edge_item(edge).drawn_ends()
    count = c.stack.count()
    c.drag(c.node_at(a), c.at(330, 90), steps=6)
    assert c.doc.node_position(a) == (330.0, 90.0)
    assert (c.scene.node_item(a).x(), c.scene.node_item(a).y()) == (330.0, 90.0)
    assert c.stack.count() == count + 1
    after = c.scene.edge_item(edge).drawn_ends()
    assert after[0] != before[0]
    c.stack.undo()
    assert c.doc.node_position(a) == (250.0, 0.0)
    assert c.scene.node_item(a).pos() == QPointF(250, 0)
    assert c.scene.edge_item(edge).drawn_ends() == before
    c.stack.redo()
    assert c.scene.node_item(a).pos() == QPointF(330, 90)


def test_dragging_one_of_several_selected_nodes_moves_them_all(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    b = c.add("B", -250, 0)
    c.click(c.node_at(a))
    c.click(c.node_at(b), CTRL)
    assert set(c.scene.selected_node_ids()) == {a, b}
    c.drag(c.node_at(b), c.at(-250, 100))
    assert c.doc.node_position(a) == (250.0, 100.0)
    assert c.doc.node_position(b) == (-250.0, 100.0)
    assert set(c.scene.selected_node_ids()) == {a, b}
    c.stack.undo()
    assert c.doc.node_position(a) == (250.0, 0.0) and c.doc.node_position(b) == (-250.0, 0.0)


def test_a_click_without_moving_changes_nothing(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    c.click(c.node_at(a))
    assert c.stack.count() == 0
    assert c.scene.selected_node_ids() == [a]


def test_escape_during_a_drag_puts_the_nodes_back(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    viewport = c.view.viewport()
    c.qtbot.mousePress(viewport, LEFT, pos=c.node_at(a))
    c.qtbot.mouseMove(viewport, c.at(300, 40))
    c.qtbot.mouseMove(viewport, c.at(350, 80))
    assert c.scene.node_item(a).pos() == QPointF(350, 80)  # moving live
    assert c.doc.node_position(a) == (250.0, 0.0)  # model untouched until release
    c.key(Qt.Key.Key_Escape)
    c.qtbot.mouseRelease(viewport, LEFT, pos=c.at(350, 80))
    assert c.scene.node_item(a).pos() == QPointF(250, 0)
    assert c.stack.count() == 0


def test_arrow_keys_nudge_the_selection_one_step_each(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    c.click(c.node_at(a))
    c.key(Qt.Key.Key_Right)
    c.key(Qt.Key.Key_Down, SHIFT)
    assert c.doc.node_position(a) == (255.0, 25.0)
    assert c.scene.node_item(a).pos() == QPointF(255, 25)
    assert c.stack.count() == 2
    c.stack.undo()
    assert c.scene.node_item(a).pos() == QPointF(255, 0)


def test_arrow_keys_scroll_a_big_map_when_nothing_is_selected_and_nudge_when_a_person_is(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    c.add("Far left", -2500, 0)
    c.add("Far right", 2500, 0)  # the map is far wider than the 900-pixel window
    c.view.centerOn(0, 0)
    bar = c.view.horizontalScrollBar()
    assert bar.maximum() > bar.minimum()
    start = bar.value()
    c.key(Qt.Key.Key_Right)
    assert bar.value() > start  # nothing to nudge: the view scrolls right
    assert c.doc.node_position(a) == (250.0, 0.0) and c.stack.count() == 0

    c.click(c.node_at(a))
    scrolled = bar.value()
    c.key(Qt.Key.Key_Right)
    assert c.doc.node_position(a) == (255.0, 0.0)  # the person moves, the view stays
    assert bar.value() == scrolled


# ----- connecting -------------------------------------------------------------------------------------


def test_drag_from_the_plus_handle_to_another_node_connects_them_in_the_current_style(canvas):
    c = canvas
    a = c.add("Friend", 250, 0)
    b = c.add("School", -250, 250, kind="group")  # the line passes beside the family, not under it
    c.scene.set_new_connection_style("stressful", "to_target", "#d55e00")
    c.click(c.node_at(a))  # selected: its handle shows
    handle = c.scene.node_item(a).handle_scene_pos()
    viewport = c.view.viewport()
    c.qtbot.mousePress(viewport, LEFT, pos=c.at(handle.x(), handle.y()))
    c.qtbot.mouseMove(viewport, c.at(0, 200))
    preview = [i for i in c.scene.items() if type(i).__name__ == "PreviewItem"]
    assert len(preview) == 1 and not preview[0].boundingRect().isEmpty()  # the live line
    c.qtbot.mouseMove(viewport, c.node_at(b))
    assert c.scene.node_item(b)._drop_target
    c.qtbot.mouseRelease(viewport, LEFT, pos=c.node_at(b))

    (edge_id,) = c.doc.edge_ids()
    data = c.doc.edge(edge_id)
    assert (data["source"], data["target"]) == (a, b)
    assert (data["strength"], data["flow"], data["colour"]) == ("stressful", "to_target", "#d55e00")
    item = c.scene.edge_item(edge_id)
    assert (item.strength, item.flow, item.colour) == ("stressful", "to_target", "#d55e00")
    assert item.arrow_count() == 1 and item.tick_count() > 3
    assert not [i for i in c.scene.items() if type(i).__name__ == "PreviewItem"]
    assert not c.scene.node_item(b)._drop_target
    assert c.doc.node_position(a) == (250.0, 0.0)  # the node did not move
    assert c.scene.selected_edge_ids() == [edge_id]
    c.stack.undo()
    assert not c.doc.edge_ids() and not c.scene.edge_ids()
    c.stack.redo()
    assert c.scene.edge_ids() == [edge_id]


def test_releasing_a_connection_on_empty_canvas_adds_nothing(canvas):
    c = canvas
    a = c.add("Friend", 250, 0)
    c.click(c.node_at(a))
    handle = c.scene.node_item(a).handle_scene_pos()
    c.drag(c.at(handle.x(), handle.y()), c.at(400, 250))
    assert c.doc.edge_count() == 0 and c.stack.count() == 0


def test_alt_drag_from_a_node_connects_too(canvas):
    c = canvas
    a = c.add("Friend", 250, 0)
    c.drag(c.node_at(a), c.node_at(c.doc.centre_id), modifier=Qt.KeyboardModifier.AltModifier)
    assert c.doc.edge_between(a, c.doc.centre_id) is not None
    assert c.doc.node_position(a) == (250.0, 0.0)


def test_connect_selected_joins_the_two_selected_nodes_first_to_second(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    b = c.add("B", -250, 0)
    c.scene.set_new_connection_style("strong", "both", None)
    c.click(c.node_at(b))
    c.click(c.node_at(a), CTRL)
    assert c.scene.connect_selected()
    (edge_id,) = c.doc.edge_ids()
    assert c.doc.edge_ends(edge_id) == (b, a)
    assert c.scene.edge_item(edge_id).arrow_count() == 2
    assert not c.scene.connect_selected()  # now only the edge is selected


def test_connect_key_then_arrows_pick_the_target_and_enter_connects(canvas):
    c = canvas
    centre = c.doc.centre_id
    right = c.add("Right", 300, 0)
    left = c.add("Left", -300, 0)
    c.click(c.node_at(centre))
    c.key(Qt.Key.Key_C)
    c.key(Qt.Key.Key_Left)
    c.key(Qt.Key.Key_Return)
    assert c.doc.edge_between(centre, left) is not None
    assert c.doc.edge_between(centre, right) is None
    assert c.scene.interaction() is None


def test_connect_key_then_escape_cancels(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    c.click(c.node_at(a))
    c.key(Qt.Key.Key_C)
    assert c.scene.interaction() is not None
    c.key(Qt.Key.Key_Escape)
    assert c.scene.interaction() is None
    assert c.doc.edge_count() == 0
    assert not [i for i in c.scene.items() if type(i).__name__ == "PreviewItem"]


def test_connect_key_then_tab_steps_through_candidates(canvas):
    c = canvas
    centre = c.doc.centre_id
    near = c.add("Near", 200, 0)
    far = c.add("Far", 0, 400)
    c.click(c.node_at(centre))
    c.key(Qt.Key.Key_C)
    c.key(Qt.Key.Key_Tab)  # from the nearest to the next nearest
    c.key(Qt.Key.Key_Enter)
    assert c.doc.edge_between(centre, far) is not None
    assert c.doc.edge_between(centre, near) is None


# ----- labels -----------------------------------------------------------------------------------------


def test_double_click_edits_a_label_in_place(canvas):
    c = canvas
    a = c.add("Mum", 250, 0)
    c.qtbot.mouseDClick(c.view.viewport(), LEFT, pos=c.node_at(a))
    assert c.scene.is_editing_label()
    assert c.scene.node_item(a)._label_hidden
    c.type_text("Grandmother Lan")  # replaces the selected old name
    c.key(Qt.Key.Key_Enter)
    assert c.doc.node(a)["label"] == "Grandmother Lan"
    assert c.scene.node_item(a).text_lines() == ["Grandmother", "Lan"]
    assert not c.scene.node_item(a)._label_hidden
    c.stack.undo()
    assert c.scene.node_item(a).text_lines() == ["Mum"]


def test_enter_or_f2_edits_the_selected_label_and_escape_cancels(canvas):
    c = canvas
    a = c.add("Mum", 250, 0)
    c.click(c.node_at(a))
    c.key(Qt.Key.Key_F2)
    c.type_text("Dad")
    c.key(Qt.Key.Key_Escape)
    assert c.doc.node(a)["label"] == "Mum" and c.stack.count() == 0
    c.key(Qt.Key.Key_Return)
    assert c.scene.is_editing_label()
    c.type_text("Dad")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(a)["label"] == "Dad"


def test_clicking_elsewhere_commits_the_label_and_empty_names_are_refused(canvas):
    c = canvas
    a = c.add("Mum", 250, 0)
    c.scene.select_ids([a])
    c.scene.edit_selected_label()
    c.type_text("Ma")
    c.click(c.at(-300, -250))
    assert c.doc.node(a)["label"] == "Ma"
    c.scene.edit_label(a)
    c.key(Qt.Key.Key_Delete)
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(a)["label"] == "Ma"


def test_a_name_arrives_on_one_line_without_control_characters(canvas):
    """Whatever reaches the name editor (an input method, a paste the editor let through) is put on
    one line, and the control characters are taken out: exactly Unicode's Cc characters."""
    c = canvas
    a = c.add("Mum", 250, 0)
    c.scene.edit_label(a)
    editor = c.scene.focusItem()
    editor.committed.emit("An\x07a\tde\x85la\u2028Cruz\x9f\x00")
    assert c.doc.node(a)["label"] == "Ana de la Cruz"


def test_the_control_characters_taken_out_of_names_are_unicodes_cc():
    import unicodedata

    from ecomap_desktop.model.vocabulary import strip_controls

    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000))) + "\U0001F600"
    assert strip_controls(every) == "".join(ch for ch in every if unicodedata.category(ch) != "Cc")


def test_a_long_name_is_drawn_whole_in_a_circle_grown_to_hold_it(canvas):
    c = canvas
    name = "Family support worker from the children's centre on Hill Street"
    a = c.add(name, 250, 0)
    edge = c.doc.add_edge(a, c.doc.centre_id, {})
    item = c.scene.node_item(a)
    assert " ".join(item.text_lines()) == name  # every word, none cut or ellipsised
    radius = item.outline()[0]
    assert radius > style.PERSON_RADIUS
    assert_text_inside_outline(item)
    # The connection meets the larger circle, not the standard one.
    start, end = c.scene.edge_item(edge).drawn_ends()
    assert math.hypot(start.x() - 250, start.y()) == pytest.approx(radius, abs=0.5)
    # A short name again: the standard circle.
    c.doc.set_node(a, {"label": "Jo"})
    assert c.scene.node_item(a).outline()[0] == style.PERSON_RADIUS
    start, _ = c.scene.edge_item(edge).drawn_ends()
    assert math.hypot(start.x() - 250, start.y()) == pytest.approx(style.PERSON_RADIUS, abs=0.5)


# ----- deleting ---------------------------------------------------------------------------------------


def test_delete_key_removes_a_node_with_its_connections_and_undo_brings_all_back(canvas):
    c = canvas
    a = c.add("A", 250, 0, category="friend", notes="met at the park")
    edge = c.doc.add_edge(a, c.doc.centre_id, {"strength": "tenuous", "flow": "to_source"})
    c.click(c.node_at(a))
    c.key(Qt.Key.Key_Delete)
    assert not c.doc.has_node(a) and not c.doc.has_edge(edge)
    assert a not in c.scene.node_ids() and edge not in c.scene.edge_ids()
    c.stack.undo()
    assert c.doc.node(a)["notes"] == "met at the park"
    assert c.doc.edge(edge)["flow"] == "to_source"
    assert c.scene.edge_item(edge).flow == "to_source"
    assert c.scene.node_item(a).pos() == QPointF(250, 0)


def test_the_centre_is_never_deleted_but_the_rest_of_the_selection_is(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    c.click(c.node_at(c.doc.centre_id))
    c.key(Qt.Key.Key_Backspace)
    assert c.stack.count() == 0
    c.click(c.node_at(a), CTRL)
    c.key(Qt.Key.Key_Delete)
    assert c.doc.node_ids() == [c.doc.centre_id]
    assert c.scene.node_ids() == [c.doc.centre_id]


def test_clicking_a_connection_selects_it_and_delete_removes_only_it(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    edge = c.doc.add_edge(c.doc.centre_id, a)
    c.click(c.at(185, 0))
    assert c.scene.selected_edge_ids() == [edge]
    c.key(Qt.Key.Key_Delete)
    assert not c.doc.has_edge(edge) and c.doc.has_node(a)


# ----- selecting and moving around ---------------------------------------------------------------------


def test_rubber_band_selects_the_nodes_inside(canvas):
    c = canvas
    a = c.add("A", 250, -150)
    b = c.add("B", 250, 150)
    c.add("C", -250, 0)
    c.drag(c.at(170, -260), c.at(360, 260))
    assert set(c.scene.selected_node_ids()) == {a, b}
    assert c.stack.count() == 0


def test_tab_walks_the_nodes_clockwise_from_the_centre(canvas):
    c = canvas
    top = c.add("Top", 0, -300)
    right = c.add("Right", 300, 0)
    left = c.add("Left", -300, 0)
    c.scene.select_ids()
    seen = []
    for _ in range(4):
        assert c.scene.focus_next_node()
        seen.append(c.scene.selected_node_ids()[0])
    assert seen == [c.doc.centre_id, top, right, left]
    c.scene.focus_next_node(backwards=True)
    assert c.scene.selected_node_ids() == [right]


def test_tab_key_on_the_view_moves_the_selection(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    c.click(c.node_at(c.doc.centre_id))
    c.key(Qt.Key.Key_Tab)
    assert c.scene.selected_node_ids() == [a]


def test_selection_signal_and_select_ids(canvas, qtbot):
    c = canvas
    a = c.add("A", 300, 0)
    edge = c.doc.add_edge(a, c.doc.centre_id)
    with qtbot.waitSignal(c.scene.selection_ids_changed):
        c.scene.select_ids([a], [edge])
    assert c.scene.selected_node_ids() == [a]
    assert c.scene.selected_edge_ids() == [edge]
    with qtbot.waitSignal(c.scene.selection_ids_changed):
        c.click(c.node_at(c.doc.centre_id))
    assert c.scene.selected_node_ids() == [c.doc.centre_id]


def test_selection_is_not_undoable(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    c.click(c.node_at(a))
    c.click(c.at(-200, -250))
    assert c.stack.count() == 0


def test_tab_while_editing_keeps_the_name_and_moves_on(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    c.scene.select_ids([c.doc.centre_id])
    c.key(Qt.Key.Key_Return)
    c.type_text("The Lee family")
    c.key(Qt.Key.Key_Tab)
    assert c.doc.node(c.doc.centre_id)["label"] == "The Lee family"
    assert not c.scene.is_editing_label()
    assert c.scene.selected_node_ids() == [a]


def test_tab_past_the_last_node_leaves_the_canvas(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from canvas_support import activate, make_canvas

    c = make_canvas(qtbot)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(c.view)
    button = QPushButton("Next control")
    layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    c.view.setFocus(Qt.FocusReason.OtherFocusReason)
    assert c.view.hasFocus()
    a = c.add("A", 300, 0)
    c.scene.select_ids([a])
    qtbot.keyClick(c.view, Qt.Key.Key_Tab)
    assert button.hasFocus()
    assert c.scene.selected_node_ids() == []
    # Shift+Tab from the button comes back to the canvas, on the last node.
    qtbot.keyClick(button, Qt.Key.Key_Backtab)
    assert c.view.hasFocus()
    assert c.scene.selected_node_ids() == [a]


def test_typing_a_name_is_not_taken_by_single_letter_window_shortcuts(qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from canvas_support import activate, make_canvas

    c = make_canvas(qtbot)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(c.view)
    fired = []
    for letter in ("P", "C", "Del", "Backspace"):
        action = QAction(letter, window)
        action.setShortcut(QKeySequence(letter))
        action.triggered.connect(lambda checked=False, name=letter: fired.append(name))
        window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    c.view.setFocus()
    node = c.scene.add_node("person")
    c.type_text("Pip C")
    c.key(Qt.Key.Key_Backspace)
    c.key(Qt.Key.Key_Left)
    c.key(Qt.Key.Key_Delete)
    c.key(Qt.Key.Key_Return)
    assert fired == []
    assert c.doc.node(node)["label"] == "Pip"


def test_escape_leaves_add_mode_and_hints_say_what_to_do(canvas, qtbot):
    c = canvas
    hints = []
    c.scene.hint_changed.connect(hints.append)
    c.scene.set_add_mode("group")
    assert c.view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    assert "group" in hints[-1]
    c.key(Qt.Key.Key_Escape)
    assert c.scene.add_mode() == "" and hints[-1] == ""
    assert c.view.viewport().cursor().shape() != Qt.CursorShape.CrossCursor
    c.click(c.at(300, 200))
    assert c.doc.node_count() == 1  # the click after Esc added nothing
    a = c.add("A", 300, 0)
    c.scene.select_ids([a])
    c.key(Qt.Key.Key_C)
    assert "Enter" in hints[-1]
    c.key(Qt.Key.Key_Escape)
    assert hints[-1] == ""


def test_on_a_big_map_dragged_nodes_are_cached_only_while_they_move(canvas, monkeypatch):
    from PySide6.QtWidgets import QGraphicsItem

    from ecomap_desktop.canvas import node_caching as scene_module

    c = canvas
    monkeypatch.setattr(scene_module, "CACHE_MAX_NODES", 2)  # three nodes count as a big map now
    a = c.add("Aunt Lan", 250, 0)
    b = c.add("Uncle Bo", -250, 0)
    no_cache, cached = QGraphicsItem.CacheMode.NoCache, QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert {c.scene.node_item(n).cacheMode() for n in c.doc.node_ids()} == {no_cache}
    seen = []
    live = c.scene.move_nodes_live
    monkeypatch.setattr(c.scene, "move_nodes_live", lambda positions: (
        seen.append({n: c.scene.node_item(n).cacheMode() for n in c.doc.node_ids()}), live(positions)))
    c.drag(c.node_at(a), c.at(330, 90), steps=4)
    assert seen and all(modes[a] == cached and modes[b] == no_cache for modes in seen)
    assert {c.scene.node_item(n).cacheMode() for n in c.doc.node_ids()} == {no_cache}
    assert c.doc.node_position(a) == (330.0, 90.0)

    # Escape puts the nodes back and stops caching them too.
    seen.clear()
    start = c.node_at(b)
    c.qtbot.mousePress(c.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    c.qtbot.mouseMove(c.view.viewport(), start + c.at(60, 60) - c.at(0, 0))
    assert seen and seen[-1][b] == cached
    c.qtbot.keyClick(c.view.viewport(), Qt.Key.Key_Escape)
    c.qtbot.mouseRelease(c.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert {c.scene.node_item(n).cacheMode() for n in c.doc.node_ids()} == {no_cache}
    assert c.doc.node_position(b) == (-250.0, 0.0)


def test_deleting_a_big_selection_announces_the_selection_once(canvas):
    c = canvas
    ids = [c.add(f"Person {i}", 200 + 30 * (i % 20), 30 * (i // 20)) for i in range(300)]
    lines = [c.doc.add_edge(n, c.doc.centre_id) for n in ids[::3]]
    lines += [c.doc.add_edge(a, b) for a, b in zip(ids[1::3], ids[2::3])]
    c.scene.select_ids(ids + [c.doc.centre_id], lines[:10])
    announced = []
    c.scene.selection_ids_changed.connect(lambda: announced.append(c.scene.selected_node_ids()))
    assert c.scene.delete_selected()
    assert announced == [[c.doc.centre_id]]  # once, when all of it had gone: not once per item
    assert c.doc.node_ids() == [c.doc.centre_id] and c.doc.edge_ids() == []
    assert c.scene.node_ids() == [c.doc.centre_id] and c.scene.edge_ids() == []
    assert c.scene.selected_node_ids() == [c.doc.centre_id] and c.scene.selected_edge_ids() == []
    c.stack.undo()
    assert sorted(c.doc.node_ids()) == sorted(ids + [c.doc.centre_id])
    assert sorted(c.scene.edge_ids()) == sorted(lines)
    # Outside a batch, a selected item that goes is announced at once, as before.
    announced.clear()
    c.scene.select_ids([ids[0]])
    announced.clear()
    c.doc.remove_edge(c.doc.edges_of(ids[0])[0])
    c.doc.remove_node(ids[0])
    assert announced and announced[-1] == [] and c.scene.selected_node_ids() == []


def test_an_unnamed_centre_says_faintly_what_goes_there_until_it_is_named(qtbot):
    c = make_canvas(qtbot, centre_label="")
    centre = c.scene.node_item(c.doc.centre_id)
    assert centre.showing_placeholder() and " ".join(centre.text_lines()) == "The family's name"
    assert c.doc.node(c.doc.centre_id)["label"] == ""  # only on screen: the map stays unnamed
    c.scene.select_ids([c.doc.centre_id])
    assert c.scene.edit_selected_label()
    c.type_text("Okafor family")
    c.key(Qt.Key.Key_Return)
    assert not centre.showing_placeholder() and centre.text_lines() == ["Okafor family"]
    c.stack.undo()
    assert centre.showing_placeholder()
    c.stack.redo()
    c.scene.select_ids([c.doc.centre_id])
    assert c.scene.edit_selected_label()
    c.key(Qt.Key.Key_A, CTRL)
    c.key(Qt.Key.Key_Space)  # a name of only spaces is no name
    c.key(Qt.Key.Key_Return)
    assert centre.showing_placeholder() == (not c.doc.node(c.doc.centre_id)["label"].strip())


def _handle_over_name(item) -> bool:
    """Whether the "+" handle's circle meets a line of the node's name, as drawn (boost included)."""
    lines, radius = item.text_line_rects(), item.handle_radius()
    boost = item.text_rect().width() / max(line.width() for line in lines)  # the lines are at 100%
    centre = item.mapFromScene(item.handle_scene_pos())
    for line in lines:
        box = QRectF(line.x() * boost, line.y() * boost, line.width() * boost, line.height() * boost)
        dx = max(box.left() - centre.x(), 0.0, centre.x() - box.right())
        dy = max(box.top() - centre.y(), 0.0, centre.y() - box.bottom())
        if math.hypot(dx, dy) < radius:
            return True
    return False


def test_the_plus_handle_never_covers_the_name(canvas):
    """On a small circle whose name fills it (zoomed out, names drawn larger), the handle on the rim
    covered the end of the name's first line; it sits just outside the rim."""
    c = canvas
    names = ["Mr. Oduya (Lina's teacher)", "Jamal (Omar's father)", "Nadia (Karim's wife)", "Tomás"]
    ids = [c.add(name, 300 * i - 450, 200) for i, name in enumerate(names)]
    ids.append(c.add("Maple Court tenants' association", 0, -250, kind="group"))
    c.view.set_zoom(0.36)
    c.scene.select_ids(ids)
    for node_id in ids:
        item = c.scene.node_item(node_id)
        assert item.handle_visible() and not _handle_over_name(item), c.doc.node(node_id)["label"]
