"""The commands that take a FICHIER, given a server's address instead: run as an admin
or a script would run them (a subprocess), one French line and exit 2 on any refusal."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.models import Committee, Holder, database
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.store.schema import latest_version

from ..cli.test_cli import ENTERPRISES

pytestmark = pytest.mark.server_only


def run(*args):
    result = subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def server(db_location):
    """A server holding the demonstration's data (40 needs), closed in this process."""
    open_database(db_location)
    build_demo(scale=40)
    close_database()
    return db_location


def _on(address, statement):
    open_database(address)
    database.execute_sql(statement)
    close_database()


def test_check_finds_the_server_sound_then_what_an_admin_broke(server):
    result = run("check", server)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"{server} : aucun problème trouvé."

    _on(server, 'ALTER TABLE need DISABLE TRIGGER "need_history_UPDATE"')
    _on(server, "GRANT EXECUTE ON FUNCTION fabrique_rewrite_log_entry(text, bigint) TO PUBLIC")
    _on(server, "UPDATE project SET legal_form = NULL WHERE stage = 'created'")
    result = run("check", server)
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "3 problèmes trouvés" in out
    assert "les modifications dans « need » ne sont plus notées" in out
    assert "fabrique_rewrite_log_entry est ouverte à PUBLIC" in out
    assert ENTERPRISES.search(out)


def test_check_says_when_the_schema_is_behind(server):
    _on(server, "DELETE FROM schema_migration WHERE name = '0029_server_log_rewrite'")
    result = run("check", server)
    assert result.returncode == 2  # read-only: it will not upgrade, and says who does
    assert "server init" in result.stderr and len(result.stderr.splitlines()) == 1


def test_info_on_a_server_prints_the_figures_a_file_of_the_same_data_prints(server, tmp_path):
    on_server = run("info", server)
    assert on_server.returncode == 0, on_server.stderr
    copy = tmp_path / "copie.sqlite"
    assert run("server", "export", server, copy).returncode == 0
    in_file = run("info", copy)
    first, *figures = on_server.stdout.splitlines()
    assert first.startswith("Serveur : fabrique_test_")
    assert first.endswith(f" Mo, schéma {latest_version()})")  # the same migrations
    assert figures == in_file.stdout.splitlines()[1:]
    assert "Besoins : 40" in figures


def test_backup_and_restore_on_a_server_say_it_is_the_admin_s_work(server, tmp_path):
    result = run("backup", server)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "les sauvegardes sont le travail de son administrateur" in result.stderr
    assert "pg_dump -Fc -f fabrique-" in result.stderr and server in result.stderr
    result = run("restore", tmp_path / "x.sqlite", server)
    assert result.returncode == 2 and "pg_restore --clean -d" in result.stderr


def test_dossier_of_a_committee_printed_from_the_server(server, tmp_path):
    from pypdf import PdfReader

    open_database(server)
    committee = Committee.select().order_by(Committee.meeting_on.desc()).first()
    close_database()
    pdf = tmp_path / "comite.pdf"
    result = run("dossier", server, "--committee", committee.id, "-o", pdf)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dossier de comité" in text and "Ordre du jour" in text
    result = run("dossier", server, "--committee", "inconnu", "-o", tmp_path / "x.pdf")
    assert result.returncode == 2
    assert result.stderr.strip() == "Erreur : Aucun comité ne porte l'identifiant inconnu."


def test_report_and_export_read_the_server(server, tmp_path):
    bilan = tmp_path / "bilan.pdf"
    result = run("report", server, "--from", "2020-01-01", "--to", "2030-12-31", "-o", bilan)
    assert result.returncode == 0, result.stderr
    assert bilan.read_bytes().startswith(b"%PDF")
    needs = tmp_path / "besoins.csv"
    result = run("export", "needs", server, "--format", "csv", "-o", needs)
    assert result.returncode == 0, result.stderr
    assert len(needs.read_text(encoding="utf-8-sig").splitlines()) == 41


def test_rgpd_erase_on_a_server_says_what_the_server_keeps(server):
    open_database(server)
    holder = Holder.select().where(Holder.email != "").first()
    close_database()
    result = run("rgpd", "--db", server, "erase", holder.id.hex, "--yes")
    assert result.returncode == 0, result.stderr
    assert "effacées (effacement n° 1)" in result.stdout
    assert "VACUUM FULL réécrit les tables" in result.stdout
    open_database(server)
    assert Holder.get_by_id(holder.id).email == ""


@pytest.mark.parametrize(
    "address, expected",
    [
        ("postgresql://claire:secret@localhost/fabrique", "L'adresse contient un mot de passe"),
        # A folder where no server listens.
        ("postgresql://claire@/fabrique?host={tmp}", "ne répond pas ou refuse la connexion"),
    ],
)
def test_a_bad_address_is_one_french_line(address, expected, tmp_path):
    address = address.format(tmp=tmp_path)
    for command in (
        ("check", address),
        ("info", address),
        ("dossier", address, "--next", "-o", tmp_path / "x.pdf"),
        ("rgpd", "--db", address, "due"),
    ):
        result = run(*command)
        assert result.returncode == 2, command
        assert len(result.stderr.splitlines()) == 1 and expected in result.stderr, command
        assert "secret" not in result.stderr
