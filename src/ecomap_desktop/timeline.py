"""Where each visit stands along a trend chart's time axis, the same on screen and on paper.

Visits are placed by their dates, so visits 30 days apart look closer than visits 90 days apart, as
the calendar has them; but never closer than a least gap, so two visits a few days apart keep their
points and their dates apart (the other gaps then shrink a little, keeping their proportions). Both
charts (ui/widgets/trend_chart.py and export/compose/trend_chart.py) ask here, each in its own units.
"""

from __future__ import annotations

from datetime import date

# The least gap between two visits' points: half an inch (36 points on paper, 48 pixels at 96 dpi),
# the width a date is wrapped to at the narrowest ("4 March" over "2025").
LEAST_GAP_PT = 36.0


def visit_fractions(dates: list[str], least_gap: float = 0.0) -> list[float]:
    """Each visit's place along the axis, from 0 (the first) to 1 (the last), for *dates* (ISO, oldest
    first); neighbours at least *least_gap* (a fraction of the axis) apart, where the axis has room.
    Evenly spaced when a date cannot be read or all fall on one day; the middle for one visit."""
    count = len(dates)
    if count < 2:
        return [0.5] * count
    even = [i / (count - 1) for i in range(count)]
    try:
        days = [date.fromisoformat(d).toordinal() for d in dates]
    except ValueError:
        return even
    first, last = min(days), max(days)
    if last == first:
        return even
    by_date = [(d - first) / (last - first) for d in days]
    gaps = [b - a for a, b in zip(by_date, by_date[1:])]
    least = min(max(least_gap, 0.0), 1 / len(gaps))
    # The gaps shorter than the least grow to it; the others share what is left, in the proportions
    # the calendar gives them (shrinking them may bring another under the least: it grows too).
    grown: set[int] = set()
    while True:
        kept = [i for i in range(len(gaps)) if i not in grown]
        total = sum(gaps[i] for i in kept)
        scale = (1 - least * len(grown)) / total if total > 0 else 0.0
        short = [i for i in kept if gaps[i] * scale < least]
        if not short:
            break
        grown.update(short)
    if not kept:
        return even
    places = [0.0]
    for i, gap in enumerate(gaps):
        places.append(places[-1] + (least if i in grown else gap * scale))
    return places
