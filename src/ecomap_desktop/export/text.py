"""Lines of text ready to draw: wrapped, shaped for right-to-left scripts, split into font runs.

A TextLine keeps both the logical text (what was typed, for painters such as Qt's that shape text
themselves) and the visual runs (for reportlab, which draws glyphs in the order given):

- Arabic letters are replaced by their joined presentation forms (arabic-reshaper), since reportlab
  has no shaping engine of its own without the optional uharfbuzz/rlbidi packages;
- lines holding right-to-left characters are put in visual order with the Unicode bidirectional
  algorithm (python-bidi, brackets mirrored by reorder.py), in their paragraph's direction;
- the visual text is split into runs by the font that has each character (fonts.py).

Wrapping happens on the logical text, line by line, before reordering, as the bidi algorithm asks.
Widths are measured on what is drawn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..wrapping import wrap
from . import fonts

ELLIPSIS = "\u2026"

_RTL_RE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

_reshaper = None


def _reshape(text: str) -> str:
    global _reshaper
    if _reshaper is None:
        import arabic_reshaper

        # Keep the vowel marks (they are part of a name) and only the obligatory lam-alef ligatures.
        _reshaper = arabic_reshaper.ArabicReshaper(
            configuration={"delete_harakat": False, "support_ligatures": True, "ARABIC LIGATURE ALLAH": False}
        )
    return _reshaper.reshape(text)


def has_rtl(text: str) -> bool:
    return bool(_RTL_RE.search(text))


def visual(text: str, rtl: bool | None = None) -> str:
    """The characters of one line in the order and forms to draw them left to right, in the
    direction *rtl* of the paragraph it belongs to (None: the line's own)."""
    if not rtl and (text.isascii() or not has_rtl(text)):
        return text  # nothing to turn round
    from .reorder import paragraph_rtl, visual_line

    if rtl is None:
        rtl = paragraph_rtl(text)
    return visual_line(_reshape(text) if _ARABIC_RE.search(text) else text, rtl)


def clean(text: str) -> str:
    """NFC, with control characters (other than newlines) and tabs turned into spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if any(ord(c) < 32 for c in text):
        text = "".join(c if c == "\n" or ord(c) >= 32 else " " for c in text)
    return text


@dataclass(frozen=True)
class TextLine:
    """One line: logical text, the visual font runs, size in points, bold, width in points; *rtl*
    when its paragraph reads right to left (its lines then align right)."""

    logical: str
    runs: tuple[tuple[str, str], ...]
    size: float
    bold: bool
    width: float
    rtl: bool = False
    missing: int = 0  # characters no bundled font has


# Lines and widths made so far, by (text, size, bold): fitting a name measures the same words and
# runs of words at several widths, a map's names share words ("Person", "School"), and a map exported
# again (another format, a print after a PDF) is not measured again. Both are pure functions of the
# bundled fonts, and TextLine is never changed. Kept in memory only; cleared when full.
_lines: dict[tuple[str, float, bool, bool | None], TextLine] = {}
_widths: dict[tuple[str, float, bool], float] = {}
_CACHE_MAX = 50_000


def forget_measures() -> None:
    """Forget every line made and width measured (the benchmarks time a first export with it)."""
    _lines.clear()
    _widths.clear()


def make_line(text: str, size: float, bold: bool = False, rtl: bool | None = None) -> TextLine:
    """One line to draw; *rtl* is its paragraph's direction (None: a line of its own, whose first
    strong letter says)."""
    key = (text, size, bold, rtl)
    line = _lines.get(key)
    if line is None:
        if len(_lines) >= _CACHE_MAX:
            _lines.clear()
        if rtl is None:
            rtl = paragraph_direction(text)
        shown = visual(text, rtl)
        runs, missing = fonts.split_runs(shown, bold)
        line = _lines[key] = TextLine(text, tuple(runs), size, bold, fonts.runs_width(runs, size),
                                      rtl, missing)
    return line


def paragraph_direction(text: str) -> bool:
    """Whether a paragraph reads right to left (its first strong letter does)."""
    if text.isascii() or not has_rtl(text):
        return False
    from .reorder import paragraph_rtl

    return paragraph_rtl(text)


def measure(text: str, size: float, bold: bool = False) -> float:
    key = (text, size, bold)
    width = _widths.get(key)
    if width is None:
        if len(_widths) >= _CACHE_MAX:
            _widths.clear()
        if text.isascii():
            width = fonts.runs_width([(fonts.font_choice(bold).primary, text)], size)
        else:
            runs, _ = fonts.split_runs(visual(text), bold)
            width = fonts.runs_width(runs, size)
        _widths[key] = width
    return width


def wrap_text(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Logical lines of *text* no wider than *max_width* (newlines start new lines), by the rule
    the canvas uses too (wrapping.py), measured with the bundled fonts."""
    return wrap(clean(text), max_width, lambda line: measure(line, size, bold))


def _ellipsize(line: str, size: float, bold: bool, max_width: float) -> str:
    line = line.rstrip()
    while line and measure(line + ELLIPSIS, size, bold) > max_width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def wrap_lines(
    text: str, size: float, max_width: float, bold: bool = False, max_lines: int | None = None
) -> list[TextLine]:
    """Wrapped, drawable lines, each in its paragraph's direction; past *max_lines* the last line
    ends with an ellipsis."""
    logical: list[tuple[str, bool]] = []

    def width(line: str) -> float:
        return measure(line, size, bold)

    for paragraph in clean(text).split("\n"):
        rtl = paragraph_direction(paragraph)
        logical += [(line, rtl) for line in wrap(paragraph, max_width, width)]
    while logical and not logical[-1][0]:
        logical.pop()
    if max_lines is not None and len(logical) > max_lines:
        logical = logical[:max_lines]
        logical[-1] = (_ellipsize(logical[-1][0], size, bold, max_width), logical[-1][1])
    return [make_line(line, size, bold, rtl) for line, rtl in logical]
