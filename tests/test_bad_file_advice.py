"""A file that is not an eco-map, or is damaged: one plain sentence, and what to do about it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import read_graph, save_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.main_window import MainWindow
from window_support import on_screen

REAL_ASK_OPEN_BACKUP = dialogs.ask_open_backup  # conftest answers it in every test; here a user does


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_text_file_is_called_not_an_eco_map_without_line_and_column(tmp_path):
    path = tmp_path / "shopping.ecomap"
    path.write_text("Shopping list\nmilk\n", encoding="utf-8")
    with pytest.raises(MapFileError) as refused:
        read_graph(path)
    message = str(refused.value)
    assert message == "“shopping.ecomap” is not an eco-map, or it is damaged."


def test_with_no_earlier_version_the_message_says_where_an_unsaved_copy_is(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "visit.ecomap"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 a picture, not a map")
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    window = _window(qtbot)
    assert window.open_path(str(path)) is False
    (message,) = errors
    assert message.startswith("“visit.ecomap” is not an eco-map, or it is damaged.")
    assert "visit.ecomap.bak" in message and "start Ecomap Desktop again" in message
    assert "line" not in message and "column" not in message and "UTF-8" not in message
    assert window.files.path is None  # the window's map is untouched


def test_a_damaged_map_offers_its_earlier_version_and_saving_puts_it_back(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "okafor.ecomap"
    doc = Document("Okafor family")
    doc.add_node({"label": "Ada", "category": "friend"})
    save_document(doc, path)
    doc.add_node({"label": "Bola"})
    save_document(doc, path)  # okafor.ecomap.bak now holds the map with Ada only
    path.write_bytes(path.read_bytes()[:200])  # the last save was cut short
    monkeypatch.setattr(dialogs, "ask_open_backup", REAL_ASK_OPEN_BACKUP)
    seen = []

    def press_open_earlier():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not on_screen(box):
            QTimer.singleShot(20, press_open_earlier)
            return
        seen.append(box.text() + " " + box.informativeText())
        button = next(b for b in box.buttons() if b.text() == "Open the earlier version")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    window = _window(qtbot)
    QTimer.singleShot(50, press_open_earlier)
    assert window.open_path(str(path)) is True
    assert "not an eco-map, or it is damaged" in seen[0] and "okafor.ecomap.bak" in seen[0]
    labels = sorted(window.document.node(n)["label"] for n in window.document.node_ids())
    assert labels == ["Ada", "Okafor family"]
    assert window.isWindowModified() and window.files.path == path.resolve()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert sorted(d["label"] for _, d in read_graph(path).nodes(data=True)) == ["Ada", "Okafor family"]


def test_a_map_from_a_newer_version_is_not_called_damaged_and_its_backup_is_not_offered(
        qtbot, tmp_path, monkeypatch):
    """A map a colleague saved with a newer app is not damaged: the message says to update, and no
    more. Offering its older .bak would, on Save, write the older map over the newer one."""
    import json

    from ecomap_desktop.io.mapfile import FORMAT_VERSION

    path = tmp_path / "okafor.ecomap"
    doc = Document("Okafor family")
    doc.add_node({"label": "Ada", "category": "friend"})
    save_document(doc, path)
    save_document(doc, path)  # okafor.ecomap.bak is beside it, as after any second save
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 99
    newer = json.dumps(data).encode("utf-8")
    path.write_bytes(newer)
    offered, errors = [], []
    monkeypatch.setattr(dialogs, "ask_open_backup", lambda *args: offered.append(args) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    window = _window(qtbot)
    assert window.open_path(str(path)) is False
    assert offered == []
    (message,) = errors
    assert message == ("“okafor.ecomap” was made by a newer version of Ecomap Desktop (file version 99; "
                       f"this version reads up to {FORMAT_VERSION}). Please update the app to open it.")
    assert window.files.path is None and not window.files.is_modified
    assert path.read_bytes() == newer
