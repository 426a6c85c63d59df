"""``fabrique-desktop server``: an office's file to the server and back, nothing lost."""

import sqlite3

import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import listing
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.store.paths import read_only_connection
from fabrique_desktop.store.postgres import credentials
from fabrique_desktop.store.postgres.transfer import _select, digest, tables

pytestmark = pytest.mark.server_only


@pytest.fixture
def office_file(tmp_path):
    """An office's file, with records, decisions, history and attachments."""
    path = tmp_path / "bureau.sqlite"
    open_database(path, create=True)
    build_demo(scale=40)
    close_database()
    return path


def file_digests(path):
    with read_only_connection(path) as connection:
        return {t.name: digest(connection.execute(_select(t))) for t in tables()}


def test_an_office_moves_to_the_server_and_back_without_losing_a_row(
    office_file, db_location, tmp_path, capsys
):
    assert main(["server", "import", str(office_file), db_location]) == 0
    assert "contenu vérifié identique" in capsys.readouterr().out
    assert len(listing.needs()) == 40  # the app reads the server as it read the file
    close_database()

    assert main(["server", "import", str(office_file), db_location]) == 0  # again: no-op
    assert " 0 ligne ajoutée" in capsys.readouterr().out

    back = tmp_path / "retour.sqlite"
    assert main(["server", "export", db_location, str(back)]) == 0
    assert file_digests(back) == file_digests(office_file)
    open_database(back)  # a Fabrique file the app opens
    assert len(listing.needs()) == 40


def test_a_server_holding_other_data_refuses_the_import_and_keeps_its_own(
    office_file, db, need, capsys
):
    close_database()
    address = str(db.database)
    assert main(["server", "import", str(office_file), address]) == 2
    error = capsys.readouterr().err
    assert "le serveur contient déjà d'autres données. Rien n'a été importé." in error
    assert len(error.strip().splitlines()) == 1
    open_database(address)
    assert [row["title"] for row in listing.needs()] == [need.title]


def test_a_file_that_is_not_a_fabrique_is_refused(tmp_path, db_location, capsys):
    other = tmp_path / "autre.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert main(["server", "import", str(other), db_location]) == 2
    assert "Rien n'a été importé." in capsys.readouterr().err


def test_no_password_in_the_address_and_no_answer_are_one_french_line(tmp_path, capsys):
    assert main(["server", "init", "postgresql://claire:secret@serveur/fabrique"]) == 2
    assert "retirez-le" in capsys.readouterr().err
    nowhere = f"postgresql://claire@/fabrique?host={tmp_path}"
    assert main(["server", "init", nowhere]) == 2
    error = capsys.readouterr().err
    assert error.startswith("Erreur : Le serveur « fabrique sur ") and "ne répond pas" in error
    assert len(error.strip().splitlines()) == 1


class MemoryVault:
    """A keyring backend that keeps passwords in memory (never the developer's own)."""

    priority = 1

    def __init__(self):
        self.kept = {}

    def get_password(self, service, account):
        return self.kept.get((service, account))

    def set_password(self, service, account, password):
        self.kept[(service, account)] = password


def test_the_password_is_kept_in_the_vault_by_server_and_user(monkeypatch):
    import keyring

    vault = MemoryVault()
    monkeypatch.setattr(keyring, "get_password", vault.get_password)
    monkeypatch.setattr(keyring, "set_password", vault.set_password)
    address = "postgresql://claire@serveur.cress.fr:5433/fabrique"
    credentials.remember_password(address, "s3cret")
    assert vault.kept == {("fabrique-desktop", "claire@serveur.cress.fr:5433/fabrique"): "s3cret"}
    assert credentials.stored_password(address) == "s3cret"
    assert credentials.stored_password("postgresql://marc@serveur.cress.fr:5433/fabrique") is None
