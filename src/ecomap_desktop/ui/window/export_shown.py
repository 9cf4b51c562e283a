"""What File ▸ Export and Print make: the map on show, and the words that say so in their dialogs.

A worker looking at a past visit who exports expects that visit, as on screen: the file is made from
the map as it was then (with the visits before it, so its page on what changed is that visit's), its
page is dated with that visit and the suggested file name carries the date. While comparing with an
earlier visit, the file is today's map without the comparison's marks, and its page on what changed
compares with the visit compared on screen; the dialogs say both plainly.
"""

from __future__ import annotations

from typing import NamedTuple

from ...model.visits import date_in_words
from ecomap_desktop.i18n import fill, translate as _tr


class Shown(NamedTuple):
    """The map an export makes, and what its dialogs say about it."""

    document: object  # model.document.Document: the window's, or a past visit's as it was
    past_date: str  # the past visit's date ("YYYY-MM-DD"), "" for today's map
    changes_since: str | None  # the earlier visit the comparison on show is with (its id), or None
    page_note: str  # for the PDF and Print dialogs ("" when today's map is exported plainly)
    picture_note: str  # for the picture and GraphML dialogs


def shown_for_export(window) -> Shown:
    """What an export from *window* makes now."""
    doc = window.document
    visits = getattr(window, "visits", None)
    if visits is not None and visits.is_looking_back():
        visit_id = visits.shown_id()
        date = next(v.date for v in doc.visits() if v.id == visit_id)
        note = fill(_tr("ExportShown", "This makes the map of the visit of %1, as it is on screen, not "
                                       "today's."), date_in_words(date))
        return Shown(doc.as_at_visit(visit_id), date, None, note, note)
    compare = getattr(window, "compare", None)
    if compare is not None and compare.is_comparing() and compare.earlier_visit_id() is not None:
        earlier = compare.earlier_visit_id()
        words = date_in_words(next(v.date for v in doc.visits() if v.id == earlier))
        picture = _tr("ExportShown", "This makes today's map, without the comparison's marks.")
        page = picture + " " + fill(_tr("ExportShown", "The page on what changed compares it with the visit "
                                                       "of %1, as on screen."), words)
        return Shown(doc, "", earlier, page, picture)
    return Shown(doc, "", None, "", "")
