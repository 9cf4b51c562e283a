"""Tab and Shift+Tab through the window pass only over what can be seen: the side panels behind
another tab are skipped (Qt keeps them "visible", moved out of the window). Esc in a side panel
takes the keyboard back to the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from window_support import open_window


def _dock_of(widget):
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def _on_show(dock) -> bool:
    """Whether *dock*'s tab is the one on show: Qt moves the others out of the window."""
    return dock.parentWidget().rect().intersects(dock.geometry())


def _walk(qtbot, window, key, presses=60):
    """The widgets the keyboard focus stops at, from the canvas, pressing *key*."""
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    stops = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_never_stops_in_a_panel_whose_tab_is_not_on_show(qtbot):
    window = open_window(qtbot)
    guide = window.conversation.guide_dock
    assert _on_show(guide) and not _on_show(window.details_dock)  # the guide is the tab on show
    title = window.properties.title_edit
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        stops = _walk(qtbot, window, key)
        hidden = [w for w in stops if _dock_of(w) is not None and not _on_show(_dock_of(w))]
        assert hidden == [], [f"{type(w).__name__} {w.accessibleName()}" for w in hidden]
        assert title not in stops  # typing would have changed the map's title, unseen
        assert any(_dock_of(w) is guide for w in stops)  # the guide's own controls are reached
    # With Details on show, its fields are reached and the guide's are passed over.
    window.details_dock.raise_()
    qtbot.waitUntil(lambda: _on_show(window.details_dock))
    stops = _walk(qtbot, window, Qt.Key.Key_Tab)
    assert title in stops
    assert not any(_dock_of(w) is guide for w in stops)
    window.files.undo_stack.setClean()


def test_esc_in_a_side_panel_takes_the_keyboard_back_to_the_map(qtbot):
    """From the guide's notes or a name in Details, the way back to the map was a dozen Tabs."""
    window = open_window(qtbot)
    guide = window.conversation.guide
    for field in (guide.commitment_edit, guide.worker_notes_edit):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "Call Ana")
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert window.view.hasFocus()
        assert field.toPlainText() == "Call Ana"  # what was typed stays
    window.details_dock.raise_()
    window.scene.select_ids([window.document.centre_id])
    name = window.properties.label_edit
    qtbot.waitUntil(lambda: _on_show(window.details_dock) and name.isVisible())
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert window.scene.selected_node_ids() == [window.document.centre_id]  # still selected
    window.files.undo_stack.setClean()
