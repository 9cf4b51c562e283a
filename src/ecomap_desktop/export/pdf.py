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
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from ..collector import collector_paused
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
_two_places = "%.2f".__mod__  # a coordinate as every shape writes it (1/100 pt)
_SEGMENTS: dict[int, str] = {}


def _segments_format(count: int) -> str:
    """A %-format for *count* separate stroked segments: all their numbers formatted in one call."""
    found = _SEGMENTS.get(count)
    if found is None:
        found = " ".join(["%.2f %.2f m %.2f %.2f l"] * count + ["S"])
        if len(_SEGMENTS) < 1000:
            _SEGMENTS[count] = found
    return found


class PdfPainter:
    """compose.painter.Painter on a reportlab canvas.

    Shapes are written as PDF operators (numbers to 1/100 pt), gathered and handed to
    Canvas.addLiteral in one piece before any text, transparency change or page end, which is
    several times faster than reportlab's per-operator path API on maps with thousands of nodes;
    state (colours, width, dash, caps) is only emitted when it changes. Consecutive text calls
    share one text object, written as reportlab's PDFTextObject writes it (the same operators),
    with reportlab's fonts choosing each character's subset, which the file embeds.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.height = 0.0
        self._rgb_cache: dict[str, str] = {}
        # The open text object's operators (None: none open), and the subset of the font in use
        # (-1: none yet, as after reportlab's setFont) with its size's Tf operands.
        self._text: list[str] | None = None
        self._subset = -1
        self._size_ops = ""
        self._faces: dict[str, object] = {}
        self._alpha = 1.0  # inside "q ... gs" for translucent fills while below 1
        # Shapes' operators wait here and go to the canvas in one piece (_flush) before anything
        # else is written to it: the page's bytes are the same as one addLiteral per shape.
        self._ops: list[str] = []
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

    def _flush(self) -> None:
        if self._ops:
            self.c.addLiteral("\n".join(self._ops))
            self._ops.clear()

    def _end_text(self) -> None:
        if self._text is not None:
            self._flush()  # the shapes drawn before the text began
            self._text.append("ET")
            self.c.addLiteral(" ".join(self._text))
            self._text = None

    def _set_alpha(self, alpha: float) -> None:
        """Translucent fills run inside one q/Q pair, however many shapes share the same alpha."""
        if alpha == self._alpha:
            return
        self._end_text()
        self._flush()
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

    def _emit(self, state: str, path: str) -> None:
        self._ops.append(f"{state} {path}" if state else path)

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
        self._flush()
        self.c.showPage()

    def line(self, x1, y1, x2, y2, width, colour, dash=None, round_cap=False) -> None:
        self._begin_shape()
        h = self.height
        self._emit(self._stroke_ops(colour, width, dash, round_cap),
                   "%.2f %.2f m %.2f %.2f l S" % (x1, h - y1, x2, h - y2))

    def segments(self, segs, width, colour) -> None:
        self._begin_shape()
        h = self.height
        path = _segments_format(len(segs)) % tuple([v for a, b, c, d in segs for v in (a, h - b, c, h - d)])
        self._emit(self._stroke_ops(colour, width, None, False), path)

    def polygon(self, points, fill) -> None:
        self._begin_shape()
        h = self.height
        if len(points) == 3:  # a triangle, as every arrowhead is: formatted in one call
            (x0, y0), (x1, y1), (x2, y2) = points
            path = "%.2f %.2f m %.2f %.2f l %.2f %.2f l h f" % (x0, h - y0, x1, h - y1, x2, h - y2)
        else:
            (x0, y0), rest = points[0], points[1:]
            lines = " ".join([f"{x:.2f} {h - y:.2f} l" for x, y in rest])
            path = f"{x0:.2f} {h - y0:.2f} m {lines} h f"
        self._emit(self._fill_ops(fill), path)

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
        # Four Bezier quarters use five distinct x and five distinct y values: each is formatted once.
        x0, x1, x2, x3, x4, y0, y1, y2, y3, y4 = map(
            _two_places, (cx + r, cx + k, cx, cx - k, cx - r, y, y + k, y + r, y - k, y - r))
        path = (f"{x0} {y0} m {x0} {y1} {x1} {y2} {x2} {y2} c {x3} {y2} {x4} {y1} {x4} {y0} c "
                f"{x4} {y3} {x3} {y4} {x2} {y4} c {x1} {y4} {x0} {y3} {x0} {y0} c h {op}")
        self._emit(state, path)

    def rounded_rect(self, x, y, w, h, radius, fill, stroke, width=1.0, alpha=1.0) -> None:
        self._begin_shape(alpha)
        state, op = self._paint_op(fill, stroke, width)
        top = self.height - y
        bottom = top - h
        right = x + w
        r = max(0.0, min(radius, w / 2, h / 2))
        if r < 0.5:
            self._emit(state, f"{x:.2f} {bottom:.2f} {w:.2f} {h:.2f} re {op}")
            return
        k = r * (1 - _KAPPA)
        # Six distinct x and six distinct y values, each formatted once.
        l0, l1, l2, r2, r1, r0 = map(_two_places, (x, x + k, x + r, right - r, right - k, right))
        b0, b1, b2, t2, t1, t0 = map(_two_places, (bottom, bottom + k, bottom + r, top - r, top - k, top))
        path = (f"{l2} {b0} m {r2} {b0} l {r1} {b0} {r0} {b1} {r0} {b2} c {r0} {t2} l "
                f"{r0} {t1} {r1} {t0} {r2} {t0} c {l2} {t0} l {l1} {t0} {l0} {t1} {l0} {t2} c "
                f"{l0} {b2} l {l0} {b1} {l1} {b0} {l2} {b0} c h {op}")
        self._emit(state, path)

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
            t = self._text = ["BT", "1 0 0 1 0 0 Tm"]
            self._font = None
        if colour != self._fill:
            t.append(fp_str(_rgb(colour)) + " rg")  # inside the text object; the graphics state keeps it
            self._fill = colour
        t.append("1 0 0 1 " + fp_str(x, self.height - baseline) + " Tm")
        size = line.size
        doc = self.c._doc
        for font, run in line.runs:
            if (font, size) != self._font:
                self._font = (font, size)
                self._subset = -1
                self._size_ops = f" {fp_str(size)} Tf {fp_str(size * 1.2)} TL"  # reportlab's leading
            face = self._faces.get(font)
            if face is None:
                face = self._faces[font] = getFont(font)
            # The font puts each character in one of its subsets (of 256) as it first meets it.
            for subset, part in face.splitString(run, doc):
                if subset != self._subset:
                    t.append(face.getSubsetInternalName(subset, doc) + self._size_ops)
                    self._subset = subset
                t.append(f"({escapePDF(part)}) Tj")


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

    from .fonts import FontSubset

    flate = pdfdoc.PDFZCompress

    def encode(text):
        if type(text) is FontSubset:  # the same characters as an export before: compressed then
            if text.flated is None:
                text.flated = zlib.compress(text, 1)
            return text.flated
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)

    flate.encode = encode
    try:
        yield
    finally:
        del flate.encode


def render(doc, options: PageOptions | None = None) -> tuple[bytes, ExportReport]:
    """The PDF's bytes and a report, without touching the disk."""
    options = options or PageOptions()
    # A big map's page is tens of thousands of short-lived strings and tuples, none of them in a
    # cycle: without the pause they set off full collections of everything the app holds (about a
    # sixth of the export of a 5,000-node map).
    with collector_paused():
        with export_language(options.language) as language:
            info = read_map(doc)
            buffer = io.BytesIO()
            # The file's metadata names no one: the family's name is on the page, not in the Title
            # field that file managers, search indexes and print queues show.
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
