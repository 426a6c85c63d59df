"""A really full disk (a small tmpfs of its own): every write says « disque plein » in
French, leaves the data as it was and no partial or empty file behind."""

import json
from pathlib import Path

import pytest

from .sandbox import cli, in_small_disk

DRIVER = Path(__file__).with_name("full_disk_driver.py")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("disque") / "demo.sqlite"
    made = cli("demo", path)
    assert made.returncode == 0, made.stderr
    return path


#: Enough for SQLite to open the file (its -shm), too little for what is then written.
ROOM_TO_OPEN = 48 * 1024


def on_full_disk(scenario: str, demo_file: Path, tmp_path: Path, leave: int = 0) -> dict:
    done = in_small_disk(DRIVER, scenario, demo_file, tmp_path, leave)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_one_french_line(result: dict, expected: str) -> None:
    assert result["code"] == 2, result
    assert "Traceback" not in result["err"]
    assert result["err"].count("\n") == 1, result["err"]
    assert expected in result["err"], result["err"]


def test_a_save_on_a_full_disk_says_so_and_keeps_the_data(demo_file, tmp_path):
    result = on_full_disk("save", demo_file, tmp_path)
    assert result["message"] == {
        "__record__": "L'enregistrement a échoué : le disque est plein. Rien n'a été écrit et "
        "votre saisie est conservée ; libérez de la place ou vérifiez le disque, puis "
        "enregistrez de nouveau."
    }
    assert result["count_after_refusal"] == result["count_before_refusal"]
    assert result["saved_after_freeing"] and result["integrity"] == "ok"


@pytest.mark.parametrize(
    ("command", "leave"),
    [
        ("backup", 0),
        ("backup", ROOM_TO_OPEN),
        ("restore", 0),  # and no empty lock file naming nobody
        ("restore", ROOM_TO_OPEN),
        ("dossier", ROOM_TO_OPEN),  # no partial PDF
        ("export", 4096),  # no partial spreadsheet (~8 KB; opening read-only writes nothing)
    ],
)
def test_a_command_on_a_full_disk_says_so_and_leaves_nothing(demo_file, tmp_path, command, leave):
    result = on_full_disk(command, demo_file, tmp_path, leave)
    assert_one_french_line(result, "le disque est plein")
    assert result["unchanged"]
    assert set(result["files"]) == {"base.sqlite", "copie.sqlite"}


def test_opening_on_a_full_disk_says_so_and_never_calls_the_file_damaged(demo_file, tmp_path):
    result = on_full_disk("open", demo_file, tmp_path)
    assert result["refused"] == "DatabaseRefused"  # not DatabaseDamaged: no backup offered
    assert result["message"] == (
        "Le fichier « base.sqlite » ne peut pas être ouvert : le disque est plein. "
        "Il n'a pas été modifié."
    )
    assert result["unchanged"]


def test_init_on_a_full_disk_claims_no_backup(demo_file, tmp_path):
    result = on_full_disk("init", demo_file, tmp_path)
    assert_one_french_line(result, "le disque est plein")
    assert "sauvegarde" not in result["err"]


def test_receiving_a_first_envoi_on_a_full_disk_writes_nothing(demo_file, tmp_path):
    """Room for the backup taken before applying, not for the records: the batched
    creations are rolled back whole and the command says why."""
    result = on_full_disk("receive", demo_file, tmp_path, 2 * 1024**2)
    assert_one_french_line(result, "le disque est plein")
    assert result["unchanged"]
