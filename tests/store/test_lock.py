"""One writer at a time: the lock says who holds the file, refuses a second writer,
and gives way only when stale. A file on a network share drops WAL for a journal."""

import datetime as dt
import getpass
import json
import os
import socket
import subprocess
import sys
import time

import pytest

from fabrique_desktop.domain.models import database
from fabrique_desktop.store import close_database, location, open_database
from fabrique_desktop.store.lock import FileLock, FileLocked, LockLost, lock_path


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


def write_lock(db_path, content, minutes_ago=0):
    """A lock file with ``content`` (a dict is written as JSON), dated ``minutes_ago``."""
    path = lock_path(db_path)
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    moment = time.time() - minutes_ago * 60
    os.utime(path, (moment, moment))


def ended_pid():
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(gone.stdout)


def test_two_names_of_one_file_share_one_lock(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    open_database(db_path, create=True)
    close_database()
    other_name = tmp_path / "raccourci.sqlite"
    other_name.symlink_to(db_path)
    assert lock_path(other_name) == lock_path(db_path)
    mine = FileLock(db_path, "Claire Vasseur")
    mine.acquire()
    with pytest.raises(FileLocked, match="ouvert par Claire Vasseur"):
        FileLock(other_name, "Yannick Morel").acquire(take_over=True)
    mine.release()


def test_a_file_with_several_hard_links_is_not_opened_for_writing(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    open_database(db_path, create=True)
    close_database()
    os.link(db_path, tmp_path / "copie.sqlite")
    for name in ("fabrique.sqlite", "copie.sqlite"):
        with pytest.raises(FileLocked, match="porte plusieurs noms") as refused:
            FileLock(tmp_path / name, "Claire Vasseur").acquire(take_over=True)
        assert refused.value.info is None and not refused.value.stale
    assert [p.name for p in tmp_path.glob("*.verrou")] == []


def test_a_holder_whose_lock_was_taken_over_stops_and_is_told_who(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    mine = FileLock(db_path, "Claire Vasseur")
    mine.acquire()
    mine.refresh()  # still ours: fine
    # The laptop slept past the stale delay; another computer took the file over.
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    theirs = {"staff": "Yannick Morel", "host": "poste-griep-02", "pid": 4242}
    write_lock(db_path, {**theirs, "since": now, "refreshed": now, "token": "x"})
    before = lock_path(db_path).read_bytes()
    with pytest.raises(LockLost) as lost:
        mine.refresh()
    message = str(lost.value)
    assert message.startswith("Yannick Morel a repris la main sur ce fichier depuis poste-griep-02")
    assert "Rien n'a été écrit et votre saisie reste affichée" in message
    assert lock_path(db_path).read_bytes() == before  # the new holder's lock is untouched
    mine.release()
    assert lock_path(db_path).read_bytes() == before


def test_an_empty_lock_is_being_written_not_abandoned(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    write_lock(db_path, b"")
    with pytest.raises(FileLocked, match="en train d'être ouvert") as refused:
        FileLock(db_path, "Claire Vasseur").acquire(take_over=True)
    assert not refused.value.stale
    write_lock(db_path, b"", minutes_ago=5)  # left empty by a crash or a full disk
    with pytest.raises(FileLocked) as refused:
        FileLock(db_path, "Claire Vasseur").acquire()
    assert refused.value.stale
    FileLock(db_path, "Claire Vasseur").acquire(take_over=True)
    assert json.loads(lock_path(db_path).read_text())["staff"] == "Claire Vasseur"


ODD_LOCKS = {
    "pid as text": {"staff": "Samia Haddad", "host": "poste-1", "pid": "douze"},
    "pid as a numeric string": {"staff": "Samia Haddad", "host": "poste-1", "pid": "4242"},
    "naive since": {"staff": "Samia Haddad", "since": "2026-11-20T08:00:00", "pid": 1},
    "unparsable since": {"staff": "Samia Haddad", "since": "hier matin", "refreshed": 3},
    "a year out of range": {"staff": "Samia Haddad", "since": "0001-01-01T00:00:00+14:00"},
    "wrong types": {"staff": ["Samia"], "host": 7, "pid": True, "since": None},
    "a JSON list": [1, 2, 3],
    "not UTF-8": b"\xff\xfe\x00verrou",
    "deeply nested": b"[" * 100_000,
    "text": b"ouvert par Samia",
}


@pytest.mark.parametrize("content", ODD_LOCKS.values(), ids=ODD_LOCKS.keys())
def test_any_lock_content_gives_a_french_message(tmp_path, content):
    db_path = tmp_path / "fabrique.sqlite"
    write_lock(db_path, content)
    with pytest.raises(FileLocked) as refused:
        FileLock(db_path, "Claire Vasseur").acquire()
    assert str(refused.value).startswith("Ce fichier ")
    assert "None" not in str(refused.value)


def test_a_lock_that_is_a_folder_gives_a_french_message(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    lock_path(db_path).mkdir()
    with pytest.raises(FileLocked, match="est un dossier") as refused:
        FileLock(db_path, "Claire Vasseur").acquire(take_over=True)
    assert not refused.value.stale  # nothing can replace a folder


def test_my_own_lock_left_by_an_ended_process_is_taken_back_without_asking(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    left = {"staff": "Claire Vasseur", "host": socket.gethostname(), "pid": ended_pid()}
    write_lock(db_path, {**left, "user": "quelqu-un-d-autre", "since": now, "refreshed": now})
    with pytest.raises(FileLocked) as refused:  # another account's: asked first
        FileLock(db_path, "Claire Vasseur").acquire()
    assert refused.value.stale
    write_lock(db_path, {**left, "user": getpass.getuser(), "since": now, "refreshed": now})
    lock = FileLock(db_path, "Claire Vasseur")
    lock.acquire()  # this user, this computer, the process has ended: taken back
    assert json.loads(lock_path(db_path).read_text())["token"] == lock.token


CONTENDER = r"""
import sys, time
from pathlib import Path
from fabrique_desktop.store.lock import FileLock, FileLocked
folder, me, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for round in range(rounds):
    go = folder / f"go-{round}"
    while not go.exists():
        time.sleep(0.0005)
    lock = FileLock(folder / "fabrique.sqlite", me)
    try:
        lock.acquire(take_over=True)
        outcome = f"won {lock.token}"
    except FileLocked:
        outcome = "lost"
    # Written aside then renamed: the test reads a result only once it is whole.
    (folder / f"partial-{round}-{me}").write_text(outcome)
    (folder / f"partial-{round}-{me}").rename(folder / f"result-{round}-{me}")
"""


def test_of_several_instances_taking_over_one_stale_lock_exactly_one_wins(tmp_path):
    rounds, contenders = 300, 4
    workers = [
        subprocess.Popen([sys.executable, "-c", CONTENDER, str(tmp_path), f"poste{n}", str(rounds)])
        for n in range(contenders)
    ]
    try:
        for round in range(rounds):
            stale = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)).isoformat()
            write_lock(
                tmp_path / "fabrique.sqlite",
                {"staff": "X", "host": "ailleurs", "pid": 1, "since": stale, "refreshed": stale},
                minutes_ago=120,
            )
            (tmp_path / f"go-{round}").touch()
            results = [tmp_path / f"result-{round}-poste{n}" for n in range(contenders)]
            deadline = time.monotonic() + 60
            while not all(r.exists() for r in results) and time.monotonic() < deadline:
                time.sleep(0.005)
            outcomes = [r.read_text() for r in results]
            winners = [o for o in outcomes if o.startswith("won")]
            assert len(winners) == 1, (round, outcomes)
            holder = json.loads(lock_path(tmp_path / "fabrique.sqlite").read_text())
            assert winners[0] == f"won {holder['token']}"
    finally:
        for worker in workers:
            worker.kill()
            worker.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_drafts_and_claims_of_killed_instances_are_swept_away(tmp_path):
    db_path = tmp_path / "fabrique.sqlite"
    old = [
        tmp_path / ".fabrique.sqlite.verrou.5d1f.tmp",
        tmp_path / ".fabrique.sqlite.verrou.12-ab.reprise",
    ]
    fresh = tmp_path / ".fabrique.sqlite.verrou.77-cd.reprise"  # someone taking over now
    for leftover in (*old, fresh):
        leftover.write_bytes(b"")
    for leftover in old:
        os.utime(leftover, (time.time() - 600, time.time() - 600))
    FileLock(db_path, "Claire Vasseur").acquire()
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "fabrique.sqlite.verrou"]
