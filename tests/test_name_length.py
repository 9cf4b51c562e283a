"""Names stop at the 200-character limit while typing, and the field says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip

from ecomap_desktop.model.vocabulary import MAX_LABEL
from window_support import open_window as _window

LONG = "Abcdefghij" * 21  # 210 characters


def _said_so() -> bool:
    return "at most 200 characters" in QToolTip.text()


def test_typing_a_name_on_the_canvas_stops_at_the_limit_and_says_so(qtbot):
    window = _window(qtbot)
    QToolTip.hideText()
    window.actions.add_person.trigger()  # the name is open for typing on the canvas
    assert window.scene.is_editing_label()
    qtbot.keyClicks(QApplication.focusWidget(), LONG)
    assert _said_so()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (node,) = window.scene.selected_node_ids()
    assert window.document.node(node)["label"] == LONG[:MAX_LABEL]
    window.undo_stack.setClean()


def test_typing_a_name_in_details_stops_at_the_limit_and_says_so(qtbot):
    window = _window(qtbot)
    window.actions.add_person.trigger()
    window.scene.cancel_label_edit()
    (node,) = window.scene.selected_node_ids()
    edit = window.properties.label_edit
    edit.setFocus()
    edit.selectAll()
    QToolTip.hideText()
    qtbot.keyClicks(edit, LONG[:MAX_LABEL])
    assert window.document.node(node)["label"] == LONG[:MAX_LABEL]
    QToolTip.hideText()
    qtbot.keyClicks(edit, "xyz")  # one more key at the limit: nothing typed, and it says why
    assert _said_so()
    assert window.document.node(node)["label"] == LONG[:MAX_LABEL]
    window.undo_stack.setClean()


def test_a_household_name_stops_at_the_limit_and_says_so(qtbot):
    window = _window(qtbot)
    window.scene.select_ids([window.document.centre_id])
    household = window.properties.household_editor
    household.add_button.click()  # opens the name cell for typing
    QToolTip.hideText()
    editor = household.table.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    qtbot.keyClicks(editor, LONG)
    assert _said_so() and len(editor.text()) == MAX_LABEL
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits on its next event-loop turn
    centre = window.document.centre_id
    qtbot.waitUntil(lambda: window.document.node(centre)["household"] != [])
    assert window.document.node(centre)["household"][0]["name"] == LONG[:MAX_LABEL]
    window.undo_stack.setClean()
