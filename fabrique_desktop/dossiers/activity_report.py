"""The « Bilan d'activité »: a period's figures, their charts and the records behind them,
in the committee dossier's house style (embedded fonts, escaped text, « Page X / Y »).

Built from the domain's tables (:func:`~fabrique_desktop.domain.activity.indicator_tables`
and :mod:`~fabrique_desktop.domain.activity_records`): what the report prints is what
the Tableau de bord shows and the exports write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..domain import activity, activity_records, french
from ..domain import tabular as t
from ..domain.chart_scale import whole_scale
from ..domain.scope import Period, Scope
from ..domain.services.settings import fabrique_settings, logo
from .committee import CommitteeDossier
from .fonts import register_fonts
from .text import para, printable, runs

#: Two greys a black-and-white printer keeps apart, outlined in black.
GREYS = (colors.HexColor("#404040"), colors.HexColor("#bdbdbd"))


@dataclass
class ReportData:
    fabrique_name: str
    territory_name: str
    operator_name: str
    address: str
    logo: bytes | None
    period: Period
    scope: Scope
    indicators: list[t.Table]
    funnel: list[activity.FunnelStep]
    per_year: list[activity.YearRow]
    sources: list[activity.Share]
    sectors: list[activity.Share]
    lists: list[activity_records.RecordList]
    today: dt.date


def gather_report(
    period: Period, scope: Scope | None = None, progress: Callable[[float], None] | None = None
) -> ReportData:
    """Everything the report prints; ``progress`` is told the share read, 0 to 1."""
    scope = scope or Scope()
    # Every figure is read once; the sections and their charts print from that one result.
    steps = (
        lambda: activity.compute(period, scope),
        lambda: activity_records.report_lists(period, scope, LISTED_ROWS),
    )
    results = []
    for number, step in enumerate(steps, start=1):
        results.append(step())
        if progress is not None:
            progress(number / len(steps))
    figures, lists = results
    settings = fabrique_settings()
    return ReportData(
        settings["fabrique_name"],
        settings["territory_name"],
        settings["operator_name"],
        settings["address"],
        logo(),
        period,
        scope,
        activity.tables(figures),
        figures.funnel,
        figures.per_year,
        figures.sources,
        figures.sectors,
        lists,
        today=dt.date.today(),
    )


def cell_text(value, kind: t.Kind) -> str:
    """A table's value as a French reader writes it."""
    if value is None:
        return "—"
    if kind is t.Kind.PERCENT:
        return f"{french.number(100 * value)}{french.NARROW_NBSP}%"
    if kind is t.Kind.DECIMAL:  # a count among decimals (the key figures) stays whole
        return french.number(value, 0 if isinstance(value, int) else 1)
    if kind is t.Kind.INTEGER:
        return french.number(value)
    if kind is t.Kind.DATE:
        return french.short_date(value)
    return str(value)


class ActivityReport(CommitteeDossier):
    footer_note = "Bilan d'activité"
    chart_height = 62 * mm

    def __init__(self, data: ReportData):
        self.data = data
        self.minutes = False
        self.font = register_fonts()
        self.styles = self.stylesheet()
        self.width = self.pagesize[0] - self.left_margin - self.right_margin

    def title(self) -> str:
        return "Bilan d'activité"

    def meeting_line(self) -> str:
        """The period (and the filters), for the cover and every page's header."""
        return " — ".join(
            filter(None, (self.data.period.label.capitalize(), self.data.scope.label))
        )

    # -- story -----------------------------------------------------------------------------
    def build_story(self) -> list:
        s, data = self.styles, self.data
        story = []
        if data.logo is not None:
            story += [self.logo(data.logo), Spacer(1, 4 * mm)]
        story += [para(data.fabrique_name, s["cover_kicker"])]
        for line in (
            data.territory_name,
            data.operator_name and f"Portée par {data.operator_name}",
        ):
            if line:
                story.append(para(line, s["cover_line"]))
        if data.address:
            story.append(para(data.address.replace("\n", ", "), s["cover_line"]))
        story += [
            Spacer(1, 6 * mm),
            para(self.title(), s["cover_title"]),
            para(self.meeting_line(), s["cover_line"]),
            para(f"Édité le {french.long_date(data.today)}", s["small"]),
            Spacer(1, 6 * mm),
        ]
        indicators, funnel, medians, survival, sources, sectors, communes, years = data.indicators
        story += self.section(
            indicators,
            "Chiffres clés",
            note="Ce qui s'est passé pendant la période (flux), quelle que soit la date du "
            "besoin concerné.",
        )
        story += self.section(
            funnel,
            "Des besoins repérés aux entreprises créées",
            self.bars(
                [step.label for step in data.funnel],
                [("Besoins", [step.count for step in data.funnel])],
            ),
            "Une cohorte : les besoins repérés pendant la période, suivis jusqu'à l'entreprise "
            "même quand les étapes suivantes tombent après la période ; « Passage » : la part "
            "de l'étape précédente. Les chiffres clés comptent, eux, ce qui a été décidé pendant "
            "la période quel que soit le besoin : leurs « Études validées » peuvent donc "
            "différer des « Opportunités validées » de l'entonnoir.",
        )
        story += self.section(
            years,
            "Entreprises créées et emplois par année",
            self.bars(
                [str(row.year) for row in data.per_year],
                [
                    ("Entreprises créées", [row.enterprises for row in data.per_year]),
                    ("Emplois (ETP)", [row.jobs for row in data.per_year]),
                ],
                horizontal=False,
            ),
        )
        story += self.section(
            survival,
            "Survie des entreprises créées",
            note="Entreprises dont le suivi à 1 ou 3 ans tombait pendant la période ; le taux se "
            "calcule sur les suivis renseignés.",
        )
        story += self.section(medians, "Durée de chaque étape")
        story += self.section(
            sources,
            "Besoins par source",
            self.bars(
                [share.label for share in data.sources],
                [("Besoins", [share.count for share in data.sources])],
            ),
        )
        story += self.section(
            sectors,
            "Besoins par secteur",
            self.bars(
                [share.label for share in data.sectors],
                [("Besoins", [share.count for share in data.sectors])],
            ),
        )
        story += self.section(communes, "Par commune")
        for listed in data.lists:
            story += self.record_list(listed)
        return story

    def record_list(self, listed: activity_records.RecordList) -> list:
        """A list of the period's records; capped, the count of those left out, where the
        whole list is, and the summary that keeps every record counted."""
        story = self.section(listed.table, listed.table.title)
        if not listed.left_out:
            return story
        s, data = self.styles, self.data
        command = (
            f"fabrique-desktop export {activity_records.EXPORT_NAME} FICHIER "
            f"--from {data.period.start.isoformat()} --to {data.period.end.isoformat()}"
        )
        if data.scope.area is not None:
            command += f" --territoire {data.scope.area.value}"
        line = (
            f"… et {french.number(listed.left_out)} autres "
            f"({french.number(listed.total)} en tout) : la liste complète est dans l'export "
            f"« {listed.table.title} » ({command} --format xlsx -o listes.xlsx)."
        )
        story.insert(-1, para(line, s["small"]))
        if listed.summary is not None:
            story += self.section(listed.summary, listed.summary.title)
        return story

    def section(
        self, table: t.Table, heading: str, chart: Drawing | None = None, note: str = ""
    ) -> list:
        s = self.styles
        head = [para(heading, s["h1"])]
        if note:
            head.append(para(note, s["small"]))
        if chart is not None:
            head.append(chart)
        if not table.rows:
            return [
                KeepTogether([*head, para("Aucun pendant la période.", s["base"])]),
                Spacer(1, 4 * mm),
            ]
        first, *rest = self.tables(table)
        return [KeepTogether([*head, Spacer(1, 2 * mm), first]), *rest, Spacer(1, 5 * mm)]

    def tables(self, table: t.Table) -> list[Table]:
        """``table`` as reportlab tables of at most ``ROWS_PER_TABLE`` rows, each with its
        header: reportlab lays a table out again whole at each page it splits, so one
        table of a year's 30,000 studies took minutes; pieces keep it linear."""
        return [
            self.table(
                t.Table(table.title, table.columns, table.rows[start : start + ROWS_PER_TABLE])
            )
            for start in range(0, len(table.rows), ROWS_PER_TABLE)
        ]

    def table(self, table: t.Table) -> Table:
        s = self.styles
        header = [para(column.heading, s["cell_head"]) for column in table.columns]
        first = 0.46 if len(table.columns) <= 3 else 0.3
        rest = (1 - first) / max(1, len(table.columns) - 1)
        widths = [self.width * first] + [self.width * rest] * (len(table.columns) - 1)
        # Dates and numbers never wrap: plain strings. Text is cut into lines here, once:
        # a paragraph per cell was laid out again at every wrap and split of its table
        # (most of a long list's layout).
        rows = [
            [
                cell_text(value, column.kind)
                if column.kind in PLAIN
                else self.text_cell(cell_text(value, column.kind), room - CELL_PADDING)
                for value, column, room in zip(row, table.columns, widths, strict=True)
            ]
            for row in table.rows
        ]
        flowable = Table([header, *rows], colWidths=widths, repeatRows=1)
        flowable.setStyle(self.table_style())
        base = s["base"]
        flowable.setStyle(
            [
                ("FONTSIZE", (0, 1), (-1, -1), base.fontSize),
                ("LEADING", (0, 1), (-1, -1), base.leading),
            ]
        )
        for number, column in enumerate(table.columns):
            if column.kind in PLAIN:
                flowable.setStyle([("ALIGN", (number, 1), (number, -1), ALIGN[column.kind])])
        return flowable

    def text_cell(self, text: str, room: float) -> str | Paragraph:
        """``text`` as lines of at most ``room`` points: a plain string, drawn as it is
        (never read as markup, so nothing to escape), when the regular font has every
        character and every word fits; otherwise a paragraph, which changes fonts
        within a line and cuts an over-long word."""
        shown = printable(text)
        if len(runs(shown, self.font)) > 1:
            return para(text, self.styles["base"])
        size = self.styles["base"].fontSize
        lines = [
            line
            for typed in shown.split("\n")
            for line in (simpleSplit(typed, self.font, size, room) or [""])
        ]
        if any(stringWidth(line, self.font, size) > room for line in lines):
            return para(text, self.styles["base"])
        return "\n".join(lines)

    def bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        horizontal: bool = True,
    ) -> Drawing:
        """A bar chart drawn by reportlab, greys for the series, values in French."""
        height = (
            self.chart_height
            if not horizontal
            else max(30 * mm, 7.5 * mm * len(categories) + 10 * mm)
        )
        drawing = Drawing(self.width, height, initialFontName=self.font)  # not Helvetica
        chart = HorizontalBarChart() if horizontal else VerticalBarChart()
        label_room = 62 * mm if horizontal else 0
        chart.x = label_room + 2 * mm if horizontal else 12 * mm
        chart.y = 6 * mm if horizontal else 14 * mm
        chart.width = self.width - chart.x - 14 * mm
        chart.height = height - chart.y - (4 * mm if horizontal else 10 * mm)
        order = (
            list(reversed(range(len(categories)))) if horizontal else list(range(len(categories)))
        )
        chart.data = [[values[i] for i in order] for _, values in series]
        chart.categoryAxis.categoryNames = [categories[i] for i in order]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = self.font
            axis.labels.fontSize = 7.5
        chart.valueAxis.valueMin = 0
        top, step = whole_scale(max((max(values, default=0) for _, values in series), default=0))
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step
        chart.valueAxis.labelTextFormat = lambda value: french.number(
            value, 0 if value == int(value) else 1
        )
        chart.barLabelFormat = lambda value: french.number(value, 0 if value == int(value) else 1)
        chart.barLabels.fontName = self.font
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w" if horizontal else "s"
        chart.barLabels.dx = 2 if horizontal else 0
        chart.barLabels.dy = 0 if horizontal else 2
        chart.bars.strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        for number in range(len(series)):
            chart.bars[number].fillColor = GREYS[number % len(GREYS)]
        drawing.add(chart)
        if len(series) > 1:
            legend = Legend()
            legend.fontName = self.font
            legend.fontSize = 7.5
            legend.alignment = "right"
            legend.x = self.width - 60 * mm
            legend.y = height - 2 * mm
            legend.columnMaximum = 1
            legend.deltax = 40 * mm
            legend.colorNamePairs = [
                (GREYS[n % len(GREYS)], name) for n, (name, _) in enumerate(series)
            ]
            legend.strokeColor = colors.black
            drawing.add(legend)
        return drawing


#: The kinds of value printed as plain strings, and how each is aligned.
ALIGN = {
    t.Kind.DATE: "LEFT",
    t.Kind.INTEGER: "RIGHT",
    t.Kind.DECIMAL: "RIGHT",
    t.Kind.PERCENT: "RIGHT",
}
PLAIN = frozenset(ALIGN)

#: A cell's left and right padding together (the committee dossier's table style).
CELL_PADDING = 8

#: Rows of one reportlab table: about four pages, its header repeated on each.
ROWS_PER_TABLE = 150

#: Rows a list of records prints at most (a real Fabrique has a few dozen a year; the
#: rest is counted, summed up, and in the export the report names).
LISTED_ROWS = 200

#: Reading the figures is about half of the work; laying the pages out, the rest.
GATHERING_SHARE = 0.5


def prepare(
    period: Period, scope: Scope | None = None, progress: Callable[[float], None] | None = None
) -> bytes:
    """The PDF of the Bilan d'activité of ``period``. ``progress`` is told the share done,
    0 to 1; to stop the work (a user who cancels) it raises."""
    data = gather_report(
        period, scope, progress and (lambda share: progress(GATHERING_SHARE * share))
    )

    reached = [0.0]

    def layout(done: int, total: int) -> None:
        # reportlab counts a section kept together again when it moves it to the next
        # page: the bar never goes back.
        reached[0] = max(reached[0], done / total)
        progress(GATHERING_SHARE + (1 - GATHERING_SHARE) * reached[0])

    return ActivityReport(data).render(progress=layout if progress else None)
