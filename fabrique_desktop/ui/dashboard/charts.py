"""The dashboard's bar charts (Qt Charts): greys and hatching that a black-and-white
print tells apart, French numbers, and a click on a bar that reports which one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from ...domain.chart_scale import whole_scale

#: One look per series: solid dark grey, then light grey hatched. Colours would merge
#: into one grey on a black-and-white printer; these do not.
LOOKS = (
    (QColor("#3c3c3c"), Qt.BrushStyle.SolidPattern),
    (QColor("#7a7a7a"), Qt.BrushStyle.BDiagPattern),
)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    clicked: Callable[[int, int], None],
    horizontal: bool = True,
    decimals: int = 0,
    maximum: float | None = None,
) -> QChartView:
    """A chart of one bar set per ``series`` (name, one value per category);
    ``clicked(series_index, category_index)`` on a click on a bar.

    Horizontal charts read top-down in the order given (Qt draws the first category
    at the bottom, so both are reversed here)."""
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    order = list(reversed(range(len(categories)))) if horizontal else list(range(len(categories)))
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    highest = 0.0
    for number, (name, values) in enumerate(series):
        colour, pattern = LOOKS[number % len(LOOKS)]
        bar_set = QBarSet(name)
        brush = QBrush(colour, pattern)
        bar_set.setBrush(brush)
        bar_set.setPen(QPen(QColor("black"), 1))
        bar_set.setLabelColor(QColor("black"))
        for position in order:
            bar_set.append(values[position])
            highest = max(highest, values[position])
        bar_set.clicked.connect(lambda index, number=number: clicked(number, order[index]))
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value")
    bars.setLabelsPrecision(decimals + 3)
    chart.addSeries(bars)
    axis = QBarCategoryAxis()
    axis.append([categories[position] for position in order])
    axis.setTruncateLabels(False)  # the chart's plot narrows instead: a label is read whole
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    top, step = whole_scale(highest if maximum is None else maximum, room=maximum is None)
    values.setRange(0, top)
    values.setTickCount(round(top / step) + 1)
    if horizontal:
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis)
    bars.attachAxis(values)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Qt elides a category's label to « … » once its band is lower than a line of text.
    line = view.fontMetrics().height()
    rows = len(categories) * (len(series) if horizontal else 0)
    view.setMinimumHeight(max(230, int(rows * line * 1.6) + 4 * line))
    return view
