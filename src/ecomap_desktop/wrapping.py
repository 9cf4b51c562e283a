"""One rule for breaking text into lines, used by the canvas and every export.

Each drawing back end supplies its own *measure* (text -> width), both reading the same bundled font
file (Qt on the canvas, reportlab on paper), so a name breaks into the same lines on screen and on
paper. Words stay whole unless one alone is wider than the line; then it is broken between
characters. No text is ever dropped or replaced by an ellipsis. Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections.abc import Callable

Measure = Callable[[str], float]

# Characters after which a line may break even without a space (CJK ideographs, kana, Hangul...).
_CJK = "[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
_FIRST_CJK = "\u2e80"  # below it, a text has none of them
_PIECES_RE = re.compile(r"\S+\s*|\s+")
_HYPHEN_RE = re.compile(r"[^-\s]+-+(?=[^-\s])|.+", re.DOTALL)


@functools.cache
def _cjk_pattern() -> re.Pattern[str]:
    # Compiled the first time a text holds such a character: the wide ranges take a few
    # milliseconds to compile, which every start of the app would pay otherwise.
    return re.compile(_CJK)


def tokens(paragraph: str) -> list[str]:
    """Pieces between which a line may break; each keeps its trailing space (or hyphen)."""
    pieces = _PIECES_RE.findall(paragraph)
    if "-" in paragraph:
        # A line may also break after a hyphen inside a word ("Gutierrez-" / "Villanueva").
        pieces = [part for piece in pieces for part in _HYPHEN_RE.findall(piece)]
    if paragraph.isascii() or max(paragraph) < _FIRST_CJK:
        return pieces
    cjk = _cjk_pattern()
    if not cjk.search(paragraph):
        return pieces
    out: list[str] = []
    for piece in pieces:
        start = 0
        for i, char in enumerate(piece):
            if cjk.match(char) and i + 1 < len(piece) and not piece[i + 1].isspace():
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


def wrap_paragraph(paragraph: str, max_width: float, measure: Measure,
                   pieces: list[str] | None = None) -> list[str]:
    """Lines of one paragraph (no newlines in it), greedy, no wider than *max_width*; a line breaks
    between *pieces* (tokens() of it when not given)."""
    paragraph = paragraph.strip()
    if not paragraph:
        return [""]
    if measure(paragraph) <= max_width:
        return [paragraph]
    lines: list[str] = []
    current = ""
    for token in (tokens(paragraph) if pieces is None else pieces):
        word = token.rstrip()
        if current and measure((current + token).rstrip()) <= max_width:
            current += token
            continue
        if current:
            lines.append(current.rstrip())
        if measure(word) > max_width:
            # An item of a list wider than the line breaks at its own spaces first (its age kept on
            # the word before it); only a single word wider than the line is cut.
            parts = (break_word(word, max_width, measure) if pieces is None
                     else wrap_paragraph(word, max_width, measure, _age_glued(word)))
            lines.extend(parts[:-1])
            current = parts[-1] + token[len(word):]
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


def list_pieces(text: str) -> list[str]:
    """Pieces of a list of items joined by ", " ("Amira Haddad (31), Yusuf (12)") between which a
    line may break: after each comma only, so an item (a name and its age) stays on one line."""
    items = text.split(", ")
    return [item + ", " for item in items[:-1]] + items[-1:]


def _age_glued(item: str) -> list[str] | None:
    """tokens() of one list item with a bracketed part ("(45)") joined to the word before it, or
    None when the item is a single word (then it can only be cut)."""
    pieces: list[str] = []
    for token in tokens(item):
        if pieces and token.startswith("("):
            pieces[-1] += token
        else:
            pieces.append(token)
    return pieces if len(pieces) > 1 else None


def balanced(text: str, max_width: float, measure: Measure) -> list[str]:
    """Lines of a one-paragraph *text* as few as wrap gives at *max_width*, but as even as they can
    be ("Food pantry" / "at the Y" rather than "Food pantry at the" / "Y")."""
    return Paragraph(text, measure).balanced(max_width)


# Texts of up to this many pieces have every run measured at once (at most 36 runs for 8 pieces).
_ALL_RUNS_MAX = 8


class Paragraph:
    """One paragraph to be wrapped at many widths (a node tries several, and balancing bisects):
    split into pieces once, each run of pieces measured once. Gives the lines wrap_paragraph and
    balanced give, without repeating their work at every width."""

    __slots__ = ("text", "_measure", "_tokens", "_spans", "_whole", "_widest", "_cuts", "_wraps", "_monotone",
                 "_narrowest", "_widths", "_pieces", "_rows")

    def __init__(self, text: str, measure: Measure, pieces: list[str] | None = None) -> None:
        """*pieces*: the text's pieces between which a line may break (tokens() of it when not given;
        list_pieces for a list of items)."""
        self.text = text.strip()
        self._measure = measure
        self._tokens = (tokens(self.text) if pieces is None else pieces) if self.text else []
        self._pieces = pieces
        self._spans: dict[tuple[int, int], float] = {}  # (first, last) piece -> width of that run
        self._widths: dict[str, float] = {}  # each text measured, by its text (see width)
        self._whole: float | None = None
        self._widest: float | None = None
        # A short text's lines at a width depend only on which of its runs fit in that width: with
        # every run measured (_cuts, sorted), each different fit is wrapped once (_wraps).
        self._cuts: list[float] | None = None
        self._wraps: dict[int, tuple[str, ...]] = {}
        # For balanced(): whether no run is narrower than a run inside it (true of any measure that
        # adds up the widths of the characters), and, per number of lines, the narrowest cut at which
        # the text wraps into that many lines.
        self._monotone = False
        self._narrowest: dict[int, tuple[float, float, tuple[str, ...]]] = {}
        # With every run measured: the widths of the runs from each piece on, by their last piece.
        self._rows: list[list[float]] | None = None
        if 1 < len(self._tokens) <= _ALL_RUNS_MAX:
            toks, spans, widths = self._tokens, self._spans, self._widths
            count = len(toks)
            monotone = True
            # From the last piece back, so that the run one piece shorter at either end of each run is
            # measured before it: monotone while neither is wider.
            later: list[float] = []  # the runs from the next piece on, by their last piece
            rows: list[list[float]] = [later] * count
            for first in range(count - 1, -1, -1):
                run = ""
                row: list[float] = []  # the runs from this piece on
                for last in range(first, count):
                    run += toks[last]
                    text = run.rstrip()
                    width = widths.get(text)
                    if width is None:
                        width = widths[text] = measure(text)
                    spans[first, last] = width
                    # row[-1]: the run one piece shorter at its end; later[...]: at its start.
                    if row and (row[-1] > width or later[last - first - 1] > width):
                        monotone = False
                    row.append(width)
                later = rows[first] = row
            self._cuts = sorted(set(spans.values()))
            self._whole = spans[0, count - 1]  # whole_width(): the run of every piece
            # widest(), from the runs just measured: _lines() reads it whenever the cuts are known.
            self._widest = max([spans[i, i] for i, token in enumerate(toks) if token.strip()], default=0.0)
            self._monotone = monotone
            self._rows = rows

    def _span(self, first: int, last: int) -> float:
        key = (first, last)
        width = self._spans.get(key)
        if width is None:
            width = self._spans[key] = self.width("".join(self._tokens[first : last + 1]).rstrip())
        return width

    def width(self, text: str) -> float:
        """measure(text), remembered: a line of the text is one of its runs, measured already."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._measure(text)
        return width

    def whole_width(self) -> float:
        """The text's own width: at this width or more it is one line."""
        if self._whole is None:  # the whole text is the run of all its pieces
            self._whole = self._span(0, len(self._tokens) - 1)
        return self._whole

    def widest(self) -> float:
        """widest_word of the text: the widest piece no line may break."""
        if self._widest is None:
            self._widest = max((self._span(i, i) for i, token in enumerate(self._tokens) if token.strip()),
                               default=0.0)
        return self._widest

    def wrap(self, max_width: float) -> list[str]:
        """wrap_paragraph(text, max_width, measure)."""
        return list(self._lines(max_width))

    def _lines(self, max_width: float) -> tuple[str, ...] | list[str]:
        cuts = self._cuts
        if cuts is None or self._widest > max_width:  # (known whenever the cuts are)
            return self._wrap(max_width)  # a word broken in two: its pieces are not runs
        fits = bisect_right(cuts, max_width)
        lines = self._wraps.get(fits)
        if lines is None:
            lines = self._wraps[fits] = tuple(self._wrap(max_width))
        return lines

    def _wrap(self, max_width: float) -> list[str]:
        # While no word is wider than the line, every choice below compares max_width with the width
        # of a run of pieces (the whole text is one), which is what lets _lines() reuse an answer.
        if not self.text:
            return [""]
        if (self._whole if self._whole is not None else self.whole_width()) <= max_width:
            return [self.text]
        if (self._widest if self._widest is not None else self.widest()) > max_width:
            # A word is broken: the full rule.
            return wrap_paragraph(self.text, max_width, self._measure, self._pieces)
        toks, lines, start = self._tokens, [], 0
        for end in self._line_starts(max_width):
            if end:  # (the first line starts at 0)
                lines.append("".join(toks[start:end]).rstrip())
                start = end
        last = "".join(toks[start:])
        if last.strip():
            lines.append(last.rstrip())
        return lines

    def _line_starts(self, max_width: float) -> list[int]:
        """Where each of _wrap's lines starts (the index of its first piece) while no piece is wider than
        *max_width*: a line ends before the piece that would make it wider."""
        toks, start, starts = self._tokens, 0, [0]
        rows = self._rows
        if rows is not None and self._monotone:
            # No run narrower than one inside it: along the runs from a line's first piece the widths
            # only grow, so the first too wide is found by bisection.
            count = len(toks)
            while True:
                start += bisect_right(rows[start], max_width, 1)
                if start >= count:
                    return starts
                starts.append(start)
        spans = self._spans
        for index in range(1, len(toks)):
            width = spans.get((start, index))  # _span(), inlined
            if width is None:
                width = self._span(start, index)
            if width > max_width:
                starts.append(index)
                start = index
        return starts

    def _count_at(self, fits: int) -> int:
        """len(self._lines(cut)) for the cut at which *fits* runs fit, no narrower than the widest
        piece (every run measured), without making the lines (balanced_lines walks several widths to
        find one line count)."""
        known = self._wraps.get(fits)
        if known is not None:
            return len(known)
        max_width = self._cuts[fits - 1]  # type: ignore[index]  # known whenever this is asked
        if self.whole_width() <= max_width:
            return 1
        starts = self._line_starts(max_width)
        return len(starts) if "".join(self._tokens[starts[-1]:]).strip() else len(starts) - 1

    def balanced(self, max_width: float) -> list[str]:
        """balanced(text, max_width, measure)."""
        return list(self.balanced_lines(max_width))

    def balanced_lines(self, max_width: float) -> tuple[str, ...] | list[str]:
        """balanced(), as a tuple or list not to be changed (a node tries many widths)."""
        cuts, wraps = self._cuts, self._wraps
        if cuts is None or self._widest > max_width:  # _lines(), inlined: a node asks at many widths
            lines = self._wrap(max_width)
        else:
            fits = bisect_right(cuts, max_width)
            lines = wraps.get(fits)
            if lines is None:
                lines = wraps[fits] = tuple(self._wrap(max_width))
        count = len(lines)
        if count < 2:
            return lines
        low = self._widest if self._widest is not None else self.widest()
        if low >= max_width:
            return lines  # a word is broken anyway: keep the plain wrap
        high = max_width
        if cuts is None:
            for _ in range(8):  # to within half a percent of the width: plenty for a name
                middle = (low + high) / 2
                if len(self._wrap(middle)) == count:
                    high = middle
                else:
                    low = middle
            return self._lines(high)
        if self._monotone:
            # The same bisection, step for step. With no run narrower than one inside it, the
            # wider the line the fewer the lines, so a middle wraps into *count* lines exactly when
            # it is at least the narrowest cut that does: each step is one comparison.
            found = self._narrowest.get(count)
            if found is None:
                place = bisect_right(cuts, low)  # low is the widest piece, itself a cut
                while self._count_at(place) != count:
                    place += 1
                # The next cut: below it every width from least on wraps as least does.
                following = cuts[place] if place < len(cuts) else math.inf
                found = self._narrowest[count] = (cuts[place - 1], following, self._lines(cuts[place - 1]))
            least, following, at_least = found
            # The steps end within (max_width - low) / 256 above least (the gap halves at each), so
            # when the next cut is further away than twice that, they end where least wraps.
            if following - least > (max_width - low) / 128:
                return at_least
            for _ in range(8):
                middle = (low + high) / 2
                if middle >= least:
                    high = middle
                else:
                    low = middle
            return self._lines(high)
        # The same bisection, where a width's lines depend only on how many runs fit in it (its
        # place among the cuts): once low and high sit between the same two cuts, every width the
        # steps left could try wraps as high does, and so does the high they would end on.
        bottom, top = bisect_right(cuts, low), bisect_right(cuts, high)
        for _ in range(8):
            if bottom == top:
                break
            middle = (low + high) / 2
            place = bisect_right(cuts, middle)
            found = wraps.get(place)  # _lines(middle), inlined: this runs thousands of times on a big map
            if len(found if found is not None else self._lines(middle)) == count:
                high, top = middle, place
            else:
                low, bottom = middle, place
        return self._lines(high)
