"""The command line, run as staff or CI would run it: in a subprocess."""

import re
import sqlite3
import subprocess
import sys

import pytest

from fabrique_desktop.store.fileguard import APPLICATION_ID

#: The check's line on created enterprises lacking their form, its words agreeing with
#: the count.
ENTERPRISES = re.compile(
    r"(?<!\d)(1 entreprise créée|(?!1 )\d+ entreprises créées) sans forme juridique "
    "ou date de création"
)


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "d.sqlite"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    assert "Base de démonstration créée" in result.stdout
    return path


def test_check_of_the_demo_is_clean(demo_path):
    result = run("check", demo_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "aucun problème trouvé" in result.stdout


def test_info_shows_needs_projects_in_every_stage_holders_and_committees(demo_path):
    result = run("info", demo_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Besoins : 60" in out
    for stage in ("Recherche du porteur", "Accompagnement", "Entreprise créée", "Abandonné"):
        line = next(line for line in out.splitlines() if line.strip().startswith(stage))
        assert not line.endswith(": 0"), line
    assert "Porteurs :" in out and "Comités :" in out and "prochain :" in out


def test_demo_never_overwrites_a_file(demo_path):
    before = demo_path.read_bytes()
    result = run("demo", demo_path)
    assert result.returncode == 2
    assert "existe déjà" in result.stderr
    assert demo_path.read_bytes() == before


def test_init_creates_an_empty_fabrique_file(tmp_path):
    path = tmp_path / "vide.sqlite"
    assert run("init", path).returncode == 0
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("SELECT COUNT(*) FROM need").fetchone()[0] == 0
    assert raw.execute("SELECT COUNT(*) FROM committee_kind").fetchone()[0] == 3


def test_check_refuses_a_file_that_is_not_ours(tmp_path):
    path = tmp_path / "tableur.csv"
    path.write_text("titre;commune\nRecyclerie;Amiens\n", encoding="utf-8")
    result = run("check", path)
    assert result.returncode == 2
    assert "n'est pas une base de données Fabrique Desktop" in result.stderr
    assert path.read_text(encoding="utf-8") == "titre;commune\nRecyclerie;Amiens\n"


def test_check_reports_a_breach_of_the_method(tmp_path):
    path = tmp_path / "d.sqlite"
    assert run("demo", path).returncode == 0
    raw = sqlite3.connect(path)
    raw.create_function("fabrique_history_actor", 0, lambda: None)  # another program
    raw.execute("UPDATE project SET legal_form = NULL WHERE stage = 'created'")
    raw.commit()
    raw.close()
    result = run("check", path)
    assert result.returncode == 1
    assert ENTERPRISES.search(result.stdout)


def test_scale_and_seed_options(tmp_path):
    path = tmp_path / "s.sqlite"
    result = run("demo", path, "--scale", 300, "--seed", 3)
    assert result.returncode == 0, result.stderr
    assert "Besoins : 300" in run("info", path).stdout
    assert run("demo", tmp_path / "x.sqlite", "--scale", 0).returncode == 2


def test_dossier_of_the_next_committee_and_its_minutes(demo_path, tmp_path):
    from pypdf import PdfReader

    dossier = tmp_path / "prochain.pdf"
    result = run("dossier", demo_path, "--next", "-o", dossier)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(dossier).pages)
    assert "Dossier de comité" in text and "Ordre du jour" in text
    minutes = tmp_path / "releve.pdf"
    assert run("dossier", demo_path, "--next", "--minutes", "-o", minutes).returncode == 0
    assert "Relevé de décisions" in PdfReader(minutes).pages[0].extract_text()


def test_dossier_of_an_unknown_committee_is_refused(demo_path, tmp_path):
    result = run("dossier", demo_path, "--committee", "inconnu", "-o", tmp_path / "x.pdf")
    assert result.returncode == 2
    assert "Aucun comité ne porte l'identifiant inconnu." in result.stderr
    assert not (tmp_path / "x.pdf").exists()
