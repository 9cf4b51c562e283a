"""The printed map's pages, laid out once and drawn through a small painter interface.

Both the PDF writer (reportlab, pdf.py) and Print (QPainter on a QPrinter, printing.py) call
``compose_document`` with their own Painter, so a printed page and the PDF have the same layout.
Everything is read from the model (never the canvas) and measured in points, origin at the top-left
of the page, y growing downwards; the PDF painter flips y itself.

Page 1: a header (title, family name, date), the map fitted to its box with margins, and the key
(the map's own legend entries with real line samples, plus shapes and colours). The conversation
(step notes, reflection, the commitment box) follows on the rest of page 1 when it fits there
without shrinking the map by more than a little, else on page 2 and after.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ... import geometry
from ...i18n import fill, translate as _tr, window_translate
from .. import text as T
from ..options import PageOptions, page_dimensions
from .beside import Beside, place_beside
from .changes_page import ChangesInfo, changes_pages, read_changes
from .legend import draw_legend, legend_height, legend_items
from .mapdraw import draw_map, place_map, ring_name_boxes
from .mapinfo import MapInfo, read_map
from .mapshapes import (
    LEAST_MAP_TEXT,
    fit_map,
    fit_scale,
    household_text,
    map_bounds,
    shape_of,
    shapes_at,
    text_scale,
)
from .measures import (
    COMMIT_BESIDE_FRACTION,
    COMMIT_BESIDE_MAX_HEIGHT,
    COMMIT_BLANK_LINES,  # noqa: F401 - part of the page's numbers its callers and tests read here
    COMMIT_RULE,  # noqa: F401 - the same
    FOOTER_SIZE,
    GAP,
    LEGEND_COLUMN_MIN,
    LEGEND_PADDING,
    LEGEND_SAMPLE,
    LEGEND_SIDE_WIDTH,
    MARGIN,
    MIN_MAP_TEXT,  # noqa: F401 - part of the page's numbers its callers and tests read here
    MIN_STROKE_SCALE,  # noqa: F401 - the same
    MUTED,
    PAGE_HEADING_SIZE,
    RULE,
    SHRINK_FOR_NOTES,
    SUBTITLE_SIZE,
    TEXT,
    TITLE_SIZE,
)
from .notes import Row, build_rows, commitment_row, conversation_blocks, insight_blocks, rows_height
from .painter import Painter


# Up to this many names that fit no readable size inside their nodes are looked for a place beside
# them; past it (a page far too small for its map) there is no room beside either, and looking would
# take most of the export's time.
BESIDE_MAX = 300

# ----- pages ----------------------------------------------------------------------------------------


@dataclass
class ComposeResult:
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    page_size: tuple[float, float] = (0.0, 0.0)


def _header(p: Painter | None, info: MapInfo, x: float, y: float, w: float, household: str = "") -> float:
    """Title, family name, who lives at home when the family's circle has no room for them
    (*household*), and date; returns the height used."""
    family = info.centre.label.strip()
    title = info.title or family or _tr("Export", "Eco-map")
    date = T.make_line(info.date, SUBTITLE_SIZE) if info.date else None
    date_w = (date.width + 16) if date else 0.0
    title_lines = T.wrap_lines(title, TITLE_SIZE, w - date_w, bold=True)  # whole, however long
    h = 0.0
    for line in title_lines:
        if p:
            p.text(x, y + h + TITLE_SIZE * 0.95, line, TEXT)
        h += TITLE_SIZE * 1.25
    if date and p:
        p.text(x + w, y + TITLE_SIZE * 0.95, date, MUTED, "right")
    parts = []
    if info.title and family and family != info.title:
        parts.append(fill(_tr("Export", "Family: %1"), family))
    if household:
        parts.append(fill(_tr("Export", "At home: %1"), household))
    if parts:
        # One line where it fits: each line here is a line less of the map.
        for line in T.wrap_lines(" \u00b7 ".join(parts), SUBTITLE_SIZE, w):
            if p:
                p.text(x, y + h + SUBTITLE_SIZE * 1.05, line, MUTED)
            h += SUBTITLE_SIZE * 1.45
    h += 6
    if p:
        p.line(x, y + h, x + w, y + h, 0.6, RULE)
    return h + GAP


def _without_household(info: MapInfo) -> MapInfo:
    """*info* with the family's circle holding the family's name only."""
    centre = replace(info.centre, household=[])
    nodes = {**info.nodes, centre.id: centre}
    shapes = {**info.shapes, centre.id: shape_of(centre)}
    return replace(info, nodes=nodes, centre=centre, shapes=shapes,
                   bounds=map_bounds(nodes.values(), shapes, centre, info.rings))


def _footer(p: Painter, page: int, total: int, width: float, height: float) -> None:
    if total <= 1:
        return
    text = fill(_tr("Export", "Page %1 of %2"), str(page), str(total))
    p.text(width / 2, height - MARGIN / 2 + 3, T.make_line(text, FOOTER_SIZE), MUTED, "center")


def _paginate(rows: list[Row], frames_per_page: int, frame_h: float) -> list[list[list[Row]]]:
    """Rows into pages of frames (columns), keeping headings with what follows them."""
    pages: list[list[list[Row]]] = []
    frame: list[Row] = []
    used = 0.0
    i = 0
    current_page: list[list[Row]] = []

    def close_frame():
        nonlocal frame, used, current_page
        current_page.append(frame)
        frame, used = [], 0.0
        if len(current_page) == frames_per_page:
            pages.append(current_page)
            current_page = []

    while i < len(rows):
        # The group that must stay together: kept rows plus the row after them.
        j = i
        while j < len(rows) - 1 and rows[j].keep_with_next:
            j += 1
        group = rows[i : j + 1]
        need = sum(r.height for r in group) + sum(r.space_before for r in group[1:])
        need += group[0].space_before if frame else 0.0
        if frame and used + need > frame_h:
            close_frame()
            continue
        for k, r in enumerate(group):
            used += r.height + (r.space_before if (frame or k) else 0.0)
            frame.append(r)
        i = j + 1
    if frame:
        close_frame()
    if current_page:
        pages.append(current_page)
    return pages


def _draw_frame(p: Painter, rows: list[Row], x: float, y: float, w: float) -> None:
    for k, r in enumerate(rows):
        if k:
            y += r.space_before
        r.draw(p, x, y, w)
        y += r.height


@dataclass
class _FirstPage:
    """Where the parts of page 1 go (points), before the map is fitted into its box."""

    header_h: float
    body_top: float
    body_h: float
    blocks: list  # the conversation still to place (the commitment left out when it has its own box)
    legend_w: float
    columns: int
    items: list
    leg_h: float
    map_box: tuple[float, float, float, float]
    legend_rect: tuple[float, float, float, float]
    commit: Row
    commit_rect: tuple[float, float, float] | None


def _first_page(info: MapInfo, options: PageOptions, pw: float, ph: float, landscape: bool,
                household: str = "") -> _FirstPage:
    """Page 1's header, key, commitment box and the map's box, on a page *pw* by *ph*."""
    cx, cy, cw, chh = MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN
    header_h = _header(None, info, cx, cy, cw, household)
    body_top = cy + header_h
    body_h = chh - header_h
    blocks = conversation_blocks(info, options.include_worker_notes)
    if options.include_insights:
        blocks += insight_blocks(info)
    commit_index = next(i for i, (kind, _) in enumerate(blocks) if kind == "commitment")
    # When the commitment is all there is to the conversation, it has its own place on page 1
    # (beside or under the key); otherwise it stays with the notes it follows from.
    only_commitment = len(blocks) == 1
    commit_rect = None  # where the commitment box goes on page 1, if it does
    if landscape:
        # The key and (when it fits) the commitment box stand in a column right of the map.
        legend_w = LEGEND_SIDE_WIDTH
        columns = 1
        items = legend_items(info, legend_w - 2 * LEGEND_PADDING - LEGEND_SAMPLE - 8)
        leg_h = legend_height(items, columns)
        map_box = (cx, body_top, cw - legend_w - GAP, body_h)
        legend_rect = (cx + cw - legend_w, body_top, legend_w, leg_h)
        commit = commitment_row(info.commitment.strip(), legend_w)
        if only_commitment and leg_h + GAP + commit.height <= body_h:
            commit_rect = (legend_rect[0], body_top + body_h - commit.height, legend_w)
    else:
        # Along the bottom: the key, with the commitment box beside it when it is not too tall.
        commit_w = round(cw * COMMIT_BESIDE_FRACTION)
        commit = commitment_row(info.commitment.strip(), commit_w)
        if only_commitment and commit.height <= COMMIT_BESIDE_MAX_HEIGHT:
            legend_w = cw - commit_w - GAP
            columns = 2
        else:
            legend_w = cw
            columns = max(1, min(3, int(cw // LEGEND_COLUMN_MIN)))
        col_text = (legend_w - 2 * LEGEND_PADDING) / columns - LEGEND_SAMPLE - 14
        items = legend_items(info, col_text)
        leg_h = legend_height(items, columns)
        band_h = leg_h
        if legend_w < cw:
            band_h = max(leg_h, commit.height)
            commit = commitment_row(info.commitment.strip(), commit_w, min_height=band_h)
            commit_rect = (cx + legend_w + GAP, cy + chh - band_h, commit_w)
        map_box = (cx, body_top, cw, body_h - band_h - GAP)
        legend_rect = (cx, cy + chh - band_h, legend_w, leg_h)
    if commit_rect is not None:
        del blocks[commit_index]

    return _FirstPage(header_h, body_top, body_h, blocks, legend_w, columns, items, leg_h, map_box,
                      legend_rect, commit, commit_rect)


def choose_landscape(info: MapInfo, options: PageOptions, household: str = "",
                     laid: dict[bool, _FirstPage] | None = None) -> bool:
    """Whether the map's page is landscape: as the options say, or (auto) the way the map is drawn
    larger, the key beside it or under it; a map drawn as large either way (a small map, enlarged
    as far as it may be) by its shape. Page 1 as laid out each way is left in *laid*, by landscape."""
    if options.orientation != "auto":
        return options.orientation == "landscape"
    laid = {} if laid is None else laid
    scales = []
    for landscape in (False, True):
        pw, ph = page_dimensions(options.page_size, landscape)
        laid[landscape] = _first_page(info, options, pw, ph, landscape, household)
        box = laid[landscape].map_box
        scales.append(fit_scale(info.bounds, box[2], box[3]))
    if abs(scales[1] - scales[0]) > 1e-9 * max(scales):
        return scales[1] > scales[0]
    x0, y0, x1, y1 = info.bounds
    return (x1 - x0) > (y1 - y0) * 1.15


def compose_document(doc, options: PageOptions, painter: Painter) -> ComposeResult:
    """Lay out and draw every page of the map's printout with *painter* (in the current language)."""
    return compose_info(read_map(doc), options, painter, changes=read_changes_for(doc, options))


def read_changes_for(doc, options: PageOptions) -> ChangesInfo | None:
    """The page on what changed since the last visit, when the options ask for it and there is one.

    Call it inside i18n.export_language, as read_map."""
    if not options.include_changes:
        return None
    return read_changes(doc, options.language, options.changes_since)


class _CountingPainter:
    """Passes every call through, counting characters that no bundled font could draw."""

    def __init__(self, inner: Painter) -> None:
        self._inner = inner
        self.missing = 0

    def __getattr__(self, name: str):
        value = getattr(self._inner, name)
        if callable(value):
            # Kept on this object, so the next call finds it without coming here (a big map's page
            # is tens of thousands of calls).
            setattr(self, name, value)
        return value

    def text(self, x, baseline, line, colour, align="left"):
        self.missing += line.missing
        self._inner.text(x, baseline, line, colour, align)


def compose_info(info: MapInfo, options: PageOptions, painter: Painter,
                 page: tuple[float, float] | None = None,
                 changes: ChangesInfo | None = None, household: str = "") -> ComposeResult:
    """Draw every page. *page* (width, height in points) overrides the options' paper, for a
    printer whose paper the user chose in the print dialog. *changes* (read_changes_for) adds the
    pages on what changed since the last visit, after the map's own. *household*: who lives at
    home, printed under the title (the family's circle on a crowded page has no room for them)."""
    inner = painter
    painter = _CountingPainter(painter)
    laid: dict[bool, _FirstPage] = {}  # page 1 as choose_landscape laid it out, each way
    if page is not None:
        pw, ph = page
        landscape = pw > ph
    else:
        landscape = choose_landscape(info, options, household, laid)
        pw, ph = page_dimensions(options.page_size, landscape)
    cx, cy, cw, chh = MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN
    result = ComposeResult(page_size=(pw, ph))

    first = laid.get(landscape) or _first_page(info, options, pw, ph, landscape, household)
    blocks, columns, items, leg_h = first.blocks, first.columns, first.items, first.leg_h
    map_box, legend_rect = first.map_box, first.legend_rect
    commit, commit_rect = first.commit, first.commit_rect

    bounds, scale = fit_map(info, map_box[2], map_box[3])

    # Do the notes fit on page 1 without shrinking the map by more than a little?
    first_page_rows: list[Row] | None = [] if not blocks else None
    first_frame = None
    if blocks and landscape:
        fx, fy = legend_rect[0], legend_rect[1] + leg_h + GAP
        fw = legend_rect[2]
        fh = (commit_rect[1] - GAP if commit_rect else cy + chh) - fy
        rows = build_rows(blocks, fw)
        if rows_height(rows) <= fh:
            first_page_rows, first_frame = rows, (fx, fy, fw)
    elif blocks:
        rows = build_rows(blocks, cw)
        need = rows_height(rows) + GAP
        x0, y0, x1, y1 = bounds
        least = scale * SHRINK_FOR_NOTES
        shrunk = fit_map(info, map_box[2], map_box[3] - need, least)[1] if map_box[3] > need else 0.0
        if shrunk >= least:
            scale = shrunk
            first_page_rows = rows
            map_h = (y1 - y0) * scale
            first_frame = (cx, map_box[1] + map_h + GAP, cw)
            map_box = (map_box[0], map_box[1], map_box[2], map_h)

    placement = place_map(bounds, map_box, scale, top_align=bool(first_page_rows) and not landscape)
    beside: dict[str, Beside] = {}
    ring_boxes = ring_name_boxes(info, placement.scale)

    def put_beside(shapes: dict, names: list[str], sizes: tuple[float, ...]) -> dict:
        """The names that fit no readable size inside their nodes, beside them where they can be."""
        if len(names) > BESIDE_MAX:
            return {}
        s, (bx, by, bw, bh) = placement.scale, map_box
        area = ((bx - placement.ox) / s, (by - placement.oy) / s, (bx + bw - placement.ox) / s,
                (by + bh - placement.oy) / s)
        keep_clear = ring_boxes + [place.room for place in beside.values()]
        placed = place_beside(info, shapes, names, s, area, keep_clear, sizes, beside.keys())
        beside.update(placed)
        return {key: place.room for key, place in placed.items()}

    # The circles' names keep room to be printed LEAST_MAP_TEXT high: no node grows over them.
    shapes, short, smaller = shapes_at(info, placement.scale, beside=put_beside, kept=ring_boxes)
    centre = info.centre
    if centre.household and not household and (centre.id in short or text_scale(
            centre, placement.scale, LEAST_MAP_TEXT) > smaller.get(centre.id, math.inf) * (1 + 1e-9)):
        # The family's circle cannot grow around who lives at home at a readable size: the page says
        # who they are under its title instead, so the family's name fits its circle.
        return compose_info(_without_household(info), options, inner, (pw, ph), changes,
                            household_text(info.centre.household))
    if not geometry.label_fits("person", placement.scale):
        # Told to the user, in the window's language (the page may be in another).
        result.warnings.append(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "The map is too large for one page to show names: people and groups are drawn too small to "
            "hold them, so only their shapes and lines are shown. The names are in the map file."
        )))
    elif short:
        # Told to the user, in the window's language (the page may be in another). Counted, never
        # named: warnings may be shown or logged where the map's names must not appear.
        result.warnings.append(fill(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "The map is large for one page: names are printed at a readable size (7 pt), or smaller "
            "(down to 5 pt) where they have little room, but %1 of them still reach past their circles "
            "or boxes. Landscape orientation or a larger page gives them room."
        )), str(len(short))))

    # Later pages for the conversation when it did not fit on page 1.
    later_pages: list[list[list[Row]]] = []
    frames_per_page = 2 if landscape else 1
    col_w = (cw - GAP * 2) / 2 if landscape else cw
    heading_line = T.make_line(_tr("Export", "Our conversation"), PAGE_HEADING_SIZE, bold=True)
    # Later pages name the map and its date too, so a page that gets separated still says whose it is.
    name = (info.title or info.centre.label).strip()
    about = " \u00b7 ".join(t for t in (name, info.date) if t)
    about_w = cw - heading_line.width - GAP
    about_lines = T.wrap_lines(about, SUBTITLE_SIZE, about_w) if about else []
    if len(about_lines) > 1 and name and info.date:  # the date on a line of its own, not split
        about_lines = (T.wrap_lines(name + " \u00b7", SUBTITLE_SIZE, about_w)
                       + T.wrap_lines(info.date, SUBTITLE_SIZE, about_w))
    about_step = SUBTITLE_SIZE * 1.3
    heading_h = PAGE_HEADING_SIZE * 1.6 + max(0, len(about_lines) - 1) * about_step
    if first_page_rows is None:
        later_rows = build_rows(blocks, col_w)
        later_pages = _paginate(later_rows, frames_per_page, chh - heading_h)
    extra_pages = changes_pages(changes, pw, ph) if changes is not None else []
    total = 1 + len(later_pages) + len(extra_pages)

    # Page 1.
    painter.begin_page(pw, ph)
    _header(painter, info, cx, cy, cw, household)
    draw_map(painter, info, placement, shapes, short, smaller=smaller, beside=beside)
    draw_legend(painter, items, *legend_rect[:3], columns, placement.stroke_scale)
    if commit_rect is not None:
        commit.draw(painter, *commit_rect)
    if first_page_rows:
        fx, fy, fw = first_frame
        _draw_frame(painter, first_page_rows, fx, fy, fw)
    _footer(painter, 1, total, pw, ph)
    painter.end_page()

    for index, frames in enumerate(later_pages, start=2):
        painter.begin_page(pw, ph)
        painter.text(cx, cy + PAGE_HEADING_SIZE * 0.95, heading_line, TEXT)
        for k, line in enumerate(about_lines):
            painter.text(cx + cw, cy + PAGE_HEADING_SIZE * 0.95 + k * about_step, line, MUTED, "right")
        for k, frame_rows in enumerate(frames):
            _draw_frame(painter, frame_rows, cx + k * (col_w + GAP * 2), cy + heading_h, col_w)
        _footer(painter, index, total, pw, ph)
        painter.end_page()

    for index, draw in enumerate(extra_pages, start=2 + len(later_pages)):
        painter.begin_page(pw, ph)
        draw(painter)
        _footer(painter, index, total, pw, ph)
        painter.end_page()

    result.pages = total
    if painter.missing:
        # Told to the user, in the window's language (the page may be in another).
        result.warnings.append(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "Some characters could not be drawn because none of the bundled fonts has them; "
            "they show as \ufffd (or, printed, as empty boxes)."
        )))
    return result
