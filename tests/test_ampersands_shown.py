"""A person's "&" shown as typed where their words become a menu item or a button.

Qt reads a single "&" in such a text as the mark of a shortcut letter: "AT&T" showed as "ATT" and
"Tom & Jerry" as "Tom  Jerry". What a menu item or button shows is read here the way Qt itself strips
the marks (an action's icon text), so each test fails if the "&" is lost."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ecomap_desktop.model.commands import EditNodeCommand
from ecomap_desktop.ui.window.file_controller import RECENT_KEY
from canvas_support import choice, make_canvas, right_click
from window_support import open_window


def shown(text: str) -> str:
    """What Qt shows for a menu item's or button's *text* (its shortcut marks taken out)."""
    return QAction(text).iconText()


def test_the_arrow_menu_shows_names_with_an_ampersand_whole(qtbot):
    c = make_canvas(qtbot)
    phone = c.add("AT&T", 300, 0)
    friends = c.add("Tom & Jerry", 300, 300)
    edge_id = c.doc.add_edge(phone, friends)
    menu = right_click(c, c.at(300, 150))
    assert c.scene.selected_edge_ids() == [edge_id]
    words = shown(choice(menu, "arrow", "to_target").text())
    assert "AT&T" in words and "Tom & Jerry" in words


def test_a_maps_own_category_with_an_ampersand_is_whole_in_the_kind_menu(qtbot):
    c = make_canvas(qtbot)
    school = c.add("Ms Ortiz", 200, 0, category="Home & school")
    menu = right_click(c, c.node_at(school))
    assert shown(choice(menu, "kind", "Home & school").text()) == "Home & school"


def test_undo_and_redo_say_a_name_with_an_ampersand_whole(qtbot):
    window = open_window(qtbot)
    node = window.document.add_node({"kind": "person", "label": "Tom", "x": 200.0, "y": 0.0})
    window.undo_stack.push(EditNodeCommand(window.document, node, {"label": "Tom & Jerry"}))
    assert "Tom & Jerry" in shown(window.actions.undo.text())
    window.undo_stack.undo()
    assert "Tom & Jerry" in shown(window.actions.redo.text())


def test_open_recent_shows_a_file_name_with_an_ampersand_whole(qtbot, tmp_path):
    window = open_window(qtbot)
    path = tmp_path / "Home & school.ecomap"
    path.write_text("{}", encoding="utf-8")  # listed while it exists; not opened here
    QSettings().setValue(RECENT_KEY, [str(path)])
    menu: QMenu = window.actions.recent_menu
    menu.aboutToShow.emit()
    assert [shown(a.text()) for a in menu.actions()] == ["1 Home & school.ecomap"]


def test_a_visit_label_with_an_ampersand_is_whole_on_its_button(qtbot):
    window = open_window(qtbot)
    window.visits.start_visit("2099-06-10", "Home & school")
    current = window.document.visits()[-1]
    assert shown(window.visit_strip.button(current.id).text()) == "June 10, 2099\nCurrent: Home & school"



def test_the_guides_support_buttons_show_names_with_an_ampersand_whole(qtbot):
    from ecomap_desktop.ui.panels.guide.panel import GuidePanel

    c = make_canvas(qtbot, "Lopez family")
    panel = GuidePanel(c.doc, c.stack, c.scene)
    qtbot.addWidget(panel)
    panel.show()
    c.doc.add_edge(c.add("AT&T", 100, -200), c.add("Tom & Jerry", 200, -100))
    panel.show_step("strength")
    button = panel.flow_buttons["to_family"]
    assert shown(button.text()) == "Support flows from AT&T to Tom & Jerry"
    assert button.accessibleName() == "Support flows from AT&T to Tom & Jerry"  # read as written
