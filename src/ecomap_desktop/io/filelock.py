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
