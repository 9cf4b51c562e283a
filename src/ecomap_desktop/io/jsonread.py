"""Reading a map file's JSON quickly when its visits repeat each other.

A file of many visits holds mostly the same people, groups and connections again and again. parse()
gives exactly what json.loads gives, but reads the visits' lists of entries in runs: a run of entries
whose text is the same as the visit before's (the writer writes an unchanged entry the same way) is
found with one comparison each, made in C, and taken from that visit, already read, instead of being
parsed again. Everything else is read by the standard library's own C scanner. Anything this reader
does not expect (another layout, broken JSON) is read by json.loads instead, so errors come from
json.loads as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import accumulate, islice, repeat
from json.scanner import make_scanner
from operator import add, indexOf
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_SPACES = " \t\n\r"
# A visit as the writer lays it out, up to its map: its id, date and label, each a string with no
# escapes and no control characters (whose value is its text between the quotes, as json.loads
# reads it). Anything else is read key by key.
_WORDS = r'"([^"\\\x00-\x1f]*)"'
_VISIT_HEAD = re.compile(r'\{[ \t\n\r]*"id": ' + _WORDS + r',[ \t\n\r]*"date": ' + _WORDS
                         + r',[ \t\n\r]*"label": ' + _WORDS + r',[ \t\n\r]*"map": ')
_MAP_HEAD = '{"directed":true,"multigraph":false,"graph":'


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
            head = _VISIT_HEAD.match(self.text, pos)
            if head is not None:  # as the writer lays a visit out: its words, then its map, last
                visit = {"id": head[1], "date": head[2], "label": head[3]}
                visit["map"], pos = self.map(head.end())
                pos = self.space(pos)
                if self.text[pos] != "}":
                    raise _NotExpected
                pos += 1
            elif self.text[pos] == "{":
                visit, pos = self.object(pos, {"map": self.map})
            else:
                visit, pos = self.scan(self.text, pos)
            out.append(visit)
            pos = self.space(pos)
            if self.text[pos] == "]":
                return out, pos + 1
            pos = self.expect(pos, ",")

    def map(self, pos: int) -> tuple[Any, int]:
        text = self.text
        if text.startswith(_MAP_HEAD, pos):  # a past visit's map on one line, as the writer writes it
            graph, at = self.scan(text, pos + len(_MAP_HEAD))
            if text.startswith(',"nodes":', at):
                nodes, at = self.entries(at + 9, "nodes")
                if text.startswith(',"edges":', at):
                    edges, at = self.entries(at + 9, "edges")
                    if text.startswith("}", at):
                        return {"directed": True, "multigraph": False, "graph": graph, "nodes": nodes,
                                "edges": edges}, at + 1
            # Laid out otherwise after all: read again from its start, key by key.
        if text[pos] != "{":
            return self.scan(text, pos)
        return self.object(pos, {"nodes": lambda at: self.entries(at, "nodes"),
                                 "edges": lambda at: self.entries(at, "edges")})

    def entries(self, pos: int, kind: str) -> tuple[Any, int]:
        """A list of people and groups (or connections), taking each run of entries whose text is the
        same as the visit before's from it at once."""
        text = self.text
        if text[pos] != "[":
            return self.scan(text, pos)
        before = self.previous.get(kind, _NO_ENTRIES)
        texts: list[str | None] = []
        values: list[Any] = []
        pos = self.space(pos + 1)
        if text[pos] == "]":
            self.previous[kind] = _Entries([], [])
            return values, pos + 1
        at = 0  # the entry of the visit before expected here (both are in the same order)
        startswith, scan = text.startswith, self.scan
        while True:
            if at < before.count and before.whole:
                # The entries of the visit before from *at* on, each where it would be if all of them
                # were here unchanged; how many are, one after another (the first that is not ends
                # the run: the Python below reads it, and the run goes on after it).
                shift = pos - before.offsets[at]
                try:
                    run = indexOf(map(startswith, islice(before.texts, at, None),
                                      map(add, islice(before.offsets, at, None), repeat(shift))), False)
                except ValueError:
                    run = before.count - at  # every one of them
                if run:
                    texts += before.texts[at:at + run]
                    values += before.values[at:at + run]
                    at += run
                    pos = before.offsets[at] + shift
                    if text[pos - 1] == "]":  # its last entry, with the list's end
                        self.previous[kind] = _Entries(texts, values)
                        return values, pos
            if text[pos] in _SPACES:
                pos = self.space(pos)
            if (at + 1 < before.count and before.texts[at + 1] is not None
                    and startswith(before.texts[at + 1], pos)):  # type: ignore[arg-type]
                at += 1  # the one expected is gone from this visit: the next one is here
                continue
            value, end = scan(text, pos)
            char = text[end]
            # Only an object followed at once by "," or "]" is taken again by its text (that ending
            # included): its text alone says where it ends.
            texts.append(text[pos:end + 1] if text[pos] == "{" and char in ",]" else None)
            values.append(value)
            if at < before.count and _same_id(before.values[at], value):
                at += 1  # changed in this visit; else new in it
            pos = end
            if char in _SPACES:
                pos = self.space(pos)
                char = text[pos]
            if char == ",":
                pos += 1
            elif char == "]":
                self.previous[kind] = _Entries(texts, values)
                return values, pos + 1
            else:
                raise _NotExpected


class _Entries:
    """One map's list of people and groups (or connections) as read: each entry's text with the
    character after it ("," or "]"; None when it is not an object or not followed by one at once),
    its value, and where each text starts, counted from the first, the texts laid end to end."""

    __slots__ = ("texts", "values", "offsets", "count", "whole")

    def __init__(self, texts: list[str | None], values: list[Any]) -> None:
        self.texts, self.values, self.count = texts, values, len(texts)
        # A run is looked for only through texts that are all kept: a None is never compared.
        self.whole = None not in texts
        self.offsets = list(accumulate(map(len, texts), initial=0)) if self.whole else []


_NO_ENTRIES = _Entries([], [])


def _same_id(a: Any, b: Any) -> bool:
    return type(a) is dict and type(b) is dict and a.get("id") == b.get("id")
