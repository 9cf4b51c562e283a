"""The one error every file operation raises, and the helpers that word its messages."""

from __future__ import annotations

import re

from ..i18n import translate as _tr


class MapFileError(Exception):
    """A map file could not be read or written. str() is one plain sentence for the user.

    The sentence is translated where it is raised, into the interface's language (the command line
    installs no translation, so it prints the English).
    """


def fill(text: str, *values: str) -> str:
    """*text* (a translated sentence) with %1, %2... replaced by *values* in one pass, so a file name
    that itself holds "%2" is never filled in again."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 0 < index <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def os_reason(exc: OSError) -> str:
    """The system's short reason for an OS error, or a plain one when it gives none."""
    return exc.strerror or _tr("MapFile", "input/output error")
