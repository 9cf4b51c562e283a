"""What every `ecomap` command shares: the password file, one-line error reports, common options."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

MAX_PASSWORD_FILE_BYTES = 4096


class PasswordFileError(Exception):
    """--password-file could not be used; str() is a plain message."""


def password(args: argparse.Namespace) -> str | None:
    """The password from --password-file: the file's first line (without its line ending), or None."""
    from ..io.errors import escape_controls
    from ..io.regular import SpecialFileError, open_regular

    path = getattr(args, "password_file", None)
    if path is None:
        return None
    name = escape_controls(Path(path).name)
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
    except IsADirectoryError:
        raise PasswordFileError(f"ecomap: the password file “{name}” is a folder.") from None
    except SpecialFileError:
        raise PasswordFileError(f"ecomap: the password file “{name}” is not a regular file (it is a "
                                "device, a pipe or another special file).") from None
    except OSError as exc:
        raise PasswordFileError(
            f"ecomap: the password file “{name}” could not be read ({exc.strerror or 'error'})."
        ) from None
    if len(raw) > MAX_PASSWORD_FILE_BYTES:
        raise PasswordFileError(f"ecomap: the password file “{name}” is too long.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PasswordFileError(f"ecomap: the password file “{name}” is not UTF-8 text.") from None
    result = text.split("\n", 1)[0].rstrip("\r")
    if not result:
        raise PasswordFileError(f"ecomap: the first line of the password file “{name}” is empty.")
    return result


def report(exc: Exception) -> None:
    """Print a loader's plain message on one line, with a hint when a protected map needs
    --password-file."""
    from ..io.protection import PasswordNeededError

    message = str(exc)
    if isinstance(exc, PasswordNeededError):
        message += " Give its password with --password-file FILE (the password on the file's first line)."
    print(message, file=sys.stderr)


def add_password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", metavar="FILE", default=None,
                        help="for password-protected maps: a file whose first line is the password")


def add_language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    from ..languages import LANGUAGES

    names = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    parser.add_argument("--language", choices=tuple(LANGUAGES), default=None, metavar="CODE",
                        help=f"the language of {what}: {names} (default: English)")


def output_failed(exc: OSError) -> int:
    """The terminal, pipe or file we print to failed: a reader that closed early ends the command
    quietly; anything else (a full disk) is one plain line. Exit 1 either way."""
    if not isinstance(exc, BrokenPipeError) and exc.errno != errno.EPIPE:
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or "input/output error")
        try:
            os.write(2, f"ecomap: the output could not be written: {reason}.\n".encode())
        except OSError:
            pass
    # What is still buffered must not fail again, with a traceback, when Python exits.
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass
    os.close(devnull)
    return 1
