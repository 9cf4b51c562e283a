"""Autosave to recovery copies, and the offer to restore them after a crash.

Every window has an Autosaver. While its map has unsaved changes it writes a recovery copy every
"autosave/interval_seconds" (60 by default) into the per-user recovery folder (io/recovery.py), never
beside the map and never in a shared temp folder. A protected map's copy is encrypted with its
password (the key is derived once per password and session; every copy gets a fresh nonce). The copy
is removed when the map is saved, when its changes are discarded (new map, open another, close
without saving) and when the window closes cleanly; it stays only when the app does not get to close.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...io.errors import MapFileError
from ...io.mapfile import bytes_to_map, document_to_bytes
from ...io.protection import DerivedKey, WrongPasswordError, derive_key, encrypt_with_key
from ...io.recovery import RecoveryCopy, RecoveryStore, default_store, new_key
from ..dialogs import questions as dialogs
from .file_controller import FileController
from ecomap_desktop.i18n import translate as _tr

INTERVAL_KEY = "autosave/interval_seconds"
DEFAULT_INTERVAL = 60
MIN_INTERVAL = 5
MAX_INTERVAL = 3600

_live: weakref.WeakSet[Autosaver] = weakref.WeakSet()


def autosave_interval() -> int:
    """The autosave interval in seconds from the settings, kept within sensible bounds."""
    value = QSettings().value(INTERVAL_KEY, DEFAULT_INTERVAL)
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        seconds = DEFAULT_INTERVAL
    return max(MIN_INTERVAL, min(MAX_INTERVAL, seconds))


class Autosaver(QObject):
    """Keeps one window's recovery copy up to date."""

    # A recovery copy was written.
    copy_written = Signal()
    # A recovery copy could not be written; a plain reason (no map content).
    copy_failed = Signal(str)

    def __init__(self, files: FileController, store: RecoveryStore | None = None) -> None:
        super().__init__(files)
        self.files = files
        self._store = store
        self.key = new_key()
        self._dirty = False
        self._has_copy = False
        self._cached_key: tuple[str, DerivedKey] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_interval() * 1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        doc = files.document
        for signal in (doc.node_added, doc.node_removed, doc.node_changed, doc.node_moved, doc.edge_added,
                       doc.edge_removed, doc.edge_changed, doc.meta_changed):
            signal.connect(self._mark_dirty)
        doc.reset.connect(self._on_reset)
        files.undo_stack.cleanChanged.connect(self._on_clean_changed)
        _live.add(self)

    @property
    def store(self) -> RecoveryStore:
        if self._store is None:
            self._store = default_store()
        return self._store

    @property
    def has_copy(self) -> bool:
        return self._has_copy

    def _mark_dirty(self, *_args: Any) -> None:
        self._dirty = True

    def _on_reset(self) -> None:
        # The map was replaced on purpose (its changes were saved or discarded first).
        self.remove_copy()
        self._dirty = False

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove_copy()

    def tick(self) -> None:
        """Called by the timer: write a copy when there are changes not yet in one."""
        if self.files.is_modified and (self._dirty or not self._has_copy):
            self.write_now()

    def _key_for(self, password: str) -> DerivedKey:
        if self._cached_key is None or self._cached_key[0] != password:
            self._cached_key = (password, derive_key(password))
        return self._cached_key[1]

    def write_now(self) -> bool:
        """Write the recovery copy now. Failures are reported through copy_failed, never raised."""
        files = self.files
        payload = document_to_bytes(files.document)
        protected = files.password is not None
        if protected:
            payload = encrypt_with_key(payload, self._key_for(files.password))
        if files.path is not None:
            name = files.path.name
        elif protected:
            name = ""  # nothing from inside a protected map goes into the clear
        else:
            name = files.display_name()
        try:
            self.store.write(self.key, payload, name=name,
                             original_path=str(files.path) if files.path else None, protected=protected)
        except MapFileError as exc:
            self.copy_failed.emit(str(exc))
            return False
        self._dirty = False
        self._has_copy = True
        self.copy_written.emit()
        return True

    def remove_copy(self) -> None:
        if self._has_copy:
            self.store.remove(self.key)
            self._has_copy = False

    def stop(self) -> None:
        """The window closed cleanly: no copy is needed any more."""
        self.timer.stop()
        self.remove_copy()


def write_all_now() -> None:
    """Write recovery copies of every modified map at once (after an unexpected error).

    A window that Qt has already deleted can keep its saver in _live until Python's garbage collector
    runs; such a saver is skipped, so one closed window never stops the other maps being rescued.
    """
    for saver in list(_live):
        try:
            modified = saver.files.is_modified
        except RuntimeError:  # "Internal C++ object already deleted": its window is gone
            continue
        if modified:
            saver.write_now()


def _open_recovered(parent: QWidget | None, copy: RecoveryCopy, payload: bytes):
    """(LoadedMap, password) of a recovery copy, asking for the password if it is protected; None if not."""
    from ..dialogs.recovery import copy_name

    name = copy_name(copy)
    if not copy.protected:
        return bytes_to_map(payload, name), None
    error = ""
    while True:
        password = dialogs.ask_password(parent, name, error)
        if password is None:
            return None
        try:
            return bytes_to_map(payload, name, password), password
        except WrongPasswordError:
            error = _tr("Autosave", "That password does not open this map. Check it and try again.")


def offer_recovery(parent: QWidget | None, window_for_restore: Callable[[], Any],
                   store: RecoveryStore | None = None) -> int:
    """List maps left by a crash and restore the ones the user picks. Returns how many were restored.

    *window_for_restore()* gives a window (with .files and .autosave) to show one recovered map in.
    A restored map's old copy is deleted only once the window has written its own new copy.
    """
    store = store or default_store()
    copies = store.find_orphans()
    if not copies:
        store.release_adopted()
        return 0
    restored = 0
    try:
        chosen = dialogs.choose_recovery(parent, copies, store.discard)
        for copy in chosen:
            try:
                opened = _open_recovered(parent, copy, store.read_payload(copy))
            except MapFileError as exc:
                dialogs.show_error(parent, _tr("Autosave", "Could not restore the map"), str(exc))
                continue
            if opened is None:
                continue
            loaded, password = opened
            window = window_for_restore()
            window.files.restore_recovered(loaded, copy.original_path, password)
            restored += 1
            if window.autosave.write_now():
                try:
                    store.discard(copy)
                except MapFileError:
                    pass  # the old copy is offered again next time; the map is open and safe
    finally:
        store.release_adopted()
    return restored
