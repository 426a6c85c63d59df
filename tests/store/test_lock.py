"""One writer at a time: the lock says who holds the file, refuses a second writer,
and gives way only when stale. A file on a network share drops WAL for a journal."""

import datetime as dt
import json
import os
import socket
import subprocess
import sys

import pytest

from fabrique_desktop.domain.models import database
from fabrique_desktop.store import close_database, location, open_database
from fabrique_desktop.store.lock import FileLock, FileLocked, lock_path


def test_second_writer_is_told_who_holds_the_file(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    mine = FileLock(db_path, "Claire Vasseur")
    mine.acquire()
    info = json.loads(lock_path(db_path).read_text())
    assert (info["staff"], info["host"], info["pid"]) == (
        "Claire Vasseur",
        socket.gethostname(),
        os.getpid(),
    )
    # Another process on this computer tries: refused, with the French sentence.
    code = (
        "import sys; from pathlib import Path\n"
        "from fabrique_desktop.store.lock import FileLock, FileLocked\n"
        f"lock = FileLock(Path({str(db_path)!r}), 'Yannick Morel')\n"
        "try:\n    lock.acquire(take_over=True)\n"
        "except FileLocked as e:\n    print(e); sys.exit(3)\n"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert other.returncode == 3  # a live lock is never taken over
    assert other.stdout.startswith("Ce fichier est ouvert par Claire Vasseur sur ")
    assert "semble abandonné" not in other.stdout
    mine.release()
    assert not lock_path(db_path).exists()


def test_lock_of_a_dead_process_is_stale_and_can_be_taken_over(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    lock_path(db_path).write_text(
        json.dumps(
            {
                "staff": "Samia Haddad",
                "host": socket.gethostname(),
                "pid": int(dead.stdout),
                "since": now,
                "refreshed": now,
            }
        )
    )
    lock = FileLock(db_path, "Claire Vasseur")
    with pytest.raises(FileLocked) as refused:
        lock.acquire()
    assert refused.value.stale and "Samia Haddad" in str(refused.value)
    lock.acquire(take_over=True)
    assert json.loads(lock_path(db_path).read_text())["staff"] == "Claire Vasseur"


def test_lock_from_another_computer_is_stale_only_when_not_refreshed(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)).isoformat(timespec="seconds")
    recent = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for refreshed, stale in ((recent, False), (old, True)):
        lock_path(db_path).write_text(
            json.dumps(
                {
                    "staff": "Yannick Morel",
                    "host": "poste-griep-02",
                    "pid": 4242,
                    "since": old,
                    "refreshed": refreshed,
                }
            )
        )
        with pytest.raises(FileLocked) as refused:
            FileLock(db_path, "Claire Vasseur").acquire()
        assert refused.value.stale is stale
        assert "sur poste-griep-02 depuis le" in str(refused.value)


def test_network_share_is_recognised_from_the_mount_table():
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//serveur/fabrique /mnt/partage cifs rw 0 0\n"
        "nas:/export /mnt/nfs nfs4 rw 0 0\n"
    )
    assert location.filesystem_type("/mnt/partage/fabrique.sqlite", mounts) == "cifs"
    assert location.filesystem_type("/mnt/nfs/a/b.sqlite", mounts) == "nfs4"
    assert location.filesystem_type("/home/claire/fabrique.sqlite", mounts) == "ext4"


def test_a_file_on_a_network_share_uses_a_rollback_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "on_network_share", lambda path: True)
    db = open_database(tmp_path / "partage.sqlite", create=True)
    try:
        assert db.on_network_share
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        close_database()
