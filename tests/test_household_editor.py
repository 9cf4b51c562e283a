"""Who lives at home: the centre's household, edited in a small table, undoable, drawn on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from canvas_support import make_canvas
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.widgets.household import HouseholdEditor


@pytest.fixture
def setup(qtbot):
    doc = Document("Lopez family")
    stack = QUndoStack()
    editor = HouseholdEditor(doc, stack)
    qtbot.addWidget(editor)
    editor.show()
    return doc, stack, editor


def _type_cell(editor, row, column, text):
    editor.table.item(row, column).setText(text)  # what the cell editor does when it commits


def test_add_a_member_then_fill_in_age_and_relationship(setup):
    doc, stack, editor = setup
    editor.add_button.click()
    assert editor.table.rowCount() == 1
    assert doc.node(doc.centre_id)["household"] == [] and stack.count() == 0  # nothing until typed
    _type_cell(editor, 0, 0, "Mia")
    assert doc.node(doc.centre_id)["household"] == [{"name": "Mia", "age": "", "relationship": ""}]
    _type_cell(editor, 0, 1, "6")
    _type_cell(editor, 0, 2, "daughter")
    assert doc.node(doc.centre_id)["household"] == [{"name": "Mia", "age": "6", "relationship": "daughter"}]
    assert stack.count() == 3 and stack.undoText() == "Edit household"
    stack.undo()
    assert doc.node(doc.centre_id)["household"][0]["relationship"] == ""
    assert editor.table.item(0, 2).text() == ""
    stack.undo()
    stack.undo()
    assert doc.node(doc.centre_id)["household"] == [] and editor.table.rowCount() == 0


def test_an_empty_new_row_leaves_nothing_behind(setup):
    doc, stack, editor = setup
    editor.add_button.click()
    assert not editor.add_button.isEnabled()  # one new row at a time
    editor.table.selectRow(0)
    editor.remove_button.click()
    assert editor.table.rowCount() == 0 and stack.count() == 0 and editor.add_button.isEnabled()


def test_remove_a_member_and_undo(setup):
    doc, stack, editor = setup
    doc.set_node(doc.centre_id, {"household": [{"name": "Mia"}, {"name": "Leo", "age": "3"}]})
    assert editor.table.rowCount() == 2 and editor.table.item(1, 1).text() == "3"
    editor.table.selectRow(0)
    editor.remove_button.click()
    assert [m["name"] for m in doc.node(doc.centre_id)["household"]] == ["Leo"]
    assert editor.table.rowCount() == 1 and editor.table.item(0, 0).text() == "Leo"
    stack.undo()
    assert [m["name"] for m in doc.node(doc.centre_id)["household"]] == ["Mia", "Leo"]
    assert editor.table.item(0, 0).text() == "Mia"


def test_spaces_are_trimmed_and_long_text_is_cut(setup):
    doc, stack, editor = setup
    editor.add_button.click()
    _type_cell(editor, 0, 0, "  Mia  ")
    _type_cell(editor, 0, 1, "1" * 50)
    member = doc.node(doc.centre_id)["household"][0]
    assert member["name"] == "Mia" and len(member["age"]) == 20


def test_household_is_drawn_in_the_centre_on_the_canvas(qtbot):
    c = make_canvas(qtbot, "Lopez family")
    editor = HouseholdEditor(c.doc, c.stack)
    qtbot.addWidget(editor)
    editor.add_button.click()
    _type_cell(editor, 0, 0, "Mia")
    _type_cell(editor, 0, 1, "6")
    lines = c.scene.node_item(c.doc.centre_id).text_lines()
    assert lines[0] == "Lopez family" and any("Mia" in line and "6" in line for line in lines[1:])
    c.stack.undo()
    c.stack.undo()
    assert c.scene.node_item(c.doc.centre_id).text_lines() == ["Lopez family"]


def test_typing_a_name_with_the_keyboard(setup, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    doc, stack, editor = setup
    editor.add_button.click()  # opens the name cell for typing
    cell_editor = QApplication.focusWidget()
    if not isinstance(cell_editor, QLineEdit):  # offscreen focus may not follow; find the open editor
        cell_editor = editor.table.findChild(QLineEdit)
    assert isinstance(cell_editor, QLineEdit)
    qtbot.keyClicks(cell_editor, "Leo")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)  # the table commits on its next event-loop turn
    qtbot.waitUntil(lambda: doc.node(doc.centre_id)["household"] != [])
    assert doc.node(doc.centre_id)["household"] == [{"name": "Leo", "age": "", "relationship": ""}]
    assert stack.count() == 1


def test_details_panel_shows_the_household_for_the_centre_only(qtbot):
    from ecomap_desktop.ui.panels.properties import PropertiesPanel

    doc = Document("Lopez family")
    stack = QUndoStack()
    panel = PropertiesPanel(doc, stack)
    qtbot.addWidget(panel)
    panel.show()
    person = doc.add_node({"label": "Ana"})
    panel.show_selection([person], [])
    assert not panel.household_editor.isVisibleTo(panel)
    panel.show_selection([doc.centre_id], [])
    assert panel.household_editor.isVisibleTo(panel)
    panel.household_editor.add_button.click()
    _type_cell(panel.household_editor, 0, 0, "Mia")
    assert doc.node(doc.centre_id)["household"][0]["name"] == "Mia"
    stack.undo()
    assert doc.node(doc.centre_id)["household"] == [] and panel.household_editor.table.rowCount() == 0


def test_a_map_opened_while_the_table_is_hidden_shows_its_household_when_the_centre_is_chosen(qtbot):
    from ecomap_desktop.io.mapfile import bytes_to_map, document_to_bytes
    from ecomap_desktop.ui.panels.properties import PropertiesPanel

    doc = Document("Lopez family")
    stack = QUndoStack()
    panel = PropertiesPanel(doc, stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_selection([doc.centre_id], [])
    editor = panel.household_editor
    editor.add_button.click()
    _type_cell(editor, 0, 0, "Mia")
    person = doc.add_node({"label": "Ana"})
    panel.show_selection([person], [])  # the table is hidden: a person is chosen

    other = Document("Kim family")
    other.set_node(other.centre_id, {"household": [{"name": "Jun", "age": "7", "relationship": "son"},
                                                   {"name": "Hana", "age": "", "relationship": ""}]})
    loaded = bytes_to_map(document_to_bytes(other), "kim.ecomap")
    doc.replace_graph(loaded.graph, loaded.visits)  # another map opened
    doc.set_node(doc.centre_id, {"household": doc.node(doc.centre_id)["household"][:1]})  # and edited
    panel.show_selection([doc.centre_id], [])
    assert editor.isVisible()
    assert [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())] == ["Jun"]
