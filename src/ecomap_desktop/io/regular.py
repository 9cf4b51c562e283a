"""Opening a file for reading only when it is a regular file: never waiting on a pipe or a device."""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

# Opening a FIFO for reading waits for a writer, and opening a terminal may make it the controlling
# one: neither ever happens here. Windows has neither flag (nor FIFOs to wait on).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class SpecialFileError(OSError):
    """The path names a device, a pipe, a socket or another file that is not a regular file."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """*path* opened for binary reading, when it is a regular file.

    Raises IsADirectoryError for a folder, SpecialFileError for any other file that is not a regular
    one (at once: a FIFO with no writer is never waited on), and OSError as open() does.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise SpecialFileError(errno.EINVAL, "not a regular file")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
