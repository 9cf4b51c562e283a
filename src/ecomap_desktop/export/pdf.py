"""The map as a PDF: vector drawing with reportlab, from the model, with embedded Unicode fonts.

``export_pdf(doc, path, options)`` writes the file atomically (a failed export leaves no partial
file) and returns what a caller should tell the user. ``pdf_bytes`` gives the bytes alone.

The file says nothing about who made it or where: the title is the generic "Eco-map" in the page's
language, the author and subject are empty, creator and producer are "Ecomap Desktop <version>",
and the dates are the map's own "modified" time, so the same map always gives the same bytes. The
catalogue's /Lang is the page's language.
"""

from __future__ import annotations

import io
import os
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from .compose.mapinfo import read_map
from .compose.page import compose_info, read_changes_for
from . import text as T
from .options import ExportError, PageOptions
from ..i18n import export_language, translate as _tr

# Binary (Flate) streams, not ASCII85 on top: smaller files and about a quarter of the time saved.
# reportlab reads this setting when it writes a stream, not on import, so it can follow the imports.
rl_config.useA85 = 0


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return int(value[0:2], 16) / 255.0, int(value[2:4], 16) / 255.0, int(value[4:6], 16) / 255.0


_KAPPA = 0.5522847498  # control-point distance for a quarter circle drawn as one Bezier curve


class PdfPainter:
    """compose.painter.Painter on a reportlab canvas.

    Shapes are written as PDF operators with Canvas.addLiteral (one call per shape, numbers to 1/100
    pt), which is several times faster than reportlab's per-operator path API on maps with thousands
    of nodes; state (colours, width, dash, caps) is only emitted when it changes. Text goes through
    reportlab's text objects, which subset and embed the fonts; consecutive text calls share one
    text object.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.height = 0.0
        self._rgb_cache: dict[str, str] = {}
        self._text = None
        self._alpha = 1.0  # inside "q ... gs" for translucent fills while below 1
        self._reset()

    def _reset(self) -> None:
        self._stroke = self._fill = self._width = self._dash = self._cap = None
        self._font = None

    def _rgb(self, colour: str) -> str:
        ops = self._rgb_cache.get(colour)
        if ops is None:
            r, g, b = _rgb(colour)
            ops = self._rgb_cache[colour] = f"{r:.4g} {g:.4g} {b:.4g}"
        return ops

    def _end_text(self) -> None:
        if self._text is not None:
            self.c.drawText(self._text)
            self._text = None

    def _set_alpha(self, alpha: float) -> None:
        """Translucent fills run inside one q/Q pair, however many shapes share the same alpha."""
        if alpha == self._alpha:
            return
        self._end_text()
        if self._alpha < 1.0:
            self.c.addLiteral("Q")
            # Q brings back the colours and width in force before q; forget what was set inside.
            self._stroke = self._fill = self._width = self._dash = self._cap = None
        if alpha < 1.0:
            self.c.addLiteral("q")
            self.c.setFillAlpha(alpha)
        self._alpha = alpha

    def _stroke_ops(self, colour: str, width: float, dash, round_cap: bool) -> str:
        ops = []
        if colour != self._stroke:
            ops.append(self._rgb(colour) + " RG")
            self._stroke = colour
        if width != self._width:
            ops.append(f"{width:.3f} w")
            self._width = width
        if dash != self._dash:
            ops.append(("[" + " ".join(f"{d:.2f}" for d in dash) + "] 0 d") if dash else "[] 0 d")
            self._dash = dash
        cap = 1 if round_cap else 0
        if cap != self._cap:
            ops.append(f"{cap} J")
            self._cap = cap
        return " ".join(ops)

    def _fill_ops(self, colour: str) -> str:
        if colour == self._fill:
            return ""
        self._fill = colour
        return self._rgb(colour) + " rg"

    def _emit(self, *parts: str) -> None:
        self.c.addLiteral(" ".join(filter(None, parts)))

    def _begin_shape(self, alpha: float = 1.0) -> None:
        """Close any text object and set the fill alpha, before computing a shape's state."""
        if alpha != self._alpha:
            self._set_alpha(alpha)
        if self._text is not None:
            self._end_text()

    # ----- Painter -----------------------------------------------------------------------------

    def begin_page(self, width: float, height: float) -> None:
        self.c.setPageSize((width, height))
        self.height = height
        self._reset()
        self.c.addLiteral("1 j")  # round joins

    def end_page(self) -> None:
        self._set_alpha(1.0)
        self._end_text()
        self.c.showPage()

    def line(self, x1, y1, x2, y2, width, colour, dash=None, round_cap=False) -> None:
        self._begin_shape()
        h = self.height
        self._emit(self._stroke_ops(colour, width, dash, round_cap),
                   f"{x1:.2f} {h - y1:.2f} m {x2:.2f} {h - y2:.2f} l S")

    def segments(self, segs, width, colour) -> None:
        self._begin_shape()
        h = self.height
        path = " ".join([f"{a:.2f} {h - b:.2f} m {c:.2f} {h - d:.2f} l" for a, b, c, d in segs])
        self._emit(self._stroke_ops(colour, width, None, False), path, "S")

    def polygon(self, points, fill) -> None:
        self._begin_shape()
        h = self.height
        (x0, y0), rest = points[0], points[1:]
        path = f"{x0:.2f} {h - y0:.2f} m " + " ".join([f"{x:.2f} {h - y:.2f} l" for x, y in rest])
        self._emit(self._fill_ops(fill), path, "h f")

    def _paint_op(self, fill, stroke, width) -> tuple[str, str]:
        state = []
        if fill:
            state.append(self._fill_ops(fill))
        if stroke:
            state.append(self._stroke_ops(stroke, width, None, False))
        op = "B" if fill and stroke else ("f" if fill else ("S" if stroke else "n"))
        return " ".join(filter(None, state)), op

    def circle(self, cx, cy, r, fill, stroke, width=1.0) -> None:
        self._begin_shape()
        state, op = self._paint_op(fill, stroke, width)
        y = self.height - cy
        k = r * _KAPPA
        path = (
            f"{cx + r:.2f} {y:.2f} m "
            f"{cx + r:.2f} {y + k:.2f} {cx + k:.2f} {y + r:.2f} {cx:.2f} {y + r:.2f} c "
            f"{cx - k:.2f} {y + r:.2f} {cx - r:.2f} {y + k:.2f} {cx - r:.2f} {y:.2f} c "
            f"{cx - r:.2f} {y - k:.2f} {cx - k:.2f} {y - r:.2f} {cx:.2f} {y - r:.2f} c "
            f"{cx + k:.2f} {y - r:.2f} {cx + r:.2f} {y - k:.2f} {cx + r:.2f} {y:.2f} c h"
        )
        self._emit(state, path, op)

    def rounded_rect(self, x, y, w, h, radius, fill, stroke, width=1.0, alpha=1.0) -> None:
        self._begin_shape(alpha)
        state, op = self._paint_op(fill, stroke, width)
        top = self.height - y
        bottom = top - h
        right = x + w
        r = max(0.0, min(radius, w / 2, h / 2))
        if r < 0.5:
            self._emit(state, f"{x:.2f} {bottom:.2f} {w:.2f} {h:.2f} re", op)
            return
        k = r * (1 - _KAPPA)
        path = (
            f"{x + r:.2f} {bottom:.2f} m {right - r:.2f} {bottom:.2f} l "
            f"{right - k:.2f} {bottom:.2f} {right:.2f} {bottom + k:.2f} {right:.2f} {bottom + r:.2f} c "
            f"{right:.2f} {top - r:.2f} l "
            f"{right:.2f} {top - k:.2f} {right - k:.2f} {top:.2f} {right - r:.2f} {top:.2f} c "
            f"{x + r:.2f} {top:.2f} l "
            f"{x + k:.2f} {top:.2f} {x:.2f} {top - k:.2f} {x:.2f} {top - r:.2f} c "
            f"{x:.2f} {bottom + r:.2f} l "
            f"{x:.2f} {bottom + k:.2f} {x + k:.2f} {bottom:.2f} {x + r:.2f} {bottom:.2f} c h"
        )
        self._emit(state, path, op)

    def text(self, x, baseline, line: T.TextLine, colour, align="left") -> None:
        if not line.runs:
            return
        if align == "center":
            x -= line.width / 2
        elif align == "right":
            x -= line.width
        if self._alpha < 1.0:
            self._set_alpha(1.0)
        t = self._text
        if t is None:
            t = self._text = self.c.beginText()
            self._font = None
        if colour != self._fill:
            t.setFillColorRGB(*_rgb(colour))  # inside the text object; the graphics state keeps it
            self._fill = colour
        t.setTextOrigin(x, self.height - baseline)
        size = line.size
        for font, run in line.runs:
            if (font, size) != self._font:
                t.setFont(font, size)
                self._font = (font, size)
            t.textOut(run)


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


def new_canvas(buffer: io.BytesIO, title: str, stamp: str, language: str) -> Canvas:
    """A reportlab canvas with neutral, deterministic metadata, declaring the pages' *language*.

    The language ("en", "es") lets screen readers speak the page with the right voice and
    hyphenation; it is the page's own language, never the map's."""
    from . import fonts

    # The canvas sets an initial font on every page; make it a bundled one, or an unembedded
    # Helvetica would be named in the file.
    fonts.ensure_font("EcoSans")
    c = Canvas(buffer, invariant=1, pageCompression=1, initialFontName="EcoSans", initialFontSize=10,
               lang=language)
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


@contextmanager
def fast_flate():
    """Compress streams at zlib level 1 while a PDF is saved.

    reportlab always uses zlib's default level 6; on a 5,000-node map that is half the export time
    for 20% smaller files. Level 1 is set on reportlab's shared filter object for the duration of
    the save and removed after (exports run one at a time, on the GUI thread or the command line)."""
    from reportlab.pdfbase import pdfdoc

    flate = pdfdoc.PDFZCompress

    def encode(text):
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)

    flate.encode = encode
    try:
        yield
    finally:
        del flate.encode


def render(doc, options: PageOptions | None = None) -> tuple[bytes, ExportReport]:
    """The PDF's bytes and a report, without touching the disk."""
    options = options or PageOptions()
    with export_language(options.language) as language:
        info = read_map(doc)
        buffer = io.BytesIO()
        # The file's metadata names no one: the family's name is on the page, not in the Title field
        # that file managers, search indexes and print queues show.
        canvas = new_canvas(buffer, _tr("Export", "Eco-map"), doc.meta("modified") or doc.meta("created"),
                            language)
        result = compose_info(info, options, PdfPainter(canvas), changes=read_changes_for(doc, options))
    with fast_flate():
        canvas.save()
    return buffer.getvalue(), ExportReport(result.pages, result.warnings)


def pdf_bytes(doc, options: PageOptions | None = None) -> bytes:
    return render(doc, options)[0]


def export_pdf(doc, path: str | os.PathLike[str], options: PageOptions | None = None) -> ExportReport:
    """Write the map's PDF to *path* atomically. Raises MapFileError when the file cannot be written."""
    from ..io.atomic import write_bytes_atomically

    try:
        payload, report = render(doc, options)
    except FileNotFoundError as exc:  # a bundled font is missing
        raise ExportError(str(exc)) from None
    write_bytes_atomically(path, payload, keep_backup=False)
    return report
