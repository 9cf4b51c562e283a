"""A keyboard user reaches the lines between people: Tab walks the people and groups, then the lines
(those at the family first, then clockwise), and leaves the map after the last line. A line reached
so is what Delete removes and what Enter opens the Details of, where its strength and arrow change,
and a screen reader hears who it joins, how it feels and which way support flows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QComboBox

from ecomap_desktop.ui.widgets import announce as speech
from window_support import open_window

NAME = QAccessible.Text.Name


def _rivera(window):
    """The family, Jess above it, a clinic to its right; a line from Jess to the family and one from
    Jess to the clinic."""
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    jess = doc.add_node({"label": "Jess", "category": "friend", "x": 0.0, "y": -200.0})
    clinic = doc.add_node({"label": "Clinic", "kind": "group", "category": "health", "x": 200.0, "y": 0.0})
    to_jess = doc.add_edge(jess, doc.centre_id, {"strength": "strong", "flow": "both"})
    between = doc.add_edge(jess, clinic, {"strength": "tenuous"})
    return jess, clinic, to_jess, between


def _chosen(scene) -> tuple[list[str], list[str]]:
    return scene.selected_node_ids(), scene.selected_edge_ids()


def test_tab_goes_through_the_people_then_the_lines_and_on_out_of_the_map(qtbot):
    window = open_window(qtbot)
    jess, clinic, to_jess, between = _rivera(window)
    scene, view, centre = window.scene, window.view, window.document.centre_id
    scene.select_ids()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view
        seen.append(_chosen(scene))
    assert seen == [([centre], []), ([jess], []), ([clinic], []), ([], [to_jess]), ([], [between])]
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # past the last line: on to the next control, no one chosen
    assert QApplication.focusWidget() is not view and _chosen(scene) == ([], [])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # back onto the last line
    assert QApplication.focusWidget() is view and _chosen(scene) == ([], [between])
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert _chosen(scene) == ([], [to_jess])
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert _chosen(scene) == ([clinic], [])


def _tab_to_line(qtbot, window, clinic: str, between: str) -> None:
    """From the clinic, selected, two Tabs to the line between Jess and the clinic."""
    window.scene.select_ids([clinic])
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert _chosen(window.scene) == ([], [between])


def test_delete_on_a_line_reached_by_tab_removes_only_the_line(qtbot):
    window = open_window(qtbot)
    jess, clinic, _to_jess, between = _rivera(window)
    view, doc = window.view, window.document
    _tab_to_line(qtbot, window, clinic, between)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not doc.has_edge(between) and doc.has_node(jess) and doc.has_node(clinic)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.has_edge(between)


def test_enter_on_a_line_puts_the_keys_on_its_details_and_esc_brings_them_back(qtbot):
    window = open_window(qtbot)
    _jess, clinic, _to_jess, between = _rivera(window)
    scene, view, doc = window.scene, window.view, window.document
    window.conversation.guide_dock.raise_()  # the visit starts on the guide: Details is behind it
    _tab_to_line(qtbot, window, clinic, between)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    details = window.properties
    assert QApplication.focusWidget() is details.strength_combo and details.isVisible()
    assert not scene.is_editing_label()
    qtbot.keyClick(details.strength_combo, Qt.Key.Key_Up)  # a weak line made ordinary
    qtbot.waitUntil(lambda: doc.edge(between)["strength"] == "moderate")
    assert isinstance(QApplication.focusWidget(), QComboBox)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view and _chosen(scene) == ([], [between])


def test_a_reader_hears_the_line_tab_reaches(qtbot, monkeypatch):
    window = open_window(qtbot)
    _jess, clinic, to_jess, _between = _rivera(window)
    scene, view = window.scene, window.view
    heard: list[tuple[QAccessible.Event, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        if not isinstance(event, QAccessibleAnnouncementEvent) and iface is not None:
            heard.append((event.type(), iface.text(NAME)))

    scene.select_ids([clinic])
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    said = [name for kind, name in heard if kind == QAccessible.Event.Focus]
    assert said == ["Jess and Rivera family: strong connection. Support flows both ways."]
    canvas = QAccessible.queryAccessibleInterface(view)
    focused = canvas.focusChild()
    assert focused.key == ("edge", to_jess) and focused.state().focused and focused.state().selected


def test_tab_among_the_people_leaves_the_lines_unsorted_and_wraps_onto_them(qtbot, monkeypatch):
    """The lines are put in order only when Tab goes among them: on a 5,000-person map, sorting
    them all made every Tab among the people cost twice as much."""
    from ecomap_desktop.ui.editor import scene as scene_module

    window = open_window(qtbot)
    jess, clinic, to_jess, between = _rivera(window)
    scene, centre = window.scene, window.document.centre_id
    sorted_lines = []
    order = scene_module.connection_order
    monkeypatch.setattr(scene_module, "connection_order", lambda doc: sorted_lines.append(1) or order(doc))
    scene.select_ids()
    for expected in ([centre], [jess], [clinic]):
        assert scene.focus_next_stop(wrap=False) and scene.selected_node_ids() == expected
    assert scene.focus_next_stop(backwards=True, wrap=False) and scene.selected_node_ids() == [jess]
    assert sorted_lines == []
    scene.select_ids([clinic])
    assert scene.focus_next_stop(wrap=False) and _chosen(scene) == ([], [to_jess])
    scene.select_ids([centre])  # back past the family: round to the last line
    assert scene.focus_next_stop(backwards=True) and _chosen(scene) == ([], [between])
    assert len(sorted_lines) == 2
