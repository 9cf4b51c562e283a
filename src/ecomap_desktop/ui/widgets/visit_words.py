"""What a visit's button on the visits strip says, and what a screen reader says for it."""

from __future__ import annotations

from ...model.visits import Visit, date_in_words
from ecomap_desktop.i18n import fill, translate as _tr


def visit_title(visit: Visit, current: bool, date_words: str = "") -> str:
    """What a visit's button says: its date in words, then its label or that it is the current one.
    *date_words*: its date in words, when already known (a strip of many visits words them at once)."""
    second = visit.label
    if current:
        second = (fill(_tr("Visits", "Current: %1"), visit.label) if visit.label
                  else _tr("Visits", "Current visit"))
    words = date_words or date_in_words(visit.date)
    return words + ("\n" + second if second else "")


def visit_spoken_name(visit: Visit, current: bool, date_words: str = "") -> str:
    """What a screen reader says for a visit's button (*date_words* as for visit_title)."""
    words = date_words or date_in_words(visit.date)
    if current:
        text = fill(_tr("Visits", "Current visit, %1"), words)
    else:
        text = fill(_tr("Visits", "Visit of %1"), words)
    return f"{text}, {visit.label}" if visit.label else text
