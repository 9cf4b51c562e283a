"""The file's list of visits (format version 2): written from the document, read and checked strictly.

Each entry is {"id", "date", "label", "map"}; "map" is a past visit's node-link data, and null for
the current visit, which is always the last (its map is the file's top level).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ..i18n import translate as _tr
from ..model.document import Document
from ..model.visits import (
    MAX_VISITS,
    PastMap,
    Visit,
    VisitList,
    check_visit_date,
    check_visit_id,
    check_visit_label,
)
from ..model.vocabulary import ModelError
from .errors import fill
from .nodelink import (
    Checked,
    Place,
    build_graph,
    check_map_data,
    graph_to_map_data,
    invalid,
    one_line,
    parts_to_bytes,
    visit_place,
)

VISIT_KEYS = ("id", "date", "label", "map")
MAP_KEYS = {"directed", "multigraph", "graph", "nodes", "edges"}


class EncodedMap:
    """A past visit's map in a data tree about to be written: its text when already encoded."""

    __slots__ = ("past",)

    def __init__(self, past: PastMap) -> None:
        self.past = past

    def data(self) -> dict[str, Any]:
        return graph_to_map_data(self.past.graph())

    def encoded(self) -> bytes:
        """The map on one line, as the file holds it (UTF-8); made once."""
        past = self.past
        if past.encoded is None:
            past.encoded = past.encode() if past.encode is not None else one_line(self.data()).encode("utf-8")
        return past.encoded


def visits_to_data(doc: Document, *, encoded: bool = False) -> list[dict[str, Any]]:
    """The document's visits as the file's "visits" list, oldest first, the current one last.

    With *encoded*, each past map is an EncodedMap (the writer reuses its cached text) instead of
    plain data.
    """
    entries = []
    for visit, past in doc.past_visits():
        entries.append({"id": visit.id, "date": visit.date, "label": visit.label,
                        "map": EncodedMap(past) if encoded else graph_to_map_data(past.graph())})
    current = doc.current_visit()
    entries.append({"id": current.id, "date": current.date, "label": current.label, "map": None})
    return entries


def read_visits(entries: Any, name: str, checked: Checked | None = None) -> VisitList:
    """Check the file's "visits" list and every past visit's map; the visits, oldest first.

    *checked*: what the file's other maps already checked (the current one's, usually). Raises
    MapFileError naming *name* and the visit ("visit 3"), never quoting the file.
    """
    if not isinstance(entries, list) or not entries:
        raise invalid(name, "", _tr("MapFile", "the list of visits is missing"))
    if len(entries) > MAX_VISITS:
        raise invalid(name, "", fill(_tr("MapFile", "it has more than %1 visits"), str(MAX_VISITS)))
    visits: list[Visit] = []
    maps: dict[str, PastMap] = {}
    seen: set[str] = set()
    checked = checked if checked is not None else Checked()
    for number, entry in enumerate(entries, start=1):
        where = partial(visit_place, number)  # put into words only to say what is wrong
        visit = _read_visit(entry, name, where)
        if visit.id in seen:
            raise invalid(name, where, _tr("MapFile", "its id is used twice"))
        seen.add(visit.id)
        if visits and visit.date < visits[-1].date:
            raise invalid(name, where, _tr("MapFile", "it is dated before the visit listed before it"))
        map_data = entry["map"]
        if number == len(entries):
            if map_data is not None:
                raise invalid(name, where, _tr("MapFile", "the last visit is the current one, so its map "
                                                          "must be null"))
        elif map_data is None:
            raise invalid(name, where, _tr("MapFile", "only the last visit can be the current one"))
        else:
            if not isinstance(map_data, dict):
                raise invalid(name, where, _tr("MapFile", "its map is not an object"))
            if set(map_data) - MAP_KEYS:
                raise invalid(name, where, _tr("MapFile", "its map has unexpected entries"))
            # Checked now; its graph is built when something first asks for it.
            parts = check_map_data(map_data, name, where, checked)
            maps[visit.id] = PastMap(build=partial(build_graph, parts), encode=partial(parts_to_bytes, parts))
        visits.append(visit)
    return VisitList(visits, maps)


def _read_visit(entry: Any, name: str, where: Place) -> Visit:
    if not isinstance(entry, dict):
        raise invalid(name, where, _tr("MapFile", "it is not an object"))
    if set(entry) - set(VISIT_KEYS):
        raise invalid(name, where, _tr("MapFile", "there is an unknown field"))
    if not {"id", "date", "map"} <= set(entry):
        raise invalid(name, where, _tr("MapFile", "its id, date or map is missing"))
    try:
        visit_id = check_visit_id(entry["id"])
    except ModelError:
        raise invalid(name, where, _tr("MapFile", "its id is missing or wrong")) from None
    try:
        return Visit(visit_id, check_visit_date(entry["date"]), check_visit_label(entry.get("label", "")))
    except ModelError as exc:
        raise invalid(name, where, str(exc)) from None
