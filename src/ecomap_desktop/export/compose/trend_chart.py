"""A small line chart of counts across visits, drawn through the page's painter (PDF and Print).

The axis starts at zero, each visit's date is written under its point, and every series has its own
marker and dash as well as its own colour, named in words in the key below the plot with its
numbers, so the chart reads in black and white too, and lines with equal counts (drawn on top of each
other) can still be told apart. Visits are placed by their dates (30 days apart look closer than 90),
never closer than a least gap, as on screen (timeline.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...i18n import fill, translate as _tr
from ...timeline import LEAST_GAP_PT, visit_fractions
from .. import text as T
from .measures import MUTED, TEXT
from .notes import Row
from .painter import Painter

TITLE_SIZE = 10.5
TICK_SIZE = 7.5
KEY_SIZE = 8.5
DATE_LINES = 2
KEY_NUMBERS = 5  # the key gives every visit's number up to this many visits
DATE_MIN_WIDTH = LEAST_GAP_PT  # a date is never wrapped narrower than this (points)
DATE_ROW = TICK_SIZE * (1.25 * DATE_LINES + 0.6)  # the dates under the axis
PLOT_HEIGHT = 118.0
KEY_SAMPLE = 30.0
MARKER = 3.2
AXIS = "#6e6e6e"
GRID = "#e3e3e3"

# (marker, dash, colour) for the series in order: never told apart by colour alone.
SERIES_LOOKS = (
    ("circle", None, "#1f4e79"),
    ("square", (4.0, 2.5), "#8a4b08"),
    ("triangle", (1.2, 2.0), "#2f6b2f"),
    ("diamond", (6.0, 2.0, 1.2, 2.0), "#6a2c70"),
    ("cross", (9.0, 3.0), "#3a3a3a"),
)


@dataclass(frozen=True)
class Series:
    """One line of the chart: its words for the key and one value per visit (None: no point)."""

    name: str
    values: tuple[int | None, ...]


def _nice_step(top: float) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most five gridlines up to *top*."""
    power = 1
    while True:
        for base in (1, 2, 5):
            step = base * power
            if top / step <= 5:
                return step
        power *= 10


def _positions(dates: list[str], left: float, width: float) -> list[float]:
    """Each visit's x: by its date, neighbours at least LEAST_GAP_PT apart (timeline.py, as on screen)."""
    return [left + width * place for place in visit_fractions(dates, LEAST_GAP_PT / max(width, 1.0))]


def _marker(p: Painter, kind: str, x: float, y: float, colour: str) -> None:
    r = MARKER
    if kind == "circle":
        p.circle(x, y, r, "#ffffff", colour, 1.2)
    elif kind == "square":
        p.rounded_rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, 0.0, colour, None)
    elif kind == "triangle":
        p.polygon([(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)], colour)
    elif kind == "diamond":
        p.polygon([(x, y - r * 1.25), (x + r, y), (x, y + r * 1.25), (x - r, y)], colour)
    else:
        p.segments([(x - r, y - r, x + r, y + r), (x - r, y + r, x + r, y - r)], 1.4, colour)


def _numbers(values: tuple[int | None, ...]) -> str:
    """A line's numbers in words for the key: every visit's up to KEY_NUMBERS, else the first and
    the last ("-" where a visit has none, as the first visit's changes)."""
    shown = ["\u2013" if v is None else str(v) for v in values]
    if len(shown) > KEY_NUMBERS:
        shown = [shown[0], "\u2026", shown[-1]]
    return ", ".join(shown)


def _key_layout(series: list[Series], width: float):
    """The key's entries in rows that fit *width*: [(series index, lines, x offset)] per row, and
    each row's height. An entry names its line and gives its numbers, so lines that lie on top of
    each other (equal counts) can still be told apart."""
    rows: list[list[tuple[int, list[T.TextLine], float]]] = [[]]
    x = 0.0
    pattern = _tr("Export", "%1: %2", "a chart's key: the name of a line, then its numbers")
    for i, s in enumerate(series):
        text = fill(pattern, s.name, _numbers(s.values))
        lines = T.wrap_lines(text, KEY_SIZE, width - KEY_SAMPLE - 6)
        need = KEY_SAMPLE + 4 + max(line.width for line in lines) + 12
        if rows[-1] and x + need > width:
            rows.append([])
            x = 0.0
        rows[-1].append((i, lines, x))
        x += need
    heights = [max(len(lines) for _, lines, _ in row) * KEY_SIZE * 1.3 + KEY_SIZE * 0.5 for row in rows]
    return rows, heights


def _whole_date(label: str, room: float, widest: float) -> list[T.TextLine]:
    """*label* in at most DATE_LINES lines, *room* wide or, when a date needs more (a long month
    name, Spanish's "de"), as little wider as keeps it whole: a date cut short with "…" says no date.
    Only a date wider than the whole chart is shortened. A word is never broken ("Decembe / r")."""
    width = max([room] + [T.measure(word, TICK_SIZE) for word in label.split()])
    while width < widest and len(T.wrap_text(label, TICK_SIZE, width)) > DATE_LINES:
        width += TICK_SIZE
    return T.wrap_lines(label, TICK_SIZE, min(width, widest), max_lines=DATE_LINES)


def _date_labels(labels: list[str], xs: list[float], left: float, right: float):
    """(x, lines) for the dates that fit without overlapping: the last and the first visit's first,
    then those between, from the latest back. A date wraps onto two lines when the visits are close."""
    gaps = [b - a for a, b in zip(xs, xs[1:]) if b - a > 1.0]
    room = max(DATE_MIN_WIDTH, min(gaps, default=right - left) - 6)
    placed: list[tuple[float, float]] = []  # (start, end) of the labels kept
    chosen = []
    order = [len(labels) - 1] + ([0] if len(labels) > 1 else []) + list(range(len(labels) - 2, 0, -1))
    for i in order:
        lines = _whole_date(labels[i], room, right - left)
        half = max(line.width for line in lines) / 2
        x = min(max(xs[i], left + half), right - half)
        start, end = x - half - 3, x + half + 3
        if any(start < b and a < end for a, b in placed):
            continue
        placed.append((start, end))
        chosen.append((x, lines))
    return chosen


def chart_row(title: str, dates: list[str], date_labels: list[str], series: list[Series],
              width: float) -> Row:
    """The chart as one unbreakable row of the flowing page, *width* points wide."""
    title_lines = T.wrap_lines(title, TITLE_SIZE, width, bold=True)
    top_values = [v for s in series for v in s.values if v is not None]
    top = max(top_values + [1])
    step = _nice_step(top)
    axis_top = step * math.ceil(top / step)
    ticks = list(range(0, axis_top + 1, step))
    tick_lines = [T.make_line(str(t), TICK_SIZE) for t in ticks]
    gutter = max(line.width for line in tick_lines) + 6
    key_rows, key_heights = _key_layout(series, width)
    title_h = len(title_lines) * TITLE_SIZE * 1.3 + 4
    key_h = sum(key_heights)
    height = title_h + PLOT_HEIGHT + DATE_ROW + 4 + key_h

    def draw(p: Painter, x: float, y: float, w: float) -> None:
        ty = y
        for line in title_lines:
            p.text(x, ty + TITLE_SIZE * 0.95, line, TEXT)
            ty += TITLE_SIZE * 1.3
        plot_top = y + title_h + 4
        plot_bottom = plot_top + PLOT_HEIGHT - 4
        left, right = x + gutter, x + w
        inset = MARKER * 2 + 2  # the first and last markers stay inside the frame

        def y_of(value: float) -> float:
            return plot_bottom - (plot_bottom - plot_top) * value / axis_top

        for tick, line in zip(ticks, tick_lines):
            ly = y_of(tick)
            p.line(left, ly, right, ly, 0.5 if tick else 0.9, GRID if tick else AXIS)
            p.text(left - 4, ly + TICK_SIZE * 0.35, line, MUTED, "right")
        p.line(left, plot_top, left, plot_bottom, 0.9, AXIS)
        xs = _positions(dates, left + inset, right - left - 2 * inset)
        for i, s in enumerate(series):
            marker, dash, colour = SERIES_LOOKS[i % len(SERIES_LOOKS)]
            points = [(xs[k], y_of(v)) for k, v in enumerate(s.values) if v is not None]
            for (x1, y1), (x2, y2) in zip(points, points[1:]):
                p.line(x1, y1, x2, y2, 1.3, colour, dash)
            for px, py in points:
                _marker(p, marker, px, py, colour)
        # Dates may reach into the gutter under the axis (it holds nothing there).
        for lx, lines in _date_labels(date_labels, xs, x, right):
            for k, line in enumerate(lines):
                p.text(lx, plot_bottom + TICK_SIZE * (1.5 + 1.25 * k), line, MUTED, "center")
        for lx in xs:
            p.line(lx, plot_bottom, lx, plot_bottom + 3, 0.7, AXIS)
        ky = plot_bottom + DATE_ROW + 4
        for row, row_h in zip(key_rows, key_heights):
            mid = ky + KEY_SIZE * 0.6
            for i, lines, ox in row:
                marker, dash, colour = SERIES_LOOKS[i % len(SERIES_LOOKS)]
                p.line(x + ox, mid, x + ox + KEY_SAMPLE, mid, 1.3, colour, dash)
                _marker(p, marker, x + ox + KEY_SAMPLE / 2, mid, colour)
                for k, line in enumerate(lines):
                    p.text(x + ox + KEY_SAMPLE + 4, mid + KEY_SIZE * (0.35 + 1.3 * k), line, TEXT)
            ky += row_h

    return Row(height, draw, False, 10.0)
