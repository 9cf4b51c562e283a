"""Who has a map open: a hidden lock file beside each open map (QLockFile).

The lock ".NAME.ecomap.lock" records the process id, program name, computer and boot of the holder.
A lock whose holder is no longer running (the app crashed, the laptop's battery died) is stale and
is taken over; age alone never makes a lock stale, since a map can stay open for hours. The same
file opened twice in one app also collides, because the second lock sees the first one's live pid.
"""

from __future__ import annotations

import atexit
import contextlib
import enum
import os
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..i18n import translate as _tr
from .errors import MapFileError, fill


# A save that finds the map's lock taken waits this long (ms) for another program's save to end.
SAVE_WAIT_MS = 5000


class LockResult(enum.Enum):
    ACQUIRED = "acquired"  # this window now holds the file
    HELD = "held"  # another window or another running copy of the app has the file open
    UNAVAILABLE = "unavailable"  # no lock could be made (read-only folder...); go on without one


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def make_lock(lock_file: str | os.PathLike[str]) -> QLockFile:
    """A QLockFile that is stale only when its holder is gone, never because of its age."""
    lock = QLockFile(str(lock_file))
    lock.setStaleLockTime(0)
    return lock


_held: weakref.WeakSet[MapFileLock] = weakref.WeakSet()


@atexit.register
def _release_all() -> None:
    """Remove our lock files when the program ends without closing its windows (scripts, tests)."""
    for lock in list(_held):
        lock.release()


class MapFileLock:
    """Holds the lock for one map file at a time."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self.path: Path | None = None
        _held.add(self)

    @property
    def held(self) -> bool:
        return self._lock is not None

    def acquire(self, path: str | os.PathLike[str]) -> LockResult:
        """Take the lock of *path* (releasing any other this object holds when successful)."""
        path = Path(path)
        if self._lock is not None and self.path == path:
            return LockResult.ACQUIRED
        early = _early.pop(path, None)
        if early is not None and early.taken() is not None:
            self.release()
            self._lock, self.path = early.taken(), path
            return LockResult.ACQUIRED
        lock = make_lock(lock_path_for(path))
        if lock.tryLock(0):
            self.release()
            self._lock, self.path = lock, path
            return LockResult.ACQUIRED
        if lock.error() == QLockFile.LockError.LockFailedError:
            return LockResult.HELD
        return LockResult.UNAVAILABLE

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
        self._lock, self.path = None, None


class _EarlyLock:
    """The lock of one map taken on a thread of its own (see lock_early)."""

    def __init__(self, path: Path) -> None:
        self._lock: QLockFile | None = None
        self._thread = threading.Thread(target=self._take, args=(path,), name="map lock", daemon=True)
        self._thread.start()

    def _take(self, path: Path) -> None:
        try:
            lock = make_lock(lock_path_for(path))
            if lock.tryLock(0):  # Qt lets Python's other thread run while it writes and syncs
                self._lock = lock
        except Exception:  # noqa: BLE001 - the window then takes the lock itself, and says what failed
            self._lock = None

    def taken(self) -> QLockFile | None:
        """The lock, held, once the thread is done; None when it could not be taken."""
        self._thread.join()
        return self._lock


# Locks started by lock_early, by resolved path, until a window takes them over or they are dropped.
_early: dict[Path, _EarlyLock] = {}


def lock_early(path: str | os.PathLike[str]) -> None:
    """Start taking the lock of the map the app opens with, while the window is being built.

    QLockFile writes the lock file through to the disk (fdatasync): some milliseconds on a real disk,
    more on an old laptop's, which then overlap with building the window instead of adding to it.
    The window's MapFileLock.acquire() takes it over; one it could not take (held elsewhere, a
    read-only folder) is simply tried again there, with the usual question or message.
    """
    resolved = Path(path).resolve()
    if resolved not in _early:
        _early[resolved] = _EarlyLock(resolved)


@atexit.register
def release_early() -> None:
    """Let go of the early locks no window took over (the map was not opened after all)."""
    while _early:
        lock = _early.popitem()[1].taken()
        if lock is not None:
            lock.unlock()


def is_locked_elsewhere(path: str | os.PathLike[str]) -> bool:
    """Whether a live holder (another window or process) has *path* open."""
    lock = make_lock(lock_path_for(path))
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def held_here(path: str | os.PathLike[str]) -> bool:
    """Whether this program holds *path*'s lock (a window that has the map open)."""
    real = os.path.realpath(path)
    return any(lock.held and os.path.realpath(lock.path) == real for lock in list(_held))


@contextlib.contextmanager
def lock_for_saving(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold *path*'s lock while it is saved, so two programs never save the same map at once.

    A window of this program that has the map open already holds it. A lock held elsewhere (another
    window, another copy of the app, a script saving it) is waited for a few seconds, then the save
    is refused with MapFileError. Where no lock can be made (a read-only folder) the save goes on
    and reports its own problem.
    """
    if held_here(path):
        yield
        return
    lock = make_lock(lock_path_for(os.path.realpath(path)))
    if lock.tryLock(SAVE_WAIT_MS):
        try:
            yield
        finally:
            lock.unlock()
        return
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise MapFileError(fill(
            _tr("MapFile", "Could not save “%1”: it is open in another window or another copy of Ecomap "
                "Desktop, or another program is saving it. Nothing was written."), Path(path).name))
    yield
