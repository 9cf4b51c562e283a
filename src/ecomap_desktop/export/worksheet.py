"""A blank eco-map worksheet to print, for visits where no laptop is used.

One page: a title with lines for the name and date, four short steps, the centre circle inside the
four circles of support with empty circles (people) and boxes (groups) to write in, the key with real
line samples, and the "one thing I will do this week" box with lines to write on.
"""

from __future__ import annotations

import dataclasses
import io
import math
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .compose.legend import draw_legend, legend_height, legend_items
from .compose.mapdraw import ring_label, ring_names
from .compose.measures import GAP, LEGEND_PADDING, LEGEND_SAMPLE, MARGIN, MUTED, RULE, TEXT
from .compose.notes import commitment_row
from .compose.painter import Painter
from . import text as T
from .options import ExportError, PageOptions, page_dimensions
from ecomap_desktop.i18n import export_language, translate as _tr

# Ring radii as fractions of the outermost, wider apart than on the canvas so there is room to
# write in each band by hand.
RING_FRACTIONS = (("closest", 0.42), ("friends", 0.62), ("participation", 0.81), ("paid", 1.0))
CENTRE_FRACTION = 0.17
PERSON_RADIUS = 19.0
GROUP_SIZE = (58.0, 30.0)

# Empty shapes to write in: (kind, ring band index, angle in degrees, 0 = up, clockwise).
EMPTY_SHAPES = (
    ("person", 0, 60), ("person", 0, 240),
    ("person", 1, 120), ("person", 1, 195), ("person", 1, 300),
    ("group", 2, 35), ("group", 2, 155), ("group", 2, 265),
    ("person", 3, 85), ("group", 3, 215), ("person", 3, 330),
)

STEPS = (
    QT_TRANSLATE_NOOP("Export", "Write your name, or your family's names, in the middle circle."),
    QT_TRANSLATE_NOOP("Export",
                      "Write the people in your life in the circles and the groups in the boxes. Put the "
                      "ones who feel closest nearest the middle. Draw more shapes if you need them."),
    QT_TRANSLATE_NOOP("Export",
                      "Draw a line from the middle to each one, the way the legend shows: strong, ordinary, "
                      "weak or stressful. Add arrows to show which way support goes."),
    QT_TRANSLATE_NOOP("Export",
                      "Look at your map together. What do you notice? Then write one thing you will do "
                      "this week."),
)


def compose_worksheet(painter: Painter, options: PageOptions) -> None:
    landscape = options.orientation == "landscape"
    pw, ph = page_dimensions(options.page_size, landscape)
    m = MARGIN
    cw = pw - 2 * m
    painter.begin_page(pw, ph)
    y = _title_block(painter, m, m, cw)
    if landscape:
        # The drawing fills the left; steps, key and commitment stand in a column on the right.
        side_w = 250.0
        draw_w = cw - side_w - GAP
        area_h = ph - m - y
        _draw_rings_and_shapes(painter, m + draw_w / 2, y + area_h / 2,
                               max(60.0, min(draw_w, area_h) / 2 - 4))
        sx = m + draw_w + GAP
        sy = _steps(painter, sx, y, side_w, 9.5)
        items = legend_items(None, side_w - LEGEND_SAMPLE - 2 * LEGEND_PADDING - 8)
        key_h = legend_height(items, 1)
        commit = commitment_row("", side_w)
        bottom = ph - m - commit.height
        commit.draw(painter, sx, bottom, side_w)
        draw_legend(painter, items, sx, max(sy + 6, bottom - GAP - key_h), side_w, 1, 0.8)
    else:
        y = _steps(painter, m, y, cw, 10.0) + GAP - 4
        # Bottom: the key and the commitment box side by side.
        key_w = cw * 0.5 - GAP / 2
        items = legend_items(None, key_w - LEGEND_SAMPLE - 2 * LEGEND_PADDING - 8)
        key_h = legend_height(items, 1)
        commit_w = cw - key_w - GAP
        commit = commitment_row("", commit_w, min_height=key_h)
        bottom_y = ph - m - max(key_h, commit.height)
        area_h = bottom_y - GAP - y
        _draw_rings_and_shapes(painter, m + cw / 2, y + area_h / 2, max(60.0, min(cw, area_h) / 2 - 4))
        draw_legend(painter, items, m, bottom_y, key_w, 1, 0.8)
        commit.draw(painter, m + key_w + GAP, bottom_y, commit_w)
    painter.end_page()


def _title_block(painter: Painter, x: float, y: float, w: float) -> float:
    """Title and the name and date lines; returns the y below them."""
    title = T.make_line(_tr("Export", "My circle of support"), 22.0, bold=True)
    painter.text(x, y + 21, title, TEXT)
    y += 34
    name = T.make_line(_tr("Export", "Name:"), 11.0)
    date = T.make_line(_tr("Export", "Date:"), 11.0)
    date_x = x + w * 0.68
    painter.text(x, y + 11, name, MUTED)
    painter.line(x + name.width + 6, y + 13, date_x - 18, y + 13, 0.7, RULE)
    painter.text(date_x, y + 11, date, MUTED)
    painter.line(date_x + date.width + 6, y + 13, x + w, y + 13, 0.7, RULE)
    return y + 26


def _steps(painter: Painter, x: float, y: float, w: float, size: float) -> float:
    """The four numbered steps; returns the y below them."""
    for number, step in enumerate(STEPS, start=1):
        painter.text(x, y + size, T.make_line(f"{number}.", size, bold=True), TEXT)
        for line in T.wrap_lines(_tr("Export", step), size, w - 18):
            painter.text(x + 16, y + size, line, TEXT)
            y += size * 1.35
        y += 3
    return y


def _draw_rings_and_shapes(p: Painter, cx: float, cy: float, outer: float) -> None:
    from .. import style

    names = ring_names()
    radii = [outer * f for _, f in RING_FRACTIONS]
    for radius in radii:
        p.circle(cx, cy, radius, None, style.RING_COLOUR, 1.0)
    for (key, _), radius in zip(RING_FRACTIONS, radii):
        ring_label(p, names[key], cx, cy - radius, 8.5)
    centre_r = outer * CENTRE_FRACTION
    p.circle(cx, cy, centre_r, style.CENTRE_FILL, style.NODE_OUTLINE, 1.6)
    inner = [centre_r] + radii
    scale_shape = min(1.0, (radii[1] - radii[0]) / (2 * PERSON_RADIUS + 8))
    for kind, band, angle in EMPTY_SHAPES:
        r = (inner[band] + inner[band + 1]) / 2
        a = math.radians(angle)
        x, y = cx + r * math.sin(a), cy - r * math.cos(a)
        if kind == "person":
            pr = PERSON_RADIUS * scale_shape
            p.circle(x, y, pr, "#ffffff", style.NODE_OUTLINE, 1.0)
        else:
            w, h = GROUP_SIZE[0] * scale_shape, GROUP_SIZE[1] * scale_shape
            p.rounded_rect(x - w / 2, y - h / 2, w, h, 6 * scale_shape, "#ffffff", style.NODE_OUTLINE, 1.0)


def worksheet_bytes(options: PageOptions | None = None) -> bytes:
    from .pdf import PdfPainter, fast_flate, new_canvas

    options = options or PageOptions(orientation="portrait")
    if options.orientation == "auto":
        options = dataclasses.replace(options, orientation="portrait")
    buffer = io.BytesIO()
    with export_language(options.language) as language:
        canvas = new_canvas(buffer, _tr("Export", "My circle of support"), "", language)
        compose_worksheet(PdfPainter(canvas), options)
    with fast_flate():
        canvas.save()
    return buffer.getvalue()


def export_worksheet(path: str | os.PathLike[str], options: PageOptions | None = None) -> None:
    """Write the blank worksheet PDF atomically. Raises MapFileError when it cannot be written."""
    from ..io.atomic import write_bytes_atomically

    try:
        payload = worksheet_bytes(options)
    except FileNotFoundError as exc:
        raise ExportError(str(exc)) from None
    write_bytes_atomically(path, payload, keep_backup=False)
