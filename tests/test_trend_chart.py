"""Trends across visits: the chart's data and geometry (a zero-based axis, one point per visit, the
dates under them, a legend in words) and the Summary showing it only when there are two visits."""

from __future__ import annotations

import pytest

from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.panels.insights import InsightsPanel
from ecomap_desktop.ui.widgets.trend_chart import DASHES, MARKERS, TrendChart, TrendSeries, nice_top

from compare_support import two_visits

DATES = ["March 4, 2025", "June 10, 2025", "September 2, 2025"]


@pytest.fixture
def chart(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(320, chart.sizeHint().height())
    chart.set_data(DATES, [TrendSeries("People", (3, 5, 4)), TrendSeries("Changes", (None, 6, 2))])
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_axis_starts_at_zero_whatever_the_counts(chart):
    chart.set_data(DATES, [TrendSeries("People", (40, 41, 42))])
    bottom, top = chart.axis_range()
    assert bottom == 0 and top >= 42
    assert chart.axis_ticks()[0] == 0
    assert chart.y_for(0) == chart.plot_rect().bottom()
    (first, second, third) = chart.points(0)
    # 40 and 42 are close together near the top, not stretched over the whole height.
    assert chart.plot_rect().bottom() - first.y() >= 0.75 * chart.plot_rect().height()


def test_one_point_per_visit_in_date_order(chart):
    people = chart.points(0)
    assert len(people) == 3
    assert people[0].x() < people[1].x() < people[2].x()
    assert people[1].y() < people[2].y() < people[0].y()  # 5 higher than 4 higher than 3
    changes = chart.points(1)
    assert changes[0] is None and changes[1] is not None  # no changes before the first visit
    assert chart.plot_rect().contains(people[0]) or people[0].x() == chart.plot_rect().left()


def test_dates_are_written_under_their_points(chart):
    labels = chart.date_labels()
    texts = [text for _box, text in labels]
    assert texts[0] == DATES[0] and texts[-1] == DATES[-1]
    for box, text in labels:
        index = DATES.index(text)
        assert box.top() > chart.plot_rect().bottom()
        assert abs(box.center().x() - chart.x_for(index)) < box.width() / 2 + 1 or box.left() == 0


def test_crowded_dates_leave_some_out_but_keep_first_and_last(chart):
    dates = [f"{d} March 2025" for d in range(1, 21)]
    chart.set_data(dates, [TrendSeries("People", tuple(range(20)))])
    texts = [text for _box, text in chart.date_labels()]
    assert texts[0] == dates[0] and texts[-1] == dates[-1]
    assert len(texts) < 20
    boxes = [box for box, _text in chart.date_labels()]
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert len(chart.points(0)) == 20


def test_the_legend_names_each_line_in_words_with_its_counts(chart):
    # Lines with equal counts lie on top of each other: the legend still tells each one.
    assert chart.legend_texts() == ["People: 3, 5, 4", "Changes: –, 6, 2"]


def test_lines_differ_by_marker_and_dash_not_only_colour():
    assert len(set(MARKERS)) == len(MARKERS) and len(set(DASHES)) == len(DASHES)


def test_describes_itself_in_words_for_a_screen_reader(chart):
    assert chart.accessibleDescription() == (
        "People: 3 on March 4, 2025, 5 on June 10, 2025, 4 on September 2, 2025; "
        "Changes: 6 on June 10, 2025, 2 on September 2, 2025")


def test_each_series_needs_a_value_per_visit(chart):
    with pytest.raises(ValueError):
        chart.set_data(DATES, [TrendSeries("People", (1, 2))])


def test_nice_top():
    assert nice_top(0) == (1, 1)
    assert nice_top(4) == (4, 1)
    assert nice_top(7) == (8, 2)
    assert nice_top(42) == (50, 10)


def test_summary_shows_trends_only_with_two_visits(qtbot):
    doc = Document("Rivera family")
    panel = InsightsPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.trends.isVisible()
    m = two_visits(doc)
    panel.refresh()
    assert panel.trends.isVisible()
    assert panel.trends.caption.text() == (
        "These are counts of what was drawn at each visit, not a clinical measure.")
    people = panel.trends.charts["people"]
    assert people.dates() == ["March 4, 2025", "June 10, 2025"]
    assert [(s.name, s.values) for s in people.series()] == [("People", (2, 2)), ("Groups", (1, 1))]
    lines = {s.name: s.values for s in panel.trends.charts["lines"].series()}
    assert lines["Stressful"] == (0, 1) and lines["Strong"] == (1, 0)
    support = {s.name: s.values for s in panel.trends.charts["support"].series()}
    assert support["Lines where support comes to the family"] == (1, 1)
    assert support["Changes since the visit before"] == (None, 3)
    # No scores and no percentages anywhere in it.
    assert "%" not in people.accessibleDescription() and "score" not in panel.trends.caption.text().lower()
    # Deleting the later visit takes the trends away again.
    doc.remove_visit(m.second)
    panel.refresh()
    assert not panel.trends.isVisible()


def test_a_long_legend_wraps_with_all_its_counts_in_a_narrow_panel(chart, qtbot):
    """The Summary's support chart at the side panel's width: "Lines where support comes to the
    family: 13, 16, 17, 17" was cut to "…17, ..." and its last count lost."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    from ecomap_desktop.ui.widgets.trend_chart import LEGEND_TEXT_LEFT

    long_name = "Lines where support comes to the family"
    chart.set_data(DATES, [TrendSeries(long_name, (13, 16, 17)), TrendSeries("Changes", (None, 5, 6))])
    metrics = QFontMetricsF(chart.font())
    # A chart whose legend has room for about two thirds of the long row, whatever the machine's font
    # (300 pixels was that in one font and wide enough for the whole row in a narrow one).
    words = f"{long_name}: 13, 16, 17"
    width = LEGEND_TEXT_LEFT + 2 + round(metrics.horizontalAdvance(words) * 2 / 3)
    assert width > LEGEND_TEXT_LEFT + 2 + max(metrics.horizontalAdvance(w) for w in words.split())
    chart.resize(width, chart.heightForWidth(width))
    boxes = chart.legend_boxes()
    assert [text for _box, text in boxes] == [f"{long_name}: 13, 16, 17", "Changes: –, 5, 6"]
    for box, text in boxes:
        needed = metrics.boundingRect(QRectF(box.left(), box.top(), box.width(), 10_000),
                                      Qt.TextFlag.TextWordWrap, text)
        assert needed.height() <= box.height() + 0.5 and needed.right() <= chart.width()
        assert box.bottom() <= chart.height()
    assert boxes[0][0].height() > metrics.height() * 1.5  # on two lines, not cut
    assert boxes[1][0].top() >= boxes[0][0].bottom()  # the next row starts below it


def _paper_places(days: list[str], width: float = 300.0) -> list[float]:
    """Where the page's chart puts each visit's point (its first line's circle markers), in points."""
    from ecomap_desktop.export.compose.trend_chart import Series, chart_row

    from export_support import RecordingPainter

    row = chart_row("People", days, [f"visit {i}" for i in range(len(days))],
                    [Series("People", tuple(range(1, len(days) + 1)))], width)
    painter = RecordingPainter()
    row.draw(painter, 0.0, 0.0, width)
    return [call[1] for call in painter.of("circle")][: len(days)]  # the key's sample comes after


def _screen_places(chart, days: list[str]) -> list[float]:
    chart.set_data([f"visit {i}" for i in range(len(days))], [TrendSeries("People", (1,) * len(days))], days)
    return [point.x() for point in chart.points(0)]


def _shares(places: list[float]) -> list[float]:
    return [(x - places[0]) / (places[-1] - places[0]) for x in places]


def test_visits_stand_by_their_dates_on_screen_as_on_paper(chart):
    """The Summary spaced the visits evenly while the page placed them by date: 30 and then 60 days
    apart, the second visit stands a third of the way along, on both."""
    days = ["2025-03-04", "2025-04-03", "2025-06-02"]
    screen, paper = _shares(_screen_places(chart, days)), _shares(_paper_places(days))
    assert screen == pytest.approx([0.0, 1 / 3, 1.0], abs=0.01)
    assert paper == pytest.approx(screen, abs=0.01)


def test_visits_a_day_apart_keep_a_gap_between_their_points_on_screen_and_on_paper(chart):
    from ecomap_desktop.timeline import LEAST_GAP_PT

    days = ["2025-03-04", "2025-03-05", "2025-06-02"]
    screen, paper = _screen_places(chart, days), _paper_places(days)
    assert screen[1] - screen[0] >= LEAST_GAP_PT * chart.logicalDpiX() / 72 - 0.5
    assert paper[1] - paper[0] >= LEAST_GAP_PT - 0.5
    # And the later visit, three months on, still stands furthest along on both.
    assert screen[2] - screen[1] > screen[1] - screen[0] and paper[2] - paper[1] > paper[1] - paper[0]
