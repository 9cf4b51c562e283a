"""Reading a map file's JSON quickly when its visits repeat each other.

A file of many visits holds mostly the same people, groups and connections again and again. parse()
gives exactly what json.loads gives, but reads the visits' maps one entry at a time: an entry whose
text is the same as an entry of the visit before (the writer writes an unchanged entry the same
way) is taken from that visit, already read, instead of being parsed again. Everything else is read
by the standard library's own C scanner. Anything this reader does not expect (another layout, broken
JSON) is read by json.loads instead, so errors come from json.loads as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from json.scanner import make_scanner
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_SPACES = " \t\n\r"

# (text, value) of each entry of one map's list of people and groups (or connections); the text is
# None for an entry that is not an object.
_Entries = list[tuple[str | None, Any]]


class _NotExpected(Exception):
    """The text is not laid out as expected: json.loads reads it."""


def parse(text: str, parse_constant: Callable[[str], Any]) -> Any:
    """json.loads(text, parse_constant=parse_constant), quicker on files of many visits."""
    try:
        return _Reader(text, parse_constant).file()
    except (_NotExpected, StopIteration, ValueError, IndexError, RecursionError):
        return json.loads(text, parse_constant=parse_constant)


class _Reader:
    def __init__(self, text: str, parse_constant: Callable[[str], Any]) -> None:
        self.text = text
        self.scan = make_scanner(json.JSONDecoder(parse_constant=parse_constant))
        self.previous: dict[str, _Entries] = {}  # "nodes"/"edges" -> the last past visit's entries

    def space(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()  # type: ignore[union-attr]  # always matches

    def expect(self, pos: int, char: str) -> int:
        if self.text[pos] != char:
            raise _NotExpected
        return self.space(pos + 1)

    def file(self) -> Any:
        value, pos = self.object(self.space(0), {"visits": self.visits})
        if self.space(pos) != len(self.text):
            raise _NotExpected
        return value

    def object(self, pos: int, readers: dict[str, Callable[[int], tuple[Any, int]]]) -> tuple[dict, int]:
        """The object at *pos*; the values of the keys in *readers* are read by them."""
        pos = self.expect(pos, "{")
        out: dict[str, Any] = {}
        if self.text[pos] == "}":
            return out, pos + 1
        while True:
            key, pos = self.scan(self.text, pos)
            if type(key) is not str:
                raise _NotExpected
            pos = self.expect(self.space(pos), ":")
            reader = readers.get(key)
            out[key], pos = reader(pos) if reader is not None else self.scan(self.text, pos)
            pos = self.space(pos)
            if self.text[pos] == "}":
                return out, pos + 1
            pos = self.expect(pos, ",")

    def visits(self, pos: int) -> tuple[list, int]:
        if self.text[pos] != "[":
            return self.scan(self.text, pos)
        pos = self.space(pos + 1)
        out: list[Any] = []
        if self.text[pos] == "]":
            return out, pos + 1
        while True:
            if self.text[pos] == "{":
                visit, pos = self.object(pos, {"map": self.map})
            else:
                visit, pos = self.scan(self.text, pos)
            out.append(visit)
            pos = self.space(pos)
            if self.text[pos] == "]":
                return out, pos + 1
            pos = self.expect(pos, ",")

    def map(self, pos: int) -> tuple[Any, int]:
        if self.text[pos] != "{":
            return self.scan(self.text, pos)
        return self.object(pos, {"nodes": lambda at: self.entries(at, "nodes"),
                                 "edges": lambda at: self.entries(at, "edges")})

    def entries(self, pos: int, kind: str) -> tuple[Any, int]:
        """A list of people and groups (or connections), taking each entry whose text is the same as
        the visit before's from it."""
        text = self.text
        if text[pos] != "[":
            return self.scan(text, pos)
        before = self.previous.get(kind, [])
        now: _Entries = []
        pos = self.space(pos + 1)
        if text[pos] == "]":
            self.previous[kind] = now
            return [], pos + 1
        at = 0  # the entry of the visit before expected here (both are in the same order)
        startswith, scan, space = text.startswith, self.scan, self.space
        while True:
            # An entry that is not an object has no text kept (None): it is never taken again by it.
            if at < len(before) and before[at][0] is not None and startswith(before[at][0], pos):
                entry = before[at]
                at += 1
                pos += len(entry[0])
            elif (at + 1 < len(before) and before[at + 1][0] is not None
                  and startswith(before[at + 1][0], pos)):
                entry = before[at + 1]  # the one expected is gone from this visit
                at += 2
                pos += len(entry[0])
            else:
                value, end = scan(text, pos)
                # Only an object is taken again by its text: its text alone says where it ends.
                entry = (text[pos:end] if text[pos] == "{" else None, value)
                if at < len(before) and _same_id(before[at][1], value):
                    at += 1  # changed in this visit; else new in it
                pos = end
            now.append(entry)
            char = text[pos]
            if char in _SPACES:
                pos = space(pos)
                char = text[pos]
            if char == ",":
                pos += 1
                if text[pos] in _SPACES:
                    pos = space(pos)
            elif char == "]":
                self.previous[kind] = now
                return [value for _, value in now], pos + 1
            else:
                raise _NotExpected


def _same_id(a: Any, b: Any) -> bool:
    return type(a) is dict and type(b) is dict and a.get("id") == b.get("id")
