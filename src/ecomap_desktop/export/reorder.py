"""One line of text holding right-to-left letters, put in the order reportlab draws it (left to right).

python-bidi (the Rust unicode-bidi crate) resolves each character's embedding level and reorders
the line, but leaves out rule L4 of the bidirectional algorithm: a bracket inside a right-to-left
run is drawn as its mirror image. Without it "فاطمة (12)" prints ")12(" where Qt (the canvas, PNG
and SVG) prints "(12)". So the line is reordered here from python-bidi's own levels, and the
brackets at right-to-left levels are mirrored; the order is checked against python-bidi's, and
should the two ever differ, python-bidi's order is drawn as it is.

The direction is the paragraph's (*rtl*), not the line's: every wrapped line of one paragraph
reads the same way, as in any text editor.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode's Bidi_Mirroring_Glyph pairs for the brackets and quotation marks a name or a note holds.
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_LEVEL_RE = re.compile(r"Level\(\s*(\d+)")
# Rule L1: whitespace and isolate marks at the end of a line take the paragraph's level.
_TRAILING = frozenset(("WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"))


def paragraph_rtl(paragraph: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter is (rules P2, P3)."""
    from bidi import get_base_level

    try:
        return get_base_level(paragraph) == 1
    except ValueError:  # no paragraph at all (empty text)
        return False


def _levels(line: str, base_dir: str) -> list[int] | None:
    """Each character's resolved level, as python-bidi computed it (its debug answer gives them,
    one per UTF-8 byte); None if that answer is not understood."""
    from bidi import get_display

    info = get_display(line, base_dir=base_dir, debug=True)
    start = info.find("levels:")
    if start < 0:
        return None
    by_byte = [int(level) for level in _LEVEL_RE.findall(info, start, info.find("]", start))]
    levels, at = [], 0
    for char in line:
        if at >= len(by_byte):
            return None
        levels.append(by_byte[at])
        at += len(char.encode("utf-8"))
    return levels if at == len(by_byte) else None


def _visual_order(line: str, levels: list[int], base: int) -> list[int]:
    """Indices of *line* in drawing order (rules L1 for the line's end, then L2)."""
    levels = list(levels)
    end = len(line)
    while end and unicodedata.bidirectional(line[end - 1]) in _TRAILING:
        end -= 1
        levels[end] = base
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def visual_line(line: str, rtl: bool) -> str:
    """*line* (already shaped) in drawing order, brackets in right-to-left runs mirrored."""
    from bidi import get_display

    base_dir = "R" if rtl else "L"
    shown = get_display(line, base_dir=base_dir)
    if not any(c in "()[]{}<>«»‹›" for c in line):
        return shown
    levels = _levels(line, base_dir)
    if levels is None:
        return shown
    order = _visual_order(line, levels, 1 if rtl else 0)
    if "".join(line[i] for i in order) != shown:
        return shown
    return "".join(line[i].translate(_MIRRORED) if levels[i] % 2 else line[i] for i in order)
