"""The workstation's configuration an administrator writes once: read before the user's
choices, and a mistake in it never stops the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from fabrique_desktop.domain.services import settings
from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.store import backups, default_database_path
from fabrique_desktop.store.machine_config import MachineConfig, machine_config


def write(config: Path, body: str) -> None:
    config.write_text("[fabrique-desktop]\n" + body, encoding="utf-8")


def test_nothing_configured_leaves_every_default(no_machine_config):
    assert machine_config() == MachineConfig()
    assert default_database_path().name == "fabrique.sqlite"
    assert "FabriqueDesktop" in str(default_database_path())


def test_new_databases_and_backups_go_where_the_administrator_says(
    no_machine_config, tmp_path, db, db_path
):
    share, saved = tmp_path / "partage", tmp_path / "sauvegardes"
    write(no_machine_config, f"database_folder = {share}\nbackups_folder = {saved}\n")
    assert default_database_path() == share / "fabrique.sqlite"

    backup = backups.make_backup(db, db_path)

    assert backup.parent == saved / "fabrique-sauvegardes"
    assert [b.path for b in backups.list_backups(db_path)] == [backup]
    assert not (db_path.parent / "fabrique-sauvegardes").exists()


def test_the_name_is_a_default_users_may_change(no_machine_config, db):
    write(no_machine_config, "fabrique_name = Fabrique du Pays de Bray\n")
    assert settings.fabrique_settings()["fabrique_name"] == "Fabrique du Pays de Bray"

    settings.update_settings({"fabrique_name": "Fabrique de Neufchâtel"})

    assert settings.fabrique_settings()["fabrique_name"] == "Fabrique de Neufchâtel"


def test_a_fixed_name_is_refused_next_to_the_field_and_nothing_is_saved(no_machine_config, db):
    settings.update_settings({"fabrique_name": "Ancien nom", "operator_name": "CRESS"})
    write(no_machine_config, "fabrique_name = Fabrique du Pays de Bray\nusers_may_change = non\n")

    with pytest.raises(ValidationError) as refused:
        settings.update_settings({"fabrique_name": "Autre nom", "operator_name": "GRIEP"})

    assert "fixé pour ce poste" in refused.value.errors["fabrique_name"]
    assert settings.fabrique_settings()["fabrique_name"] == "Fabrique du Pays de Bray"
    assert settings.fabrique_settings()["operator_name"] == "CRESS"
    settings.update_settings({"fabrique_name": "Fabrique du Pays de Bray", "operator_name": "X"})
    assert settings.fabrique_settings()["operator_name"] == "X"


@pytest.mark.parametrize(
    ("body", "warning"),
    [
        ("database_folder = partage/relatif\n", "doit être un chemin absolu"),
        ("users_may_change = peut-être\n", "vaut oui ou non"),
        ("database_folder /sans/signe/egal\n", "illisible et ignorée"),
        ("server_sslmode = oui\n", "« server_sslmode » vaut require, verify-ca"),
    ],
)
def test_a_mistake_is_ignored_with_a_french_line(no_machine_config, capsys, body, warning):
    write(no_machine_config, body)

    assert machine_config() == MachineConfig()
    assert warning in capsys.readouterr().err


def test_a_file_in_another_encoding_is_ignored(no_machine_config, capsys):
    no_machine_config.write_bytes(
        "[fabrique-desktop]\nfabrique_name = Fabrique é\n".encode("latin-1")
    )

    assert machine_config() == MachineConfig()
    assert "illisible" in capsys.readouterr().err


def test_paths_may_name_the_users_home(no_machine_config, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    write(no_machine_config, "database_folder = ~/Partage Fabrique\n")

    assert machine_config().database_folder == tmp_path / "Partage Fabrique"
