"""``fabrique-desktop export``: a list as a spreadsheet, its period, the people kept out,
and French refusals (exit 2, one line, no traceback)."""

from __future__ import annotations

import csv
import datetime as dt
import stat

import openpyxl
import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.domain.enums import PersonKind
from fabrique_desktop.domain.models import PersonalDataFlag
from fabrique_desktop.domain.services import holders, needs, network
from fabrique_desktop.store import close_database, open_database

from ..factories import need_values, person_values


@pytest.fixture
def filled(db, db_path, territory):
    for title, day in (
        ("Recyclerie", "2026-02-10"),
        ("=Épicerie", "2026-05-01"),
        ("Garage", "2025-12-31"),
    ):
        needs.create_need(
            need_values(territory, title=title, detected_on=dt.date.fromisoformat(day))
        )
    holders.create_holder(person_values())
    opposed = holders.create_holder(
        person_values(first_name="Ana", last_name="Opposée", email="ana@exemple.fr")
    )
    PersonalDataFlag.create(person_kind=PersonKind.HOLDER, person_id=opposed.id, restricted=True)
    partner = network.create_partner(
        {
            "name": "Mairie d'Amiens",
            "kind": "local_authority",
            "contact_name": "Jean Retiré",
            "email": "jean@exemple.fr",
            "phone": "03 22 00 00 00",
        }
    )
    PersonalDataFlag.create(
        person_kind=PersonKind.PARTNER_CONTACT, person_id=partner.id, restricted=True
    )
    close_database()
    return db_path


def one_french_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def test_needs_of_a_period_as_xlsx(filled, tmp_path, capsys):
    db_path = filled
    target = tmp_path / "besoins.xlsx"
    code = main(
        [
            "export",
            "needs",
            str(db_path),
            "--format",
            "xlsx",
            "-o",
            str(target),
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    sheet = openpyxl.load_workbook(target)["Besoins"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Titre", "Commune", "Secteur", "Statut", "Suivi par", "Repéré le")
    assert [(row[0], row[5]) for row in rows[1:]] == [
        ("Recyclerie", dt.datetime(2026, 2, 10)),
        ("=Épicerie", dt.datetime(2026, 5, 1)),
    ]
    assert (
        rows[1][2] == "Alimentation et circuits courts" and rows[1][3] == "Repéré"
    )  # labels, not codes
    assert sheet["A3"].data_type == "s"
    assert "2 lignes exportées" in capsys.readouterr().out
    assert not (db_path.parent / f"{db_path.name}-wal").exists()  # read-only


def test_people_in_opposition_are_left_out(filled, tmp_path):
    db_path = filled
    target = tmp_path / "porteurs.csv"
    assert main(["export", "holders", str(db_path), "--format", "csv", "-o", str(target)]) == 0
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Łucja Kowalczyk"]
    assert "Opposée" not in target.read_text(encoding="utf-8-sig")
    partners = tmp_path / "acteurs.csv"
    assert main(["export", "partners", str(db_path), "--format", "csv", "-o", str(partners)]) == 0
    with open(partners, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    # The organisation stays; its contact's name, e-mail and phone do not.
    assert rows[1] == ["Mairie d'Amiens", "Collectivité", "", "", "", ""]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--from", "2026-31-01"], "--from « 2026-31-01 » n'est pas une date AAAA-MM-JJ"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "--from doit précéder --to"),
    ],
)
def test_bad_dates_are_refused_in_one_line(filled, tmp_path, capsys, arguments, expected):
    db_path = filled
    target = tmp_path / "x.csv"
    code = main(["export", "needs", str(db_path), "--format", "csv", "-o", str(target), *arguments])
    assert code == 2
    assert expected in one_french_line(capsys)
    assert not target.exists()


def test_a_folder_as_output_is_refused_and_kept(filled, tmp_path, capsys):
    db_path = filled
    folder = tmp_path / "dossier"
    folder.mkdir()
    assert main(["export", "needs", str(db_path), "--format", "xlsx", "-o", str(folder)]) == 2
    assert "n'est pas un fichier ordinaire" in one_french_line(capsys)
    assert folder.is_dir()


def test_indicators_are_the_dashboards_tables(filled, tmp_path, capsys):
    from fabrique_desktop.domain.activity import headline
    from fabrique_desktop.domain.scope import Period, Scope

    db_path = filled
    target = tmp_path / "indicateurs.xlsx"
    command = ["export", "indicators", str(db_path), "--format", "xlsx", "-o", str(target)]
    assert main([*command, "--from", "2026-01-01", "--to", "2026-12-31"]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Indicateurs", "Entonnoir"]
    sheet = dict(book["Indicateurs"].iter_rows(min_row=2, values_only=True))
    open_database(db_path, read_only=True)
    expected = {f.label: f.value for f in headline(Period.year(2026), Scope())}
    close_database()
    assert sheet == expected
    assert sheet["Besoins repérés"] == 2  # Recyclerie and =Épicerie, not 2025's Garage


def test_a_file_that_is_not_a_database_is_refused(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("pas une base")
    code = main(["export", "needs", str(bad), "--format", "csv", "-o", str(tmp_path / "x.csv")])
    assert code == 2
    one_french_line(capsys)
    assert bad.read_text() == "pas une base"


@pytest.mark.parametrize(("code", "area"), [("qpv", "PRIORITY"), ("rural", "RURAL")])
def test_indicators_of_an_area_are_the_dashboards_with_that_filter(tmp_path, code, area):
    from fabrique_desktop.demo import build_demo
    from fabrique_desktop.domain.activity import headline
    from fabrique_desktop.domain.enums import AreaKind
    from fabrique_desktop.domain.scope import Period, Scope

    db_path = tmp_path / "demo.sqlite"
    open_database(db_path, create=True)
    build_demo(scale=200, today=dt.date(2026, 6, 1))
    year = Period.year(2025)
    expected = {f.label: f.value for f in headline(year, Scope(area=AreaKind[area]))}
    everywhere = {f.label: f.value for f in headline(year, Scope())}
    close_database()
    target = tmp_path / "indicateurs.xlsx"
    command = ["export", "indicators", str(db_path), "--format", "xlsx", "-o", str(target)]
    assert main([*command, "--from", "2025-01-01", "--to", "2025-12-31", "--territoire", code]) == 0
    sheet = dict(
        openpyxl.load_workbook(target)["Indicateurs"].iter_rows(min_row=2, values_only=True)
    )
    assert sheet == expected
    assert 0 < sheet["Besoins repérés"] < everywhere["Besoins repérés"]


def test_an_area_applies_to_the_indicators_only(filled, tmp_path, capsys):
    target = tmp_path / "besoins.csv"
    code = main(
        [
            "export",
            "needs",
            str(filled),
            "--format",
            "csv",
            "-o",
            str(target),
            "--territoire",
            "qpv",
        ]
    )
    assert code == 2
    assert "--territoire ne s'applique qu'à « indicators »" in one_french_line(capsys)
    assert not target.exists()
