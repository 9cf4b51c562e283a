"""The insights panel: what the map shows, in two small bar charts and plain sentences.

Computed from the document on demand (analysis.insights) and never stored. Edits restart a short
timer, so typing a name or dragging stays fast; the panel only recomputes while it is on show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ... import labels, style
from ...analysis.insights import Insights, compute_for_document, sentences
from ...i18n import fill, translate as _tr
from ...model.document import Document
from ...model.vocabulary import STRENGTHS
from ..icons.lines import strength_pen
from ..widgets.reader_language import tell_reader
from .trends import TrendsSection

# How long the panel waits after the last edit before recomputing, in milliseconds.
REFRESH_DELAY_MS = 250


@dataclass
class Bar:
    label: str
    value: int
    strength: str | None = None  # draw this line style's sample before the label
    fill: str | None = None  # the bar's tint (a second cue only; the label names the bar)


class BulletedSentence(QLabel):
    """One sentence of the summary, its bullet drawn in the label's own left margin: a screen reader
    meets the sentence alone (a bullet label of its own was read as an item before every sentence)."""

    GAP = 6  # between the bullet and the sentence

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names come from the map: never markup
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._leave_room()

    def _leave_room(self) -> None:
        self.setContentsMargins(self.fontMetrics().horizontalAdvance("•") + self.GAP, 0, 0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._leave_room()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(0, self.contentsRect().top() + self.fontMetrics().ascent()), "•")
        painter.end()


class BarChart(QWidget):
    """A small horizontal bar chart drawn with QPainter: one row per bar, the count at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value}" for b in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _sample_width(self) -> int:
        return 46 if any(b.strength for b in self._bars) else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, max(1, len(self._bars)) * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        ink = self.palette().windowText().color()
        row = self._row_height()
        sample = self._sample_width()
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 8,
                          int(self.width() * 0.45))
        count_width = metrics.horizontalAdvance("0000")
        bar_left = sample + label_width
        bar_room = max(10, self.width() - bar_left - count_width - 4)
        top_value = max(1, max(b.value for b in self._bars))
        for index, bar in enumerate(self._bars):
            y = index * row
            middle = y + row / 2
            if bar.strength:
                painter.setPen(strength_pen(bar.strength, scale=0.7))
                painter.drawLine(QPointF(2, middle), QPointF(sample - 8, middle))
                if style.LINE_STYLES[bar.strength].ticks:
                    painter.setPen(QPen(QColor(style.LINE_COLOUR), 1.4))
                    for x in range(8, sample - 8, 9):
                        painter.drawLine(QPointF(x - 3, middle + 5), QPointF(x + 3, middle - 5))
            painter.setPen(ink)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(QRectF(sample, y, label_width - 6, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            length = bar_room * bar.value / top_value
            if bar.value:
                painter.setPen(QPen(QColor(style.NODE_OUTLINE), 1))
                painter.setBrush(QColor(bar.fill or "#7a9cc6"))
                painter.drawRect(QRectF(bar_left, y + 4, max(2.0, length), row - 8))
            painter.setPen(ink)
            painter.drawText(QRectF(bar_left + length + 4, y, count_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(bar.value))
        painter.end()


class InsightsPanel(QWidget):
    """Counts, charts and sentences about the map, refreshed shortly after each edit."""

    def __init__(self, document: Document, parent: QWidget | None = None, visit_words: str = "") -> None:
        """*visit_words*: the date in words of the past visit *document* is a copy of ("" for today's)."""
        super().__init__(parent)
        self.setObjectName("insightsPanel")
        tell_reader(self, name=lambda: _tr("InsightsPanel", "What the map shows"))
        self._doc = document
        self._dirty = True
        self.insights: Insights | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self._title = QLabel(self.tr("What the map shows"))
        self._subtitles: list[QLabel] = []
        layout.addWidget(self._title)
        if visit_words:  # a past visit's summary: not the map as it is now
            said = self.tr("Worked out from the map as it was at the visit of %1. Read it together; it is "
                           "a starting point for talking, not a score.")
            hint = QLabel(fill(said, visit_words))
        else:
            hint = QLabel(self.tr("Worked out from the map as it is now. Read it together; it is a "
                                  "starting point for talking, not a score."))
        self._hint = hint
        hint.setWordWrap(True)
        palette = hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        hint.setPalette(palette)
        layout.addWidget(hint)

        # One row per sentence, wrapped beside its bullet (a hanging indent).
        self._sentence_box = QWidget()
        tell_reader(self._sentence_box, name=lambda: _tr("InsightsPanel", "What the map shows, in words"))
        self._sentence_column = QVBoxLayout(self._sentence_box)
        self._sentence_column.setContentsMargins(0, 0, 0, 0)
        self._sentence_column.setSpacing(4)
        self._sentence_labels: list[BulletedSentence] = []
        layout.addWidget(self._sentence_box)

        self._strength_title = self._subtitle(self.tr("Lines by how they feel"))
        layout.addWidget(self._strength_title)
        self.strength_chart = BarChart()
        tell_reader(self.strength_chart, name=lambda: _tr("InsightsPanel", "Lines by how they feel"))
        layout.addWidget(self.strength_chart)
        self._category_title = self._subtitle(self.tr("Who is on the map"))
        layout.addWidget(self._category_title)
        self.category_chart = BarChart()
        tell_reader(self.category_chart, name=lambda: _tr("InsightsPanel", "Who is on the map"))
        layout.addWidget(self.category_chart)
        self.trends = TrendsSection()  # shown with two visits or more
        layout.addWidget(self.trends)
        layout.addStretch(1)
        self._apply_fonts()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (document.node_added, document.node_removed, document.node_changed, document.edge_added,
                       document.edge_removed, document.edge_changed, document.meta_changed):
            signal.connect(self._schedule)
        document.reset.connect(self._on_reset)
        document.visits_changed.connect(self._on_visits_changed)
        self.refresh()

    def hint_text(self) -> str:
        """What the summary says it was worked out from."""
        return self._hint.text()

    def sentence_texts(self) -> list[str]:
        """The sentences on show, in order."""
        return [text.text() for text in self._sentence_labels if not text.isHidden()]

    def _show_sentences(self, texts: list[str]) -> None:
        while len(self._sentence_labels) < len(texts):
            text = BulletedSentence()
            self._sentence_column.addWidget(text)
            self._sentence_labels.append(text)
        for index, text in enumerate(self._sentence_labels):
            shown = index < len(texts)
            text.setVisible(shown)
            if shown and text.text() != texts[index]:
                text.setText(texts[index])

    def _subtitle(self, text: str) -> QLabel:
        label = QLabel(text)
        self._subtitles.append(label)
        return label

    def _apply_fonts(self) -> None:
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(self.font().pointSizeF() * 1.3)
        self._title.setFont(title)
        sub = QFont(self.font())
        sub.setBold(True)
        for label in self._subtitles:
            label.setFont(sub)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:  # the charts' words, a reader's too, in it
            self._on_reset()
        super().changeEvent(event)

    # ----- refreshing ------------------------------------------------------------------------

    def _on_show(self) -> bool:
        """Whether the summary can be seen: a tab behind another is "visible" to Qt, only moved away."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _schedule(self, *_args) -> None:
        self._dirty = True
        if self._on_show():
            self._timer.start()  # restarts: a burst of edits makes one refresh

    def _on_reset(self) -> None:
        """A map was opened: no burst of edits to wait for."""
        self._dirty = True
        if self._on_show():
            self.refresh()

    def _on_visits_changed(self) -> None:
        """A visit started, was deleted or redated (or a map opened): the trends, at once."""
        if self._on_show():
            self.trends.setVisible(self.trends.refresh(self._doc))
        else:
            self._dirty = True

    def refresh_if_changed(self) -> None:
        """Refresh now if the map changed while the summary could not be seen (its tab came back)."""
        if self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def is_pending(self) -> bool:
        """True while a refresh is waiting for the timer (for tests)."""
        return self._timer.isActive()

    def refresh(self) -> None:
        """Recompute from the document now."""
        self._timer.stop()
        self._dirty = False
        ins = self.insights = compute_for_document(self._doc)
        self._show_sentences(sentences(ins))
        self.strength_chart.set_bars(
            [Bar(labels.strength_name(s), ins.by_strength.get(s, 0), strength=s) for s in STRENGTHS]
        )
        self.category_chart.set_bars(
            [Bar(labels.category_name(c), n, fill=style.category_fill(c)) for c, n in ins.by_category.items()]
        )
        for widget in (self.category_chart, self._category_title):
            widget.setVisible(bool(ins.by_category))
        for widget in (self.strength_chart, self._strength_title):
            widget.setVisible(ins.connections > 0)
        self.trends.setVisible(self.trends.refresh(self._doc))
