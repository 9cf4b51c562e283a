"""Visits over time: one map holds every visit's picture, oldest first, the last being the live map.

A past visit is immutable: its map is kept frozen (or as the text it was read from, built into a
graph only when something asks for it). The document owns a :class:`VisitList`; this module also
holds the rules for a visit's date and label, and writes a date in words.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import networkx as nx
from ..dates import date_words, date_writer
from ..i18n import fill, translate as _tr
from .ids import random_id
from .vocabulary import ModelError, check_short_text

# The most visits one map holds (the loader refuses more).
MAX_VISITS = 120
# The longest label a visit may have ("First visit", "30 days").
MAX_VISIT_LABEL = 80

# The map fields each visit keeps for itself: a new visit starts with them empty.
PER_VISIT_FIELDS = ("worker_notes", "reflection", "commitment", "step_notes", "steps_done")

_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")



# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class Visit(NamedTuple):
    """One visit: its id (uuid4 text), calendar date "YYYY-MM-DD" and optional label ("" if none)."""

    id: str
    date: str
    label: str = ""


def new_visit_id() -> str:
    return random_id()


def check_visit_date(value: Any) -> str:
    """*value* if it is a real calendar date written YYYY-MM-DD, else ModelError (in plain words)."""
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise ModelError(_tr("Visits", "a visit's date must be a calendar date written as year-month-day "
                                   "(for example 2025-03-04)"))


def check_visit_label(value: Any) -> str:
    """*value* if it is a valid visit label (short text, no control characters), else ModelError."""
    return check_short_text(value, "visit label", MAX_VISIT_LABEL)


def check_visit_id(value: Any) -> str:
    """*value* if it is a usable visit id (non-empty short text), else ModelError."""
    return check_short_text(value, "visit id", 64, allow_empty=False)


def today() -> str:
    """The local calendar date today, "YYYY-MM-DD"."""
    return datetime.date.today().isoformat()


def date_in_words(date: str, language: str | None = None) -> str:
    """*date* ("2025-03-04") as a list or a sentence writes it: "March 4, 2025", "4 de marzo de 2025".

    The region's own order with the month as a word (:func:`ecomap_desktop.dates.date_words`);
    *language* None means the current language (the interface's, or an export's).
    """
    return date_words(check_visit_date(date), language=language)


def dates_in_words(dates: Iterable[str]) -> list[str]:
    """:func:`date_in_words` of each of *dates* in the current language, its region looked up once."""
    write = date_writer()
    return [write(check_visit_date(date)) for date in dates]


def date_from_stamp(*stamps: Any) -> str:
    """The calendar date of the first stamp whose first ten characters are one, else today()."""
    for stamp in stamps:
        if isinstance(stamp, str):
            try:
                return check_visit_date(stamp[:10])
            except ModelError:
                continue
    return today()


def check_date_fits(visits: list[Visit], index: int, date: str) -> None:
    """ModelError unless *date* keeps visits[index] between the visits before and after it."""
    if (index > 0 and date < visits[index - 1].date) or (
            index + 1 < len(visits) and date > visits[index + 1].date):
        raise ModelError(_tr("Visits", "a visit's date must stay between the dates of the visits "
                                       "before and after it"))


class PastMap:
    """A past visit's map: a frozen graph, built on first use when it was read from a file.

    Caches for the file writer, which never change since a past visit never does: *encode*, when
    given, makes the map's bytes in the file (one line, UTF-8) without building the graph; *encoded*
    is those bytes, kept so saving neither encodes an unchanged past visit again nor copies it as text.
    """

    __slots__ = ("_graph", "_build", "encode", "encoded")

    def __init__(self, graph: nx.DiGraph | None = None, build: Callable[[], nx.DiGraph] | None = None,
                 encode: Callable[[], bytes] | None = None, encoded: bytes | None = None) -> None:
        if graph is None and build is None:
            raise ValueError("a past map needs its graph or a way to build it")
        self._graph = nx.freeze(graph) if graph is not None else None
        self._build = build
        self.encode = encode
        self.encoded = encoded

    def graph(self) -> nx.DiGraph:
        """The map, frozen (networkx refuses changes to its structure; callers never change values)."""
        if self._graph is None:
            assert self._build is not None
            self._graph = nx.freeze(self._build())
            self._build = None
        return self._graph


class RemovedVisit(NamedTuple):  # a NamedTuple, as Visit
    """What restore_visit needs to put a removed visit back exactly (opaque to callers)."""

    position: int  # in the list of visits
    visit: Visit
    past: PastMap | None  # the removed visit's map when it was a past one
    live: nx.DiGraph | None  # the live map when the current visit was removed
    previous_past: PastMap | None  # the map of the visit that became current


class VisitList:
    """The visits in order; maps of past visits by id. The last visit is the current one."""

    def __init__(self, visits: list[Visit], maps: dict[str, PastMap]) -> None:
        self._visits = list(visits)
        self._maps = dict(maps)

    @classmethod
    def checked(cls, visits: list[Visit], maps: dict[str, PastMap]) -> VisitList:
        """A list after checking the rules every map's visits follow (ModelError if broken)."""
        if not visits:
            raise ModelError(_tr("Visits", "a map has at least one visit"))
        if len(visits) > MAX_VISITS:
            raise ModelError(fill(_tr("Visits", "a map holds at most %1 visits"), str(MAX_VISITS)))
        ids = [v.id for v in visits]
        if len(set(ids)) != len(ids):
            raise ModelError(_tr("Visits", "two visits have the same id"))
        for earlier, later in zip(visits, visits[1:]):
            if later.date < earlier.date:
                raise ModelError(_tr("Visits", "the visits are not in date order"))
        if set(maps) != set(ids[:-1]):
            raise ModelError(_tr("Visits", "every visit but the current one needs its map"))
        return cls(visits, maps)

    def visits(self) -> list[Visit]:
        return list(self._visits)

    def count(self) -> int:
        return len(self._visits)

    def current(self) -> Visit:
        return self._visits[-1]

    def index(self, visit_id: str) -> int:
        for number, visit in enumerate(self._visits):
            if visit.id == visit_id:
                return number
        raise ModelError(_tr("Visits", "no such visit in the map"))

    def past_map(self, visit_id: str) -> PastMap:
        self.index(visit_id)
        return self._maps[visit_id]

    def past_maps(self) -> list[tuple[Visit, PastMap]]:
        """Every past visit with its map, oldest first."""
        return [(v, self._maps[v.id]) for v in self._visits[:-1]]

    def up_to(self, visit_id: str) -> VisitList:
        """The visits up to and including *visit_id*, which is the last (current) one of the list."""
        kept = self._visits[: self.index(visit_id) + 1]
        return VisitList(kept, {v.id: self._maps[v.id] for v in kept[:-1]})

    def start(self, date: str, label: str, visit_id: str | None, frozen_live: nx.DiGraph) -> Visit:
        """Append a new current visit; the old current one keeps *frozen_live* as its map."""
        date, label = check_visit_date(date), check_visit_label(label)
        if len(self._visits) >= MAX_VISITS:
            raise ModelError(fill(_tr("Visits", "a map holds at most %1 visits"), str(MAX_VISITS)))
        if date < self.current().date:
            raise ModelError(_tr("Visits", "a new visit cannot be dated before the visit it follows"))
        visit = Visit(check_visit_id(visit_id) if visit_id is not None else new_visit_id(), date, label)
        if any(v.id == visit.id for v in self._visits):
            raise ModelError(_tr("Visits", "two visits have the same id"))
        self._maps[self.current().id] = PastMap(frozen_live)
        self._visits.append(visit)
        return visit

    def remove(self, visit_id: str, live: nx.DiGraph) -> RemovedVisit:
        """Take a visit out; for the current one, the visit before it becomes current."""
        index = self.index(visit_id)
        if len(self._visits) == 1:
            raise ModelError(_tr("Visits", "the only visit of a map cannot be deleted"))
        visit = self._visits.pop(index)
        if index < len(self._visits):  # a past visit
            return RemovedVisit(index, visit, self._maps.pop(visit_id), None, None)
        previous = self._maps.pop(self._visits[-1].id)
        return RemovedVisit(index, visit, None, live, previous)

    def restore(self, token: RemovedVisit) -> None:
        if token.past is not None:
            self._maps[token.visit.id] = token.past
        else:
            assert token.previous_past is not None
            self._maps[self._visits[-1].id] = token.previous_past
        self._visits.insert(token.position, token.visit)

    def change(self, visit_id: str, date: str | None, label: str | None) -> bool:
        """Set a visit's date and/or label (dates stay in order); whether anything changed."""
        index = self.index(visit_id)
        old = self._visits[index]
        new = Visit(old.id, old.date if date is None else check_visit_date(date),
                    old.label if label is None else check_visit_label(label))
        if new == old:
            return False
        check_date_fits(self._visits, index, new.date)
        self._visits[index] = new
        return True
