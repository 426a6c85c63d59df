"""A server's address given where a FICHIER is expected, on an installation without the
« server » extra: one French line, exit 2, nothing imported that is not there."""

import importlib.util

import pytest

from fabrique_desktop.cli import main

ADDRESS = "postgresql://claire@serveur.exemple.fr/fabrique"


@pytest.fixture
def without_server_extra(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name in ("psycopg", "keyring") else real(name, *args),
    )


@pytest.mark.parametrize(
    "command",
    [
        ("check", ADDRESS),
        ("info", ADDRESS),
        ("rgpd", "--db", ADDRESS, "due"),
        ("server", "init", ADDRESS),
    ],
)
def test_without_the_server_extra_an_address_is_refused_in_french(
    command, without_server_extra, capsys
):
    assert main(list(command)) == 2
    error = capsys.readouterr().err
    assert error.splitlines() == [
        "Erreur : Le mode serveur n'est pas installé sur ce poste : installez l'extra "
        "« server » (pip install 'fabrique-desktop[server]') ou ouvrez un fichier."
    ]


def test_backup_of_an_address_prints_the_pg_dump_command_and_takes_none(capsys):
    assert main(["backup", ADDRESS]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("Erreur : Sur un serveur, les sauvegardes sont le travail")
    # TLS required by default, as the app connects: the admin's command says the same.
    assert "pg_dump -Fc -f fabrique-" in error
    assert "'postgresql://claire@serveur.exemple.fr/fabrique?sslmode=require" in error
