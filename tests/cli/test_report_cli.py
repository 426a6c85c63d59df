"""``fabrique-desktop report``: the Bilan d'activité of a period from the command line;
every refusal is one French line and exit 2, and the file is never modified."""

from __future__ import annotations

import hashlib
import stat

import pytest

from ..dossiers.test_committee_dossier import pdf_text, words
from ..faults.sandbox import cli
from .test_refusals import assert_refused, special_file


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "d.sqlite"
    assert cli("demo", path).returncode == 0
    return path


def test_the_report_of_a_year_is_written(demo_path, tmp_path):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    target = tmp_path / "bilan.pdf"
    result = cli("report", demo_path, "--from", "2025-01-01", "--to", "2025-12-31", "-o", target)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout and "Ko" in result.stdout
    text = words(pdf_text(target.read_bytes()))
    assert "Bilan d'activité" in text and "Année 2025" in text and "Chiffres clés" in text
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2025-13-01", "2025-12-31", "--from « 2025-13-01 » n'est pas une date"),
        ("2025-01-01", "31/12/2025", "--to « 31/12/2025 » n'est pas une date"),
        ("2025-12-01", "2025-01-31", "La période finit (31/01/2025) avant de commencer"),
    ],
)
def test_dates_badly_written_or_backwards(demo_path, tmp_path, start, end, said):
    target = tmp_path / "bilan.pdf"
    assert_refused(cli("report", demo_path, "--from", start, "--to", end, "-o", target), said)
    assert not target.exists()


def test_never_replaces_what_is_not_a_regular_file_nor_reads_a_foreign_file(demo_path, tmp_path):
    special = special_file(tmp_path)
    assert_refused(
        cli("report", demo_path, "--from", "2025-01-01", "--to", "2025-12-31", "-o", special),
        "pas un fichier ordinaire",
    )
    assert stat.S_ISFIFO(special.stat().st_mode)
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("pas une base")
    assert_refused(
        cli(
            "report",
            foreign,
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "-o",
            tmp_path / "b.pdf",
        ),
        "n'est pas une base de données Fabrique Desktop",
    )
    assert foreign.read_text() == "pas une base"


def test_the_report_of_an_area_says_so_and_counts_its_communes_only(demo_path, tmp_path):
    target = tmp_path / "bilan-qpv.pdf"
    period = ["--from", "2025-01-01", "--to", "2025-12-31"]
    result = cli("report", demo_path, *period, "--territoire", "qpv", "-o", target)
    assert result.returncode == 0, result.stderr
    text = words(pdf_text(target.read_bytes()))
    assert "Année 2025 — Quartiers prioritaires" in text
    whole = tmp_path / "bilan.pdf"
    assert cli("report", demo_path, *period, "-o", whole).returncode == 0
    assert len(pdf_text(target.read_bytes())) < len(pdf_text(whole.read_bytes()))


def test_an_unknown_area_is_refused(demo_path, tmp_path):
    target = tmp_path / "bilan.pdf"
    period = ["--from", "2025-01-01", "--to", "2025-12-31"]
    result = cli("report", demo_path, *period, "--territoire", "ville", "-o", target)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not target.exists()
