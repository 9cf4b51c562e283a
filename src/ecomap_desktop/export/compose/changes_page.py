"""The page "What changed since <date>": what changed in words, the two maps side by side, the counts.

It compares the visit before the current one with the current one (analysis/changes.py holds the
rules, the window and the command line use the same), and follows the map's own pages. Long lists
flow onto more pages, each headed again so a loose page still says what it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ... import labels
from ...analysis.changes import VisitCounts, compare_visits, sentences, trends
from ...i18n import fill, translate as _tr
from ...model.visits import date_in_words
from .. import text as T
from .mapdraw import draw_map, place_map
from .mapinfo import MapInfo, read_graph
from .mapshapes import fit_map, shapes_at
from .measures import (
    BODY_LEADING,
    BODY_SIZE,
    GAP,
    MARGIN,
    MIN_MAP_TEXT,
    MUTED,
    PAGE_HEADING_SIZE,
    RULE,
    SUBTITLE_SIZE,
    TEXT,
)
from .notes import Row, block_rows
from .painter import Painter
from .trend_chart import Series, chart_row

# The two maps take at most this share of the first page's height (portrait, landscape).
MAPS_SHARE = (0.36, 0.5)
CAPTION_SIZE = 9.5
BULLET_INDENT = 14.0
# Two charts stand side by side when each gets at least this width, else one under the other.
CHART_MIN_WIDTH = 240.0
MAP_FRAME = "#d6d6d6"
# The small maps name the people and groups something changed about only when they are this few.
MAX_NAMED = 15


@dataclass
class VisitSide:
    """One of the two maps drawn small: its words above it and what it draws."""

    caption: str
    info: MapInfo
    named: frozenset[str]  # the nodes whose names are drawn: those the page's words are about


@dataclass
class ChangesInfo:
    """Everything the page shows, read from the document in the page's language."""

    since: str  # the earlier visit's date, in words
    about: str  # whose map it is (title or family name), for the heading's second line
    then: VisitSide
    now: VisitSide
    sentences: list[str]
    dates: list[str]  # every visit's date "YYYY-MM-DD", oldest first
    date_words: list[str]
    counts: list[VisitCounts]
    change_counts: list[int | None]
    legend: list[dict]  # the current map's legend entries (its own words for each line style)


def _caption(which: str, visit, language: str | None) -> str:
    words = date_in_words(visit.date, language)
    if visit.label.strip():
        words = f"{words} \u00b7 {visit.label.strip()}"
    return fill(which, words)


def read_changes(doc, language: str | None = None, since: str | None = None) -> ChangesInfo | None:
    """What the page shows, or None when the map has only one visit. *since*: the id of the earlier
    visit compared with (None, or one not among the past visits: the visit before the current one).

    Call it inside i18n.export_language: the sentences are written in the current language."""
    if doc.visit_count() < 2:
        return None
    visits = doc.visits()
    newer = visits[-1]
    older = next((v for v in visits[:-1] if v.id == since), visits[-2])
    comparison = compare_visits(doc, older.id, newer.id)
    now = read_graph(doc.visit_graph(newer.id), visit_date=newer.date)
    then = read_graph(doc.visit_graph(older.id), visit_date=older.date)
    # Only the names of the people and groups something changed about are drawn on the small maps
    # (a whole map's names do not fit at half the size), and only when they are few.
    about = set(comparison.node_status())
    for ends in comparison.edge_status():
        about |= ends
    about -= {now.centre.id, then.centre.id}
    if len(about) > MAX_NAMED:
        about = set()  # too many to read at that size: the sentences name them
    rows = trends(doc)
    return ChangesInfo(
        since=date_in_words(older.date, language),
        about=(now.title or now.centre.label).strip(),
        then=VisitSide(_caption(_tr("Export", "Then: %1"), older, language), then, frozenset(about)),
        now=VisitSide(_caption(_tr("Export", "Now: %1"), newer, language), now, frozenset(about)),
        sentences=sentences(comparison),
        dates=[v.date for v in visits],
        date_words=[date_in_words(v.date, language) for v in visits],
        counts=[counts for counts, _ in rows],
        change_counts=[changed for _, changed in rows],
        legend=now.legend,
    )


# ----- rows -------------------------------------------------------------------------------------


def _bullet_rows(text: str, width: float) -> list[Row]:
    """A sentence as a bulleted paragraph with a hanging indent (right-to-left lines align right)."""
    lines = T.wrap_lines(text, BODY_SIZE, width - BULLET_INDENT)
    bullet = T.make_line("\u2022", BODY_SIZE)
    rows = []
    for i, line in enumerate(lines):
        def draw(p: Painter, x: float, y: float, w: float, line=line, first=i == 0) -> None:
            baseline = y + BODY_SIZE * 0.95
            if first:
                p.text(x + 2, baseline, bullet, TEXT)
            if line.rtl:
                p.text(x + w, baseline, line, TEXT, "right")
            else:
                p.text(x + BULLET_INDENT, baseline, line, TEXT)

        # A sentence stays whole on one page.
        rows.append(Row(BODY_LEADING, draw, i < len(lines) - 1, 3.0 if i == 0 else 0.0))
    return rows


def _caption_rows(text: str, width: float) -> list[Row]:
    rows = []
    for line in T.wrap_lines(text, CAPTION_SIZE, width):
        def draw(p: Painter, x: float, y: float, w: float, line=line) -> None:
            p.text(x, y + CAPTION_SIZE * 0.95, line, MUTED)

        rows.append(Row(CAPTION_SIZE * 1.4, draw, False, 0.0))
    return rows


def _strength_name(key: str, legend: list[dict]) -> str:
    """A line style as the page's key words it (the map's own words, when it has them)."""
    for entry in legend:
        if entry.get("key") == key:
            return labels.legend_label(key, entry.get("label", ""))
    return labels.strength_name(key)


def _charts(info: ChangesInfo, width: float) -> list[Row]:
    drawn = [
        Series(_tr("Export", "People"), tuple(c.people for c in info.counts)),
        Series(_tr("Export", "Groups"), tuple(c.groups for c in info.counts)),
        Series(_tr("Export", "Connections"), tuple(c.connections for c in info.counts)),
        Series(_tr("Export", "Connections bringing support to the family"),
               tuple(c.support_to_family for c in info.counts)),
    ]
    keys = list(info.counts[-1].by_strength) if info.counts else []
    lines = [Series(_strength_name(key, info.legend), tuple(c.by_strength.get(key, 0) for c in info.counts))
             for key in keys]
    lines.append(Series(_tr("Export", "Changes since the visit before"), tuple(info.change_counts)))
    title_a = _tr("Export", "What was drawn at each visit")
    title_b = _tr("Export", "Connections by line style, and changes")
    side = (width - GAP * 2) / 2
    if side >= CHART_MIN_WIDTH:
        a = chart_row(title_a, info.dates, info.date_words, drawn, side)
        b = chart_row(title_b, info.dates, info.date_words, lines, side)

        def draw(p: Painter, x: float, y: float, w: float) -> None:
            a.draw(p, x, y, side)
            b.draw(p, x + side + GAP * 2, y, side)

        charts = [Row(max(a.height, b.height), draw, True, 10.0)]
    else:
        charts = [chart_row(title_a, info.dates, info.date_words, drawn, width),
                  chart_row(title_b, info.dates, info.date_words, lines, width)]
        charts[0].keep_with_next = charts[1].keep_with_next = True
    caption = _caption_rows(_tr("Export", "These are counts of what was drawn at each visit, not a "
                                "clinical measure."), width)
    return charts + caption


def body_rows(info: ChangesInfo, width: float) -> list[Row]:
    """The flowing part: the heading and the sentences, then the charts with their caption."""
    rows = block_rows("heading", _tr("Export", "In words"), width)
    rows[0].space_before = 0.0
    said = info.sentences or [_tr("Export", "Nothing drawn on the map changed between these two visits.")]
    for sentence in said:
        rows += _bullet_rows(sentence, width)
    return rows + _charts(info, width)


# ----- pages ------------------------------------------------------------------------------------


def _flow(rows: list[Row], first_h: float, later_h: float) -> list[list[Row]]:
    """Rows into frames: the first *first_h* tall, the others *later_h*; kept rows stay together."""
    frames: list[list[Row]] = [[]]
    used = 0.0
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) - 1 and rows[j].keep_with_next:
            j += 1
        group = rows[i : j + 1]
        frame = frames[-1]
        need = sum(r.height for r in group) + sum(r.space_before for r in group[1:])
        need += group[0].space_before if frame else 0.0
        room = first_h if len(frames) == 1 else later_h
        if frame and used + need > room:
            frames.append([])
            used = 0.0
            continue
        for k, r in enumerate(group):
            used += r.height + (r.space_before if (frame or k) else 0.0)
            frame.append(r)
        i = j + 1
    return frames


def _heading(info: ChangesInfo, width: float, continued: bool):
    """(lines, height) of a page's heading: the title, whose map it is, and a rule."""
    text = fill(_tr("Export", "What changed since %1 (continued)") if continued
                else _tr("Export", "What changed since %1"), info.since)
    lines = [(line, PAGE_HEADING_SIZE * 1.3)
             for line in T.wrap_lines(text, PAGE_HEADING_SIZE, width, bold=True)]
    if info.about:
        lines += [(line, SUBTITLE_SIZE * 1.4) for line in T.wrap_lines(info.about, SUBTITLE_SIZE, width)]
    return lines, sum(step for _, step in lines) + 6


def _draw_heading(p: Painter, lines, x: float, y: float, w: float) -> float:
    for line, step in lines:
        colour = TEXT if line.bold else MUTED
        p.text(x, y + line.size * 0.95, line, colour)
        y += step
    p.line(x, y + 3, x + w, y + 3, 0.6, RULE)
    return y + 6


def _draw_side(p: Painter, side: VisitSide, x: float, y: float, w: float, h: float,
               caption_lines: int) -> None:
    """One small map in a light frame, its date (and label, whole) above it; the frame starts below
    *caption_lines* lines, so the two maps line up whichever caption is longer."""
    for k, line in enumerate(_caption_lines(side, w)):
        p.text(x, y + SUBTITLE_SIZE * (0.95 + 1.35 * k), line, TEXT)
    y += caption_lines * SUBTITLE_SIZE * 1.35 + 4
    h -= caption_lines * SUBTITLE_SIZE * 1.35 + 4
    p.rounded_rect(x, y, w, h, 6.0, "#ffffff", MAP_FRAME, 0.8)
    pad = 6.0
    box = (x + pad, y + pad, w - 2 * pad, h - 2 * pad)
    bounds, scale = fit_map(side.info, box[2], box[3])
    placement = place_map(bounds, box, scale, top_align=False)
    # The few names drawn there are who the page is about: 7 pt, on a patch where need be.
    shapes, short, smaller = shapes_at(side.info, placement.scale, least=MIN_MAP_TEXT)
    draw_map(p, side.info, placement, shapes, short, side.named, smaller)


def _caption_lines(side: VisitSide, width: float) -> list[T.TextLine]:
    return T.wrap_lines(side.caption, SUBTITLE_SIZE, width, bold=True)


def changes_pages(info: ChangesInfo, page_w: float, page_h: float) -> list[Callable[[Painter], None]]:
    """One function per page that draws it (the caller begins and ends the page, adds the footer)."""
    cx, cy, cw, ch = MARGIN, MARGIN, page_w - 2 * MARGIN, page_h - 2 * MARGIN
    first_heading, first_h = _heading(info, cw, False)
    later_heading, later_h = _heading(info, cw, True)
    share = MAPS_SHARE[1] if page_w > page_h else MAPS_SHARE[0]
    maps_h = min((ch - first_h) * share, (cw - GAP) / 2 * 0.95)
    rows = body_rows(info, cw)
    frames = _flow(rows, ch - first_h - maps_h - GAP, ch - later_h)
    pages = []
    for index, frame in enumerate(frames):
        def draw(p: Painter, frame=frame, first=index == 0) -> None:
            y = _draw_heading(p, first_heading if first else later_heading, cx, cy, cw)
            if first:
                half = (cw - GAP) / 2
                lines = max(len(_caption_lines(info.then, half)), len(_caption_lines(info.now, half)))
                _draw_side(p, info.then, cx, y + GAP / 2, half, maps_h, lines)
                _draw_side(p, info.now, cx + half + GAP, y + GAP / 2, half, maps_h, lines)
                y += maps_h + GAP
            for k, r in enumerate(frame):
                if k:
                    y += r.space_before
                r.draw(p, cx, y, cw)
                y += r.height

        pages.append(draw)
    return pages
