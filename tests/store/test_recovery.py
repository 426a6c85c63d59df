"""Recovery when it is needed: real damage is told as « endommagé » (never a traceback)
and a backup is offered or restored over it; a damaged file is kept aside, never deleted,
never modified, never backed up as if it were sound."""

import hashlib
import os
import sqlite3
import stat

import pytest

from fabrique_desktop.store import (
    DatabaseDamaged,
    backups,
    close_database,
    open_database,
)

from ..faults.sandbox import cli


@pytest.fixture(scope="module")
def demo_and_backup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recovery")
    path = folder / "d.sqlite"
    assert cli("demo", path).returncode == 0
    assert cli("backup", path, "--to", folder / "bk").returncode == 0
    return path, next((folder / "bk").glob("d-*.sqlite"))


@pytest.fixture
def demo(demo_and_backup, tmp_path):
    """A fresh copy of the demo file and of its backup, for one test to damage."""
    path, backup = demo_and_backup
    copy, kept = tmp_path / "d.sqlite", tmp_path / "bk" / backup.name
    kept.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    kept.write_bytes(backup.read_bytes())
    return copy, kept


def pages_of(path, table, kind):
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        rows = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ?", (table, kind)
        ).fetchall()
    finally:
        connection.close()
    return size, [row[0] for row in rows]


def overwrite(path, offset, data):
    with open(path, "r+b") as stream:
        stream.seek(offset)
        stream.write(data)


def damage_a_leaf_page(path, table="need"):
    """Two bytes of a leaf page of ``table``: its first cell pointer points at nonsense."""
    size, leaves = pages_of(path, table, "leaf")
    overwrite(path, (leaves[1] - 1) * size + 8, b"\xff\xf0")


def damage_a_child_pointer(path):
    """The right-most child pointer of an interior page of ``need``, out of the file."""
    size, interiors = pages_of(path, "need", "internal")
    overwrite(path, (interiors[0] - 1) * size + 8, b"\x00\x7f\xff\xff")


def damage_an_index(path):
    """An index whose entries no longer match its table: its pages are all sound."""
    raw = sqlite3.connect(path)
    version = raw.execute("PRAGMA schema_version").fetchone()[0]
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        'UPDATE sqlite_master SET sql = \'CREATE INDEX "need_sector" ON "need" ("status")\' '
        "WHERE name = 'need_sector'"
    )
    raw.execute(f"PRAGMA schema_version = {version + 1}")
    raw.commit()
    raw.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", [damage_a_leaf_page, damage_a_child_pointer])
def test_page_damage_is_reported_as_damage_never_a_traceback(demo, damage):
    path, _ = demo
    damage(path)
    before = digest(path)
    checked = cli("check", path)
    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr
    assert "est endommagé" in checked.stderr and checked.stderr.count("\n") == 1
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert digest(path) == before


def test_a_damaged_index_is_found_by_check_and_never_backed_up_as_sound(demo):
    path, _ = demo
    damage_an_index(path)
    checked = cli("check", path)
    assert checked.returncode == 1, checked.stderr
    assert "Structure : " in checked.stdout and "need_sector" in checked.stdout
    made = cli("backup", path, "--to", path.parent / "autres")
    assert made.returncode == 2
    assert "est endommagé" in made.stderr and "Traceback" not in made.stderr
    assert list((path.parent / "autres").iterdir()) == []
    assert not backups.is_sound(path)  # what a plain copy of it would be called


def test_restore_over_a_damaged_file_keeps_it_aside_renamed(demo):
    path, backup = demo
    damage_a_leaf_page(path)
    damaged = digest(path)
    old_umask = os.umask(0o022)
    try:
        restored = cli("restore", backup, path)
    finally:
        os.umask(old_umask)
    assert restored.returncode == 0, restored.stderr
    assert "Base endommagée mise de côté" in restored.stdout
    aside = [p for p in path.parent.iterdir() if "endommagé" in p.name]
    assert len(aside) == 1 and digest(aside[0]) == damaged
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert cli("check", path).returncode == 0
    # Twice: the first damaged file is not replaced by the second one.
    damage_a_leaf_page(path)
    assert cli("restore", backup, path).returncode == 0
    assert len([p for p in path.parent.iterdir() if "endommagé" in p.name]) == 2


def test_a_refused_damaged_file_with_a_wal_is_not_modified(demo, tmp_path):
    path, _ = demo
    # A file killed with a WAL still beside it, whose main file is damaged.
    open_database(path)
    from fabrique_desktop.domain.models import database

    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    database.execute_sql("UPDATE need SET title = title || ' (modifié)'")
    wal = path.with_name(path.name + "-wal")
    copy = tmp_path / "copie"
    copy.mkdir()
    for source in (path, wal):
        (copy / source.name).write_bytes(source.read_bytes())
    close_database()
    path, wal = copy / path.name, copy / wal.name
    damage_a_leaf_page(path, "holder")  # a page the WAL does not hold a newer copy of
    before = (digest(path), digest(wal))
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert (digest(path), digest(wal)) == before


@pytest.mark.parametrize("command", ["check", "info", "backup"])
def test_read_only_commands_leave_no_wal_or_shm(demo, command):
    path, _ = demo
    assert cli(command, path).returncode == 0
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["d.sqlite"]
