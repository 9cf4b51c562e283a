"""Undo and redo by keyboard leave the keys on what they brought back or changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from canvas_support import activate
from window_support import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _keys(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _add_person_by_keys(qtbot, scene, name: str) -> str:
    """P, the name, Enter: the new person's id (it is left selected)."""
    _keys(qtbot, Qt.Key.Key_P)
    qtbot.keyClicks(QApplication.focusWidget(), name)
    _keys(qtbot, Qt.Key.Key_Return)
    (person,) = scene.selected_node_ids()
    return person


def test_undoing_a_delete_selects_who_came_back_so_the_keys_go_on(qtbot):
    """Undo brought the deleted person back unselected: Delete (or F2, or C) then did nothing."""
    window = open_window(qtbot)
    activate(qtbot, window)
    doc, scene = window.document, window.scene
    ana = _add_person_by_keys(qtbot, scene, "Ana")
    scene.select_ids([ana, doc.centre_id])
    window.actions.connect.trigger()
    line = doc.edge_between(doc.centre_id, ana)
    scene.select_ids([ana])
    _keys(qtbot, Qt.Key.Key_Delete)
    assert not doc.has_node(ana) and scene.selected_node_ids() == []

    _keys(qtbot, Qt.Key.Key_Z, CTRL)
    assert doc.has_node(ana) and doc.has_edge(line)
    assert scene.selected_node_ids() == [ana] and scene.selected_edge_ids() == [line]
    assert QApplication.focusWidget() is window.view
    _keys(qtbot, Qt.Key.Key_Delete)  # the keys go on from what came back
    assert not doc.has_node(ana)

    _keys(qtbot, Qt.Key.Key_Z, CTRL)
    _keys(qtbot, Qt.Key.Key_Z, CTRL)  # the connection undone: Ana stays, nothing came back
    assert not doc.has_edge(line) and scene.selected_node_ids() == [ana]
    scene.select_ids()
    _keys(qtbot, Qt.Key.Key_Y, CTRL)  # redo brings the connection back, selected
    assert scene.selected_edge_ids() == [doc.edge_between(doc.centre_id, ana)]


def test_undoing_a_rename_selects_who_was_renamed(qtbot):
    window = open_window(qtbot)
    activate(qtbot, window)
    doc, scene = window.document, window.scene
    ana = _add_person_by_keys(qtbot, scene, "Ana")
    scene.select_ids([doc.centre_id])
    _keys(qtbot, Qt.Key.Key_Z, CTRL)
    assert doc.node(ana)["label"] != "Ana" and scene.selected_node_ids() == [ana]


def test_redo_answers_both_ctrl_y_and_ctrl_shift_z(qtbot):
    """Where the system's Redo key is Ctrl+Y (Windows, and Qt's offscreen platform), the Redo
    action named it twice: an ambiguous shortcut, so Ctrl+Y redid nothing, and Ctrl+Shift+Z was
    not a shortcut at all."""
    window = open_window(qtbot)
    activate(qtbot, window)
    doc = window.document
    keys = [key.toString() for key in window.actions.redo.shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)
    for redo in ((Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)):
        _keys(qtbot, Qt.Key.Key_G)
        _keys(qtbot, Qt.Key.Key_Return)  # named as it is: one step, the add
        count = doc.node_count()
        _keys(qtbot, Qt.Key.Key_Z, CTRL)
        assert doc.node_count() == count - 1
        _keys(qtbot, *redo)
        assert doc.node_count() == count
