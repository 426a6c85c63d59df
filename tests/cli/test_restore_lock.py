"""``restore`` and the lock: any lock content ends in one French line and exit code 2,
never a traceback; a lock this user left on this computer is taken back without asking."""

import getpass
import socket
import subprocess

from fabrique_desktop.store.lock import lock_path

from ..store.test_backups import demo_and_its_backup
from ..store.test_lock import ended_pid, write_lock

ODD_LOCKS = {
    "pid as text": b'{"staff": "Yannick Morel", "pid": "douze"}',
    "naive since": b'{"staff": "Yannick Morel", "pid": 1, "since": "2026-11-20T08:00:00"}',
    "unparsable since": b'{"staff": "Yannick Morel", "since": "hier", "refreshed": []}',
    "not JSON": b"\xff\xfe verrou",
    "empty": b"",
}


def test_restore_explains_any_lock_in_french(tmp_path):
    run, path, copy = demo_and_its_backup(tmp_path)
    for name, content in ODD_LOCKS.items():
        lock_path(path).write_bytes(content)
        refused = subprocess.run([*run, "restore", copy, path], capture_output=True, text=True)
        assert refused.returncode == 2, (name, refused.stderr)
        assert refused.stderr.startswith("Erreur : Ce fichier "), (name, refused.stderr)
        assert len(refused.stderr.splitlines()) == 1, (name, refused.stderr)
    lock_path(path).unlink()
    lock_path(path).mkdir()
    refused = subprocess.run([*run, "restore", copy, path], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "est un dossier" in refused.stderr and "Traceback" not in refused.stderr


def test_restore_takes_back_this_users_lock_of_an_ended_process(tmp_path):
    run, path, copy = demo_and_its_backup(tmp_path)
    left = {"staff": "Claire Vasseur", "host": socket.gethostname(), "pid": ended_pid()}
    write_lock(path, {**left, "user": getpass.getuser(), "since": "2026-11-20T08:00:00"})
    back = subprocess.run([*run, "restore", copy, path], capture_output=True, text=True)
    assert back.returncode == 0, back.stderr
    assert "Base restaurée" in back.stdout
    assert not lock_path(path).exists()
