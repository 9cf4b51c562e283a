"""An SVG whose names are drawn as glyph outlines, so every reader shows the app's own picture.

QSvgGenerator writes each line of a name as ``<text font-family="...">``, and each reader then
chooses a font for itself: Chromium drew the map in a serif face, rsvg and Inkscape in a wider one,
and on a machine without Noto Sans every reader would. rsvg and Inkscape ignore fonts embedded with
``@font-face``, so neither naming nor embedding the font draws the same picture everywhere. Here
Qt lays each line out again with the font the picture was painted with (and the same fallback fonts
for other scripts); each glyph's outline is written once in ``<defs>`` and placed with ``<use>``.
The ``<text>`` stays, invisible (``opacity="0"``), so the words are still in the file for search,
copying and screen readers.

The file also scales to the window it is shown in: a ``viewBox`` and a width and height of 100%.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..typeface import register_qt_fonts

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_SVG = f"{{{SVG_NS}}}"
_HREF = f"{{{XLINK_NS}}}href"
# A picture with more characters of names than this keeps them as text: outlining each glyph of
# the largest map the app accepts (6,000 names of 200 characters) took minutes and 3 GB. A
# 5,000-person map of ordinary names has about 50,000.
MAX_OUTLINED_GLYPHS = 200_000
# Characters XML 1.0 cannot hold, which QSvgGenerator writes as they come (a pasted control code).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _path_data(path) -> str:
    """A QPainterPath as SVG path data (moves, lines and cubic curves)."""
    from PySide6.QtGui import QPainterPath

    kinds = QPainterPath.ElementType
    parts: list[str] = []
    count = path.elementCount()
    i = 0
    while i < count:
        element = path.elementAt(i)
        if element.type == kinds.MoveToElement:
            if parts:
                parts.append("Z")
            parts.append(f"M{_number(element.x)} {_number(element.y)}")
            i += 1
        elif element.type == kinds.LineToElement:
            parts.append(f"L{_number(element.x)} {_number(element.y)}")
            i += 1
        else:  # CurveToElement and its two CurveToDataElements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{_number(element.x)} {_number(element.y)} {_number(c2.x)} {_number(c2.y)} "
                         f"{_number(end.x)} {_number(end.y)}")
            i += 3
    if parts:
        parts.append("Z")
    return "".join(parts)


class _Glyphs:
    """Each glyph's outline once, in <defs>, by font and size."""

    def __init__(self, defs: ET.Element) -> None:
        self.defs = defs
        self.ids: dict[tuple, str | None] = {}

    def use_id(self, raw_font, index: int) -> str | None:
        key = (raw_font.familyName(), raw_font.styleName(), raw_font.weight(), raw_font.style(),
               round(raw_font.pixelSize(), 3), index)
        if key in self.ids:
            return self.ids[key]
        path = raw_font.pathForGlyph(index)
        glyph_id = None
        if not path.isEmpty():
            glyph_id = f"glyph{len(self.ids)}"
            ET.SubElement(self.defs, f"{_SVG}path", {"id": glyph_id, "d": _path_data(path)})
        self.ids[key] = glyph_id
        return glyph_id


class _Fonts:
    """The label font a <text> element's attributes describe.

    QSvgGenerator writes the font's families joined by commas, the one for the name's script first
    (typeface.families_for); any bundled family it left out follows them.
    """

    def __init__(self) -> None:
        self.cache: dict[tuple, object] = {}
        self.families = register_qt_fonts()

    def font(self, element: ET.Element):
        from PySide6.QtGui import QFont

        from ..canvas.items.text_layout import label_font

        key = tuple(element.get(name, "") for name in ("font-family", "font-size", "font-weight",
                                                         "font-style"))
        font = self.cache.get(key)
        if font is None:
            family, size, weight, style = key
            try:
                pixels = float(size)  # QSvgGenerator writes the pixel size of a pixel-sized font
            except ValueError:
                pixels = 12.0
            font = label_font(pixels)  # no kerning, no hinting: placed as on the canvas
            named = _families(family)
            font.setFamilies(named + [f for f in self.families if f not in named])
            try:
                font.setWeight(QFont.Weight(int(weight)))
            except ValueError:
                pass
            font.setItalic(style in ("italic", "oblique"))
            self.cache[key] = font
        return font


def _families(attribute: str) -> list[str]:
    """The family names in a font-family attribute ("Noto Sans,Noto Sans Arabic" or quoted CSS)."""
    return [name.strip().strip("'\"") for name in attribute.split(",") if name.strip().strip("'\"")]


def _glyph_group(text: ET.Element, fonts: _Fonts, glyphs: _Glyphs) -> ET.Element | None:
    """A <g> of <use> elements drawing *text*'s line where the reader would have drawn it."""
    from PySide6.QtGui import QTextLayout

    words = "".join(text.itertext())
    if not words.strip():
        return None
    try:
        x, y = float(text.get("x", "0")), float(text.get("y", "0"))
    except ValueError:
        return None
    layout = QTextLayout(words, fonts.font(text))
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    if not line.isValid():
        return None
    runs = layout.glyphRuns()
    # A character no bundled font has is drawn by Qt's "box" engine, whose raw font has no size
    # (and crashes when asked its family): such a line stays text, for the reader's fonts to draw.
    if any(run.rawFont().pixelSize() <= 0 for run in runs):
        return None
    baseline = y - line.ascent()
    group = ET.Element(f"{_SVG}g", {"fill": text.get("fill", "#000000"),
                                    "fill-opacity": text.get("fill-opacity", "1"), "stroke": "none"})
    for run in runs:
        raw_font = run.rawFont()
        for index, position in zip(run.glyphIndexes(), run.positions()):
            glyph_id = glyphs.use_id(raw_font, index)
            if glyph_id is not None:
                ET.SubElement(group, f"{_SVG}use", {_HREF: f"#{glyph_id}", "x": _number(x + position.x()),
                                                    "y": _number(baseline + position.y())})
    return group if len(group) else None


def outline_text(svg: bytes) -> bytes:
    """*svg* (as QSvgGenerator wrote it) with every line of text drawn as glyph outlines."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(_NOT_XML.sub("", svg.decode("utf-8", errors="replace")))
    defs = root.find(f"{_SVG}defs")
    if defs is None:
        defs = ET.Element(f"{_SVG}defs")
        root.insert(0, defs)
    fonts, glyphs = _Fonts(), _Glyphs(defs)
    texts = list(root.iter(f"{_SVG}text"))
    if sum(len("".join(text.itertext())) for text in texts) > MAX_OUTLINED_GLYPHS:
        texts = []  # names stay text (see MAX_OUTLINED_GLYPHS)
    for parent in list(root.iter()) if texts else ():
        children = list(parent)
        if not any(child.tag == f"{_SVG}text" for child in children):
            continue
        placed = []  # the children again, each outline before its text (one pass: a big map has
        for child in children:  # thousands of names in one group)
            if child.tag == f"{_SVG}text":
                group = _glyph_group(child, fonts, glyphs)
                if group is not None:
                    placed.append(group)
                    # Both: rsvg, with no font for a character, draws its "missing" box even at
                    # fill-opacity 0.
                    child.set("fill-opacity", "0")
                    child.set("opacity", "0")
            placed.append(child)
        parent[:] = placed
    for element in root.iter():
        family = element.get("font-family")
        if family is not None:  # where the invisible words sit, for selecting them
            quoted = [f"'{name}'" for name in _families(family)]
            element.set("font-family", ", ".join(quoted + ["sans-serif"]))
    # Scale to the window or page it is shown in; the viewBox keeps its shape.
    root.set("width", "100%")
    root.set("height", "100%")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text).encode("utf-8")
