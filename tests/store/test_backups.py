"""Backups: a consistent snapshot through SQLite's backup API, private, rotated, taken
before an upgrade, and restored to identical data."""

import datetime as dt
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fabrique_desktop.domain.models import ALL_MODELS, Need, database
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store import (
    DatabaseDamaged,
    backups,
    close_database,
    open_database,
    schema,
)
from fabrique_desktop.store.backups import Backup, RotationPolicy, backups_to_remove
from fabrique_desktop.store.database import PRAGMAS, FabriqueDatabase

from ..factories import need_values


def content() -> str:
    digest = hashlib.sha256()
    for model in ALL_MODELS:
        for row in model.select().order_by(model._meta.primary_key).tuples():
            digest.update(repr(row).encode())
    return digest.hexdigest()


def test_backup_restores_to_identical_data(db, db_path, territory):
    needs.create_need(need_values(territory, title="Recyclerie"))
    before = content()
    taken = backups.make_backup(db, db_path)
    needs.create_need(need_values(territory, title="Garage solidaire"))
    Need.update(title="Recyclerie modifiée").where(Need.title == "Recyclerie").execute()
    assert content() != before
    close_database()
    backups.restore(taken, db_path)
    open_database(db_path)
    assert content() == before


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_backups_are_private(db, db_path):
    taken = backups.make_backup(db, db_path)
    assert stat.S_IMODE(taken.stat().st_mode) == 0o600
    assert stat.S_IMODE(taken.parent.stat().st_mode) == 0o700
    assert taken.parent == db_path.with_name("fabrique-sauvegardes")
    assert not list(taken.parent.glob("*.tmp"))
    assert sqlite3.connect(taken).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_backup_is_taken_only_when_something_changed(db, db_path, territory):
    assert backups.backup_if_changed(db, db_path) is not None  # none yet
    assert backups.backup_if_changed(db, db_path) is None
    needs.create_need(need_values(territory))
    assert backups.backup_if_changed(db, db_path) is not None
    assert len(backups.list_backups(db_path)) == 2


def test_rotation_keeps_recent_then_daily_then_monthly(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0)

    def taken(days, hours=0):
        moment = now - dt.timedelta(days=days, hours=hours)
        return Backup(tmp_path / f"b-{moment:%Y%m%d-%H%M%S}.sqlite", moment)

    recent = [taken(0, 1), taken(0, 3), taken(1, 5)]  # within two days: all kept
    daily = [taken(5, 1), taken(5, 4), taken(6)]  # one a day: the 5th's older one goes
    monthly = [taken(60), taken(62), taken(100)]  # one a month
    ancient = [taken(400)]
    removed = backups_to_remove(recent + daily + monthly + ancient, now, RotationPolicy())
    september = {b for b in monthly if b.taken_at.month == now.month - 2}
    assert set(removed) == {daily[1]} | (
        september - {min(september, key=lambda b: -b.taken_at.timestamp())}
    ) | set(ancient)


def test_a_backup_comes_before_every_upgrade(tmp_path):
    path = tmp_path / "ancienne.sqlite"
    # A file as the first release made it: only migration 0001 applied.
    first_release = FabriqueDatabase(str(path), pragmas=PRAGMAS)
    schema.runner(first_release).up(target="0001_initial")
    first_release.execute_sql("PRAGMA user_version = 1")
    first_release.close()
    open_database(path)
    try:
        assert len(backups.list_backups(path)) == 1
        assert schema.pending_migrations(database.obj) == []
    finally:
        close_database()


def test_damaged_pages_are_found_on_opening_and_left_untouched(db, db_path, territory):
    for index in range(300):
        needs.create_need(need_values(territory, title=f"Besoin {index}", description="x" * 500))
    close_database()
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = os.urandom(3 * page)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(db_path)
    assert "endommagé" in str(refused.value)
    assert db_path.read_bytes() == bytes(data)


def test_cli_backup_and_restore(tmp_path):
    path = tmp_path / "base.sqlite"
    run = [sys.executable, "-m", "fabrique_desktop"]
    assert subprocess.run([*run, "demo", path], capture_output=True).returncode == 0
    made = subprocess.run(
        [*run, "backup", path, "--to", tmp_path / "cles"], capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    copy = next((tmp_path / "cles").glob("base-*.sqlite"))
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    raw = sqlite3.connect(path)
    raw.create_function("fabrique_history_actor", 0, lambda: None)  # another program
    raw.execute("DELETE FROM need_partner")
    raw.commit()
    raw.close()
    back = subprocess.run([*run, "restore", copy, path], capture_output=True, text=True)
    assert back.returncode == 0, back.stderr
    assert "Base actuelle sauvegardée" in back.stdout
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM need_partner").fetchone()[0] > 0
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before  # the backup is untouched


def demo_and_its_backup(tmp_path) -> tuple[list, Path, Path]:
    """The command line, a demo file made with it, and a backup of that file."""
    path = tmp_path / "base.sqlite"
    run = [sys.executable, "-m", "fabrique_desktop"]
    assert subprocess.run([*run, "demo", path], capture_output=True).returncode == 0
    made = subprocess.run([*run, "backup", path, "--to", tmp_path / "cles"], capture_output=True)
    assert made.returncode == 0
    return run, path, next((tmp_path / "cles").glob("base-*.sqlite"))


def test_cli_restore_refuses_a_file_someone_has_open(tmp_path):
    from fabrique_desktop.store.lock import FileLock, lock_path

    run, path, copy = demo_and_its_backup(tmp_path)
    held = FileLock(path, "Claire Vasseur")  # this test's process: a live owner
    held.acquire()
    try:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        for options in ([], ["--take-over"]):  # a live lock is never taken over
            back = subprocess.run(
                [*run, "restore", copy, path, *options], capture_output=True, text=True
            )
            assert back.returncode == 2
            assert "ouvert par Claire Vasseur" in back.stderr
            assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert lock_path(path).exists()  # still Claire's
    finally:
        held.release()


def test_cli_restore_takes_over_an_abandoned_lock_only_when_asked(tmp_path):
    import json
    import socket

    from fabrique_desktop.store.lock import lock_path

    run, path, copy = demo_and_its_backup(tmp_path)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], text=True, capture_output=True
    )
    lock_path(path).write_text(
        json.dumps(
            {
                "staff": "Claire Vasseur",
                "host": socket.gethostname(),
                "pid": int(gone.stdout),  # a process that has ended: the app crashed
                "since": "2026-11-20T08:00:00+00:00",
                "refreshed": "2026-11-20T08:00:00+00:00",
            }
        )
    )
    refused = subprocess.run([*run, "restore", copy, path], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "abandonné" in refused.stderr and "--take-over" in refused.stderr
    taken = subprocess.run(
        [*run, "restore", copy, path, "--take-over"], capture_output=True, text=True
    )
    assert taken.returncode == 0, taken.stderr
    assert "Base restaurée" in taken.stdout
    assert not lock_path(path).exists()  # released once done


def test_a_backup_killed_half_way_does_not_block_the_next_one(db, db_path, monkeypatch):
    """A backup killed mid-copy leaves its hidden .tmp; the next one, in the same
    second, used to fail on it (« File exists ») and so did the upgrade it preceded."""
    moment = dt.datetime(2026, 11, 29, 3, 42, 26)

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return moment

    monkeypatch.setattr(backups.dt, "datetime", Frozen)
    folder = backups.backup_folder(db_path)
    folder.mkdir(mode=0o700)
    left = folder / f".{db_path.stem}-{moment:{backups.STAMP}}.sqlite.tmp"
    left.write_bytes(b"half a copy")
    taken = backups.make_backup(database, db_path)
    assert taken.name == f"{db_path.stem}-{moment:{backups.STAMP}}.sqlite"
    assert not left.exists() and backups.is_sound(taken)
