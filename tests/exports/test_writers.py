"""The XLSX and CSV writers: typed cells, French CSV, no formula ever run, files written
whole or not at all, readable by their owner only."""

import csv
import datetime as dt
import errno
import os
import stat
import tempfile
from decimal import Decimal

import openpyxl
import pytest

from fabrique_desktop.domain.tabular import Column, Kind, Table
from fabrique_desktop.dossiers import output
from fabrique_desktop.exports import ExportFailed, write_export

#: OWASP's list of starts that make a spreadsheet cell a formula.
DANGEROUS = ["=1+1", "+33 6 12 34 56 78", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", '=HYPERLINK("x")']

TABLE = Table(
    "Besoins",
    (
        Column("Titre"),
        Column("Repéré le", Kind.DATE),
        Column("Candidatures", Kind.INTEGER),
        Column("Emplois (ETP)", Kind.DECIMAL),
        Column("Taux", Kind.PERCENT),
    ),
    [
        ("Épicerie solidaire", dt.date(2026, 3, 4), 12, 2.5, 0.125),
        ("Garage « solidaire » ; Amiens", None, -3, Decimal("-1.75"), None),
        *((text, dt.date(2027, 1, 31), 0, 0.0, 1.0) for text in DANGEROUS),
    ],
)


def test_xlsx_cells_are_typed_with_a_frozen_filtered_header(tmp_path):
    path = write_export(tmp_path / "besoins.xlsx", [TABLE], "xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Besoins"]
    assert [c.value for c in sheet[1]] == [c.heading for c in TABLE.columns]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:E{len(TABLE.rows) + 1}"
    assert sheet.column_dimensions["A"].width > len("Titre")
    title, day, count, jobs, rate = sheet[2]
    assert (title.value, title.data_type) == ("Épicerie solidaire", "s")
    assert day.value == dt.datetime(2026, 3, 4) and day.is_date
    assert day.number_format == "DD/MM/YYYY"
    assert (count.value, count.data_type) == (12, "n")
    assert (jobs.value, jobs.data_type, jobs.number_format) == (2.5, "n", "0.00")
    assert (rate.value, rate.number_format) == (0.125, "0.0%")
    negative = sheet[3]
    assert (negative[2].value, negative[2].data_type) == (-3, "n")
    assert (negative[3].value, negative[3].data_type) == (-1.75, "n")
    assert negative[1].value is None
    assert negative[0].value == "Garage « solidaire » ; Amiens"


def test_xlsx_never_holds_a_formula(tmp_path):
    path = write_export(tmp_path / "besoins.xlsx", [TABLE], "xlsx")
    sheet = openpyxl.load_workbook(path)["Besoins"]
    cells = [row[0] for row in sheet.iter_rows(min_row=4)]
    assert [cell.value for cell in cells] == DANGEROUS  # shown as typed
    assert {cell.data_type for cell in cells} == {"s"}
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_xlsx_one_sheet_per_table_with_names_excel_accepts(tmp_path):
    other = Table("Comités : 2026/2027 [bilan] et tout ce qui suit", TABLE.columns, [])
    path = write_export(tmp_path / "tables.xlsx", [TABLE, other, other], "xlsx")
    names = openpyxl.load_workbook(path).sheetnames
    assert names[0] == "Besoins" and len(names) == 3
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)
    assert len({name.casefold() for name in names}) == 3


def test_csv_for_a_french_spreadsheet(tmp_path):
    path = write_export(tmp_path / "besoins.csv", [TABLE], "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Titre;Repéré le;Candidatures;Emplois (ETP);Taux"
    assert lines[1] == "Épicerie solidaire;04/03/2026;12;2,50;12,5%"
    assert lines[2] == '"Garage « solidaire » ; Amiens";;-3;-1,75;'


def test_csv_read_back_has_no_formula_and_numbers_stay_numbers(tmp_path):
    path = write_export(tmp_path / "besoins.csv", [TABLE], "csv")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert len(rows) == len(TABLE.rows) + 1
    texts = [row[0] for row in rows[3:]]
    assert texts == ["'" + text for text in DANGEROUS]  # a quote first: text, never run
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows[3:] for cell in row[:1]
    )
    assert rows[2][2] == "-3" and rows[2][3] == "-1,75"  # negative numbers untouched
    assert float(rows[2][3].replace(",", ".")) == -1.75


def test_csv_of_several_tables_titles_each(tmp_path):
    second = Table("Projets", (Column("Projet"),), [("Recyclerie",)])
    path = write_export(tmp_path / "tout.csv", [TABLE, second], "csv")
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Besoins"
    assert lines[len(TABLE.rows) + 2 : len(TABLE.rows) + 6] == [
        "",
        "Projets",
        "Projet",
        "Recyclerie",
    ]


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_written_for_the_owner_only_and_whole(tmp_path, file_format):
    os.umask(0o022)
    path = write_export(tmp_path / f"besoins.{file_format}", [TABLE], file_format)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_a_full_disk_says_so_in_french_and_leaves_no_file(tmp_path, monkeypatch, file_format):
    target = tmp_path / f"besoins.{file_format}"

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(ExportFailed) as failed:
        write_export(target, [TABLE], file_format)
    assert str(failed.value) == (
        f"L'export « besoins.{file_format} » n'a pas pu être écrit : le disque est plein. "
        "Aucun fichier n'a été créé ni modifié."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_says_so_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "besoins.xlsx"
    target.write_bytes(b"previous export")

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(output.tempfile, "mkstemp", read_only)
    with pytest.raises(ExportFailed, match="le disque est en lecture seule"):
        write_export(target, [TABLE], "xlsx")
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["besoins.xlsx"]


def test_a_folder_in_the_way_is_never_replaced(tmp_path):
    (tmp_path / "besoins.csv").mkdir()
    with pytest.raises(ExportFailed, match="ne peut pas être remplacé"):
        write_export(tmp_path / "besoins.csv", [TABLE], "csv")
    assert (tmp_path / "besoins.csv").is_dir()


def openpyxl_leftovers() -> list[str]:
    """The temporary files openpyxl streams a sheet's rows to (personal data)."""
    return [p for p in os.listdir(tempfile.gettempdir()) if p.startswith("openpyxl.")]


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_cancelled_mid_way_leaves_no_file(tmp_path, file_format):
    rows = [(f"Besoin {n}", dt.date(2026, 1, 1), n, 1.0, 0.5) for n in range(5000)]
    shares = []
    before = openpyxl_leftovers()

    def report(share):
        shares.append(share)
        if share > 0.4:
            raise KeyboardInterrupt  # what a cancel raises inside the work

    with pytest.raises(KeyboardInterrupt):
        write_export(
            tmp_path / f"x.{file_format}", [Table("T", TABLE.columns, rows)], file_format, report
        )
    assert shares and shares[0] == 0.2
    assert list(tmp_path.iterdir()) == []
    assert not [p for p in openpyxl_leftovers() if p not in before]
