"""Opening a file someone else holds: told who, offered read-only; a stale lock can be
taken over; the lock goes when the file is closed."""

import datetime as dt
import json
import socket
import subprocess
import sys

import pytest

from fabrique_desktop.app import Controller
from fabrique_desktop.store import close_database
from fabrique_desktop.store.lock import lock_path
from fabrique_desktop.ui.session import remember_staff


@pytest.fixture
def file(db, db_path, staff):
    remember_staff(db_path, staff)
    close_database()
    return db_path


def foreign_lock(path, pid, minutes_ago=0):
    moment = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).isoformat()
    lock_path(path).write_text(
        json.dumps(
            {
                "staff": "Yannick Morel",
                "host": socket.gethostname(),
                "pid": pid,
                "since": moment,
                "refreshed": moment,
            }
        )
    )


def press(label, seen):
    def act(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()

    return act


def test_a_held_file_opens_read_only(qapp, qtbot, file, dialogs):
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        foreign_lock(file, holder.pid)
        seen = []
        dialogs.next(press("Ouvrir en lecture seule", seen))
        controller = Controller(qapp)
        assert controller.open(file)
        assert seen[0].startswith("Ce fichier est ouvert par Yannick Morel sur ")
        assert controller.window.session.read_only
        assert json.loads(lock_path(file).read_text())["pid"] == holder.pid  # untouched
        controller.window.close()
    finally:
        holder.kill()


def test_a_stale_lock_can_be_taken_over_and_is_released_on_close(qapp, qtbot, file, dialogs):
    foreign_lock(file, 999999, minutes_ago=120)
    seen = []
    dialogs.next(press("Reprendre la main", seen))
    controller = Controller(qapp)
    assert controller.open(file)
    assert "semble abandonné" in seen[0]
    lock = json.loads(lock_path(file).read_text())
    assert lock["staff"] == "Claire Vasseur"
    assert not controller.window.session.read_only
    controller.release_lock()
    assert not lock_path(file).exists()
    controller.window.close()
