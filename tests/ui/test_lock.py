"""Opening a file someone else holds: told who, offered read-only; a stale lock can be
taken over; the lock goes when the file is closed."""

import datetime as dt
import json
import os
import socket
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from fabrique_desktop.app import Controller
from fabrique_desktop.domain.models import Need
from fabrique_desktop.domain.services import needs
from fabrique_desktop.domain.validation import RECORD, ValidationError
from fabrique_desktop.store import close_database
from fabrique_desktop.store.lock import lock_path
from fabrique_desktop.ui.session import remember_staff

from ..factories import need_values

# The file's lock: a server has none (several people edit at once).
pytestmark = pytest.mark.sqlite_only


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


def test_a_holder_that_lost_its_lock_saves_nothing_and_says_who_took_over(
    qapp, qtbot, territory, file, dialogs
):
    controller = Controller(qapp)
    assert controller.open(file)
    needs.create_need(need_values(territory, title="Avant"))  # still the holder: saved
    # The laptop slept past the stale delay: another computer has taken the file over.
    foreign_lock(file, 4242)
    taken_over = lock_path(file).read_bytes()
    seen = []
    dialogs.next(lambda box: (seen.append(box.text()), box.accept()))
    with pytest.raises(ValidationError) as refused:
        needs.create_need(need_values(territory, title="Après"))
    message = refused.value.errors[RECORD]
    assert message.startswith("Yannick Morel a repris la main sur ce fichier depuis ")
    assert "votre saisie reste affichée" in message
    assert [n.title for n in Need.select()] == ["Avant"]
    qtbot.waitUntil(lambda: seen == [message])  # told once, in a message box too
    controller.refresh_lock()  # the 5-minute refresh no longer writes
    with pytest.raises(ValidationError):  # nor does any later save
        needs.create_need(need_values(territory, title="Encore"))
    controller.release_lock()
    controller.window.close()
    assert lock_path(file).read_bytes() == taken_over  # the new holder's lock, untouched


@pytest.mark.parametrize(
    "content",
    [
        b'{"staff": "Yannick Morel", "pid": "douze", "since": "2026-11-20T08:00:00"}',
        b'{"staff": "Yannick Morel", "since": "hier", "refreshed": "demain"}',
        b"\x00\x01 pas du JSON",
        b"",
    ],
    ids=["pid as text, naive since", "unparsable dates", "garbage", "empty"],
)
def test_any_lock_content_is_explained_in_french_on_opening(qapp, qtbot, file, dialogs, content):
    lock_path(file).write_bytes(content)
    seen = []
    dialogs.next(press("Annuler", seen))
    assert not Controller(qapp).open(file)
    assert seen[0].startswith("Ce fichier ")
    assert lock_path(file).read_bytes() == content


def test_a_lock_that_is_a_folder_still_allows_reading(qapp, qtbot, file, dialogs):
    lock_path(file).mkdir()
    seen = []
    dialogs.next(press("Ouvrir en lecture seule", seen))
    controller = Controller(qapp)
    assert controller.open(file)
    assert "est un dossier" in seen[0]
    assert controller.window.session.read_only
    controller.window.close()


def test_a_file_with_two_names_opens_read_only_only(qapp, qtbot, file, dialogs):
    os.link(file, file.with_name("copie.sqlite"))  # a second name for the same file
    seen = []
    dialogs.next(press("Ouvrir en lecture seule", seen))
    controller = Controller(qapp)
    assert controller.open(file.with_name("copie.sqlite"))
    assert "porte plusieurs noms (liens physiques)" in seen[0]
    assert "Reprendre la main" not in seen[0]
    assert controller.window.session.read_only
    assert list(file.parent.glob("*.verrou")) == []
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
