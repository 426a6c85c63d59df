"""Whatever the command line is given, it ends in one French line and the README's exit
code: never a traceback, never a file replaced that is not a regular file."""

import hashlib
import os
import stat

import pytest

from ..faults.sandbox import cli, cli_as_ordinary_user


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("refus") / "d.sqlite"
    assert cli("demo", path).returncode == 0
    return path


def assert_refused(result, expected):
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Erreur : ") and result.stderr.count("\n") == 1
    assert expected in result.stderr, result.stderr


def test_a_folder_without_access(demo_path, tmp_path):
    closed = tmp_path / "fermé"
    closed.mkdir()
    (closed / "d.sqlite").write_bytes(demo_path.read_bytes())
    closed.chmod(0)
    try:
        for command in ("check", "info", "backup"):
            assert_refused(cli_as_ordinary_user(command, closed / "d.sqlite"), "accès est refusé")
        assert_refused(cli_as_ordinary_user("init", closed / "n.sqlite"), "accès est refusé")
    finally:
        closed.chmod(0o700)


def test_a_name_of_300_characters(tmp_path):
    assert_refused(cli("init", tmp_path / ("n" * 300 + ".sqlite")), "le nom est trop long")
    assert_refused(cli("check", tmp_path / ("n" * 300 + ".sqlite")), "le nom est trop long")


def test_backup_to_an_existing_file(demo_path, tmp_path):
    there = tmp_path / "fichier"
    there.write_text("à garder", encoding="utf-8")
    assert_refused(cli("backup", demo_path, "--to", there), "n'est pas un dossier")
    assert there.read_text(encoding="utf-8") == "à garder"


def special_file(tmp_path):
    """Something that is not a regular file, like a device, but our own: a named pipe.
    (Never /dev/null or /dev/full: a faulty build would replace the machine's.)"""
    fifo = tmp_path / "tube"
    os.mkfifo(fifo, 0o600)
    return fifo


@pytest.mark.parametrize("kind", ["folder", "special"])
def test_dossier_never_replaces_what_is_not_a_regular_file(demo_path, tmp_path, kind):
    target = tmp_path / "dossier.pdf"
    if kind == "folder":
        target.mkdir()
    else:
        target = special_file(tmp_path)
    assert_refused(cli("dossier", demo_path, "--next", "-o", target), "pas un fichier ordinaire")
    assert target.is_dir() if kind == "folder" else stat.S_ISFIFO(target.stat().st_mode)


def test_a_missing_folder_or_a_device(demo_path, tmp_path):
    special = special_file(tmp_path)
    assert_refused(cli("check", tmp_path / "absent" / "d.sqlite"), "n'existe pas")
    assert_refused(cli("check", special), "pas un fichier ordinaire")
    assert_refused(cli("init", special), "existe déjà")
    assert stat.S_ISFIFO(special.stat().st_mode)
    assert_refused(
        cli("dossier", demo_path, "--next", "-o", tmp_path / "absent" / "x.pdf"),
        "n'existe pas",
    )


def test_restoring_a_backup_onto_itself_is_refused(demo_path):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert_refused(cli("restore", demo_path, demo_path), "est la base elle-même")
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    assert not demo_path.with_name("d-sauvegardes").exists()


@pytest.mark.parametrize("command", ["init", "demo"])
def test_a_new_file_in_a_missing_folder_is_refused_and_no_folder_made(tmp_path, command):
    target = tmp_path / "absent" / "sous-dossier" / "x.sqlite"
    assert_refused(
        cli(command, target), f"Le dossier « {target.parent} » n'existe pas : créez-le d'abord"
    )
    assert not (tmp_path / "absent").exists()
