"""A keyboard user reaches the Details of the one chosen on the map: Tab chooses them, Alt+Enter (Edit ▸
Details of the selection) puts the keys in the Details panel on their name, Tab walks their fields,
and Esc takes the keys back to the map with them still chosen. Tab alone leaves the map with no one
chosen, so before this only the map's own details could be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from readable_support import EXAMPLES, open_map

RIVERA = EXAMPLES / "01-rivera-family.ecomap"
ALT = Qt.KeyboardModifier.AltModifier


def _tab_to(qtbot, window, name: str) -> str:
    """Tab on the map until the person or group called *name* is chosen; their id."""
    view, doc = window.view, window.document
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(doc.node_count()):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        chosen = window.scene.selected_node_ids()
        if chosen and doc.node(chosen[0])["label"] == name:
            return chosen[0]
    raise AssertionError(f"Tab never reached {name}")


def test_alt_enter_takes_the_keys_to_the_details_of_the_one_chosen_and_esc_back(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    window.conversation.guide_dock.raise_()  # the visit starts on the guide: Details is behind it
    jess = _tab_to(qtbot, window, "Jess")
    qtbot.keyClick(window.view, Qt.Key.Key_Return, ALT)
    details = window.properties
    assert QApplication.focusWidget() is details.label_edit and details.label_edit.text() == "Jess"
    assert details.isVisible() and window.scene.selected_node_ids() == [jess]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to Jess's own fields
    assert QApplication.focusWidget() is details.kind_combo and window.scene.selected_node_ids() == [jess]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view and window.scene.selected_node_ids() == [jess]
    assert window.undo_stack.count() == 0


def test_the_edit_menu_offers_it_after_rename_with_its_keys(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    actions = window.actions.edit_menu.actions()
    rename = actions.index(window.actions.edit_label)
    details = actions[rename + 1]
    assert details is window.details_keys.action
    assert details.text().replace("&", "") == "Details of the selection"
    assert [keys.toString() for keys in details.shortcuts()] == ["Alt+Return", "Alt+Enter"]


def test_with_no_one_chosen_the_keys_go_to_the_maps_title(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    window.scene.select_ids()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, ALT)
    assert QApplication.focusWidget() is window.properties.title_edit
