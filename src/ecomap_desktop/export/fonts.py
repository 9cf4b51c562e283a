"""The bundled fonts, registered with reportlab on first use, and the choice of font per character.

A PDF font draws only the characters it has glyphs for, so a name is split into runs, each drawn
with the first font in a fallback chain that covers its characters: Noto Sans for Latin (with
Vietnamese), Greek and Cyrillic, then Arabic, Hebrew, Thai, Ethiopic, and Droid Sans Fallback for
Chinese, Japanese and Korean. Fonts are parsed only when a character first needs them (the big CJK
font costs about 60 ms), and then stay registered for the life of the process.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from threading import Lock

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path
from ..typeface import FONT_FILES

# Fallback chains, first choice first. Ethiopic and CJK have no bold face bundled.

REGULAR_CHAIN = ("EcoSans", "EcoArabic", "EcoHebrew", "EcoThai", "EcoEthiopic", "EcoCJK")
BOLD_CHAIN = ("EcoSans-Bold", "EcoArabic-Bold", "EcoHebrew-Bold", "EcoThai-Bold", "EcoEthiopic", "EcoCJK")

_lock = Lock()
_coverage: dict[str, frozenset[int] | set[int]] = {}


def font_file(name: str):
    return resource_path("fonts", FONT_FILES[name])


def ensure_font(name: str) -> None:
    """Register one bundled font with reportlab (once per process)."""
    if name in _coverage:
        return
    with _lock:
        if name in _coverage:
            return
        path = font_file(name)
        try:
            # No automatic shaping: lines arrive already shaped and in visual order (text.py), and
            # output must not change with whether an optional shaping library happens to be installed.
            font = TTFont(name, str(path), shapable=False)
        except TypeError:  # reportlab before 4.1 has no shaping and no such argument
            font = TTFont(name, str(path))
        _remember_subsets(font.face)
        pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(font.face.charToGlyph)


class FontSubset(bytes):
    """A font file cut down to the characters a PDF uses, as reportlab makes it, with room for its
    compressed form (pdf.py keeps it there: the same subset is compressed to the same bytes)."""

    flated: bytes | None = None


_SUBSETS_KEPT = 64  # per font; a full store starts afresh


def _remember_subsets(face) -> None:
    """Make reportlab's *face* keep each subset of its font file it makes, by the characters in it.

    Exporting a map again (after an edit, in another orientation, a print after a PDF) embeds the
    same characters: cutting the font file down to them again was a tenth of a small map's PDF. A
    subset is a pure function of the bundled font and the characters, in memory only."""
    make = face.makeSubset
    made: dict[tuple[int, ...], FontSubset] = {}

    def make_subset(subset) -> FontSubset:
        key = tuple(subset)
        found = made.get(key)
        if found is None:
            if len(made) >= _SUBSETS_KEPT:
                made.clear()
            found = made[key] = FontSubset(make(subset))
        return found

    face.makeSubset = make_subset


def covers(name: str, codepoint: int) -> bool:
    ensure_font(name)
    return codepoint in _coverage[name]


@dataclass
class FontChoice:
    """Picks a font per character for one chain, remembering answers (labels repeat characters)."""

    chain: tuple[str, ...]

    def __post_init__(self) -> None:
        self._cache: dict[str, str | None] = {}
        ensure_font(self.chain[0])

    @property
    def primary(self) -> str:
        return self.chain[0]

    def font_for(self, char: str) -> str | None:
        """The first font in the chain with a glyph for *char*, or None when none has one."""
        try:
            return self._cache[char]
        except KeyError:
            pass
        code = ord(char)
        found = None
        for name in self.chain:
            if covers(name, code):
                found = name
                break
        self._cache[char] = found
        return found


_choices: dict[bool, FontChoice] = {}


def font_choice(bold: bool = False) -> FontChoice:
    choice = _choices.get(bold)
    if choice is None:
        choice = _choices[bold] = FontChoice(BOLD_CHAIN if bold else REGULAR_CHAIN)
    return choice


def _joins_previous(char: str) -> bool:
    """Characters that belong with the run before them (spaces, combining marks, joiners)."""
    if char in " \u00a0\u200c\u200d\u200e\u200f":
        return True
    return unicodedata.category(char) in ("Mn", "Me", "Cf")


# Drawn for a character no bundled font has: reportlab draws such a character as nothing at all (a
# name in Devanagari left an empty circle), so the primary font's replacement character stands in.
MISSING_MARK = "\ufffd"


def split_runs(text: str, bold: bool = False) -> tuple[list[tuple[str, str]], int]:
    """Split already-visual *text* into (font name, text) runs; also count characters no font has.

    Characters no bundled font covers are drawn as MISSING_MARK in the primary font (their
    combining marks are left out), and counted so the caller can warn without repeating the text.
    """
    choice = font_choice(bold)
    primary = choice.primary
    if text.isascii():
        return ([(primary, text)] if text else []), 0
    runs: list[tuple[str, str]] = []
    current: str | None = None
    buf: list[str] = []
    missing = 0
    for char in text:
        if current is not None and _joins_previous(char) and covers(current, ord(char)):
            buf.append(char)
            continue
        name = choice.font_for(char)
        if name is None:
            if _joins_previous(char):  # a joiner, or a mark of a character no font has
                continue
            missing += 1
            char, name = MISSING_MARK, primary
        if name != current:
            if buf:
                runs.append((current, "".join(buf)))
            current, buf = name, [char]
        else:
            buf.append(char)
    if buf:
        runs.append((current, "".join(buf)))
    return runs, missing


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    width = pdfmetrics.stringWidth
    return sum(width(text, name, size) for name, text in runs)
