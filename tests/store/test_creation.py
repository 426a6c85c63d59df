"""A new file appears whole or not at all; a file an earlier version left half-created
(everything still in its -wal) is recognised without being touched, then opened."""

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from fabrique_desktop.domain.models import Need, database
from fabrique_desktop.store import DatabaseRefused, close_database, open_database, schema
from fabrique_desktop.store.fileguard import APPLICATION_ID, FileKind, inspect_file

from .test_open import fingerprint

INIT = [sys.executable, "-m", "fabrique_desktop", "init"]

#: What an earlier version did on a first launch: an empty file, WAL, the migrations
#: committed to the -wal; then killed before any checkpoint folded them into the file.
HALF_CREATED = r"""
import os, sqlite3, sys
from peewee import SqliteDatabase
from fabrique_desktop.store import schema
path = sys.argv[1]
sqlite3.connect(path).execute("PRAGMA journal_mode = wal")
db = SqliteDatabase(path, pragmas={"journal_mode": "wal", "foreign_keys": 1})
db.connect()
db.execute_sql("PRAGMA wal_autocheckpoint = 0")
if sys.argv[2] == "ours":
    schema.migrate(db)
else:
    db.execute_sql("CREATE TABLE contacts (nom TEXT)")
os._exit(0)  # killed: no checkpoint, no clean close
"""


def half_created(path, whose="ours"):
    subprocess.run([sys.executable, "-c", HALF_CREATED, str(path), whose], check=True)
    raw = path.read_bytes()
    assert raw.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(raw[68:72], "big") == 0  # the header says nothing…
    assert path.with_name(path.name + "-wal").stat().st_size > 0  # …the -wal has it all


def test_a_half_created_file_is_recognised_untouched_then_opened(tmp_path):
    path = tmp_path / "fabrique.sqlite"
    half_created(path)
    before = fingerprint(path)
    assert inspect_file(path, schema.latest_version()) is FileKind.FABRIQUE
    checked = subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", "check", path], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    assert "aucun problème trouvé" in checked.stdout
    after = fingerprint(path)
    assert (after[""], after["-wal"]) == (before[""], before["-wal"])  # byte for byte

    open_database(path)  # read-write: SQLite folds the -wal in, the file is ours
    try:
        assert Need.select().count() == 0
        assert schema.pending_migrations(database.obj) == []
    finally:
        close_database()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_another_programs_half_written_file_is_still_refused_untouched(tmp_path):
    path = tmp_path / "autre.sqlite"
    half_created(path, whose="theirs")
    before = fingerprint(path)
    with pytest.raises(DatabaseRefused, match="une base SQLite d'un autre logiciel"):
        open_database(path, create=True)
    assert fingerprint(path) == before


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_init_killed_at_any_moment_leaves_nothing_or_a_whole_file(tmp_path):
    path = tmp_path / "fabrique.sqlite"
    started = time.monotonic()
    subprocess.run([*INIT, path], check=True, capture_output=True)
    duration = time.monotonic() - started
    path.unlink()
    rng = random.Random(20261129)
    outcomes = {"nothing": 0, "whole": 0}
    for _ in range(32):
        child = subprocess.Popen([*INIT, path], stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        outcomes["whole" if path.exists() else "nothing"] += 1
        # The next start: the first launch opens the default file, creating it if needed.
        open_database(path, create=True)
        try:
            assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert schema.pending_migrations(database.obj) == []
        finally:
            close_database()
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".nouveau")] == []
        for leftover in tmp_path.iterdir():
            leftover.unlink()
    assert outcomes["nothing"] > 0 and outcomes["whole"] > 0  # both moments were hit


def test_a_new_file_is_built_elsewhere_then_renamed_into_place(tmp_path, monkeypatch):
    """While it is being built, nothing is at the path; the build is private."""
    from fabrique_desktop.store import creation

    path = tmp_path / "fabrique.sqlite"
    seen = []
    real_migrate = schema.migrate

    def watching(db):
        seen.append((path.exists(), sorted(p.name for p in tmp_path.iterdir())))
        building = next(tmp_path.glob(".fabrique.sqlite.*.nouveau"))
        seen.append(stat.S_IMODE(building.stat().st_mode))
        return real_migrate(db)

    monkeypatch.setattr(creation.schema, "migrate", watching)
    creation.create_database_file(path)
    assert seen[0][0] is False
    assert seen[0][1] == [f".fabrique.sqlite.{os.uname().nodename}-{os.getpid()}.nouveau"]
    assert seen[1] == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fabrique.sqlite"]
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    raw.close()


def test_creation_never_replaces_a_file_that_appeared_meanwhile(tmp_path, monkeypatch):
    from fabrique_desktop.store import creation

    path = tmp_path / "fabrique.sqlite"
    real_migrate = schema.migrate

    def someone_else_creates_it(db):
        path.write_bytes(b"le fichier d'un autre")
        return real_migrate(db)

    monkeypatch.setattr(creation.schema, "migrate", someone_else_creates_it)
    with pytest.raises(FileExistsError):
        creation.create_database_file(path)
    assert path.read_bytes() == b"le fichier d'un autre"
    assert [p.name for p in tmp_path.iterdir()] == ["fabrique.sqlite"]
