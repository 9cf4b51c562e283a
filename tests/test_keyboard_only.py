"""A whole map, from an empty window to a saved file, with key events alone.

Every step sends keys to whichever widget has the keyboard focus, as a person without a mouse
would: name the centre, add people and a group with their shortcuts, name them, connect them with
the keyboard connect flow, change a line's strength and arrows, a category and a name in the list
view, and save with Ctrl+S. Only the save dialog's answer is given by the test. The file is then
read back and checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from canvas_support import activate
from ecomap_desktop.io.mapfile import read_graph
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.panels.map_list.table import MapTable

NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_whole_map_by_keyboard_alone(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "rivera.ecomap"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": str(path))
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    doc, scene = window.document, window.scene

    def focused():
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is window
        return widget

    def press(key, modifiers=NO_MODS, times=1):
        for _ in range(times):
            qtbot.keyClick(focused(), key, modifiers)

    def type_text(text):
        qtbot.keyClicks(focused(), text)

    def press_until(key, done, limit=8):
        """Press *key* until *done()* (at most *limit* times), as one would watch the screen."""
        for _ in range(limit):
            if done():
                return
            press(key)
        assert done()

    assert focused() is window.view  # the keys start on the map

    # The family's name in the centre: Tab reaches the centre, Enter edits its name.
    press(Qt.Key.Key_Tab)
    assert scene.selected_node_ids() == [doc.centre_id]
    press(Qt.Key.Key_Return)
    assert scene.is_editing_label()
    type_text("Rivera family")
    press(Qt.Key.Key_Return)
    assert doc.node(doc.centre_id)["label"] == "Rivera family"

    # People and a group with their one-key shortcuts; each opens its name for typing.
    for key, name in ((Qt.Key.Key_P, "Grandma Rosa"), (Qt.Key.Key_G, "St Mary's Church"),
                      (Qt.Key.Key_P, "Ana")):
        press(key)
        assert scene.is_editing_label()
        type_text(name)
        press(Qt.Key.Key_Return)
    named = {doc.node(n)["label"]: n for n in doc.node_ids()}
    assert set(named) == {"Rivera family", "Grandma Rosa", "St Mary's Church", "Ana"}
    assert doc.node(named["St Mary's Church"])["kind"] == "group"

    # Connect each of them to the centre: Tab to the centre, C, Enter takes the nearest free one.
    for _ in range(3):
        press(Qt.Key.Key_Escape)  # nothing selected, so Tab starts at the centre
        press(Qt.Key.Key_Tab)
        assert scene.selected_node_ids() == [doc.centre_id]
        press(Qt.Key.Key_C)
        assert scene.interaction() is not None
        press(Qt.Key.Key_Return)
    assert doc.edge_count() == 3
    assert all(doc.edge_between(doc.centre_id, named[n]) for n in ("Grandma Rosa", "St Mary's Church", "Ana"))

    # Ana knows Rosa: from Ana, C, then Tab until Rosa is the chosen end, Enter.
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Tab)  # the centre
    press_until(Qt.Key.Key_Tab, lambda: scene.selected_node_ids() == [named["Ana"]])
    press(Qt.Key.Key_C)
    press_until(Qt.Key.Key_Tab, lambda: scene.interaction().target.node_id == named["Grandma Rosa"])
    press(Qt.Key.Key_Return)
    friends_line = doc.edge_between(named["Ana"], named["Grandma Rosa"])
    assert friends_line is not None and scene.selected_edge_ids() == [friends_line]

    # The list: Ctrl+Shift+L puts the keyboard on the selected line's row.
    press(Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    lines = window.accessibility.list_panel.connections_view
    assert focused() is lines and lines.currentIndex().row() == lines.model().row_of(friends_line)
    press(Qt.Key.Key_Right)  # to "How it feels"
    press(Qt.Key.Key_F2)
    assert isinstance(focused(), QComboBox)
    press(Qt.Key.Key_Up)  # ordinary -> strong
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.edge(friends_line)["strength"] == "strong")
    assert isinstance(focused(), MapTable)
    press(Qt.Key.Key_Right)  # to "Support"
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Down, times=3)  # no arrow -> both ways
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.edge(friends_line)["flow"] == "both")

    # Rosa's line to the centre feels strong too: Up to its row (rows are in the order drawn).
    rosa_line = doc.edge_between(doc.centre_id, named["Grandma Rosa"])
    press_until(Qt.Key.Key_Up, lambda: lines.currentIndex().row() == lines.model().row_of(rosa_line))
    press(Qt.Key.Key_Left)  # back to "How it feels"
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.edge(rosa_line)["strength"] == "strong")

    # Back to the people: Shift+Tab. Rosa is family; Ana gets her surname.
    press(Qt.Key.Key_Backtab)
    people = window.accessibility.list_panel.people_view
    assert focused() is people
    press(Qt.Key.Key_Home, CTRL)  # the first row, the first column: the family
    press_until(Qt.Key.Key_Down,
                lambda: people.currentIndex().row() == people.model().row_of(named["Grandma Rosa"]))
    assert scene.selected_node_ids() == [named["Grandma Rosa"]]  # the canvas follows
    press(Qt.Key.Key_End)  # the last column: Category
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_Home)  # the first category: Family
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.node(named["Grandma Rosa"])["category"] == "family")
    press_until(Qt.Key.Key_Down, lambda: people.currentIndex().row() == people.model().row_of(named["Ana"]))
    press(Qt.Key.Key_Home)  # the Name column
    press(Qt.Key.Key_F2)
    assert isinstance(focused(), QLineEdit)
    type_text("Ana Lopez")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.node(named["Ana"])["label"] == "Ana Lopez")

    # Save with Ctrl+S.
    assert window.isWindowModified()
    press(Qt.Key.Key_S, CTRL)
    assert path.exists() and not window.isWindowModified()

    graph = read_graph(path)
    nodes = {data["label"]: data for _, data in graph.nodes(data=True)}
    assert set(nodes) == {"Rivera family", "Grandma Rosa", "St Mary's Church", "Ana Lopez"}
    assert nodes["Rivera family"]["kind"] == "centre"
    assert nodes["St Mary's Church"]["kind"] == "group"
    assert nodes["Grandma Rosa"]["category"] == "family"
    label_of = {node_id: data["label"] for node_id, data in graph.nodes(data=True)}
    saved = {frozenset((label_of[u], label_of[v])): data for u, v, data in graph.edges(data=True)}
    assert len(saved) == 4
    assert saved[frozenset(("Ana Lopez", "Grandma Rosa"))]["strength"] == "strong"
    assert saved[frozenset(("Ana Lopez", "Grandma Rosa"))]["flow"] == "both"
    assert saved[frozenset(("Rivera family", "Grandma Rosa"))]["strength"] == "strong"
    assert saved[frozenset(("Rivera family", "Ana Lopez"))]["strength"] == "moderate"
    assert saved[frozenset(("Rivera family", "St Mary's Church"))]["flow"] == "none"
