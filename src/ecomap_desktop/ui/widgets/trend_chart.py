"""A small line chart of counts across visits, painted with QPainter.

One point per visit on each line, dates along the bottom, the count axis always starting at zero.
Visits are placed by their dates, never closer than a least gap, as on paper (timeline.py).
Each line has its own marker and dash pattern and a legend row in words, so no line is told apart by
colour alone. Everything is laid out when the data or the size changes, never while painting, and
the chart's geometry can be read back (tests check the data and the geometry, not pixels).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...timeline import LEAST_GAP_PT, visit_fractions
from ecomap_desktop.i18n import fill, translate as _tr

# Marker shapes, dash patterns and inks given to the lines in order (the colour is a second cue only).
MARKERS = ("circle", "square", "triangle", "diamond", "cross")
DASHES: tuple[tuple[float, ...] | None, ...] = (
    None, (5.0, 3.0), (1.5, 2.5), (7.0, 3.0, 1.5, 3.0), (3.0, 3.0))
INKS = ("#1f4e79", "#8a4b08", "#2f6b2f", "#6a2c70", "#444444")
PLOT_HEIGHT = 110  # pixels for the plot itself (the dates and legend come below it)
LEGEND_TEXT_LEFT = 48  # a legend row's words start after its line sample
MARKER_SIZE = 4.5  # half the size of a marker, pixels


@dataclass(frozen=True)
class TrendSeries:
    """One line of the chart: its name in words and one value per visit (None: nothing to show)."""

    name: str
    values: tuple[int | None, ...]


def nice_top(largest: int) -> tuple[int, int]:
    """The axis's top value and step for counts up to *largest*: at most five steps, top >= 1."""
    largest = max(1, largest)
    for step in _steps():
        if largest <= step * 5:
            return step * math.ceil(largest / step), step
    raise AssertionError("unreachable")  # _steps never ends


def _steps():
    scale = 1
    while True:
        for base in (1, 2, 5):
            yield base * scale
        scale *= 10


class TrendChart(QWidget):
    """Counts at each visit as lines with markers, a zero-based axis, the dates and a legend in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dates: list[str] = []
        self._series: list[TrendSeries] = []
        self._top, self._step = 1, 1
        self._plot = QRectF()
        self._days: list[str] = []  # each visit's date, ISO
        self._places: list[float] = []  # each visit's place along the axis, 0 to 1 (timeline.py)
        self._points: list[list[QPointF | None]] = []
        self._date_labels: list[tuple[QRectF, str]] = []
        self._legend_rows: list[tuple[float, float, str]] = []  # (top, height, words)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)

    # ----- data -----------------------------------------------------------------------------

    def set_data(self, dates: list[str], series: list[TrendSeries], days: list[str] | None = None) -> None:
        """*dates*: each visit's date in words, oldest first; each series has one value per date;
        *days*: the same dates, ISO, which place the visits by the calendar (without: evenly)."""
        if any(len(s.values) != len(dates) for s in series):
            raise ValueError("each series needs one value per visit")
        self._dates, self._series = list(dates), list(series)
        self._days = list(days) if days is not None and len(days) == len(dates) else [""] * len(dates)
        largest = max((v for s in series for v in s.values if v is not None), default=0)
        self._top, self._step = nice_top(largest)
        self.setAccessibleDescription(self.describe())
        self._layout()
        self.updateGeometry()
        self.update()

    def dates(self) -> list[str]:
        return list(self._dates)

    def series(self) -> list[TrendSeries]:
        return list(self._series)

    def axis_range(self) -> tuple[int, int]:
        """The count axis: (bottom, top). The bottom is always 0."""
        return 0, self._top

    def axis_ticks(self) -> list[int]:
        return list(range(0, self._top + 1, self._step))

    def describe(self) -> str:
        """The chart in words, for a screen reader: each line's count at each date."""
        parts = []
        for series in self._series:
            # "3 on March 4, 2025": the count and the date side by side ("March 4, 2025 3") were
            # heard as one number.
            values = [fill(_tr("TrendChart", "%1 on %2"), str(value), date)
                      for date, value in zip(self._dates, series.values) if value is not None]
            parts.append(f"{series.name}: {', '.join(values)}")
        return "; ".join(parts)

    # ----- geometry (worked out on a change of data or size) ---------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(self._plot)

    def points(self, index: int) -> list[QPointF | None]:
        """Where series *index* has its markers, one per visit (None where it has no value)."""
        return [QPointF(p) if p is not None else None for p in self._points[index]]

    def y_for(self, value: float) -> float:
        plot = self._plot
        return plot.bottom() - plot.height() * value / self._top

    def x_for(self, visit: int) -> float:
        return self._plot.left() + self._plot.width() * self._places[visit]

    def legend_texts(self) -> list[str]:
        """The legend's rows as written: each line's name and its counts, oldest visit first."""
        return [text for _top, _height, text in self._legend_rows]

    def legend_boxes(self) -> list[tuple[QRectF, str]]:
        """Where each legend row's words are written (a long one wraps onto more lines)."""
        return [(QRectF(LEGEND_TEXT_LEFT, top, self._legend_width(self.width()), height), text)
                for top, height, text in self._legend_rows]

    def date_labels(self) -> list[tuple[QRectF, str]]:
        """The dates written under the axis, with their boxes (some are left out when crowded)."""
        return list(self._date_labels)

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _layout(self) -> None:
        metrics = self._metrics()
        axis_width = metrics.horizontalAdvance(str(self._top)) + 10
        half_date = min(metrics.horizontalAdvance(self._dates[0]) / 2 if self._dates else 0, 60)
        left = max(axis_width, half_date) + 4
        right = self.width() - max(12.0, min(metrics.horizontalAdvance(self._dates[-1]) / 2 + 2, 60)
                                   if self._dates else 12.0)
        top = metrics.height() / 2 + 2
        self._plot = QRectF(left, top, max(10.0, right - left), PLOT_HEIGHT)
        least = LEAST_GAP_PT * self.logicalDpiX() / 72 / self._plot.width()  # half an inch
        self._places = visit_fractions(self._days, least)  # unreadable ("") days: evenly spaced
        self._points = [[QPointF(self.x_for(i), self.y_for(v)) if v is not None else None
                         for i, v in enumerate(s.values)] for s in self._series]
        self._layout_dates(metrics)
        # Each line's counts beside its name: lines with equal counts lie on top of each other.
        # A long name wraps rather than losing its counts to "…" in a narrow panel.
        top = self._legend_top(metrics)
        self._legend_rows = []
        for series in self._series:
            text = legend_text(series)
            height = self._legend_height(metrics, text, self.width())
            self._legend_rows.append((top, height, text))
            top += height + 6

    def _legend_top(self, metrics: QFontMetricsF) -> float:
        return metrics.height() / 2 + 2 + PLOT_HEIGHT + 2 * metrics.height() + 12

    @staticmethod
    def _legend_width(width: int) -> float:
        return max(40.0, width - LEGEND_TEXT_LEFT - 2)

    def _legend_height(self, metrics: QFontMetricsF, text: str, width: int) -> float:
        box = metrics.boundingRect(QRectF(0, 0, self._legend_width(width), 10_000),
                                   Qt.TextFlag.TextWordWrap, text)
        return max(metrics.height(), math.ceil(box.height()))

    def _layout_dates(self, metrics: QFontMetricsF) -> None:
        """The dates under their points: the first and the last always, others where they fit."""
        self._date_labels = []
        count = len(self._dates)
        if not count:
            return
        y = self._plot.bottom() + 6
        height = 2 * metrics.height()
        order = [0, count - 1] + list(range(1, count - 1)) if count > 1 else [0]
        placed: list[QRectF] = []
        for index in order:
            text = self._dates[index]
            width = self._date_width(metrics, text)
            box = QRectF(self.x_for(index) - width / 2, y, width, height)
            box.moveLeft(max(0.0, min(box.left(), self.width() - width)))
            if any(box.adjusted(-6, 0, 6, 0).intersects(other) for other in placed):
                continue
            placed.append(box)
            self._date_labels.append((box, text))
        self._date_labels.sort(key=lambda item: item[0].left())

    @staticmethod
    def _date_width(metrics: QFontMetricsF, text: str) -> float:
        """A date may break onto two lines ("4 March" over "2025"): the wider half decides."""
        head, _, tail = text.rpartition(" ")
        if not head:
            return metrics.horizontalAdvance(text) + 2
        return max(metrics.horizontalAdvance(head), metrics.horizontalAdvance(tail)) + 2

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        metrics = self._metrics()
        height = self._legend_top(metrics)
        for series in self._series:
            height += self._legend_height(metrics, legend_text(series), width) + 6
        return math.ceil(height + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(260, self.heightForWidth(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._layout()
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a narrower chart may need more lines for its legend

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._layout()
            self.updateGeometry()

    # ----- painting -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self._dates:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        self._paint_axes(painter, ink)
        for index, points in enumerate(self._points):
            self._paint_line(painter, index, points)
        self._paint_legend(painter, ink)
        painter.end()

    def _paint_axes(self, painter: QPainter, ink: QColor) -> None:
        plot = self._plot
        grid = QColor(ink)
        grid.setAlpha(40)
        metrics = self._metrics()
        for value in self.axis_ticks():
            y = self.y_for(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.setPen(QPen(ink, 1.2))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for index in range(len(self._dates)):
            x = self.x_for(index)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        for box, text in self._date_labels:
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, text)

    def _paint_line(self, painter: QPainter, index: int, points: list[QPointF | None]) -> None:
        pen = series_pen(index)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        previous = None
        for point in points:
            if point is not None and previous is not None:
                painter.drawLine(previous, point)
            previous = point
        for point in points:
            if point is not None:
                paint_marker(painter, index, point)

    def _paint_legend(self, painter: QPainter, ink: QColor) -> None:
        metrics = self._metrics()
        for index, (box, text) in enumerate(self.legend_boxes()):
            middle = box.top() + metrics.height() / 2  # the sample beside the first line
            painter.setPen(series_pen(index))
            painter.drawLine(QPointF(4, middle), QPointF(40, middle))
            paint_marker(painter, index, QPointF(22, middle))
            painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, text)


def legend_text(series: TrendSeries) -> str:
    """"People: 3, 5, 4" (a visit with no count shows a dash)."""
    return f"{series.name}: " + ", ".join("–" if v is None else str(v) for v in series.values)


def series_pen(index: int) -> QPen:
    """The line of series *index*: its own dash pattern (and ink, a second cue)."""
    pen = QPen(QColor(INKS[index % len(INKS)]), 2.0)
    dash = DASHES[index % len(DASHES)]
    if dash:
        pen.setDashPattern(list(dash))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def paint_marker(painter: QPainter, index: int, at: QPointF) -> None:
    """Draw series *index*'s marker (its own shape) centred on *at*."""
    shape = MARKERS[index % len(MARKERS)]
    ink = QColor(INKS[index % len(INKS)])
    painter.setPen(QPen(ink, 1.6))
    painter.setBrush(ink if shape in ("square", "diamond", "circle") else Qt.BrushStyle.NoBrush)
    r = MARKER_SIZE
    x, y = at.x(), at.y()
    if shape == "circle":
        painter.drawEllipse(at, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r * 1.15), QPointF(x + r, y + r * 0.75),
                                       QPointF(x - r, y + r * 0.75)]))
    elif shape == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r, y), QPointF(x, y + r * 1.2),
                                       QPointF(x - r, y)]))
    else:
        path = QPainterPath(QPointF(x - r, y - r))
        path.lineTo(x + r, y + r)
        path.moveTo(x + r, y - r)
        path.lineTo(x - r, y + r)
        painter.drawPath(path)
