"""The PDF's text is written as reportlab's own text object writes it.

PdfPainter.text writes the text object's operators itself (reportlab's per-call measuring was most of
a name's cost), so a new reportlab that wrote them otherwise would leave our pages valid but no
longer reportlab's. This test draws the same lines both ways, with the installed reportlab, and
compares the page streams: names in several fonts and scripts, more than one font subset, colour
changes, and text between shapes."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from ecomap_desktop.export import fonts
from ecomap_desktop.export import text as T
from ecomap_desktop.export.pdf import PdfPainter, _rgb

PAGE = (400.0, 300.0)
# Latin, accents, Vietnamese, Cyrillic, Greek, Hebrew, Chinese and Arabic: more than 256 characters of
# one font between them, so its second subset is used too, and lines of more than one font.
NAMES = [
    "Maria Rivera & kids", "Sofía (9), Mateo (4)", "Mr. Nguyễn next door", "Абуэла Кармен",
    "Ελένη", "Sofía שרה כהן", "Abuela 李 Carmen", "مركز الأسرة", "Ms. Okonkwo (home visitor)",
    "".join(chr(c) for c in range(0x100, 0x250)),  # Latin Extended: a second subset
]
COLOURS = ["#1a1a1a", "#1a1a1a", "#5b6b7f", "#1a1a1a", "#aa3300", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#5b6b7f",
           "#1a1a1a"]


def _canvas() -> Canvas:
    fonts.ensure_font("EcoSans")
    c = Canvas(io.BytesIO(), invariant=1, pageCompression=0, initialFontName="EcoSans", initialFontSize=10)
    c.setPageSize(PAGE)
    return c


def _placed() -> list[tuple[float, float, T.TextLine, str]]:
    return [(20.0 + 3 * k, 30.0 + 25 * k, T.make_line(name, 9.0 + k % 3, bold=k % 2 == 1), colour)
            for k, (name, colour) in enumerate(zip(NAMES, COLOURS))]


def _ours(placed) -> str:
    c = _canvas()
    painter = PdfPainter(c)
    painter.height = PAGE[1]
    for k, (x, baseline, line, colour) in enumerate(placed):
        painter.text(x, baseline, line, colour)
        if k == 4:  # a shape ends the text object; the next text opens another
            painter.line(0, 0, 10, 10, 1.0, "#000000")
            painter._end_text()
    painter._end_text()
    painter._flush()
    return "\n".join(c._code)


def _reportlabs(placed) -> str:
    """The same text through reportlab's own text object, as PdfPainter wrote it before 4fed06a."""
    c = _canvas()
    fill = None

    def end(t):
        if t is not None:
            c.drawText(t)

    t, font = None, None
    for k, (x, baseline, line, colour) in enumerate(placed):
        if t is None:
            t, font = c.beginText(), None
        if colour != fill:
            t.setFillColorRGB(*_rgb(colour))
            fill = colour
        t.setTextOrigin(x, PAGE[1] - baseline)
        for face, run in line.runs:
            if (face, line.size) != font:
                t.setFont(face, line.size)
                font = (face, line.size)
            t.textOut(run)
        if k == 4:
            end(t)
            t = None
            c.addLiteral("0 0 0 RG\n1.000 w\n0 300 m 10 290 l S")
    end(t)
    return "\n".join(c._code)


def test_text_is_written_as_reportlabs_text_object_writes_it():
    placed = _placed()
    assert any(len(line.runs) > 1 for _, _, line, _ in placed)  # more than one font in a line
    ours, theirs = _ours(placed), _reportlabs(placed)
    # The shape between the two text objects is written by our painter's own operators: compare
    # the text objects only.
    def text_objects(stream: str) -> list[str]:
        found, at = [], 0
        while (start := stream.find("BT", at)) >= 0:
            end = stream.index("ET", start) + 2
            found.append(" ".join(stream[start:end].split()))
            at = end
        return found

    assert len(text_objects(ours)) == 2
    assert text_objects(ours) == text_objects(theirs)
