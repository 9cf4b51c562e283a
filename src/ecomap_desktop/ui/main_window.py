"""The main window (minimal until the editor lands): a title, the document and an undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ..io.mapfile import MapFileError, load_document
from ..model.document import Document


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.document = Document()
        self.undo_stack = QUndoStack(self)
        self.file_path: Path | None = None
        self._summary = QLabel(self)
        self.setCentralWidget(self._summary)
        self.resize(1100, 750)
        self.document.reset.connect(self._refresh)
        self._refresh()

    def open_path(self, path: str) -> bool:
        """Load *path* into this window; on a bad file show one plain message and keep the map."""
        try:
            graph_doc = load_document(path, Document())
        except MapFileError as exc:
            QMessageBox.warning(self, self.tr("Could not open the map"), str(exc))
            return False
        self.document.replace_graph(graph_doc.graph_copy())
        self.undo_stack.clear()
        self.file_path = Path(path)
        self._refresh()
        return True

    def _refresh(self) -> None:
        name = self.file_path.name if self.file_path else self.tr("New map")
        self.setWindowTitle(name)
        self._summary.setText(
            self.tr("%n people and groups", "", self.document.node_count() - 1)
        )
