"""One rule for breaking text into lines, used by the canvas and every export.

Each drawing back end supplies its own *measure* (text -> width), both reading the same bundled font
file (Qt on the canvas, reportlab on paper), so a name breaks into the same lines on screen and on
paper. Words stay whole unless one alone is wider than the line; then it is broken between
characters. No text is ever dropped or replaced by an ellipsis. Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Measure = Callable[[str], float]

# Characters after which a line may break even without a space (CJK ideographs, kana, Hangul...).
_CJK_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_PIECES_RE = re.compile(r"\S+\s*|\s+")
_HYPHEN_RE = re.compile(r"[^-\s]+-+(?=[^-\s])|.+", re.DOTALL)


def tokens(paragraph: str) -> list[str]:
    """Pieces between which a line may break; each keeps its trailing space (or hyphen)."""
    pieces = _PIECES_RE.findall(paragraph)
    if "-" in paragraph:
        # A line may also break after a hyphen inside a word ("Gutierrez-" / "Villanueva").
        pieces = [part for piece in pieces for part in _HYPHEN_RE.findall(piece)]
    if not _CJK_RE.search(paragraph):
        return pieces
    out: list[str] = []
    for piece in pieces:
        start = 0
        for i, char in enumerate(piece):
            if _CJK_RE.match(char) and i + 1 < len(piece) and not piece[i + 1].isspace():
                out.append(piece[start : i + 1])
                start = i + 1
        out.append(piece[start:])
    return [p for p in out if p]


def break_word(word: str, max_width: float, measure: Measure) -> list[str]:
    """Split a word wider than the line into pieces that fit (at least one character each)."""
    parts, current = [], ""
    for char in word:
        if current and measure(current + char) > max_width:
            parts.append(current)
            current = char
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def wrap_paragraph(paragraph: str, max_width: float, measure: Measure) -> list[str]:
    """Lines of one paragraph (no newlines in it), greedy, no wider than *max_width*."""
    paragraph = paragraph.strip()
    if not paragraph:
        return [""]
    if measure(paragraph) <= max_width:
        return [paragraph]
    lines: list[str] = []
    current = ""
    for token in tokens(paragraph):
        word = token.rstrip()
        if current and measure((current + token).rstrip()) <= max_width:
            current += token
            continue
        if current:
            lines.append(current.rstrip())
        if measure(word) > max_width:
            pieces = break_word(word, max_width, measure)
            lines.extend(pieces[:-1])
            current = pieces[-1] + token[len(word):]
        else:
            current = token
    if current.strip():
        lines.append(current.rstrip())
    return lines


def wrap(text: str, max_width: float, measure: Measure) -> list[str]:
    """Lines of *text* no wider than *max_width*; a newline starts a new line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(wrap_paragraph(paragraph, max_width, measure))
    return lines


def one_line(text: str) -> str:
    """A name as the map draws it: runs of spaces, tabs and newlines become one space."""
    return " ".join(text.split())


def widest_word(text: str, measure: Measure) -> float:
    """The width of the widest piece of *text* that no line may break (0 for no text)."""
    return max((measure(token.rstrip()) for token in tokens(text) if token.strip()), default=0.0)


def balanced(text: str, max_width: float, measure: Measure) -> list[str]:
    """Lines of a one-paragraph *text* as few as wrap gives at *max_width*, but as even as they can
    be ("Food pantry" / "at the Y" rather than "Food pantry at the" / "Y")."""
    lines = wrap_paragraph(text, max_width, measure)
    if len(lines) < 2:
        return lines
    low = widest_word(text, measure)
    if low >= max_width:
        return lines  # a word is broken anyway: keep the plain wrap
    high = max_width
    for _ in range(8):  # to within half a percent of the width: plenty for a name
        middle = (low + high) / 2
        if len(wrap_paragraph(text, middle, measure)) == len(lines):
            high = middle
        else:
            low = middle
    return wrap_paragraph(text, high, measure)
