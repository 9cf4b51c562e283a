"""The whole window: title and modified mark, the unsaved-changes prompt, opening a bad file, and a
worksheet-like map built through the window's own controls, saved and reopened in a new window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop.io.mapfile import document_to_bytes
from ecomap_desktop.model.vocabulary import FLOWS, STRENGTHS
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.main_window import MainWindow


class Answers:
    def __init__(self, monkeypatch):
        self.unsaved = []
        self.errors = []
        self.save_path = ""
        self.unsaved_answer = "cancel"
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", self._unsaved)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": self.save_path)

    def _unsaved(self, parent, name):
        self.unsaved.append(name)
        return self.unsaved_answer


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type_name(qtbot, window, text):
    """Name the selected person/group the way a user would: in the Details panel."""
    edit = window.properties.label_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_title_shows_name_and_modified_mark(qtbot, answers):
    window = _window(qtbot)
    assert window.windowTitle().startswith("Untitled map")
    assert not window.isWindowModified()
    window.actions.add_person.trigger()
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


@pytest.mark.parametrize("answer, closes", [("discard", True), ("cancel", False)])
def test_close_asks_about_unsaved_changes(qtbot, answers, answer, closes):
    window = _window(qtbot)
    window.actions.add_group.trigger()
    answers.unsaved_answer = answer
    assert window.close() is closes
    assert len(answers.unsaved) == 1


def test_close_with_save_writes_the_file(qtbot, answers, tmp_path):
    window = _window(qtbot)
    window.actions.add_person.trigger()
    answers.unsaved_answer = "save"
    answers.save_path = str(tmp_path / "closing.ecomap")
    assert window.close()
    assert (tmp_path / "closing.ecomap").is_file()


def test_close_with_failed_save_stays_open(qtbot, answers):
    window = _window(qtbot)
    window.actions.add_person.trigger()
    answers.unsaved_answer = "save"
    answers.save_path = ""  # the user cancels the save dialog
    assert window.close() is False
    assert window.isWindowModified()


def test_opening_a_corrupt_file_keeps_the_map(qtbot, answers, tmp_path):
    window = _window(qtbot)
    window.actions.add_person.trigger()
    before = document_to_bytes(window.document)
    bad = tmp_path / "family.ecomap"
    bad.write_bytes(b"\x00\xffnot a map")
    answers.unsaved_answer = "discard"
    assert not window.open_path(str(bad))
    assert len(answers.errors) == 1 and "family.ecomap" in answers.errors[0]
    assert document_to_bytes(window.document) == before
    assert len(window.scene.node_ids()) == 2


def test_style_picker_restyles_the_selected_line_in_one_step(qtbot, answers):
    window = _window(qtbot)
    a = window.scene.add_node("person")
    window.scene.cancel_label_edit()
    edge = window.scene.connect_nodes(a, window.document.centre_id)
    window.scene.select_ids(edge_ids=[edge])
    picker = window.style_picker.strength_combo
    picker.setCurrentIndex(picker.findData("stressful"))
    picker.activated.emit(picker.currentIndex())
    assert window.document.edge(edge)["strength"] == "stressful"
    window.undo_stack.undo()
    assert window.document.edge(edge)["strength"] == "moderate"


def test_worksheet_map_built_through_the_window_survives_save_and_reopen(qtbot, answers, tmp_path):
    window = _window(qtbot)
    doc = window.document
    window.scene.select_ids([doc.centre_id])
    _type_name(qtbot, window, "Maria & kids")

    names = [("person", "Mom"), ("person", "Sister Ana"), ("person", "Neighbour Jo"), ("person", "Coach Dee"),
             ("person", "Dr. Patel"), ("group", "St. Mark's church"), ("group", "Lincoln Elementary"),
             ("group", "Food bank")]
    ids = []
    for kind, name in names:
        (window.actions.add_person if kind == "person" else window.actions.add_group).trigger()
        window.scene.cancel_label_edit()
        (node_id,) = window.scene.selected_node_ids()
        _type_name(qtbot, window, name)
        ids.append(node_id)
    assert [doc.node(i)["label"] for i in ids] == [n for _, n in names]

    styles = [("strong", "to_target"), ("strong", "both"), ("moderate", "none"), ("moderate", "to_source"),
              ("tenuous", "to_target"), ("tenuous", "none"), ("stressful", "to_source"),
              ("stressful", "both")]
    for node_id, (strength, flow) in zip(ids, styles, strict=True):
        window.scene.select_ids([node_id, doc.centre_id])
        window.actions.connect.trigger()  # the new line is selected: its style is chosen next
        picker = window.style_picker
        picker.strength_combo.setCurrentIndex(picker.strength_combo.findData(strength))
        picker.strength_combo.activated.emit(picker.strength_combo.currentIndex())
        picker.flow_combo.setCurrentIndex(picker.flow_combo.findData(flow))
        picker.flow_combo.activated.emit(picker.flow_combo.currentIndex())
    window.scene.select_ids([ids[0], ids[1]])
    window.actions.connect.trigger()  # two outer nodes may be connected too
    edges = [doc.edge(e) for e in doc.edge_ids()]
    assert len(edges) == len(ids) + 1
    assert {e["strength"] for e in edges} == set(STRENGTHS)
    assert {e["flow"] for e in edges} == set(FLOWS)
    # The scene shows every line with the model's style.
    for edge in edges:
        item = window.scene.edge_item(edge["id"])
        assert item.isVisible()

    path = tmp_path / "maria.ecomap"
    answers.save_path = str(path)
    window.actions.save.trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("maria.ecomap")

    second = _window(qtbot)
    assert second.open_path(str(path))
    assert document_to_bytes(second.document) == document_to_bytes(doc)
    assert sorted(second.scene.node_ids()) == sorted(doc.node_ids())
    assert sorted(second.scene.edge_ids()) == sorted(doc.edge_ids())
    for node_id in doc.node_ids():
        pos = second.scene.node_item(node_id).pos()
        assert (pos.x(), pos.y()) == doc.node_position(node_id)


def test_keyboard_shortcuts_reach_the_actions(qtbot, answers):
    window = _window(qtbot)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    window.scene.cancel_label_edit()
    assert len(window.document.node_ids()) == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.node_ids()) == 1


def test_line_arrow_and_colour_captions_line_up(qtbot, answers):
    from PySide6.QtWidgets import QLabel

    window = _window(qtbot)
    picker = window.style_picker
    captions = [label for label in picker.findChildren(QLabel) if label.buddy() is not None]
    assert len(captions) == 3
    tops = {label.mapTo(picker, label.rect().topLeft()).y() for label in captions}
    assert len(tops) == 1, tops
