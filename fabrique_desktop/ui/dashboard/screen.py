"""Tableau de bord: for a period and filters, the figures first, then their charts.

Every figure, bar and commune row opens the list of exactly the records it counts
(the domain hands each one with its :class:`~fabrique_desktop.domain.scope.Selection`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import activity, choices, french
from ...domain.enums import AreaKind, Sector
from ...domain.models import database
from ...domain.scope import Period, Scope
from ...store import history
from ..common.fields import PickList
from ..common.plain import PlainLabel
from ..session import Session
from .charts import bar_chart

#: The width a figure's tile needs (its longest label); charts side by side from
#: ``TWO_COLUMNS_WIDTH`` on.
TILE_WIDTH = 200
TWO_COLUMNS_WIDTH = 900
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: float, decimals: int = 0) -> str:
    return french.number(value, decimals)


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{french.number(100 * share)}\u202f%"


class DashboardScreen(QWidget):
    def __init__(self, session: Session, open_selection: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.session = session
        self.open_selection = open_selection
        self.selections: dict[str, object] = {}
        self.figures: list[activity.Figure] = []
        # One pending drawing of the charts: figures reloaded twice in a row (the screen
        # shown, then another period chosen) draw the charts once, for the last period.
        self.charts_timer = QTimer(self)
        self.charts_timer.setSingleShot(True)
        self.charts_timer.setInterval(0)
        self.charts_timer.timeout.connect(self.draw_charts)

        # -- the period and the filters --------------------------------------------------
        self.period_choice = PickList(self)
        self.period_choice.setObjectName("period")
        self.period_choice.addItem(self.tr("This year"), "this_year")
        self.period_choice.addItem(self.tr("Last year"), "last_year")
        self.period_choice.addItem(self.tr("Dates"), "dates")
        self.start = self._date_edit("start")
        self.end = self._date_edit("end")
        self.place = PickList(self)
        self.place.setObjectName("place")
        self.place.setMinimumContentsLength(14)
        self.place.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.places: dict[str, tuple] = {}
        self.place.addItem(self.tr("All communes"), "")
        for key, label in choices.territories():
            self.place.addItem(label, f"t:{key}")
            self.places[f"t:{key}"] = (key,)
        for code, name, members in choices.epci_areas():
            self.place.addItem(self.tr("EPCI: %1").replace("%1", name), f"e:{code}")
            self.places[f"e:{code}"] = members
        self.sector = PickList(self)
        self.sector.setObjectName("sector")
        self.sector.setMinimumContentsLength(14)
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sector.addItem(self.tr("All sectors"), "")
        for value, label in Sector.choices():
            self.sector.addItem(label, value)
        self.staff = PickList(self)
        self.staff.setObjectName("staff")
        self.staff.setMinimumContentsLength(12)
        self.staff.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.staff.addItem(self.tr("All staff"), "")
        for key, name in choices.staff_members(active_only=False):
            self.staff.addItem(name, str(key))
        self.area = PickList(self)
        self.area.setObjectName("area")
        self.area.note = self.tr(
            "Only the communes marked priority neighbourhood or rural area "
            "(File → Fabrique settings → Communes)"
        )
        self.area.addItem(self.tr("Area: all"), "")
        self.area.addItem(self.tr("Priority neighbourhoods"), AreaKind.PRIORITY.value)
        self.area.addItem(self.tr("Rural areas"), AreaKind.RURAL.value)
        self.report_button = QPushButton(self.tr("Activity &report (PDF)…"), self)
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.write_report)

        filters = QGridLayout()
        filters.addWidget(self.period_choice, 0, 0)
        filters.addWidget(self.start, 0, 1)
        filters.addWidget(self.end, 0, 2)
        filters.addWidget(self.report_button, 0, 3)
        filters.addWidget(self.place, 1, 0)
        filters.addWidget(self.sector, 1, 1)
        filters.addWidget(self.staff, 1, 2)
        filters.addWidget(self.area, 1, 3)
        # Tab reads the two rows as they are laid out, left to right.
        chain = (
            self.period_choice,
            self.start,
            self.end,
            self.report_button,
            self.place,
            self.sector,
            self.staff,
            self.area,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        # -- the figures, then the charts, in a scrolled page ------------------------------
        page = QWidget(self)
        self.page_layout = QVBoxLayout(page)
        self.caption = PlainLabel(page)
        self.caption.setObjectName("caption")
        self.caption.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.page_layout.addWidget(self.caption)
        self.tiles_grid = QGridLayout()
        self.page_layout.addLayout(self.tiles_grid)
        # The tiles count flows, the funnel a cohort: said here so that a funder does not
        # read its « validated » beside the tile's as an error.
        self.flows_note = PlainLabel(page)
        self.flows_note.setObjectName("flows_note")
        self.flows_note.setWordWrap(True)
        self.flows_note.setText(
            self.tr(
                "Figures above: what happened during the period (flows), whatever the date of "
                "the need. The funnel below follows the needs spotted during the period "
                "(a cohort), whatever the date of the later steps: its validated "
                "opportunities count those needs only."
            )
        )
        self.page_layout.addWidget(self.flows_note)
        self.tiles: dict[str, QPushButton] = {}
        self.charts_grid = QGridLayout()
        for column in (0, 1):  # two charts a row share it equally, whatever their labels
            self.charts_grid.setColumnStretch(column, 1)
        self.page_layout.addLayout(self.charts_grid)
        self.communes = QTableWidget(page)
        self.communes.setObjectName("communes")
        self.communes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.communes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.communes.verticalHeader().hide()
        self.communes.setMinimumHeight(220)
        self.communes.itemActivated.connect(self._open_commune)
        self.communes.itemDoubleClicked.connect(self._open_commune)
        self.page_layout.addWidget(self.communes)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.scroll, 1)

        self.charts: list[QWidget] = []
        self.period_choice.currentIndexChanged.connect(self._period_chosen)
        for editor in (self.start, self.end):
            editor.dateChanged.connect(self._dates_typed)
        for combo in (self.place, self.sector, self.staff, self.area):
            combo.currentIndexChanged.connect(self.reload)
        self._period_chosen()

    def _date_edit(self, name: str) -> QDateEdit:
        editor = QDateEdit(self)
        editor.setObjectName(name)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd/MM/yyyy")
        return editor

    # -- what is asked --------------------------------------------------------------------
    def period(self) -> Period:
        return Period(self.start.date().toPython(), self.end.date().toPython())

    def scope(self) -> Scope:
        combos = (self.place, self.sector, self.staff, self.area)
        place, sector, staff, area = (c.currentData() for c in combos)
        labels = [c.currentText() for c in combos if c.currentData()]
        return Scope(
            territories=self.places[place] if place else None,
            sector=Sector(sector) if sector else None,
            staff=staff or None,
            area=AreaKind(area) if area else None,
            label=", ".join(labels),
        )

    def _period_chosen(self) -> None:
        choice = self.period_choice.currentData()
        year = dt.date.today().year - (choice == "last_year")
        custom = choice == "dates"
        for editor in (self.start, self.end):
            editor.setEnabled(custom)
        if not custom:
            for editor in (self.start, self.end):
                editor.blockSignals(True)
            self.start.setDate(QDate(year, 1, 1))
            self.end.setDate(QDate(year, 12, 31))
            for editor in (self.start, self.end):
                editor.blockSignals(False)
        self.reload()

    def _dates_typed(self) -> None:
        if self.start.date() <= self.end.date():
            self.reload()

    # -- figures first ----------------------------------------------------------------------
    def reload(self) -> None:
        period, scope = self.period(), self.scope()
        self.caption.setText(
            self.tr("Activity: %1").replace(
                "%1", " — ".join(filter(None, (period.label, scope.label)))
            )
        )
        self.selections = {}
        self.read_at = history.last_change(database)
        figures = self.figures = activity.headline(period, scope)
        for figure in figures:
            tile = self.tiles.get(figure.key)
            if tile is None:
                tile = QPushButton(self)
                tile.setObjectName(f"figure_{figure.key}")
                tile.setMinimumHeight(64)
                tile.setStyleSheet("QPushButton { font-size: 10pt; padding: 4px; }")
                tile.clicked.connect(lambda _=False, key=figure.key: self.open_figure(key))
                self.tiles[figure.key] = tile
            decimals = 1 if figure.kind == "decimal" else 0
            tile.setText(f"{_number(figure.value, decimals)}\n{figure.label}")
            tile.setToolTip(
                self.tr("Counted during the period. Show the records behind this figure")
            )
            self.selections[figure.key] = figure.selection
        self.lay_out_tiles()
        # The charts right after the figures are on screen.
        self.charts_timer.start()

    def open_figure(self, key: str) -> None:
        self.open_selection(self.selections[key])

    # -- then the charts ----------------------------------------------------------------------
    def draw_charts(self) -> None:
        period, scope = self.period(), self.scope()
        for chart in self.charts:
            self.charts_grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        # The figures on screen are reused, the period's needs read once for all charts.
        figures = activity.compute(period, scope, self.figures)

        steps = figures.funnel
        labels = [
            step.label if step.conversion is None else f"{step.label} ({_percent(step.conversion)})"
            for step in steps
        ]
        self._add_chart(
            "funnel",
            self.tr("Cohort: what became of the needs spotted in the period"),
            labels,
            [(self.tr("Needs"), [step.count for step in steps])],
            [[step.selection for step in steps]],
        )
        self.charts[-1].setToolTip(
            self.tr(
                "The needs spotted during the period, followed through to the enterprise, "
                "even when the later steps fall after the period. The figures above count "
                "what was decided during the period, whatever the need: the two can differ."
            )
        )
        years = figures.per_year
        self._add_chart(
            "per_year",
            self.tr("Enterprises created and jobs (FTE) per year"),
            [str(row.year) for row in years],
            [
                (self.tr("Enterprises"), [row.enterprises for row in years]),
                (self.tr("Jobs (FTE)"), [row.jobs for row in years]),
            ],
            [[row.selection for row in years]] * 2,
            horizontal=False,
            decimals=1,
        )
        survival = figures.survival
        self._add_chart(
            "survival",
            self.tr("Survival: % still running (running / known)"),
            [
                self.tr("%n year(s) (%2 / %3)", "", row.years)
                .replace("%2", _number(row.running))
                .replace("%3", _number(row.running + row.closed))
                for row in survival
            ],
            [(self.tr("Survival"), [round(100 * (row.rate or 0)) for row in survival])],
            [[row.selection for row in survival]],
            maximum=100,
        )
        for name, title, shares in (
            ("sources", self.tr("Needs by source"), figures.sources),
            ("sectors", self.tr("Needs by sector"), figures.sectors),
        ):
            self._add_chart(
                name,
                title,
                [share.label for share in shares],
                [(self.tr("Needs"), [share.count for share in shares])],
                [[share.selection for share in shares]],
                wide=name == "sectors",
            )
        medians = figures.medians
        self._add_chart(
            "medians",
            self.tr("Median duration of each step (days)"),
            [f"{m.label} ({_number(m.records)})" for m in medians],
            [(self.tr("Days"), [m.days or 0 for m in medians])],
            [[m.selection for m in medians]],
            wide=True,
        )
        self.fill_communes(figures.communes)
        self.lay_out_charts()

    def _add_chart(
        self, name, title, categories, series, selections, wide=False, **options
    ) -> None:
        """A chart; a ``wide`` one (long labels) takes the whole width of the page."""

        def clicked(series_index: int, index: int) -> None:
            self.open_selection(selections[series_index][index])

        view = bar_chart(title, categories, series, clicked, **options)
        view.setObjectName(f"chart_{name}")
        view.selections = selections  # what each bar opens, for tests and keyboard users
        view.wide = wide
        self.charts.append(view)

    def lay_out_tiles(self) -> None:
        """Five tiles a row on a laptop, fewer on a netbook: none cut, nothing to scroll."""
        per_row = max(2, min(5, (self.width() - 40) // TILE_WIDTH))
        for position, tile in enumerate(self.tiles.values()):
            self.tiles_grid.addWidget(tile, position // per_row, position % per_row)

    def lay_out_charts(self) -> None:
        columns = 2 if self.width() >= TWO_COLUMNS_WIDTH else 1
        row = column = 0
        for chart in self.charts:
            if chart.wide and column:
                row, column = row + 1, 0
            span = columns if chart.wide else 1
            self.charts_grid.addWidget(chart, row, column, 1, span)
            column += span
            if column >= columns:
                row, column = row + 1, 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.lay_out_tiles()
        if self.charts:
            self.lay_out_charts()

    def fill_communes(self, rows: list) -> None:
        headings = [
            self.tr("Commune"),
            self.tr("Area"),
            self.tr("Needs"),
            self.tr("Studies launched"),
            self.tr("Enterprises"),
            self.tr("Jobs (FTE)"),
        ]
        self.communes.clear()
        self.communes.setColumnCount(len(headings))
        self.communes.setHorizontalHeaderLabels(headings)
        self.communes.setRowCount(len(rows))
        for number, row in enumerate(rows):
            areas = [
                text
                for flag, text in (
                    (row.priority_area, self.tr("priority neighbourhood")),
                    (row.rural_area, self.tr("rural area")),
                )
                if flag
            ]
            cells = [
                row.name,
                ", ".join(areas),
                _number(row.needs),
                _number(row.studies),
                _number(row.enterprises),
                _number(row.jobs, 1),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, row.selection)
                self.communes.setItem(number, column, item)
        header = self.communes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _open_commune(self, item: QTableWidgetItem) -> None:
        self.open_selection(item.data(Qt.ItemDataRole.UserRole))

    # -- the report ---------------------------------------------------------------------------
    def write_report(self) -> None:
        from .report import ReportWriter

        self.report_writer = ReportWriter(self, self.period(), self.scope())
        self.report_writer.start()

    # Back on this screen: the figures follow what changed elsewhere, and only then (as
    # the lists do): the file unchanged, the figures shown are still right.
    def refresh(self) -> None:
        if history.last_change(database) != self.read_at:
            self.reload()


def build(session: Session, open_selection: Callable) -> DashboardScreen:
    return DashboardScreen(session, open_selection)
