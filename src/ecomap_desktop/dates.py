"""Dates in words: the one place a date is written for a reader, in the current language's region.

Two kinds, both from the region's own long format (the month as a word, so day and month are never
confused): a heading carries the weekday ("Saturday, December 5, 2026"), a list or a sentence does
not ("December 5, 2026", "5 de diciembre de 2026"). Never from the machine's clock or time zone: a
date is written from its own parts. File names keep year-month-day, which sorts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale

from .i18n import current_locale, export_language

# The weekday and the punctuation that joins it to the rest ("dddd, ", "dddd ", ", dddd").
_WEEKDAY = re.compile(r"\s*[,.]?\s*dddd[,.]?\s*")


def date_pattern(locale: QLocale, heading: bool = False) -> str:
    """The Qt date pattern :func:`date_words` writes with in *locale* (a date field shows the same)."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    if heading:
        return pattern
    return _WEEKDAY.sub(" ", pattern).strip(" ,")


def date_words(date: str | datetime.date, *, heading: bool = False, language: str | None = None) -> str:
    """*date* ("2025-03-04" or a date) written for a reader; *language* None: the current one."""
    if language is not None:
        with export_language(language):
            return date_words(date, heading=heading)
    return date_writer(heading=heading)(date)


def date_writer(*, heading: bool = False) -> Callable[[str | datetime.date], str]:
    """:func:`date_words` in the current language, its region and pattern looked up once: for many
    dates written together (a map's visits; the region alone takes longer than writing a date)."""
    locale = current_locale()
    pattern = date_pattern(locale, heading)

    def write(date: str | datetime.date) -> str:
        day = date if isinstance(date, datetime.date) else datetime.date.fromisoformat(date)
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    return write


def moment_words(moment: datetime.datetime) -> str:
    """*moment* on this computer's clock: the list date and the region's short time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = current_locale()
    day, clock = local.date(), local.time()
    return (date_words(datetime.date(day.year(), day.month(), day.day())) + ", "
            + locale.toString(clock, QLocale.FormatType.ShortFormat))
