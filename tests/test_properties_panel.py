"""The properties panel edits the selection through undo commands and follows undo/redo."""

import pytest
from PySide6.QtGui import QUndoStack

from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.panels.properties import PropertiesPanel


@pytest.fixture
def setup(qtbot):
    doc = Document("Lopez family")
    stack = QUndoStack()
    panel = PropertiesPanel(doc, stack)
    qtbot.addWidget(panel)
    panel.show()
    return doc, stack, panel


def test_nothing_selected_shows_map_title(setup, qtbot):
    doc, stack, panel = setup
    assert panel.current_page_name() == "map"
    qtbot.keyClicks(panel.title_edit, "First visit")
    assert doc.meta("title") == "First visit"
    assert stack.count() == 1  # typing is one undo step
    stack.undo()
    assert doc.meta("title") == "" and panel.title_edit.text() == ""


def test_edit_person_fields(setup, qtbot):
    doc, stack, panel = setup
    nid = doc.add_node({"label": "Abuela", "category": "family"})
    panel.show_selection([nid], [])
    assert panel.current_page_name() == "node" and panel.label_edit.text() == "Abuela"
    panel.label_edit.selectAll()
    qtbot.keyClicks(panel.label_edit, "Abuela Carmen")
    assert doc.node(nid)["label"] == "Abuela Carmen"
    panel.ring_combo.setCurrentIndex(panel.ring_combo.findData("closest"))
    panel.ring_combo.activated.emit(panel.ring_combo.currentIndex())
    panel.support_boxes["practical"].click()
    qtbot.keyClicks(panel.notes_edit, "Picks up the kids")
    node = doc.node(nid)
    assert node["ring"] == "closest" and node["support"] == ["practical"]
    assert node["notes"] == "Picks up the kids"
    while stack.canUndo():
        stack.undo()
    assert doc.node(nid)["label"] == "Abuela" and panel.label_edit.text() == "Abuela"
    assert not panel.support_boxes["practical"].isChecked() and panel.notes_edit.toPlainText() == ""


def test_centre_hides_fields_that_do_not_apply(setup):
    doc, stack, panel = setup
    panel.show_selection([doc.centre_id], [])
    assert panel.label_edit.text() == "Lopez family"
    assert not panel.category_combo.isVisibleTo(panel) and not panel.kind_combo.isVisibleTo(panel)


def test_edit_connection(setup, qtbot):
    doc, stack, panel = setup
    nid = doc.add_node({"label": "Ana"})
    eid = doc.add_edge(nid, doc.centre_id)
    panel.show_selection([], [eid])
    assert panel.current_page_name() == "edge"
    assert "Ana" in panel.edge_heading.text() and "Lopez family" in panel.edge_heading.text()
    panel.strength_combo.setCurrentIndex(panel.strength_combo.findData("stressful"))
    panel.strength_combo.activated.emit(panel.strength_combo.currentIndex())
    panel.flow_combo.setCurrentIndex(panel.flow_combo.findData("to_target"))
    panel.flow_combo.activated.emit(panel.flow_combo.currentIndex())
    assert panel.flow_combo.currentText() == "Support flows from Ana to Lopez family"
    assert doc.edge(eid)["strength"] == "stressful" and doc.edge(eid)["flow"] == "to_target"
    stack.undo()
    assert doc.edge(eid)["flow"] == "none" and panel.flow_combo.currentData() == "none"


def test_removed_item_returns_to_map_page(setup):
    doc, stack, panel = setup
    nid = doc.add_node({"label": "Ana"})
    panel.show_selection([nid], [])
    doc.remove_node(nid)
    assert panel.current_page_name() == "map"


def test_many_selected(setup):
    doc, stack, panel = setup
    a = doc.add_node({})
    b = doc.add_node({})
    panel.show_selection([a, b], [])
    assert panel.current_page_name() == "many" and "2 people and groups" in panel.many_label.text()


def test_a_long_title_or_name_shows_its_beginning(setup, qtbot):
    """A title wider than its field showed its end only ("addad family — multi-agency review"): the
    field put its cursor at the end of the text it was given, and showed the text around it."""
    doc, stack, panel = setup
    panel.resize(260, 400)
    panel.title_edit.clearFocus()  # the worker is on the map, not in the field
    long = "Haddad family — multi-agency review with every service around them"
    doc.set_meta("title", long)
    panel.show_selection([], [])
    edit = panel.title_edit
    assert edit.text() == long
    assert edit.cursorPosition() == 0  # the field shows the text from its first letter
    assert edit.cursorRect().left() < edit.width() // 4
    nid = doc.add_node({"label": "Ms. Okonkwo, home visitor from the Eastside Family Resource Center"})
    panel.show_selection([nid], [])
    assert panel.label_edit.cursorPosition() == 0
    edit = panel.label_edit
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " (Tuesdays)")  # typing at the end is left where it is
    assert doc.node(nid)["label"].endswith("(Tuesdays)") and edit.cursorPosition() == len(edit.text())
