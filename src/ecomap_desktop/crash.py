"""Crash output without personal content.

Python's default report of an unexpected error prints the exception's message, and a message can
carry text from the map (a name in a KeyError, a label in a ValueError). The hook installed here
prints only the kind of error and where it happened (file, line, function), then runs the registered
rescue callbacks (the app writes recovery copies of every unsaved map) so nothing is lost.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

_rescuers: list[Callable[[], None]] = []


def plain_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A report naming the error type and the code locations, never the error's message."""
    lines = [f"Ecomap Desktop: an internal error happened ({exc_type.__name__})."]
    for frame in traceback.extract_tb(tb)[-8:]:
        lines.append(f"  at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    lines.append("Please report the lines above; they hold no map content.")
    return "\n".join(lines) + "\n"


def add_rescuer(callback: Callable[[], None]) -> None:
    """Run *callback* after an unexpected error (e.g. write recovery copies)."""
    if callback not in _rescuers:
        _rescuers.append(callback)


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        sys.stderr.write(plain_report(exc_type, tb))
        sys.stderr.flush()
    except Exception:
        pass
    for rescue in list(_rescuers):
        try:
            rescue()
        except Exception:
            pass


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    _hook(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Replace the default crash report (main thread and other threads) with the plain one."""
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
