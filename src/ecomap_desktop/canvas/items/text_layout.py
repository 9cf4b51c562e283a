"""The label font, and a label's lines placed for drawing, once per change of text (never while painting)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

from ... import style
from ...node_shape import LINE_HEIGHT, NodeShape, label_size, node_shape
from ...typeface import families_for

_fonts: dict[tuple[str, float, bool], QFont] = {}  # label fonts made so far, by lead family, size, weight
_metrics_cache: dict[tuple[str, int, bool, bool], QFontMetricsF] = {}
# Widths measured so far, per metrics: a map's names share many words ("Person", "School", "Aunt"),
# and fitting a name measures each of its words and runs of words.
_widths: dict[int, dict[str, float]] = {}
_WIDTHS_MAX = 50_000  # texts kept per metrics (a few MB at most); then it starts again
# Each name's fitted shape (node_shape.NodeShape, never changed in place) by kind, household line and
# fonts, then by text: a map drawn again (a visit switched back, a picture exported) does not fit its
# names again. Keyed by the plain text within, so a big map adds no key object per name for Python's
# cycle collector to go through.
fitted_shapes: dict[tuple, dict[str, object]] = {}
FITTED_MAX = 20_000  # shapes kept per kind, household and fonts (and such sets kept); then it starts again


def font_metrics(font: QFont) -> QFontMetricsF:
    """Metrics of a label font, made once per family, size and weight (big maps have thousands)."""
    key = (font.families()[0] if font.families() else font.family(), font.pixelSize(), font.bold(),
           font.italic())
    metrics = _metrics_cache.get(key)
    if metrics is None:
        metrics = _metrics_cache[key] = QFontMetricsF(font)
    return metrics


def forget_measures() -> None:
    """Forget every width measured and shape fitted (the benchmarks time a first look at a map's
    names with it)."""
    for known in _widths.values():
        known.clear()  # emptied, not dropped: each measurer() holds its own
    fitted_shapes.clear()


def text_width(metrics: QFontMetricsF, text: str) -> float:
    """metrics.horizontalAdvance(text), remembered (for metrics from font_metrics, kept for good)."""
    known = _widths.get(id(metrics))
    if known is None:
        known = _widths[id(metrics)] = {}
    width = known.get(text)
    if width is None:
        if len(known) >= _WIDTHS_MAX:
            known.clear()
        width = known[text] = metrics.horizontalAdvance(text)
    return width


_measurers: dict[int, Callable[[str], float]] = {}


def measurer(metrics: QFontMetricsF) -> Callable[[str], float]:
    """text_width with *metrics* as one function (for metrics from font_metrics, kept for good):
    fitting a name measures many runs of its words, each through this."""
    found = _measurers.get(id(metrics))
    if found is None:
        known = _widths.get(id(metrics))
        if known is None:
            known = _widths[id(metrics)] = {}
        advance = metrics.horizontalAdvance

        def measure(text: str) -> float:
            width = known.get(text)
            if width is None:
                if len(known) >= _WIDTHS_MAX:
                    known.clear()
                width = known[text] = advance(text)
            return width

        found = _measurers[id(metrics)] = measure
    return found


def label_font(pixel_size: float, bold: bool = False, text: str = "") -> QFont:
    """The label font at a size in scene units (1 unit = 1 px at 100% zoom, as in the PDF's points).

    Always the bundled typeface (never the system's default), without kerning or hinting, so a name
    measures and breaks as in the PDF, which reportlab draws from the same files without either.
    With *text*, the family for its script comes first (see typeface.families_for).
    """
    families = families_for(text)
    key = (families[0] if families else "", pixel_size, bold)
    cached = _fonts.get(key)
    if cached is not None:
        return QFont(cached)  # a copy: callers may make it italic
    font = QFont()
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Every property set, so nothing is inherited from the application's (the system's) font.
    font.setPixelSize(max(1, round(pixel_size)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setStyle(QFont.Style.StyleNormal)
    font.setStretch(QFont.Stretch.Unstretched)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.0)
    font.setWordSpacing(0.0)
    font.setCapitalization(QFont.Capitalization.MixedCase)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    _fonts[key] = QFont(font)
    return font


_font_pairs: dict[tuple[str, float, bool], tuple[QFont, QFontMetricsF]] = {}


def shared_label_font(pixel_size: float, bold: bool = False, text: str = "") -> tuple[QFont, QFontMetricsF]:
    """label_font and its font_metrics, both shared: callers must not change the font."""
    families = families_for(text)
    key = (families[0] if families else "", pixel_size, bold)
    pair = _font_pairs.get(key)
    if pair is None:
        font = label_font(pixel_size, bold, text)
        pair = _font_pairs[key] = (font, font_metrics(font))
    return pair


def name_fonts(kind: str, label: str, members: str) -> tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]:
    """The shared fonts, with their metrics, of a name of *kind* (node_shape's) and of its
    household's line *members* (the name's own when there is none)."""
    font, metrics = shared_label_font(label_size(kind), kind == "centre", label)
    small, small_metrics = shared_label_font(style.HOUSEHOLD_FONT_SIZE, text=members) if members else (
        font, metrics)
    return font, metrics, small, small_metrics


def fitted_shape(kind: str, label: str, members: str, metrics: QFontMetricsF,
                 small_metrics: QFontMetricsF) -> NodeShape:
    """node_shape for *label* (and the household's line *members*) in the fonts of *metrics* and
    *small_metrics* (from font_metrics), fitted once per text (fitted_shapes)."""
    setup = (kind, members, id(metrics), id(small_metrics))  # metrics are kept for good
    shapes = fitted_shapes.get(setup)
    if shapes is None:
        if len(fitted_shapes) >= FITTED_MAX:
            fitted_shapes.clear()
        shapes = fitted_shapes[setup] = {}
    shape = shapes.get(label)
    if shape is None:
        shape = node_shape(kind, label, measurer(metrics), members, measurer(small_metrics))
        if len(shapes) >= FITTED_MAX:
            shapes.clear()
        shapes[label] = shape
    return shape


def fit_names(names: Iterable[tuple[str, str, list[str]]]) -> None:
    """Fit the names (kind, label, household lines) of many nodes about to be made, all before any
    of their items, which then find their shapes fitted (NodeItem). The same work as fitting each
    name as its item is made, but a 5,000-node map's first build took a fifth longer that way (most
    likely each kind of work kept pushing the other's data out of the processor's caches). An empty
    name is left to its item (it may show a placeholder)."""
    plain: dict[tuple[str, str], tuple[QFontMetricsF, QFontMetricsF]] = {}  # see below
    for kind, label, household in names:
        if not label.strip():
            continue
        kind = kind if kind in style.LABEL_WRAP_WIDTH else "person"
        members = ", ".join(household)
        both = plain.get((kind, members)) if label.isascii() else None
        if both is None:  # every ASCII name of a kind and household has the same fonts (families_for)
            _font, metrics, _small, small_metrics = name_fonts(kind, label, members)
            both = (metrics, small_metrics)
            if label.isascii():
                plain[kind, members] = both
        fitted_shape(kind, label, members, *both)


_PLAIN_TEXT = Qt.TextFormat.PlainText


class TextBlock:
    """Wrapped lines ready to draw: each with its font, top-left position and static text.

    Made when a node is first drawn (on a big map, thousands at once), with the static texts; the
    lines as text and the boxes only when asked for (few objects each, for Python's cycle collector)."""

    __slots__ = ("runs", "_shape_rows", "_widths", "_rect")

    def __init__(self, runs: list[tuple[QFont, QPointF, QStaticText]] | None = None, shape_rows=(),
                 widths: tuple[float, ...] | list[float] = ()) -> None:
        """*runs*: each line's font, top-left position and static text, placed as node_shape laid out
        *shape_rows* ((text, size, top) each), whose advance *widths* they have (see build_block)."""
        # The lines as static texts.
        self.runs: list[tuple[QFont, QPointF, QStaticText]] = runs if runs is not None else []
        self._shape_rows, self._widths = shape_rows, widths
        self._rect: QRectF | None = None if self.runs else QRectF()

    @property
    def rows(self) -> list[tuple[QFont, QPointF, str]]:
        """Each line's font, top-left position and text."""
        return [(font, position, text)
                for (font, position, _), (text, _, _) in zip(self.runs, self._shape_rows)]

    @property
    def rect(self) -> QRectF:
        """The text's box, centred on (0, 0)."""
        if self._rect is None:
            max_width, top = max(self._widths), self.runs[0][1].y()
            self._rect = QRectF(-max_width / 2, top, max_width, -2 * top)
        return self._rect

    @property
    def line_rects(self) -> tuple[QRectF, ...]:
        """Each line's box (advance width by line height)."""
        return tuple(QRectF(position.x(), position.y(), width, size * LINE_HEIGHT) for (_, position, _),
                     (_, size, _), width in zip(self.runs, self._shape_rows, self._widths))


def block_box(rows, widths) -> tuple[float, float, float, float]:
    """The box build_block's lines fill (x, y, width, height), from node_shape's rows and their
    measured widths; all zero for no rows (an empty QRectF's)."""
    if not rows:
        return 0.0, 0.0, 0.0, 0.0
    max_width, top = max(widths), rows[0][2]
    return -max_width / 2, top, max_width, -2 * top


def build_block(rows, font: QFont, small: QFont, widths=None) -> TextBlock:
    """Lines placed as node_shape laid them out: (text, size, top), each centred on x = 0.

    Rows at the label's size are drawn with *font*, the others (household members) with *small*;
    *widths* are the rows' widths in those fonts when node_shape has measured them already.
    """
    if not rows:
        return TextBlock()
    label_size = rows[0][1]
    if not widths:
        widths = [text_width(font_metrics(font if size == label_size else small), line)
                  for line, size, _ in rows]
    # Placed and made static in one pass (a big map's first redraw makes thousands of these).
    runs = []
    for (line, size, top), width in zip(rows, widths):
        static = QStaticText(line)
        # Plain text: a name is never read as markup. Not prepared here: drawing lays it out for the
        # painter's font and zoom (a zoom other than 100% would lay it out again anyway).
        static.setTextFormat(_PLAIN_TEXT)
        runs.append((font if size == label_size else small, QPointF(-width / 2, top), static))
    return TextBlock(runs, rows, widths)
