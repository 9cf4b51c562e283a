"""The Undo menu item says what it undoes, and the status bar's hint follows the map's state."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from window_support import open_window as _window


def _drag(qtbot, window, node_id: str, dx: int, dy: int) -> None:
    view = window.view
    start = view.mapFromScene(window.scene.node_item(node_id).pos())
    end = start + QPoint(dx, dy)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(dx * step // 5, dy * step // 5))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_the_undo_menu_item_names_what_it_undoes(qtbot):
    window = _window(qtbot)
    undo = window.actions.undo
    assert undo.text() == "Undo"
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    qtbot.keyClicks(QApplication.focusWidget(), "Grandma Ada")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert undo.text() == "Undo Rename to Grandma Ada"
    (ada,) = window.scene.selected_node_ids()
    _drag(qtbot, window, ada, 60, 40)
    assert undo.text() == "Undo Move Grandma Ada"
    assert undo in window.actions.edit_menu.actions()
    # The toolbar button keeps its one short word.
    button = window.actions.toolbar.widgetForAction(undo)
    assert button.text() == "Undo"
    window.scene.select_ids([ada, window.document.centre_id])
    window.actions.connect.trigger()
    assert undo.text() == "Undo Connect Grandma Ada and (no name)"
    window.undo_stack.undo()
    assert window.actions.redo.text() == "Redo Connect Grandma Ada and (no name)"
    assert undo.text() == "Undo Move Grandma Ada"
    window.undo_stack.setClean()


def test_the_status_bar_hint_follows_the_map(qtbot):
    window = _window(qtbot)
    hint = window.status_hints
    assert hint.text().startswith("Type the family's name in the centre")
    window.scene.select_ids([window.document.centre_id])
    edit = window.properties.label_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Okafor family")
    qtbot.waitUntil(lambda: hint.text().startswith("Add the people and groups"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: hint.text().startswith("Join each one to the family"))
    # While choosing the other end of a line, the gesture's own hint shows.
    (person,) = window.scene.selected_node_ids()
    window.actions.connect.trigger()
    assert window.scene.interaction() is not None
    assert not hint.text().startswith("Join each one")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hint.text().startswith("Select a line"))
    assert window.document.edge_count() == 1
    window.undo_stack.setClean()


def test_a_passing_message_takes_the_hints_place_then_the_hint_comes_back(qtbot):
    window = _window(qtbot)
    bar = window.statusBar()
    hint = window.status_hints.text()
    assert bar.currentMessage() == hint
    bar.showMessage("Saved “visit.ecomap”.", 50)
    assert bar.currentMessage() == "Saved “visit.ecomap”."  # one text at a time, never one over another
    qtbot.waitUntil(lambda: bar.currentMessage() == hint)
    window.undo_stack.setClean()
