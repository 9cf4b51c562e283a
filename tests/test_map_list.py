"""The list of people and connections: rows follow the document, edits are undo commands that show on
the canvas, Delete removes, the selection is shared with the canvas both ways, and each row reads as
a sentence for a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from ecomap_desktop.model.commands import AddEdgeCommand, EditEdgeCommand, EditNodeCommand
from ecomap_desktop.ui.panels.map_list.models import CHOICES_ROLE, ConnectionsModel, PeopleModel
from window_support import on_screen

ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


@pytest.fixture
def rivera(window):
    """Maria in the centre, Grandma Rosa (family, strong, both ways), Clinic (a group, no line)."""
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Maria Rivera"})
    rosa = doc.add_node({"label": "Grandma Rosa", "category": "family", "x": 0.0, "y": -220.0})
    clinic = doc.add_node({"label": "Clinic", "kind": "group", "category": "health", "x": 220.0, "y": 0.0})
    line = doc.add_edge(rosa, doc.centre_id, {"strength": "strong", "flow": "both"})
    return rosa, clinic, line


def _panel(window):
    return window.accessibility.list_panel


def _people(window) -> PeopleModel:
    return _panel(window).people_model


def _lines(window) -> ConnectionsModel:
    return _panel(window).connections_model


def _cell(model, item_id, column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(item_id), column).data(role)


def test_the_list_is_a_dock_beside_details_and_in_the_view_menu(window):
    dock = window.accessibility.list_dock
    assert dock in window.tabifiedDockWidgets(window.details_dock)
    assert window.accessibility.list_action in window.actions.view_menu.actions()
    assert window.accessibility.list_action.text().replace("&", "") == "List of people and connections"


def test_rows_follow_the_document(window, rivera):
    rosa, clinic, line = rivera
    doc, people, lines = window.document, _people(window), _lines(window)
    assert people.ids() == [doc.centre_id, rosa, clinic]  # the family first
    names = [people.index(r, PeopleModel.NAME).data() for r in range(3)]
    assert names == ["Maria Rivera", "Grandma Rosa", "Clinic"]
    assert _cell(people, clinic, PeopleModel.SHAPE) == "Group or organisation"
    assert _cell(people, rosa, PeopleModel.CATEGORY) == "Family"
    assert lines.ids() == [line]
    assert _cell(lines, line, ConnectionsModel.BETWEEN) == "Grandma Rosa and Maria Rivera"
    assert _cell(lines, line, ConnectionsModel.STRENGTH) == "Strong"
    assert _cell(lines, line, ConnectionsModel.FLOW) == "Support flows both ways"

    window.undo_stack.push(EditNodeCommand(doc, rosa, {"label": "Abuela Rosa"}))  # as the canvas does
    assert _cell(people, rosa, PeopleModel.NAME) == "Abuela Rosa"
    assert _cell(lines, line, ConnectionsModel.BETWEEN) == "Abuela Rosa and Maria Rivera"
    window.undo_stack.push(EditEdgeCommand(doc, line, {"strength": "stressful"}))
    assert _cell(lines, line, ConnectionsModel.STRENGTH) == "Stressful"
    window.scene.select_ids([clinic])
    window.scene.delete_selected()
    assert people.ids() == [doc.centre_id, rosa]
    window.undo_stack.undo()
    assert clinic in people.ids()


def test_list_edits_are_undo_commands_that_show_on_the_canvas(window, rivera):
    rosa, clinic, line = rivera
    doc, scene, stack = window.document, window.scene, window.undo_stack
    people, lines = _people(window), _lines(window)
    count = stack.count()

    assert people.setData(people.index(people.row_of(rosa), PeopleModel.NAME), "Abuela Rosa")
    assert doc.node(rosa)["label"] == "Abuela Rosa"
    assert scene.node_item(rosa).label == "Abuela Rosa"
    assert people.setData(people.index(people.row_of(clinic), PeopleModel.CATEGORY), "community")
    assert doc.node(clinic)["category"] == "community"
    assert scene.node_item(clinic).fill_colour() == window.scene.display_variant().fill("community")
    assert people.setData(people.index(people.row_of(clinic), PeopleModel.SHAPE), "person")
    assert scene.node_item(clinic).kind == "person"
    assert lines.setData(lines.index(0, ConnectionsModel.STRENGTH), "tenuous")
    assert doc.edge(line)["strength"] == "tenuous" and scene.edge_item(line).strength == "tenuous"
    assert lines.setData(lines.index(0, ConnectionsModel.FLOW), "to_target")
    assert doc.edge(line)["flow"] == "to_target" and scene.edge_item(line).arrow_count() == 1
    assert stack.count() == count + 5  # one undo step per edit

    for _ in range(5):
        stack.undo()
    assert doc.node(rosa)["label"] == "Grandma Rosa" and scene.node_item(rosa).label == "Grandma Rosa"
    assert doc.node(clinic)["category"] == "health" and scene.node_item(clinic).kind == "group"
    assert doc.edge(line)["strength"] == "strong" and scene.edge_item(line).arrow_count() == 2
    assert _cell(people, rosa, PeopleModel.NAME) == "Grandma Rosa"
    assert _cell(lines, line, ConnectionsModel.STRENGTH) == "Strong"


def test_edits_that_change_nothing_or_cannot_be_held_push_nothing(window, rivera):
    rosa, _clinic, _line = rivera
    people, lines, stack = _people(window), _lines(window), window.undo_stack
    count = stack.count()
    assert not people.setData(people.index(people.row_of(rosa), PeopleModel.NAME), "Grandma Rosa")
    assert not people.setData(people.index(people.row_of(rosa), PeopleModel.NAME), "   ")  # a name stays
    assert not lines.setData(lines.index(0, ConnectionsModel.STRENGTH), "strong")
    assert not lines.setData(lines.index(0, ConnectionsModel.BETWEEN), "x")  # not editable
    centre_row = people.row_of(window.document.centre_id)
    assert not people.flags(people.index(centre_row, PeopleModel.CATEGORY)) & Qt.ItemFlag.ItemIsEditable
    assert people.flags(people.index(centre_row, PeopleModel.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert stack.count() == count


def test_choices_offered_for_category_shape_strength_and_flow(window, rivera):
    rosa, _clinic, line = rivera
    people, lines = _people(window), _lines(window)
    categories = [value for value, _text in _cell(people, rosa, PeopleModel.CATEGORY, CHOICES_ROLE)]
    assert categories[0] == "family" and "government" in categories
    assert [v for v, _ in _cell(people, rosa, PeopleModel.SHAPE, CHOICES_ROLE)] == ["person", "group"]
    assert [v for v, _ in _cell(lines, line, ConnectionsModel.STRENGTH, CHOICES_ROLE)] == [
        "strong", "moderate", "tenuous", "stressful"]
    flows = dict(_cell(lines, line, ConnectionsModel.FLOW, CHOICES_ROLE))
    assert flows["to_target"] == "Support flows from Grandma Rosa to Maria Rivera"


def test_keyboard_edit_of_a_category_with_the_drop_down(window, rivera, qtbot):
    _rosa, clinic, _line = rivera
    panel = _panel(window)
    view = panel.people_view
    window.scene.select_ids([clinic])
    window.accessibility.show_list()
    assert QApplication.focusWidget() is view
    cell = view.model().index(view.model().row_of(clinic), PeopleModel.CATEGORY)
    view.selectionModel().setCurrentIndex(cell, QItemSelectionModel.SelectionFlag.NoUpdate)
    count = window.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.accessibleName() == "Category of Clinic"
    assert editor.currentData() == "health"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # health -> community
    assert window.document.node(clinic)["category"] == "health"  # not kept until Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.node(clinic)["category"] == "community")
    assert window.undo_stack.count() == count + 1
    assert QApplication.focusWidget() is view


def test_escape_in_the_list_goes_back_to_the_map(window, qtbot):
    window.accessibility.list_action.trigger()
    assert QApplication.focusWidget() is _panel(window).people_view
    qtbot.keyClick(_panel(window).people_view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view


def test_delete_key_removes_selected_rows_as_one_undo_step(window, rivera, qtbot):
    rosa, clinic, line = rivera
    doc, view = window.document, _panel(window).people_view
    window.scene.select_ids([rosa, clinic, doc.centre_id])
    assert set(view.selected_ids()) == {doc.centre_id, rosa, clinic}
    window.accessibility.show_list()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.node_ids() == [doc.centre_id]  # the centre always stays
    assert not doc.has_edge(line) and _lines(window).ids() == []
    window.undo_stack.undo()
    assert set(doc.node_ids()) == {doc.centre_id, rosa, clinic} and doc.edge(line)["strength"] == "strong"
    assert _lines(window).ids() == [line]

    window.scene.select_ids(edge_ids=[line])
    lines_view = _panel(window).connections_view
    assert lines_view.selected_ids() == [line]
    _panel(window).remove_button.click()
    assert not doc.has_edge(line) and doc.has_node(rosa)


def test_selection_follows_the_canvas(window, rivera):
    rosa, clinic, line = rivera
    panel = _panel(window)
    window.scene.select_ids([clinic])
    assert panel.people_view.selected_ids() == [clinic] and panel.connections_view.selected_ids() == []
    assert panel.people_view.currentIndex().row() == panel.people_model.row_of(clinic)
    window.scene.select_ids([rosa], [line])
    assert panel.people_view.selected_ids() == [rosa] and panel.connections_view.selected_ids() == [line]
    window.scene.select_ids()
    assert panel.people_view.selected_ids() == [] and panel.connections_view.selected_ids() == []


def test_selecting_rows_selects_on_the_canvas(window, rivera, qtbot):
    rosa, clinic, line = rivera
    panel = _panel(window)
    view = panel.people_view
    window.accessibility.show_list()
    view.selectRow(panel.people_model.row_of(rosa))
    assert window.scene.selected_node_ids() == [rosa] and window.scene.node_item(rosa).isSelected()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the keyboard walks the rows, the canvas follows
    assert window.scene.selected_node_ids() == [clinic]
    assert window.properties.current_page_name() == "node"

    panel.connections_view.selectRow(0)  # a row in the other table: one table at a time
    assert window.scene.selected_edge_ids() == [line] and window.scene.selected_node_ids() == []
    assert panel.people_view.selected_ids() == []
    assert window.scene.edge_item(line).isSelected()


def test_rows_read_as_sentences(window, rivera):
    rosa, clinic, line = rivera
    people, lines = _people(window), _lines(window)
    assert _cell(people, rosa, PeopleModel.NAME, ACCESSIBLE_TEXT) == (
        "Grandma Rosa, Family, strong connection to the centre, support flows both ways")
    assert _cell(people, rosa, PeopleModel.CATEGORY, DESCRIPTION) == _cell(people, rosa, 0, ACCESSIBLE_TEXT)
    assert _cell(people, rosa, PeopleModel.CATEGORY, ACCESSIBLE_TEXT) == "Category: Family"
    assert _cell(people, clinic, PeopleModel.NAME, ACCESSIBLE_TEXT) == (
        "Clinic, Group or organisation, Health, not connected to the centre")
    assert _cell(people, window.document.centre_id, PeopleModel.NAME, ACCESSIBLE_TEXT) == (
        "Maria Rivera, the family in the centre, one connection")
    assert _cell(lines, line, ConnectionsModel.BETWEEN, ACCESSIBLE_TEXT) == (
        "Grandma Rosa and Maria Rivera: strong connection. Support flows both ways.")

    changes = {"flow": "to_target", "strength": "tenuous"}
    window.undo_stack.push(EditEdgeCommand(window.document, line, changes))
    assert _cell(people, rosa, PeopleModel.NAME, ACCESSIBLE_TEXT) == (
        "Grandma Rosa, Family, weak or distant connection to the centre, support comes to the centre")
    window.undo_stack.push(AddEdgeCommand(window.document, rosa, clinic))
    tooltip = _cell(people, rosa, PeopleModel.NAME, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith(", one other connection")
    panel = _panel(window)
    assert panel.people_view.accessibleName() == "People and groups"
    assert "Delete removes" in panel.people_view.accessibleDescription()
    assert panel.connections_view.accessibleName() == "Connections"


def test_parent_view_names_the_lines_in_plain_words(window, rivera):
    _rosa, _clinic, line = rivera
    window.conversation.parent_view.action.trigger()
    assert _cell(_lines(window), line, ConnectionsModel.STRENGTH) == "A big help"
    window.conversation.parent_view.action.trigger()
    assert _cell(_lines(window), line, ConnectionsModel.STRENGTH) == "Strong"


def test_a_loaded_map_replaces_the_rows(window, rivera, tmp_path, monkeypatch):
    from ecomap_desktop.io.mapfile import document_to_bytes
    from ecomap_desktop.model.document import Document

    other = Document("Haddad family")
    amal = other.add_node({"label": "Amal"})
    other.add_edge(amal, other.centre_id)
    path = tmp_path / "haddad.ecomap"
    path.write_bytes(document_to_bytes(other))
    window.undo_stack.setClean()  # no unsaved-changes question
    assert window.open_path(str(path))
    assert [_people(window).index(r, 0).data() for r in range(_people(window).rowCount())] == [
        "Haddad family", "Amal"]
    assert _lines(window).rowCount() == 1


def test_a_big_selection_is_followed_once_the_canvas_is_done(window, qtbot):
    doc = window.document
    ids = [doc.add_node({"label": f"Person {i}", "x": float(i % 40) * 150, "y": float(i // 40) * 150 + 400})
           for i in range(400)]
    window.scene.select_ids(ids)
    view = _panel(window).people_view
    qtbot.waitUntil(lambda: len(view.selected_ids()) == 400)
    window.scene.delete_selected()  # 400 removals, one selection change each
    qtbot.waitUntil(lambda: view.selected_ids() == [])
    assert _people(window).ids() == [doc.centre_id]
    window.undo_stack.undo()
    assert len(_people(window).ids()) == 401
    assert _people(window).row_of(ids[-1]) == 400


def test_picking_from_the_open_drop_down_keeps_the_choice_at_once(window, rivera, qtbot):
    _rosa, _clinic, line = rivera
    view = _panel(window).connections_view
    window.accessibility.show_list()
    index = view.model().index(view.model().row_of(line), ConnectionsModel.STRENGTH)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible() and on_screen(combo.view()))
    combo.setCurrentIndex(combo.findData("stressful"))  # as a click on "Stressful" does
    combo.hidePopup()
    qtbot.waitUntil(lambda: window.document.edge(line)["strength"] == "stressful")
    assert window.scene.edge_item(line).tick_count() > 0
