"""The canvas's context menu, opened by a real right click: each action is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from canvas_support import choice, make_canvas, right_click


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


def action(menu: QMenu, name: str):
    found = menu.findChild(QMenu, name)
    if found is not None:
        return found.menuAction()
    for candidate in menu.actions():
        if candidate.objectName() == name:
            return candidate
    raise AssertionError(f"no {name!r} in {[a.objectName() for a in menu.actions()]}")


def names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_node_menu_offers_rename_kind_circle_connect_delete(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    menu = right_click(c, c.node_at(jess))
    assert names(menu) == ["rename", "kind", "circle", "connect", "delete"]
    assert all(a.text() for a in menu.actions() if not a.isSeparator())
    assert menu.accessibleName()
    # The menu acts on the node under the pointer, and shows it selected.
    assert c.scene.selected_node_ids() == [jess]
    assert choice(menu, "kind", "person").isChecked()
    assert choice(menu, "circle", None).isChecked()


def test_kind_and_circle_are_one_undo_step_each(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    item = c.scene.node_item(jess)
    before = item.fill_colour()
    choice(right_click(c, c.node_at(jess)), "kind", "friend").trigger()
    assert c.doc.node(jess)["category"] == "friend"
    assert item.fill_colour() != before  # the canvas shows the new kind's colour
    choice(right_click(c, c.node_at(jess)), "kind", "group").trigger()
    assert c.doc.node(jess)["kind"] == "group" and item.kind == "group"
    choice(right_click(c, c.node_at(jess)), "circle", "closest").trigger()
    assert c.doc.node(jess)["ring"] == "closest"
    assert c.stack.count() == 3
    c.stack.undo()
    assert c.doc.node(jess)["ring"] is None
    c.stack.undo()
    assert c.doc.node(jess)["kind"] == "person" and item.kind == "person"
    c.stack.undo()
    assert c.doc.node(jess)["category"] != "friend" and item.fill_colour() == before


def test_rename_opens_the_name_editor(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    action(right_click(c, c.node_at(jess)), "rename").trigger()
    assert c.scene.is_editing_label()
    editor = c.scene.label_editor()
    editor.setPlainText("Jessica")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(jess)["label"] == "Jessica"
    assert c.scene.node_item(jess).text_lines() == ["Jessica"]
    c.stack.undo()
    assert c.doc.node(jess)["label"] == "Jess"


def test_delete_from_the_menu_is_undoable_and_the_centre_stays(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    c.doc.add_edge(c.doc.centre_id, jess)
    action(right_click(c, c.node_at(jess)), "delete").trigger()
    assert not c.doc.has_node(jess) and jess not in c.scene.node_ids()
    assert not c.scene.edge_ids()
    c.stack.undo()
    assert c.doc.has_node(jess) and jess in c.scene.node_ids() and len(c.scene.edge_ids()) == 1
    menu = right_click(c, c.node_at(c.doc.centre_id))
    assert not action(menu, "delete").isEnabled()
    assert "kind" not in names(menu) and "circle" not in names(menu)


def test_connect_from_here_then_click_the_other_end(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    sam = c.add("Sam", -200, 250)  # the line passes beside the family, not under it
    action(right_click(c, c.node_at(jess)), "connect").trigger()
    assert c.scene.interaction() is not None
    c.click(c.node_at(sam))
    (edge_id,) = c.scene.edge_ids()
    edge = c.doc.edge(edge_id)
    assert (edge["source"], edge["target"]) == (jess, sam)
    c.stack.undo()
    assert not c.doc.edge_ids() and not c.scene.edge_ids()


def test_connection_menu_sets_line_and_arrow_and_deletes(canvas):
    c = canvas
    jess = c.add("Jess", 300, 0)
    edge_id = c.doc.add_edge(c.doc.centre_id, jess)
    middle = c.at(180, 0)  # on the line, between the two outlines
    menu = right_click(c, middle)
    assert names(menu) == ["line", "arrow", "delete"]
    assert c.scene.selected_edge_ids() == [edge_id]
    assert choice(menu, "line", "moderate").isChecked()
    choice(menu, "line", "strong").trigger()
    assert c.doc.edge(edge_id)["strength"] == "strong"
    choice(right_click(c, middle), "arrow", "both").trigger()
    assert c.doc.edge(edge_id)["flow"] == "both"
    assert c.scene.edge_item(edge_id).isVisible()
    action(right_click(c, middle), "delete").trigger()
    assert not c.doc.edge_ids() and not c.scene.edge_ids()
    assert c.stack.count() == 3
    c.stack.undo()
    assert c.doc.edge(edge_id)["flow"] == "both" and edge_id in c.scene.edge_ids()
    c.stack.undo()
    c.stack.undo()
    assert c.doc.edge(edge_id)["strength"] == "moderate" and c.doc.edge(edge_id)["flow"] == "none"


def test_background_menu_adds_here_and_shows_the_whole_map(canvas):
    c = canvas
    menu = right_click(c, c.at(-250, 150))
    assert names(menu) == ["add_person", "add_group", "whole_map"]
    action(menu, "add_group").trigger()
    (group,) = [n for n in c.doc.node_ids() if n != c.doc.centre_id]
    x, y = c.doc.node_position(group)
    assert abs(x + 250) <= 1 and abs(y - 150) <= 1
    assert c.doc.node(group)["kind"] == "group" and c.scene.node_item(group).pos().x() == x
    c.scene.commit_label_edit()
    c.stack.undo()
    assert not c.doc.has_node(group) and group not in c.scene.node_ids()

    far = c.add("Far away", 3000, 2000)
    action(right_click(c, c.at(-250, 150)), "whole_map").trigger()
    visible = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert visible.contains(c.scene.node_item(far).pos())


def test_menu_key_opens_the_selected_nodes_menu(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    c.scene.select_ids([jess])
    origin = QPoint(0, 0)  # the Menu key says nothing of where: the selected node decides
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, origin, c.view.mapToGlobal(origin))
    QApplication.sendEvent(c.view.viewport(), event)
    menu = c.view.context_menu()
    assert menu is not None and "rename" in names(menu)
    assert c.scene.selected_node_ids() == [jess]


def test_menu_key_on_a_selected_connection_opens_its_menu(canvas):
    c = canvas
    jess = c.add("Jess", 300, 0)
    edge_id = c.doc.add_edge(c.doc.centre_id, jess)
    c.scene.select_ids(edge_ids=[edge_id])
    origin = QPoint(0, 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, origin, c.view.mapToGlobal(origin))
    QApplication.sendEvent(c.view.viewport(), event)
    assert names(c.view.context_menu()) == ["line", "arrow", "delete"]


def test_the_arrow_menu_cuts_long_names_as_the_arrow_box_does(canvas):
    """Two long names made every Arrow choice as wide as the screen: each name is cut to the Arrow
    box's 40 characters, ending in an ellipsis, and the choice's tooltip keeps the whole words."""
    c = canvas
    long_name = "Eastside Family Resource Center and Community Kitchen"  # 53 characters
    other = "County Department of Social Services, North Office"
    centre_side = c.add(long_name, 300, 0)
    far = c.add(other, 300, 300)
    edge_id = c.doc.add_edge(centre_side, far)
    menu = right_click(c, c.at(300, 150))
    assert c.scene.selected_edge_ids() == [edge_id]
    one_way = choice(menu, "arrow", "to_target")
    cut = "Eastside Family Resource Center and Com…"
    assert len(cut) == 40 and cut in one_way.text() and long_name not in one_way.text()
    assert "County Department of Social Services, N…" in one_way.text()
    assert long_name in one_way.toolTip() and other in one_way.toolTip()
    assert menu.findChild(QMenu, "arrow").toolTipsVisible()
    assert choice(menu, "arrow", "none").toolTip() == choice(menu, "arrow", "none").text()  # nothing cut
    one_way.trigger()
    assert c.doc.edge(edge_id)["flow"] == "to_target"
