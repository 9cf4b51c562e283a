"""The map as a PDF: vector drawing with reportlab, from the model, with embedded Unicode fonts.

``export_pdf(doc, path, options)`` writes the file atomically (a failed export leaves no partial
file) and returns what a caller should tell the user. ``pdf_bytes`` gives the bytes alone.

The file says nothing about who made it or where: the title comes from the map only, the author and
subject are empty, creator and producer are "Ecomap Desktop <version>", and the dates are the map's
own "modified" time, so the same map always gives the same bytes.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from . import compose
from . import text as T
from .options import ExportError, PageOptions


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return int(value[0:2], 16) / 255.0, int(value[2:4], 16) / 255.0, int(value[4:6], 16) / 255.0


class PdfPainter:
    """compose.Painter on a reportlab canvas: flips y, and only emits state that changes."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.height = 0.0
        self._reset()

    def _reset(self) -> None:
        self._stroke = self._fill = self._width = self._dash = self._cap = None
        self._rgb_cache: dict[str, tuple[float, float, float]] = getattr(self, "_rgb_cache", {})

    def _colour(self, colour: str) -> tuple[float, float, float]:
        rgb = self._rgb_cache.get(colour)
        if rgb is None:
            rgb = self._rgb_cache[colour] = _rgb(colour)
        return rgb

    def _set_stroke(self, colour: str, width: float, dash, round_cap: bool) -> None:
        c = self.c
        if colour != self._stroke:
            c.setStrokeColorRGB(*self._colour(colour))
            self._stroke = colour
        if width != self._width:
            c.setLineWidth(width)
            self._width = width
        if dash != self._dash:
            c.setDash(list(dash) if dash else [], 0)
            self._dash = dash
        cap = 1 if round_cap else 0
        if cap != self._cap:
            c.setLineCap(cap)
            self._cap = cap

    def _set_fill(self, colour: str) -> None:
        if colour != self._fill:
            self.c.setFillColorRGB(*self._colour(colour))
            self._fill = colour

    # ----- Painter -----------------------------------------------------------------------------

    def begin_page(self, width: float, height: float) -> None:
        self.c.setPageSize((width, height))
        self.height = height
        self._reset()
        self.c.setLineJoin(1)

    def end_page(self) -> None:
        self.c.showPage()

    def line(self, x1, y1, x2, y2, width, colour, dash=None, round_cap=False) -> None:
        self._set_stroke(colour, width, dash, round_cap)
        h = self.height
        self.c.line(x1, h - y1, x2, h - y2)

    def segments(self, segs, width, colour) -> None:
        self._set_stroke(colour, width, None, False)
        h = self.height
        self.c.lines([(a, h - b, c, h - d) for a, b, c, d in segs])

    def polygon(self, points, fill) -> None:
        self._set_fill(fill)
        h = self.height
        path = self.c.beginPath()
        x, y = points[0]
        path.moveTo(x, h - y)
        for x, y in points[1:]:
            path.lineTo(x, h - y)
        path.close()
        self.c.drawPath(path, stroke=0, fill=1)

    def circle(self, cx, cy, r, fill, stroke, width=1.0) -> None:
        if fill:
            self._set_fill(fill)
        if stroke:
            self._set_stroke(stroke, width, None, False)
        self.c.circle(cx, self.height - cy, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def rounded_rect(self, x, y, w, h, radius, fill, stroke, width=1.0, alpha=1.0) -> None:
        if fill:
            self._set_fill(fill)
        if stroke:
            self._set_stroke(stroke, width, None, False)
        if alpha < 1.0:
            self.c.saveState()
            self.c.setFillAlpha(alpha)
        self.c.roundRect(x, self.height - y - h, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        if alpha < 1.0:
            self.c.restoreState()

    def text(self, x, baseline, line: T.TextLine, colour, align="left") -> None:
        if not line.runs:
            return
        if align == "center":
            x -= line.width / 2
        elif align == "right":
            x -= line.width
        self._set_fill(colour)
        obj = self.c.beginText(x, self.height - baseline)
        size = line.size
        for font, run in line.runs:
            obj.setFont(font, size)
            obj.textOut(run)
        self.c.drawText(obj)


@dataclass
class ExportReport:
    """What an export produced, for the caller to show: page count and plain warnings."""

    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def _pdf_date(stamp: str):
    """A date formatter for reportlab giving the map's own time (UTC), or None for the fixed one."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    text = when.strftime("D:%Y%m%d%H%M%S+00'00'")
    return lambda *_args: text


def new_canvas(buffer: io.BytesIO, title: str, stamp: str) -> Canvas:
    """A reportlab canvas with neutral, deterministic metadata."""
    from . import fonts

    # The canvas sets an initial font on every page; make it a bundled one, or an unembedded
    # Helvetica would be named in the file.
    fonts.ensure_font("EcoSans")
    c = Canvas(buffer, invariant=1, pageCompression=1, initialFontName="EcoSans", initialFontSize=10)
    c.setTitle(title)
    c.setAuthor("")
    c.setSubject("")
    c.setKeywords("")
    c.setCreator(f"{APP_NAME} {__version__}")
    c.setProducer(f"{APP_NAME} {__version__}")
    formatter = _pdf_date(stamp)
    if formatter is not None:
        c.setDateFormatter(formatter)
    return c


def render(doc, options: PageOptions | None = None) -> tuple[bytes, ExportReport]:
    """The PDF's bytes and a report, without touching the disk."""
    options = options or PageOptions()
    info = compose.read_map(doc)
    buffer = io.BytesIO()
    title = info.title or info.centre.label.strip()
    canvas = new_canvas(buffer, T.clean(title).replace("\n", " "), doc.meta("modified") or doc.meta("created"))
    result = compose.compose_info(info, options, PdfPainter(canvas))
    canvas.save()
    return buffer.getvalue(), ExportReport(result.pages, result.warnings)


def pdf_bytes(doc, options: PageOptions | None = None) -> bytes:
    return render(doc, options)[0]


def export_pdf(doc, path: str | os.PathLike[str], options: PageOptions | None = None) -> ExportReport:
    """Write the map's PDF to *path* atomically. Raises MapFileError when the file cannot be written."""
    from ..io.mapfile import write_bytes_atomically

    try:
        payload, report = render(doc, options)
    except FileNotFoundError as exc:  # a bundled font is missing
        raise ExportError(str(exc)) from None
    write_bytes_atomically(path, payload, keep_backup=False)
    return report
