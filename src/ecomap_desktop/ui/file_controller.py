"""New, Open, Save, Save As, Close and Open Recent for one window's document.

The modified mark comes from the undo stack's clean state; a successful save calls setClean().
A file that cannot be read or written gives one plain message and the map stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..io.mapfile import MapFileError, read_graph, save_document
from ..model.document import Document, now_iso
from . import dialogs

MAX_RECENT = 8
RECENT_KEY = "files/recent"
REMEMBER_RECENT_KEY = "privacy/remember_recent_files"


def recent_files() -> list[str]:
    """The recent-files list, newest first, without files that have since disappeared."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if isinstance(p, str) and Path(p).is_file()]


def remember_recent(path: Path) -> None:
    settings = QSettings()
    if str(settings.value(REMEMBER_RECENT_KEY, "true")).lower() == "false":
        return
    entries = [str(path)] + [p for p in recent_files() if p != str(path)]
    settings.setValue(RECENT_KEY, entries[:MAX_RECENT])


def clear_recent() -> None:
    QSettings().remove(RECENT_KEY)


class FileController(QObject):
    """Owns the link between one document and its file on disk."""

    # The file path or the modified state changed; the window updates its title.
    file_state_changed = Signal()

    def __init__(self, parent_widget: QWidget, document: Document, undo_stack: QUndoStack) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self.document = document
        self.undo_stack = undo_stack
        self.path: Path | None = None
        undo_stack.cleanChanged.connect(lambda _clean: self.file_state_changed.emit())

    # ----- state ---------------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        label = self.document.node(self.document.centre_id)["label"].strip()
        return self.tr("Untitled map") if not label else label

    # ----- questions -----------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True means it is fine to go on (saved or discarded)."""
        if not self.is_modified:
            return True
        answer = dialogs.ask_unsaved_changes(self._widget, self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ----- actions -------------------------------------------------------------------------

    def new_map(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.replace_graph(Document().graph_copy())
        self._after_replace(None)
        return True

    def open_map(self, path: str | None = None) -> bool:
        """Open *path* (or ask for one). On a bad file: one message, current map untouched."""
        if not self.maybe_save():
            return False
        if not path:
            start = str(self.path.parent) if self.path else ""
            path = dialogs.ask_open_path(self._widget, start)
            if not path:
                return False
        return self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Load without asking about unsaved changes (the caller has asked)."""
        try:
            graph = read_graph(path)
        except MapFileError as exc:
            dialogs.show_error(self._widget, self.tr("Could not open the map"), str(exc))
            return False
        self.document.replace_graph(graph)
        self._after_replace(Path(path).resolve())
        remember_recent(self.path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        suggested = str(self.path) if self.path else self.display_name() + ".ecomap"
        path = dialogs.ask_save_path(self._widget, suggested)
        if not path:
            return False
        return self._save_to(Path(path).resolve())

    def _save_to(self, path: Path) -> bool:
        previous_stamp = self.document.meta("modified")
        self.document.set_meta("modified", now_iso())
        try:
            save_document(self.document, path)
        except MapFileError as exc:
            self.document.set_meta("modified", previous_stamp)
            dialogs.show_error(self._widget, self.tr("Could not save the map"), str(exc))
            return False
        self.path = path
        self.undo_stack.setClean()
        remember_recent(path)
        self.file_state_changed.emit()
        return True

    def _after_replace(self, path: Path | None) -> None:
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.file_state_changed.emit()
