"""The « Bilan d'activité »: the figures of the period as the domain counts them, the
records behind them, hostile text printed literally, fonts embedded, « Page X / Y »."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from fabrique_desktop.domain import activity, french
from fabrique_desktop.domain import tabular as t
from fabrique_desktop.domain.enums import LegalForm
from fabrique_desktop.domain.scope import Period
from fabrique_desktop.domain.services import needs, projects, settings
from fabrique_desktop.dossiers.activity_report import (
    GATHERING_SHARE,
    ROWS_PER_TABLE,
    ActivityReport,
    gather_report,
    prepare,
)

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
    data.lists = [
        t.Table(
            "Entreprises créées",
            (
                t.Column("Entreprise"),
                t.Column("Créée le", t.Kind.DATE),
                t.Column("ETP", t.Kind.DECIMAL),
            ),
            rows,
        )
    ]
    text = words(pdf_text(ActivityReport(data).render()))
    printed = re.findall(r"Entreprise n° (\d{3}) 01/01/2025 (\d+,5)", text)
    assert printed == [(f"{n:03d}", f"{n},5") for n in range(400)]  # every row, in order
    # A header at the top of each piece of ROWS_PER_TABLE rows, and of each page.
    assert text.count("Entreprise Créée le ETP") >= -(-400 // ROWS_PER_TABLE)
