"""Recovery copies of unsaved maps, kept in the user's own application-data folder.

Layout of <AppDataLocation>/recovery (owner-only):

    session-<S>.lock                 held (QLockFile) by a running copy of the app, one per process
    <S>--<K>.ecomap-recovery         the latest unsaved state of map K open in session S

A recovery copy is one line of JSON details (time, original file path, the name to show, whether it is
protected) followed by the map exactly as it would be saved: plain .ecomap bytes, or the encrypted
form for a password-protected map, so protected maps never reach the disk in the clear. The details
of a protected map hold only its file name, never text from inside the map.

A copy belongs to its session while that session's lock is live. Copies whose session is gone (the
app crashed or the computer lost power) are offered on the next start; the running copy that finds
them takes their session's lock while it asks the user, so a second copy of the app starting at the
same moment does not offer (or delete) them too. Nothing here deletes a copy unless asked to.
"""

from __future__ import annotations

import json
import os
import re
from typing import NamedTuple
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from .filelock import make_lock
from ..model.ids import random_hex
from ..i18n import translate as _tr
from .errors import MapFileError, fill, os_reason
from .mapfile import MAX_FILE_BYTES

RECOVERY_FORMAT = "ecomap-recovery"
RECOVERY_VERSION = 1
RECOVERY_SUFFIX = ".ecomap-recovery"
MAX_DETAILS_BYTES = 64 * 1024
_COPY_RE = re.compile(r"^([0-9a-f]{32})--([0-9a-f]{32})" + re.escape(RECOVERY_SUFFIX) + "$")
_LOCK_RE = re.compile(r"^session-([0-9a-f]{32})\.lock$")


def default_folder() -> Path:
    """<per-user application data>/recovery, e.g. ~/.local/share/Ecomap/Ecomap Desktop/recovery."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def new_key() -> str:
    return random_hex()


# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class RecoveryCopy(NamedTuple):
    """One recovery copy found on disk."""

    file: Path
    session: str
    key: str
    saved_at: datetime  # aware, UTC
    original_path: str | None
    name: str  # the file name, or for an unsaved unprotected map its centre's name; may be ""
    protected: bool


class RecoveryStore:
    """This process's session in the recovery folder."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None
        self.session = new_key()
        self._session_lock: QLockFile | None = None
        self._adopted: dict[str, QLockFile] = {}

    # ----- session -------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = default_folder()
        return self._folder

    def _ensure_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.folder, 0o700)

    def start(self) -> None:
        """Create the folder and take this session's lock (idempotent)."""
        if self._session_lock is not None:
            return
        try:
            self._ensure_folder()
        except OSError as exc:
            raise MapFileError(fill(
                _tr("Recovery", "The recovery folder could not be created (%1)."), os_reason(exc))) from None
        lock = make_lock(self.folder / f"session-{self.session}.lock")
        if not lock.tryLock(0):
            raise MapFileError(
                _tr("Recovery", "The recovery folder could not be used (its session lock failed)."))
        self._session_lock = lock

    def stop(self) -> None:
        """Give up the session lock (copies stay; each window removes its own on a clean close)."""
        self.release_adopted()
        if self._session_lock is not None:
            self._session_lock.unlock()
            self._session_lock = None

    @property
    def active(self) -> bool:
        return self._session_lock is not None

    # ----- this session's copies -----------------------------------------------------------

    def copy_file(self, key: str) -> Path:
        return self.folder / f"{self.session}--{key}{RECOVERY_SUFFIX}"

    def write(
        self, key: str, payload: bytes, *, name: str, original_path: str | None, protected: bool
    ) -> Path:
        """Write (atomically, owner-only) the recovery copy of map *key*. Raises MapFileError."""
        from .atomic import write_bytes_atomically  # the writing module: imported by the first copy

        self.start()
        details = {
            "format": RECOVERY_FORMAT,
            "version": RECOVERY_VERSION,
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "original_path": original_path,
            "name": name,
            "protected": protected,
        }
        line = json.dumps(details, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        target = self.copy_file(key)
        write_bytes_atomically(target, line + b"\n" + payload, keep_backup=False)
        return target

    def remove(self, key: str) -> None:
        try:
            self.copy_file(key).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a copy that cannot be removed now is offered again on the next start

    # ----- other sessions' copies ----------------------------------------------------------

    def _session_is_dead(self, session: str) -> bool:
        """True when *session*'s app is gone; we then hold its lock until release_adopted()."""
        if session == self.session:
            return False
        if session in self._adopted:
            return True
        lock = make_lock(self.folder / f"session-{session}.lock")
        if lock.tryLock(0):
            self._adopted[session] = lock
            return True
        return False

    def find_orphans(self) -> list[RecoveryCopy]:
        """Copies left by sessions that are no longer running, newest first.

        Their sessions' locks are held by this store until release_adopted(), so another copy of the
        app does not offer them at the same time.
        """
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return []
        found = []
        sessions_with_copies = set()
        for entry in names:
            match = _COPY_RE.match(entry)
            if not match:
                continue
            session, key = match.groups()
            sessions_with_copies.add(session)
            if not self._session_is_dead(session):
                continue
            copy = self._read_details(self.folder / entry, session, key)
            if copy is not None:
                found.append(copy)
        for entry in names:  # locks of dead sessions that left nothing behind
            match = _LOCK_RE.match(entry)
            if match and match.group(1) not in sessions_with_copies and match.group(1) != self.session:
                lock = make_lock(self.folder / entry)
                if lock.tryLock(0):
                    lock.unlock()
        found.sort(key=lambda c: c.saved_at, reverse=True)
        return found

    def _read_details(self, file: Path, session: str, key: str) -> RecoveryCopy | None:
        try:
            with open(file, "rb") as handle:
                first = handle.readline(MAX_DETAILS_BYTES + 1)
                mtime = os.fstat(handle.fileno()).st_mtime
        except OSError:
            return None
        fallback_time = datetime.fromtimestamp(mtime, timezone.utc)
        try:
            details = json.loads(first.decode("utf-8"))
            if not isinstance(details, dict) or details.get("format") != RECOVERY_FORMAT:
                raise ValueError
        except (UnicodeDecodeError, ValueError, RecursionError):
            details = {}
        try:
            saved_at = datetime.fromisoformat(details["saved_at"])
            if saved_at.tzinfo is None:
                saved_at = saved_at.replace(tzinfo=timezone.utc)
        except (KeyError, TypeError, ValueError):
            saved_at = fallback_time
        original = details.get("original_path")
        name = details.get("name")
        return RecoveryCopy(
            file=file,
            session=session,
            key=key,
            saved_at=saved_at,
            original_path=original if isinstance(original, str) and original else None,
            name=name[:200] if isinstance(name, str) else "",
            protected=details.get("protected") is True,
        )

    def read_payload(self, copy: RecoveryCopy) -> bytes:
        """The map bytes of a recovery copy (plain or protected). Raises MapFileError."""
        try:
            with open(copy.file, "rb") as handle:
                handle.readline(MAX_DETAILS_BYTES + 1)
                payload = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise MapFileError(fill(
                _tr("Recovery", "The recovery copy could not be read (%1)."), os_reason(exc))) from None
        return payload

    def discard(self, copy: RecoveryCopy) -> None:
        """Delete a recovery copy (the user said so, or it was restored and saved again)."""
        try:
            copy.file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise MapFileError(fill(
                _tr("Recovery", "The recovery copy could not be deleted (%1)."), os_reason(exc))) from None
        self._release_if_empty(copy.session)

    def _release_if_empty(self, session: str) -> None:
        lock = self._adopted.get(session)
        if lock is None:
            return
        prefix = f"{session}--"
        try:
            if any(n.startswith(prefix) and n.endswith(RECOVERY_SUFFIX) for n in os.listdir(self.folder)):
                return
        except OSError:
            return
        lock.unlock()  # removes the dead session's lock file
        del self._adopted[session]

    def release_adopted(self) -> None:
        """Let go of dead sessions' locks (their remaining copies are offered again next time)."""
        for lock in self._adopted.values():
            lock.unlock()
        self._adopted.clear()


_default_store: RecoveryStore | None = None


def default_store() -> RecoveryStore:
    """The recovery store of this process (its session starts on the first write)."""
    global _default_store
    if _default_store is None:
        _default_store = RecoveryStore()
    return _default_store


def shutdown_default_store() -> None:
    """End this process's session (at quit, and between tests)."""
    global _default_store
    if _default_store is not None:
        _default_store.stop()
        _default_store = None
