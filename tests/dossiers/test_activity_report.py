"""The « Bilan d'activité »: the figures of the period as the domain counts them, the
records behind them, hostile text printed literally, fonts embedded, « Page X / Y »."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter

import pytest
from reportlab.graphics import renderPDF
from reportlab.platypus import SimpleDocTemplate

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import activity, french
from fabrique_desktop.domain import tabular as t
from fabrique_desktop.domain.activity_records import RecordList
from fabrique_desktop.domain.enums import LegalForm
from fabrique_desktop.domain.models import Decision, OpportunityStudy
from fabrique_desktop.domain.scope import Period
from fabrique_desktop.domain.services import needs, projects, settings
from fabrique_desktop.dossiers.activity_report import (
    GATHERING_SHARE,
    ROWS_PER_TABLE,
    ActivityReport,
    gather_report,
    prepare,
)
from fabrique_desktop.store import close_database, open_database

from ..factories import TODAY, decision, need_values, opened_project, retained_candidacy
from ..progress import StopAt, Stopped
from .test_committee_dossier import HOSTILE, embedded_fonts, pdf_text, words

YEAR = Period(TODAY - dt.timedelta(days=365), TODAY)


@pytest.fixture
def created(territory, staff, holder):
    settings.update_settings(
        {
            "fabrique_name": "Fabrique à initiatives <b>d'Amiens",
            "territory_name": "Amiens Métropole",
        }
    )
    need = needs.create_need(
        need_values(territory, staff=staff.id, title="Épicerie <b>du Pont & R&D <3")
    )
    for title in HOSTILE:
        needs.create_need(
            need_values(territory, title=title[:200], detected_on=TODAY - dt.timedelta(days=30))
        )
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    projects.declare_enterprise_created(
        project,
        decision(
            5,
            enterprise_name='Le Panier <img src="/etc/passwd"/>',
            legal_form=LegalForm.SCIC,
            created_on=TODAY - dt.timedelta(days=20),
            jobs_fte="2,5",
        ),
        staff,
    )
    return project


def test_the_report_prints_the_figures_and_the_records_of_the_period(created):
    content = prepare(YEAR)
    text = words(pdf_text(content))
    assert "Bilan d'activité" in text
    assert "Fabrique à initiatives <b>d'Amiens" in text  # the identity, escaped
    figures = {f.label: f.value for f in activity.headline(YEAR, activity.Scope())}
    assert f"Besoins repérés {french.number(figures['Besoins repérés'])}" in text
    assert f"Entreprises créées {french.number(figures['Entreprises créées'])}" in text
    assert "Emplois créés (ETP) 2,5" in text
    assert 'Le Panier <img src="/etc/passwd"/> SCIC Amiens' in text  # listed, literally
    pages = len(re.findall(r"Page \d+ / (\d+)", text))
    assert pages > 1 and f"Page {pages} / {pages}" in text
    fonts = embedded_fonts(content)
    assert fonts and all(fonts.values()) and not any("Helvetica" in f for f in fonts)


def test_preparing_reports_its_progress_and_stops_when_asked(created):
    shares = []
    assert prepare(YEAR, progress=shares.append).startswith(b"%PDF")
    assert shares == sorted(shares) and 0 < shares[0] <= GATHERING_SHARE and shares[-1] == 1.0
    stop = StopAt(2)
    with pytest.raises(Stopped):
        prepare(YEAR, progress=stop)
    assert len(stop.shares) == 2


def test_a_long_list_is_printed_whole_in_pieces_each_with_its_header(created):
    data = gather_report(YEAR)
    rows = [(f"Entreprise n° {n:03d}", dt.date(2025, 1, 1), n + 0.5) for n in range(400)]
    table = t.Table(
        "Entreprises créées",
        (
            t.Column("Entreprise"),
            t.Column("Créée le", t.Kind.DATE),
            t.Column("ETP", t.Kind.DECIMAL),
        ),
        rows,
    )
    data.lists = [RecordList(table, len(rows))]
    text = words(pdf_text(ActivityReport(data).render()))
    printed = re.findall(r"Entreprise n° (\d{3}) 01/01/2025 (\d+,5)", text)
    assert printed == [(f"{n:03d}", f"{n},5") for n in range(400)]  # every row, in order
    # A header at the top of each piece of ROWS_PER_TABLE rows, and of each page.
    assert text.count("Entreprise Créée le ETP") >= -(-400 // ROWS_PER_TABLE)


# -- long lists capped, every record still counted ------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("bilan") / "demonstration.sqlite"
    open_database(path, create=True)
    build_demo(today=dt.date(2026, 6, 1))
    close_database()
    return path


@pytest.fixture
def demo(demo_file):
    open_database(demo_file, read_only=True)
    yield Period.year(2025)
    close_database()


def studies_of(period: Period) -> set:
    """The studies launched or decided during ``period``, counted from the records."""
    decided = {
        d.study_id
        for d in Decision.select()
        if d.study_id is not None
        and d.kind.value.startswith("study_")
        and period.contains(d.decided_on)
    }
    return {
        study.id
        for study in OpportunityStudy.select()
        if period.contains(study.started_on) or study.id in decided
    }


def test_nothing_is_capped_on_the_demo_file(demo):
    data = gather_report(demo)
    assert [listed.total for listed in data.lists] == [len(x.table.rows) for x in data.lists]
    assert data.lists[1].total == len(studies_of(demo)) > 0
    text = words(pdf_text(ActivityReport(data).render()))
    assert "autres (" not in text and "report-lists" not in text
    assert "par forme juridique" not in text and "par état" not in text


def test_a_long_list_says_how_many_are_left_out_where_they_are_and_counts_them_all(
    demo, monkeypatch
):
    from fabrique_desktop.dossiers import activity_report

    monkeypatch.setattr(activity_report, "LISTED_ROWS", 5)
    data = gather_report(demo)
    studies = data.lists[1]
    total = len(studies_of(demo))
    assert total > 5 and studies.total == total and len(studies.table.rows) == 5
    # The latest launched first: the five printed are the five most recent.
    launched = sorted(
        (s.started_on for s in OpportunityStudy.select() if s.id in studies_of(demo)),
        reverse=True,
    )
    assert [row[2] for row in studies.table.rows] == launched[:5]
    text = words(pdf_text(ActivityReport(data).render()))
    assert (
        f"… et {french.number(total - 5)} autres ({french.number(total)} en tout) : la liste "
        "complète est dans l'export « Études d'opportunité suivies » (fabrique-desktop "
        "export report-lists FICHIER --from 2025-01-01 --to 2025-12-31 --format xlsx "
        "-o listes.xlsx)." in text
    )
    # The summary keeps every study counted, by state.
    by_state = dict(studies.summary.rows)
    assert sum(by_state.values()) == total
    expected = Counter(
        s.status.label for s in OpportunityStudy.select() if s.id in studies_of(demo)
    )
    assert by_state == dict(expected)
    assert "Études de la période par état" in text
    enterprises = data.lists[0]
    assert sum(row[1] for row in enterprises.summary.rows) == enterprises.total
    jobs = [row[4] or 0 for row in enterprises.table.rows]
    assert jobs == sorted(jobs, reverse=True)  # the most jobs first


def test_the_lists_exported_whole_are_the_reports_uncapped(demo_file, tmp_path):
    import openpyxl

    from fabrique_desktop.cli import main

    target = tmp_path / "listes.xlsx"
    command = ["export", "report-lists", str(demo_file), "--format", "xlsx", "-o", str(target)]
    assert main([*command, "--from", "2025-01-01", "--to", "2025-12-31"]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Entreprises créées", "Études d'opportunité suivies"]
    open_database(demo_file, read_only=True)
    try:
        studies = len(studies_of(Period.year(2025)))
    finally:
        close_database()
    assert book.worksheets[1].max_row == studies + 1  # and its header


def test_text_cells_are_printed_literally_and_wrapped_within_their_column(created):
    """Text cells are plain strings cut into lines (never read as markup); a cell the
    regular font cannot print alone, or with a word wider than its column, stays a
    paragraph (fallback fonts, the word cut)."""
    report = ActivityReport(gather_report(YEAR))
    long_title = "Une épicerie à double tarif accueillerait tous les publics du quartier"
    table = t.Table("Besoins", (t.Column("Besoin"),), [(text,) for text in [*HOSTILE, long_title]])
    flowable = report.table(table)
    cells = [row[0] for row in flowable._cellvalues[1:]]
    plain = {
        text: cell
        for text, cell in zip([*HOSTILE, long_title], cells, strict=True)
        if isinstance(cell, str)
    }
    assert plain["<b>gras"] == "<b>gras" and plain["R&D <3"] == "R&D <3"
    assert plain["sonnette\x07cachée"] == "sonnettecachée"
    assert "\n" in plain[long_title]  # wrapped in the column, not past it
    assert {"Épicerie 🌱 bio", "a" * 300} & set(plain) == set()  # paragraphs
    content = io.BytesIO()
    SimpleDocTemplate(content).build([flowable])
    text = words(pdf_text(content.getvalue()))
    for literal in ("<b>gras", '<img src="/etc/passwd"/>', "R&D <3", "sonnettecachée"):
        assert literal in text
    assert long_title in text


@pytest.mark.parametrize("highest", [1, 3, 7])
def test_a_chart_of_a_few_records_reads_whole_numbers_on_its_axis(created, highest):
    """reportlab's own scale put a small count's ticks at halves: « 0,5 besoin »."""
    report = ActivityReport(gather_report(YEAR))
    drawing = report.bars(["Mobilité", "Numérique"], [("Besoins", [highest, 0])])
    text = pdf_text(renderPDF.drawToString(drawing)).split()
    assert "0" in text and str(highest) in text  # the axis, and the bar's label
    assert not [label for label in text if "," in label]  # no « 0,5 »
