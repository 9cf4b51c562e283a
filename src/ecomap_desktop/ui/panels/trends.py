"""The Summary's trends across visits: counts of what was drawn at each visit, in three small charts.

Shown only when the map has two or more visits. The counts and the number of changes between one
visit and the next come from analysis.changes.trends (the same figures as the PDF and `ecomap
measures`); they are counts of what was drawn, never a score, and the caption says so.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ... import labels
from ...analysis.changes import trends
from ...model.visits import date_in_words
from ...model.vocabulary import STRENGTHS
from ..widgets.trend_chart import TrendChart, TrendSeries
from ..widgets.reader_language import tell_reader
from ecomap_desktop.i18n import translate as _tr


class TrendsSection(QWidget):
    """Three charts (who is on the map; lines by how they feel; support and change) and a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tell_reader(self, name=lambda: _tr("Trends", "Across the visits"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(_tr("Trends", "Across the visits"))
        layout.addWidget(self.title)
        self.caption = QLabel(_tr("Trends", "These are counts of what was drawn at each visit, "
                                            "not a clinical measure."))
        self.caption.setWordWrap(True)
        palette = self.caption.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        self.caption.setPalette(palette)
        layout.addWidget(self.caption)
        self.charts: dict[str, TrendChart] = {}
        self._subtitles: list[QLabel] = []
        for key, title in (("people", lambda: _tr("Trends", "People and groups")),
                           ("lines", lambda: _tr("Trends", "Lines by how they feel")),
                           ("support", lambda: _tr("Trends", "Support to the family, and changes"))):
            subtitle = QLabel(title())
            self._subtitles.append(subtitle)
            layout.addWidget(subtitle)
            chart = TrendChart()
            tell_reader(chart, name=title)
            layout.addWidget(chart)
            self.charts[key] = chart
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for label in self._subtitles:
            label.setFont(bold)
        title = QFont(bold)
        title.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.title.setFont(title)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def refresh(self, doc_like) -> bool:
        """Count each visit of *doc_like* again; returns whether there is anything to show (2+ visits)."""
        if len(doc_like.visits()) < 2:
            return False
        rows = trends(doc_like)
        dates = [date_in_words(counts.date) for counts, _changes in rows]
        days = [counts.date for counts, _changes in rows]
        people = [counts for counts, _changes in rows]
        self.charts["people"].set_data(dates, [
            TrendSeries(_tr("Trends", "People"), tuple(c.people for c in people)),
            TrendSeries(_tr("Trends", "Groups"), tuple(c.groups for c in people)),
        ], days)
        self.charts["lines"].set_data(dates, [
            TrendSeries(labels.strength_name(s), tuple(c.by_strength.get(s, 0) for c in people))
            for s in STRENGTHS
        ], days)
        self.charts["support"].set_data(dates, [
            TrendSeries(_tr("Trends", "Lines where support comes to the family"),
                        tuple(c.support_to_family for c in people)),
            TrendSeries(_tr("Trends", "Changes since the visit before"),
                        tuple(changes for _counts, changes in rows)),
        ], days)
        return True
