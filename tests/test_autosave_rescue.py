"""After an unexpected error every open map is rescued, even when a closed window's saver lingers."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop.io.recovery import RecoveryStore
from ecomap_desktop.model.commands import MoveNodesCommand
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.window import autosave
from ecomap_desktop.ui.window.file_controller import FileController


def _saver(qtbot, store):
    widget = QWidget()
    qtbot.addWidget(widget)
    document = Document("Okafor family")
    stack = QUndoStack(widget)
    files = FileController(widget, document, stack)
    saver = autosave.Autosaver(files, store)
    stack.push(MoveNodesCommand(document, {document.centre_id: (5.0, 5.0)}))
    return widget, saver


def test_a_deleted_windows_saver_does_not_stop_the_others(qtbot, tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    try:
        gone_widget, gone = _saver(qtbot, store)
        alive_widget, alive = _saver(qtbot, store)
        shiboken6.delete(gone.files.undo_stack)  # as when Qt deletes a closed window before Python's GC
        assert gone in autosave._live and alive in autosave._live
        autosave.write_all_now()
        assert alive.has_copy and not gone.has_copy
        assert len(list((tmp_path / "recovery").glob("*.ecomap-recovery"))) == 1
        alive.stop()
    finally:
        store.stop()
