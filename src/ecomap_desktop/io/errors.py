"""The one error every file operation raises, and the helpers that word its messages."""

from __future__ import annotations

import re

from ..i18n import fill as fill_markers, translate as _tr


# Control characters (C0, DEL, C1): in a message they could move a terminal's cursor, ring its bell or
# change its colours, so they are shown as escapes. So are lone surrogates (the bytes of a file name
# that is not valid UTF-8), which no terminal could be sent. Compiled by re (and kept in its cache) the
# first time a message is escaped, not at import: the surrogates' range makes re build a table of
# every character, about 4M instructions of each start of the window, which asks nothing of it.
_CONTROL = "[\x00-\x1f\x7f-\x9f\ud800-\udfff]"


class MapFileError(Exception):
    """A map file could not be read or written. str() is one plain sentence for the user.

    The sentence is translated where it is raised, into the interface's language (the command line
    installs no translation, so it prints the English).
    """


class NewerVersionError(MapFileError):
    """The file is whole but was written by a newer version of the app: nothing to repair, and its
    older backup must not be offered in its place (saving that would write over the newer map)."""


def escape_controls(text: str, keep: str = "") -> str:
    """*text* with each control character but those in *keep* written as a visible escape (\\x1b)."""
    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in keep:
            return char
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
            code -= 0xDC00
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return re.sub(_CONTROL, escape, text)


def fill(text: str, *values: str) -> str:
    """*text* (a translated sentence) with %1, %2... replaced by *values* (see i18n.fill), each with its
    control characters escaped: a file may be named with them."""
    return fill_markers(text, *(escape_controls(value) for value in values))


def os_reason(exc: OSError) -> str:
    """The system's short reason for an OS error, or a plain one when it gives none."""
    return exc.strerror or _tr("MapFile", "input/output error")
