"""New, Open, Save, Save As, Close and Open Recent for one window's document.

The modified mark comes from the undo stack's clean state; a successful save calls setClean().
A file that cannot be read or written gives one plain message and the map stays as it was.

The controller also holds the open file's lock (a map open in another window or another copy of the
app can be opened read-only; a read-only window saves only under a new name) and, for a protected
map, its password, which every save of that map uses with a fresh salt.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...collector import collector_paused
from ...i18n import fill
from ...io.filelock import LockResult, MapFileLock
from ...io.errors import MapFileError, NewerVersionError
from ...io.mapfile import LoadedMap, backup_path, bytes_to_map, read_file_bytes, save_document
from ...io.protection import WrongPasswordError, is_protected
from ...model.document import Document, now_iso
from ..dialogs import questions as dialogs

MAX_RECENT = 8
RECENT_KEY = "files/recent"
REMEMBER_RECENT_KEY = "privacy/remember_recent_files"
SAVE_FOLDER_KEY = "files/save_folder"  # the folder the last map was saved in


def recent_files() -> list[str]:
    """The recent-files list, newest first, without files that have since disappeared."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if isinstance(p, str) and Path(p).is_file()]


def remember_recent(path: Path) -> None:
    if not _remembers_recent():
        return
    settings = QSettings()
    entries = ([str(path)] + [p for p in recent_files() if p != str(path)])[:MAX_RECENT]
    stored = settings.value(RECENT_KEY, [])
    if (stored if isinstance(stored, list) else [stored]) != entries:
        # Only a changed list is written: the settings file is rewritten (and synced to disk) on each
        # write, which opening the map at the top of the list again would do for nothing.
        settings.setValue(RECENT_KEY, entries)


def clear_recent() -> None:
    """Forget the recent maps, and the folder the last one was saved in (it may name the family)."""
    settings = QSettings()
    settings.remove(RECENT_KEY)
    settings.remove(SAVE_FOLDER_KEY)


def _remembers_recent() -> bool:
    return str(QSettings().value(REMEMBER_RECENT_KEY, "true")).lower() != "false"


def file_stem(name: str) -> str:
    """*name* as a file name's stem: without what a file name cannot hold ("Ana / Luis" is no
    folder), at most 80 characters; "" when nothing is left."""
    return re.sub(r'[\s\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")[:80]


def start_folder() -> Path:
    """Where a map with no file yet is first saved (and Open first looks): the folder the last map
    was saved in, else the user's Documents folder, else their home. Never the folder the app
    happened to be started from."""
    saved = QSettings().value(SAVE_FOLDER_KEY, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    # Named only here: PySide builds QDir's type and enums the first time it is named (issue 18).
    from PySide6.QtCore import QDir

    return Path(QDir.homePath())


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
        # The password every save of this map uses; None for an unprotected map.
        self.password: str | None = None
        # True when the file is open elsewhere and this window may only save under a new name.
        self.read_only = False
        self._lock = MapFileLock()
        # Signal to signal, in Qt: no Python slot is looked up when the stack, torn down with its
        # window, says it is clean once more (a slot on a controller whose wrapper went first failed).
        undo_stack.cleanChanged.connect(self.file_state_changed)

    # ----- state ---------------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        label = self.document.node(self.document.centre_id)["label"].strip()
        return self.tr("Untitled map") if not label else label

    def title_name(self) -> str:
        """The name for the window title, marked when the window cannot save over its file."""
        name = self.display_name()
        return fill(self.tr("%1 (read-only)"), name) if self.read_only else name

    @property
    def is_protected(self) -> bool:
        return self.password is not None

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
        self._lock.release()
        self.password, self.read_only = None, False
        self._after_replace(None)
        return True

    def open_map(self, path: str | None = None) -> bool:
        """Open *path* (or ask for one). On a bad file: one message, current map untouched."""
        if not self.maybe_save():
            return False
        if not path:
            start = str(self.path.parent if self.path else start_folder())
            path = dialogs.ask_open_path(self._widget, start)
            if not path:
                return False
        return self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Load without asking about unsaved changes (the caller has asked)."""
        resolved = Path(path).resolve()
        title = self.tr("Could not open the map")
        try:
            raw = read_file_bytes(resolved)
        except MapFileError as exc:
            dialogs.show_error(self._widget, title, str(exc))
            return False
        lock = self._lock if self._lock.path == resolved else MapFileLock()
        read_only = False
        if lock is not self._lock and lock.acquire(resolved) is LockResult.HELD:
            if not dialogs.ask_open_read_only(self._widget, resolved.name):
                return False
            read_only = True
        password = None
        try:
            if is_protected(raw):
                password, loaded = self._unlock(raw, resolved.name)
                if loaded is None:
                    if lock is not self._lock:
                        lock.release()
                    return False
            else:
                with collector_paused():
                    loaded = bytes_to_map(raw, resolved.name)
        except MapFileError as exc:
            if lock is not self._lock:
                lock.release()
            if isinstance(exc, NewerVersionError):  # not damaged: update the app, the file is fine
                dialogs.show_error(self._widget, title, str(exc))
                return False
            return self._damaged(resolved, str(exc))
        with collector_paused():
            self.document.replace_graph(loaded.graph, loaded.visits)
        if lock is not self._lock:
            self._lock.release()
            self._lock = lock
        self.password, self.read_only = password, read_only
        self._after_replace(resolved)
        remember_recent(self.path)
        return True

    def _damaged(self, path: Path, message: str) -> bool:
        """Say what to do about a map that cannot be read: open the version saved before, when there is
        one beside it, else where an unsaved copy may be. True when the earlier version was opened."""
        backup = backup_path(path)
        if backup.is_file():
            if not dialogs.ask_open_backup(self._widget, message, backup.name):
                return False
            try:
                raw = read_file_bytes(backup)
                password, loaded = (self._unlock(raw, backup.name) if is_protected(raw)
                                    else (None, bytes_to_map(raw, backup.name)))
            except MapFileError as exc:
                dialogs.show_error(self._widget, self.tr("Could not open the map"), str(exc))
                return False
            if loaded is None:
                return False
            # Shown as unsaved changes to the map's own file: saving puts the good version back.
            self.restore_recovered(loaded, str(path), password)
            return True
        dialogs.show_error(self._widget, self.tr("Could not open the map"), message + "\n\n" + fill(self.tr(
            "There is no earlier version of it (“%1”) in its folder. If Ecomap Desktop or the computer "
            "stopped while the map was open with unsaved changes, start Ecomap Desktop again: it offers "
            "the copy it kept."), backup.name))
        return False

    def _unlock(self, raw: bytes, name: str):
        """Ask for the password until it opens the map: (password, LoadedMap), or (None, None) on cancel.

        Raises MapFileError when the file is damaged (a different message from a wrong password).
        """
        error = ""
        while True:
            password = dialogs.ask_password(self._widget, name, error)
            if password is None:
                return None, None
            try:
                return password, bytes_to_map(raw, name, password)
            except WrongPasswordError:
                error = self.tr("That password does not open this map. Check it and try again.")

    def restore_recovered(self, loaded: LoadedMap, original_path: str | None, password: str | None) -> None:
        """Show a recovered map: unsaved (modified), with its original file remembered for Save."""
        self.document.replace_graph(loaded.graph, loaded.visits)
        self._lock.release()
        path = Path(original_path) if original_path else None
        self.read_only = False
        if path is not None and self._lock.acquire(path) is LockResult.HELD:
            self.read_only = True
        self.password = password
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.resetClean()
        self.file_state_changed.emit()

    def release_file(self) -> None:
        """Let go of the open file's lock (the window is closing)."""
        self._lock.release()

    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.path)

    def save_with_password(self) -> bool:
        """Ask for a new password and save the whole map encrypted with it."""
        password = dialogs.ask_new_password(self._widget, self.display_name())
        if not password:
            return False
        previous = self.password
        self.password = password
        if self.save():
            self.file_state_changed.emit()
            return True
        self.password = previous
        return False

    def save_without_password(self) -> bool:
        """Save the map unprotected from now on."""
        previous = self.password
        self.password = None
        if self.save():
            self.file_state_changed.emit()
            return True
        self.password = previous
        return False

    def save_as(self) -> bool:
        if self.path is not None:
            suggested = str(self.path)
        else:  # the family's name, without what a file name cannot hold ("Ana / Luis" is no folder)
            suggested = str(start_folder() / ((file_stem(self.display_name()) or self.tr("Untitled map"))
                                              + ".ecomap"))
        path = dialogs.ask_save_path(self._widget, suggested)
        if not path:
            return False
        return self._save_to(Path(path).resolve())

    def _save_to(self, path: Path) -> bool:
        title = self.tr("Could not save the map")
        lock = self._lock if self._lock.path == path else MapFileLock()
        if lock is not self._lock and lock.acquire(path) is LockResult.HELD:
            dialogs.show_error(self._widget, title, fill(self.tr(
                "“%1” is open in another window or in another copy of Ecomap Desktop. Save under another "
                "name, or close it there first."), path.name))
            return False
        previous_stamp = self.document.meta("modified")
        self.document.set_meta("modified", now_iso())
        try:
            save_document(self.document, path, self.password)
        except MapFileError as exc:
            self.document.set_meta("modified", previous_stamp)
            if lock is not self._lock:
                lock.release()
            dialogs.show_error(self._widget, title, str(exc))
            return False
        if lock is not self._lock:
            self._lock.release()
            self._lock = lock
        self.read_only = False
        self.path = path
        self.undo_stack.setClean()
        remember_recent(path)
        if _remembers_recent():  # the next new map is saved beside this one
            QSettings().setValue(SAVE_FOLDER_KEY, str(path.parent))
        self.file_state_changed.emit()
        return True

    def _after_replace(self, path: Path | None) -> None:
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.file_state_changed.emit()
