"""Atomic writes: a file on disk is always either its old or its new version, never half of one."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from ..i18n import translate as _tr
from .errors import MapFileError, fill, os_reason

# Windows "sharing violation" / "lock violation": another program (a backup or sync tool, an
# antivirus scanner, a second app) has the file open for a moment. The replace is retried after
# these pauses, in seconds, before the save is given up.
SHARING_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
_SHARING_WINERRORS = (32, 33)
# Temp files of saves that were killed midway are removed by the next save of the same file once
# they are this old (seconds).
STALE_TEMP_AGE = 120.0


def _is_sharing_violation(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _SHARING_WINERRORS


def _save_error(name: str, exc: OSError, *, existed: bool, folder: Path, backup: str | None = None
                ) -> MapFileError:
    """The plain message for a failed save of *name*; *backup* names the .bak when writing it failed.

    "The previous copy is unchanged" is said only when there was one (*existed*).
    """
    if _is_sharing_violation(exc):
        if existed:
            return MapFileError(fill(
                _tr("MapFile", "Could not save “%1”: another program is using the file. Close it (or wait a "
                    "moment) and save again. The previous copy is unchanged."), name))
        return MapFileError(fill(
            _tr("MapFile", "Could not save “%1”: another program is using the file. Close it (or wait a "
                "moment) and save again."), name))
    read_only = _tr("MapFile", "permission denied (the folder or file may be read-only)")
    reasons = {
        errno.EACCES: read_only,
        errno.EPERM: read_only,
        errno.EROFS: _tr("MapFile", "the disk is read-only"),
        errno.ENOSPC: _tr("MapFile", "the disk is full"),
        errno.EDQUOT: _tr("MapFile", "the disk quota is full"),
        errno.EISDIR: _tr("MapFile", "a folder has that name"),
    }
    if exc.errno == errno.ENOENT:
        # A folder that exists but takes no new files (/proc, /sys) also answers "no such file".
        reason = (_tr("MapFile", "files cannot be created in that folder") if folder.is_dir()
                  else _tr("MapFile", "the folder does not exist"))
    else:
        reason = reasons.get(exc.errno) or os_reason(exc)
    if backup is not None:
        text = _tr("MapFile", "Could not save “%1”: its backup copy “%2” could not be written (%3). The "
                   "previous copy is unchanged.")
        return MapFileError(fill(text, name, backup, reason))
    if existed:
        text = _tr("MapFile", "Could not save “%1”: %2. The previous copy is unchanged.")
    else:
        text = _tr("MapFile", "Could not save “%1”: %2.")
    return MapFileError(fill(text, name, reason))


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a save of *path* writes: the target of a symbolic link (so the link stays a link
    and the real file is the one updated), else *path* itself."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is an existing file marked read-only (or that we may not write), as editors
    see it: an administrator could write it anyway, but its owner asked for it to stay as it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                                   or not os.access(path, os.W_OK))


def _is_special(path: Path) -> bool:
    """Whether *path* exists and is neither a regular file nor a folder: a device, a pipe, a socket.

    A save replaces its target by renaming a temp file over it, which would swap the device or pipe
    itself for a plain file (with an administrator's rights even /dev/null), so such a target is
    refused before anything is written."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def replace_with_retry(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """os.replace, retried with a short backoff while another program holds the file (Windows)."""
    for delay in (*SHARING_RETRY_DELAYS, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if delay is None or not _is_sharing_violation(exc):
                raise
            time.sleep(delay)


def _temp_prefixes(name: str) -> tuple[str, str]:
    short = name[:80]
    return f".{short}.saving-", f".{short}.backup-"


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Remove this file's temp files left by saves that were killed midway (older than a while)."""
    prefixes = _temp_prefixes(name)
    cutoff = time.time() - STALE_TEMP_AGE
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefixes) and entry.name.endswith(".tmp"):
            try:
                info = entry.stat(follow_symlinks=False)
                # A backup's temp name for the file as it was keeps that file's times, but its change
                # time (POSIX) is when the name was made.
                made = max(info.st_mtime, info.st_ctime) if os.name == "posix" else info.st_mtime
                stale = made < cutoff
                if stale and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
            except OSError:
                pass


def _backup_temp(path: Path, folder: Path, prefix: str) -> str:
    """A temp file in *folder* holding what *path* holds now, owner-only, to become its backup.

    Where the file system allows it, a second name for the same file (a hard link): nothing is read
    or written again, and the file is already on disk whole (it was fsynced when it was saved). The
    save then gives *path* a new file, and the backup keeps the old one. A file that is not
    owner-only (made by another program), a file system without hard links (FAT, some network
    shares) and Windows (where a second name does not say when it was made, see
    _remove_stale_temps) get a copy instead.
    """
    if os.name == "posix" and stat.S_IMODE(os.stat(path).st_mode) == 0o600:
        import secrets  # here, not at start: only a save needs it

        tmp_b = os.path.join(folder, f"{prefix}{secrets.token_hex(8)}.tmp")
        try:
            os.link(path, tmp_b)
            return tmp_b
        except OSError:
            pass  # no hard links here (or the name was taken): a copy
    fd_b, tmp_b = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd_b)
    try:
        shutil.copyfile(path, tmp_b)
        if os.name == "posix":
            os.chmod(tmp_b, 0o600)
    except OSError:
        if os.path.exists(tmp_b):
            os.unlink(tmp_b)
        raise
    return tmp_b


def write_bytes_atomically(path: str | os.PathLike[str], payload: bytes, *, keep_backup: bool = True) -> None:
    """Write *payload* to *path* so that the file is always either the old or the new version.

    A temp file in the same folder is written, flushed and fsynced, the previous version is kept as
    NAME.bak, then the temp file replaces the target (retried briefly while another program holds
    it). Through a symbolic link the link's target is written, and a read-only file is refused.
    Files are owner-only on POSIX.
    """
    shown = Path(path).name  # the name the user gave, in every message
    path = write_target(path)
    name = path.name
    folder = path.parent if str(path.parent) else Path(".")
    if _is_special(path):
        raise MapFileError(fill(
            _tr("MapFile", "Could not save “%1”: it is a device, a pipe or another special file. Nothing "
                "was written; save it under another name."), shown))
    if is_read_only(path):
        raise MapFileError(fill(
            _tr("MapFile", "Could not save “%1”: the file is read-only. Save it under another name, or make "
                "it writable first. The file is unchanged."), shown))
    existed = path.is_file()
    save_prefix, backup_prefix = _temp_prefixes(name)
    _remove_stale_temps(folder, name)
    tmp_name = None
    backup = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=save_prefix, suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, 0o600)
        if keep_backup and existed:
            backup = path.with_name(name + ".bak")
            tmp_b = _backup_temp(path, folder, backup_prefix)
            try:
                replace_with_retry(tmp_b, backup)
                if os.path.lexists(tmp_b):  # the .bak was already another name of the map itself
                    os.unlink(tmp_b)
            except OSError:
                if os.path.lexists(tmp_b):
                    os.unlink(tmp_b)
                raise
            backup = None  # written: a later failure is the map's own
        replace_with_retry(tmp_name, path)
        tmp_name = None
        if os.name == "posix":
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise _save_error(shown, exc, existed=existed, folder=folder,
                          backup=backup.name if backup is not None else None) from None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
