"""Opening a file someone else holds: told who, offered read-only; a stale lock can be
taken over; the lock goes when the file is closed."""

import datetime as dt
import json
import socket
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

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


def test_a_held_file_says_who_holds_it_forbids_writing_and_reopens_once_free(
    qapp, qtbot, file, dialogs, territory
):
    from PySide6.QtGui import QAction

    from fabrique_desktop.domain.services import needs

    from ..factories import need_values

    needs.create_need(need_values(territory, title="Épicerie solidaire"))
    close_database()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        foreign_lock(file, holder.pid)
        since = dt.datetime.now().astimezone()
        dialogs.next(press("Ouvrir en lecture seule", []))
        controller = Controller(qapp)
        assert controller.open(file)
        window = controller.window
        said = (
            f"ouvert en lecture seule\u00a0: Yannick Morel l'utilise sur {socket.gethostname()} "
            f"depuis {since.hour} h {since.minute:02d}"
        )
        assert window.windowTitle() == f"fabrique.sqlite — Fabrique Desktop — {said}"
        assert window.findChild(QLabel, "held_by").text() == said

        window.navigation.setCurrentRow(1)
        screen = window.current_list()
        screen.open_index(screen.proxy.index(0, 0))
        form = screen.form
        assert form.fields.editors["title"].isReadOnly()
        assert not form.fields.editors["sector"].isEnabled()
        for name in ("save", "keep", "drop", "launch_study", "add_attachment"):
            button = form.findChild(QPushButton, name)
            assert not button.isEnabled()
            assert button.toolTip() == "Le fichier est ouvert en lecture seule."
        assert form.history_button.isEnabled()
        for name in ("new", "save", "delete", "settings", "backups"):
            assert not window.findChild(QAction, name).isEnabled()

        reopen = window.findChild(QPushButton, "reopen")
        window.watch_the_holder()
        assert not reopen.isVisibleTo(window)  # Yannick Morel still has it open
        lock_path(file).unlink()  # Yannick Morel closes the file
        window.watch_the_holder()
        assert reopen.isVisibleTo(window)
        assert window.findChild(QLabel, "held_by").text() == (
            "Yannick Morel a fermé le fichier\u00a0: rouvrez-le pour le modifier."
        )
        reopen.click()
        assert controller.window is not window
        assert not controller.window.session.read_only
        assert json.loads(lock_path(file).read_text())["staff"] == "Claire Vasseur"
        controller.release_lock()
        controller.window.close()
    finally:
        holder.kill()
