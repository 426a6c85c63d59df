"""Tableau de bord: figures in French, each opening the list of exactly its records;
charts whose bars do the same; the Bilan d'activité written in the background."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCharts import QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import activity
from fabrique_desktop.domain.enums import AreaKind
from fabrique_desktop.domain.models import StaffMember, Territory
from fabrique_desktop.domain.scope import Period, Scope
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.ui.common.plain import PlainLabel
from fabrique_desktop.ui.common.table_model import ID_ROLE
from fabrique_desktop.ui.dashboard.charts import bar_chart
from fabrique_desktop.ui.main_window import MainWindow
from fabrique_desktop.ui.session import Session

from ..dossiers.test_committee_dossier import pdf_text, words
from ..factories import need_values

DASHBOARD = 9  # after the « Vue pipeline » (row 7) and the sessions (row 8)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("dashboard") / "demonstration.sqlite"
    open_database(path, create=True)
    build_demo(scale=300, today=dt.date.today())
    close_database()
    return path


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    path.write_bytes(demo_file.read_bytes())
    open_database(path)
    window = MainWindow(Session(path, StaffMember.select().first()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(DASHBOARD)
    yield window
    close_database()


def listed_ids(window) -> set:
    screen = window.current_list()
    model = screen.model
    return {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}


def ids_of(selection) -> set:
    found = selection.query()
    return as_text(found if isinstance(found, list) else [row[0] for row in found.tuples()])


def as_text(ids) -> set:
    return {uuid.UUID(str(key)).hex for key in ids}


def test_each_figure_opens_the_list_of_exactly_its_records(qtbot, window):
    dashboard = window.stack.currentWidget()
    year = dt.date.today().year
    dashboard.period_choice.setCurrentIndex(1)  # l'an dernier
    period = Period.year(year - 1)
    figures = {f.key: f for f in activity.headline(period, Scope())}
    tile = dashboard.findChild(QPushButton, "figure_needs")
    assert tile.text() == f"{figures['needs'].value}\nBesoins repérés"
    jobs = dashboard.findChild(QPushButton, "figure_jobs")
    assert jobs.text().split("\n") == [
        f"{figures['jobs'].value:.1f}".replace(".", ","),
        "Emplois créés (ETP)",
    ]
    assert figures["needs"].value > 0 and figures["enterprises"].value > 0
    for key, row in (("needs", 1), ("studies_validated", 2), ("enterprises", 3), ("partners", 6)):
        window.navigation.setCurrentRow(DASHBOARD)
        qtbot.mouseClick(
            dashboard.findChild(QPushButton, f"figure_{key}"), Qt.MouseButton.LeftButton
        )
        assert window.navigation.currentRow() == row
        screen = window.current_list()
        assert screen.model.rowCount() == figures[key].value, key
        assert as_text(listed_ids(window)) == ids_of(figures[key].selection)
        caption = screen.selection_caption.text()
        assert (
            caption
            == f"Filtré depuis le tableau de bord\u00a0: {figures[key].label} — année {year - 1}"
        )
        assert screen.selection_bar.isVisible()
    # The caption's button gives the whole list back.
    screen.findChild(QPushButton, "remove_selection").click()
    assert not screen.selection_bar.isVisible() and screen.selection is None


def test_bars_and_communes_open_their_records(qtbot, window):
    dashboard = window.stack.currentWidget()
    dashboard.period_choice.setCurrentIndex(1)
    steps = activity.funnel(Period.year(dt.date.today().year - 1), Scope())

    def funnel_drawn():
        charts = [c for c in dashboard.charts if c.objectName() == "chart_funnel"]
        return charts and charts[0].chart().series()[0].barSets()[0].at(6) == steps[0].count

    qtbot.waitUntil(funnel_drawn)
    funnel = next(c for c in dashboard.charts if c.objectName() == "chart_funnel")
    assert isinstance(funnel, QChartView)
    kept = funnel.chart().series()[0].barSets()[0]
    # The first step is drawn at the top: Qt's last value.
    assert kept.at(kept.count() - 1) == steps[0].count
    kept.clicked.emit(kept.count() - 2)  # « Idées retenues »
    assert window.navigation.currentRow() == 1
    assert window.current_list().model.rowCount() == steps[1].count
    window.navigation.setCurrentRow(DASHBOARD)
    communes = dashboard.findChild(QTableWidget, "communes")
    first = communes.item(0, 0)
    communes.itemActivated.emit(first)
    assert window.current_list().model.rowCount() == int(
        communes.item(0, 2).text().replace("\u202f", "")
    )


def test_the_report_is_written_in_the_background(qtbot, window, tmp_path, monkeypatch):
    from fabrique_desktop.ui.common import plain

    said = []
    monkeypatch.setattr(plain, "information", lambda parent, title, text, *a: said.append(text))
    dashboard = window.stack.currentWidget()
    dashboard.period_choice.setCurrentIndex(1)
    target = tmp_path / "bilan.pdf"
    from fabrique_desktop.ui.dashboard.report import ReportWriter

    writer = ReportWriter(dashboard, dashboard.period(), dashboard.scope())
    writer.start(target)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said == [f"Le bilan d'activité est enregistré dans {target}."]
    assert "Chiffres clés" in words(pdf_text(target.read_bytes()))


def test_the_charts_are_drawn_once_for_the_last_period_chosen(qtbot, window, monkeypatch):
    dashboard = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(dashboard.charts))
    read = []
    compute = activity.compute
    monkeypatch.setattr(
        activity, "compute", lambda period, *rest: read.append(period) or compute(period, *rest)
    )
    dashboard.period_choice.setCurrentIndex(1)  # l'an dernier…
    dashboard.period_choice.setCurrentIndex(0)  # …puis cette année, avant tout dessin
    qtbot.waitUntil(lambda: bool(read))
    qtbot.wait(50)
    assert read == [Period.year(dt.date.today().year)]
    funnel = next(c for c in dashboard.charts if c.objectName() == "chart_funnel")
    steps = activity.funnel(read[0], Scope())
    assert funnel.chart().series()[0].barSets()[0].at(6) == steps[0].count


@pytest.mark.parametrize(
    ("choice", "area", "words"),
    [(1, AreaKind.PRIORITY, "Quartiers prioritaires"), (2, AreaKind.RURAL, "Zones rurales")],
)
def test_an_area_filters_every_figure_and_the_lists_they_open(qtbot, window, choice, area, words):
    dashboard = window.stack.currentWidget()
    dashboard.period_choice.setCurrentIndex(1)  # l'an dernier
    everywhere = {f.key: f.value for f in dashboard.figures}
    dashboard.findChild(QComboBox, "area").setCurrentIndex(choice)
    period = Period.year(dt.date.today().year - 1)
    figures = {f.key: f for f in activity.headline(period, Scope(area=area))}
    tile = dashboard.findChild(QPushButton, "figure_needs")
    assert tile.text() == f"{figures['needs'].value}\nBesoins repérés"
    # The demo marks some communes only: the area keeps some needs, not all of them.
    assert 0 < figures["needs"].value < everywhere["needs"]
    assert words in dashboard.caption.text()
    for key, row in (("needs", 1), ("studies_started", 2), ("enterprises", 3)):
        window.navigation.setCurrentRow(DASHBOARD)
        qtbot.mouseClick(
            dashboard.findChild(QPushButton, f"figure_{key}"), Qt.MouseButton.LeftButton
        )
        assert window.navigation.currentRow() == row
        assert as_text(listed_ids(window)) == ids_of(figures[key].selection), key
        assert len(listed_ids(window)) == figures[key].value, key
        assert words in window.current_list().selection_caption.text()
    # The funnel's bars and the commune rows follow the area too.
    window.navigation.setCurrentRow(DASHBOARD)
    steps = activity.funnel(period, Scope(area=area))

    def funnel_drawn():
        charts = [c for c in dashboard.charts if c.objectName() == "chart_funnel"]
        return charts and charts[0].chart().series()[0].barSets()[0].at(6) == steps[0].count

    qtbot.waitUntil(funnel_drawn)
    communes = dashboard.findChild(QTableWidget, "communes")
    marked = "quartier prioritaire" if area is AreaKind.PRIORITY else "zone rurale"
    assert communes.rowCount() > 0
    assert all(marked in communes.item(r, 1).text() for r in range(communes.rowCount()))


def test_the_funnel_is_told_apart_from_the_figures_of_the_period(qtbot, window):
    dashboard = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(dashboard.charts))
    funnel = next(c for c in dashboard.charts if c.objectName() == "chart_funnel")
    assert funnel.chart().title().startswith("Cohorte\u00a0: ce que sont devenus les besoins")
    assert "les deux peuvent différer" in funnel.toolTip()
    note = dashboard.findChild(PlainLabel, "flows_note")
    assert note.isVisible() and "(flux)" in note.text() and "(cohorte)" in note.text()
    tile = dashboard.findChild(QPushButton, "figure_studies_validated")
    assert tile.toolTip().startswith("Compté pendant la période.")


def tick_labels(view: QChartView) -> list[str]:
    """What the value axis of a chart prints under its ticks (its « %.0f » format)."""
    (axis,) = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
    assert axis.labelFormat() == "%.0f"
    count = axis.tickCount()
    ticks = [axis.min() + n * (axis.max() - axis.min()) / (count - 1) for n in range(count)]
    assert all(tick == int(tick) for tick in ticks), ticks
    return [f"{tick:.0f}" for tick in ticks]


@pytest.mark.parametrize("highest", [0, 1, 2, 3, 4, 7, 12, 2_500, 24_529])
def test_a_value_axis_reads_whole_distinct_numbers(qtbot, highest):
    """A small count (a few enterprises a year) once printed « 0 0 0 1 1 1 »: Qt put its
    ticks at halves, which a whole-number format rounds together."""
    view = bar_chart("Entreprises", ["2025", "2026"], [("Entreprises", [highest, 0])], print)
    qtbot.addWidget(view)
    labels = tick_labels(view)
    assert len(set(labels)) == len(labels) <= 6
    assert int(labels[0]) == 0 and int(labels[-1]) > highest


def test_every_chart_of_the_dashboard_reads_whole_distinct_numbers(qtbot, window):
    dashboard = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(dashboard.charts))
    for view in dashboard.charts:
        labels = tick_labels(view)
        assert len(set(labels)) == len(labels), (view.objectName(), labels)


def test_back_on_the_dashboard_it_reads_again_only_what_changed(qtbot, window, monkeypatch):
    """Coming back with the file unchanged shows the figures already read (no second
    reading of a large file); a need saved meanwhile is counted at once."""
    dashboard = window.stack.currentWidget()
    tile = dashboard.findChild(QPushButton, "figure_needs")
    before = int(tile.text().split("\n")[0].replace("\u202f", ""))
    read = []
    headline = activity.headline
    monkeypatch.setattr(activity, "headline", lambda *args: read.append(args) or headline(*args))
    window.navigation.setCurrentRow(1)
    window.navigation.setCurrentRow(DASHBOARD)
    assert read == [] and tile.text().startswith(f"{before}")
    window.navigation.setCurrentRow(1)
    territory = Territory.select().first()
    needs.create_need(
        need_values(territory, title="Laverie solidaire", detected_on=dt.date.today())
    )
    window.navigation.setCurrentRow(DASHBOARD)
    assert len(read) == 1
    assert tile.text().split("\n") == [f"{before + 1}", "Besoins repérés"]


def test_a_figure_opens_its_list_reading_only_its_records(qtbot, window, monkeypatch):
    """The list not built yet, a figure builds it already narrowed to its records: one
    reading, not the whole list read then narrowed (twice the time on a large file)."""
    from fabrique_desktop.domain.listing import Listing

    orderings = []
    ordering = Listing.ordering
    monkeypatch.setattr(
        Listing,
        "ordering",
        lambda self, criteria, *rest: orderings.append(criteria) or ordering(self, criteria, *rest),
    )
    dashboard = window.stack.currentWidget()
    qtbot.mouseClick(dashboard.findChild(QPushButton, "figure_needs"), Qt.MouseButton.LeftButton)
    figure = next(f for f in dashboard.figures if f.key == "needs")
    assert [criteria.among for criteria in orderings] == [dashboard.selections["needs"]]
    screen = window.current_list()
    assert screen.selection_bar.isVisible()
    assert screen.selection_caption.text().startswith("Filtré depuis le tableau de bord")
    assert as_text(listed_ids(window)) == ids_of(figure.selection)


def test_a_cut_filter_gives_its_whole_choice_in_its_tooltip(qtbot, window):
    from ..ui.fit.inspect import combo_problems

    window.resize(1024, 600)  # the netbook: « Tous les chargés de mission » is cut
    qtbot.wait(10)
    boxes = window.stack.currentWidget().findChildren(QComboBox)
    staff = next(box for box in boxes if box.objectName() == "staff")
    assert staff.currentText() == "Tous les chargés de mission"
    assert staff.toolTip() == "Tous les chargés de mission"
    staff.setCurrentIndex(1)  # a person: the tooltip follows the choice
    assert staff.toolTip() == staff.itemText(1)
    area = next(box for box in boxes if box.objectName() == "area")
    assert area.toolTip().startswith("Territoire\u00a0: tous\nSeulement les communes")
    assert [p for box in boxes for p in combo_problems(box)] == []
