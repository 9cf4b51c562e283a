"""Adding people one after another keeps everyone added so far in view while they fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from window_support import open_window


def test_eight_people_added_with_p_all_stay_in_view_at_1280_by_720(qtbot):
    window = open_window(qtbot)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 720)
    view, scene = window.view, window.scene
    view.zoom_to_fit()
    scene.edit_label(window.document.centre_id)
    qtbot.keyClicks(QApplication.focusWidget(), "Okafor family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for number in range(1, 9):
        qtbot.keyClick(view, Qt.Key.Key_P)
        assert scene.is_editing_label()
        qtbot.keyClicks(QApplication.focusWidget(), f"Person {number}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        cut = [window.document.node(n)["label"] for n in window.document.node_ids()
               if not shown.contains(scene.node_item(n).sceneBoundingRect())]
        assert cut == [], f"after Person {number}"
    window.undo_stack.setClean()
