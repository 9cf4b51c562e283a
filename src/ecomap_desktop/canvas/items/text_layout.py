"""Wrapping a label into a node-sized box, once per change of text (never while painting)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTextLayout, QTextOption

from ...typeface import families_for

# Labels this much narrower than the wrap width skip the line breaker: QTextLayout and
# QFontMetricsF.horizontalAdvance disagree by up to about a pixel, so close calls still go through it.
_FAST_FIT_MARGIN = 4.0
_metrics_cache: dict[tuple[str, int, bool, bool], QFontMetricsF] = {}
# The last width measured: a one-line label is measured by wrap_text and again by build_block.
_last_width: tuple[QFontMetricsF | None, str, float] = (None, "", 0.0)


def font_metrics(font: QFont) -> QFontMetricsF:
    """Metrics of a label font, made once per family, size and weight (big maps have thousands)."""
    key = (font.families()[0] if font.families() else font.family(), font.pixelSize(), font.bold(),
           font.italic())
    metrics = _metrics_cache.get(key)
    if metrics is None:
        metrics = _metrics_cache[key] = QFontMetricsF(font)
    return metrics


def text_width(metrics: QFontMetricsF, text: str) -> float:
    """metrics.horizontalAdvance(text), remembering the last answer."""
    global _last_width
    last_metrics, last_text, width = _last_width
    if last_metrics is metrics and last_text == text:
        return width
    width = metrics.horizontalAdvance(text)
    _last_width = (metrics, text, width)
    return width


def label_font(pixel_size: float, bold: bool = False, text: str = "") -> QFont:
    """The label font at a size in scene units (1 unit = 1 px at 100% zoom, as in the PDF's points).

    Always the bundled typeface (never the system's default), without kerning or hinting, so a name
    measures and breaks as in the PDF, which reportlab draws from the same files without either.
    With *text*, the family for its script comes first (see typeface.families_for).
    """
    font = QFont()
    font.setFamilies(families_for(text))
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
    return font


def _break_lines(text: str, font: QFont, width: float, mode: QTextOption.WrapMode) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        piece = text[line.textStart(): line.textStart() + line.textLength()].strip()
        if piece:
            lines.append(piece)
    layout.endLayout()
    return lines


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Lines of *text* no wider than *width*, at most *max_lines*, the last elided if needed.

    Words are kept whole when they nearly fit ("Grandmother" may overhang a circle a little rather
    than break as "Grandmothe-r"); only a really long word is broken anywhere.
    """
    text = " ".join(text.split())
    if not text:
        return []
    metrics = font_metrics(font)
    if text_width(metrics, text) < width - _FAST_FIT_MARGIN:
        return [text]  # fits on one line (most labels): no need to lay it out
    lines = _break_lines(text, font, width, QTextOption.WrapMode.WordWrap)
    if any(metrics.horizontalAdvance(line) > width * 1.25 for line in lines):
        lines = _break_lines(text, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[: max_lines - 1] + [rest]
    if lines:
        # Elide the last line when it was joined from leftovers or is one over-long word.
        limit = width * 1.25
        if metrics.horizontalAdvance(lines[-1]) > limit:
            lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, limit)
    return lines


@dataclass
class TextBlock:
    """Wrapped lines ready to draw: each with its font, top-left position and text."""

    rows: list[tuple[QFont, QPointF, str]]
    rect: QRectF  # the ink box, centred on (0, 0)
    _runs: list[tuple[QFont, QPointF, QStaticText]] | None = None

    @property
    def runs(self) -> list[tuple[QFont, QPointF, QStaticText]]:
        """The rows as static texts, made when first drawn (a big map's labels are not all drawn)."""
        if self._runs is None:
            self._runs = []
            for font, position, line in self.rows:
                static = QStaticText(line)
                static.setTextFormat(Qt.TextFormat.PlainText)
                # Not prepared here: drawing lays it out for the painter's font and zoom (a zoom
                # other than 100% would lay it out again anyway).
                self._runs.append((font, position, static))
        return self._runs


def build_block(parts: list[tuple[list[str], QFont]], gap: float = 3.0) -> TextBlock:
    """Stack groups of lines (e.g. the label, then household members), centred on (0, 0)."""
    rows: list[tuple[QFont, str, float, float, float]] = []  # font, text, width, gap above, height
    for lines, font in parts:
        metrics = font_metrics(font)
        for number, line in enumerate(lines):
            above = gap if rows and number == 0 else 0.0
            rows.append((font, line, text_width(metrics, line), above, metrics.height()))
    height = sum(above + line_height for _, _, _, above, line_height in rows)
    runs = []
    y = -height / 2
    max_width = 0.0
    for font, line, width, above, line_height in rows:
        y += above
        runs.append((font, QPointF(-width / 2, y), line))
        y += line_height
        max_width = max(max_width, width)
    return TextBlock(runs, QRectF(-max_width / 2, -height / 2, max_width, height))
