"""Backups in the app: listed with their contents, restored (the current file backed up
first), opened read-only, and offered when the file turns out damaged."""

import hashlib
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from fabrique_desktop.app import Controller
from fabrique_desktop.domain.models import Need, database
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store import backups, close_database, open_database
from fabrique_desktop.ui.backups_dialog import BackupsDialog
from fabrique_desktop.ui.common import plain
from fabrique_desktop.ui.session import remember_staff

from ..factories import need_values
from .actions import answer

# Backups of the file: on a server they are the server's job (pg_dump).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def controller(qapp, qtbot, db, db_path, staff, territory):
    needs.create_need(need_values(territory, title="Recyclerie"))
    remember_staff(db_path, staff)
    controller = Controller(qapp)
    assert controller.open(db_path)
    qtbot.waitUntil(lambda: len(backups.list_backups(db_path)) == 1)  # taken on opening
    yield controller
    controller.window.close()


def test_dialog_lists_backups_with_their_contents(qtbot, controller, db_path):
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    row = dialog.tree.topLevelItem(0)
    assert dialog.tree.topLevelItemCount() == 1
    assert row.text(1).endswith("Mo")
    qtbot.waitUntil(lambda: row.text(2) != "…")  # counted in the background
    assert [row.text(column) for column in (2, 3, 4)] == ["1", "0", "0"]  # one need


def test_restore_puts_the_backup_back_and_keeps_the_current_content(controller, db_path):
    taken = backups.list_backups(db_path)[0].path
    needs.delete_need(Need.get(Need.title == "Recyclerie"))
    assert Need.select().count() == 0
    assert controller.restore(taken)
    assert [n.title for n in Need.select()] == ["Recyclerie"]
    assert len(backups.list_backups(db_path)) == 2  # the emptied file was backed up first


def test_a_backup_opens_read_only_and_stays_untouched(qtbot, controller, db_path, dialogs):
    taken = backups.list_backups(db_path)[0].path
    before = hashlib.sha256(taken.read_bytes()).hexdigest()
    assert controller.open_read_only(taken)
    window = controller.window
    assert window.windowTitle().endswith("(sauvegarde en lecture seule)")
    window.navigation.setCurrentRow(1)
    screen = window.current_list()
    screen.open_record(Need.get().id)
    messages = []

    def read(box):
        messages.append(box.text())
        box.accept()

    dialogs.next(read)
    assert not screen.form.save()
    assert messages == [
        "Ce fichier est ouvert en lecture seule\u00a0: rien ne peut y être enregistré."
    ]
    assert not screen.form.save_button.isEnabled()
    assert hashlib.sha256(taken.read_bytes()).hexdigest() == before


def test_a_damaged_file_offers_its_newest_sound_backup(qtbot, controller, db_path, dialogs):
    controller.window.close()
    close_database()
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 6] = os.urandom(page * 4)
    db_path.write_bytes(bytes(data))
    questions = []

    def accept(box):
        questions.append(box.text())
        answer(box, QMessageBox.StandardButton.Yes)

    dialogs.next(accept)
    assert controller.open(db_path)
    assert "endommagé" in questions[0] and "Restaurer la sauvegarde du" in questions[0]
    assert [n.title for n in Need.select()] == ["Recyclerie"]
    (kept,) = db_path.parent.glob("fabrique-endommagé-*.sqlite")
    assert kept.read_bytes() == bytes(data)  # the damaged file is kept, untouched
    assert database.obj is not None
    close_database()
    open_database(db_path)  # and the restored file opens cleanly on its own


def test_check_the_file_from_the_menu(qtbot, controller, dialogs):
    from PySide6.QtGui import QAction

    seen = []
    dialogs.next(lambda box: (seen.append(box.text()), box.accept()))
    controller.window.findChild(QAction, "check").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == ["Aucun problème trouvé."]
    # A quick check ends before the progress window's delay: it must not appear later,
    # stale at its last percentage.
    progress = controller.window.file_menu.check_task.dialog
    qtbot.wait(progress.minimumDuration() + 300)
    assert not progress.isVisible()


def test_a_cancelled_check_says_nothing(qtbot, controller):
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QPushButton

    window = controller.window
    window.findChild(QAction, "check").trigger()
    task = window.file_menu.check_task
    assert task.dialog.labelText() == "Vérification de la base…"
    task.dialog.findChild(QPushButton).click()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(100)  # what the worker signalled, if anything, is delivered
    assert task.job.cancelled
    assert QApplication.activeModalWidget() is None  # no verdict, no error


def test_restoring_over_a_file_with_a_damaged_index_keeps_it_aside(
    qtbot, controller, db_path, dialogs
):
    from ..store.test_recovery import damage_an_index

    taken = backups.list_backups(db_path)[0].path
    controller.window.close()
    close_database()
    damage_an_index(db_path)  # its pages are sound: it opens, but cannot be backed up
    assert controller.open(db_path)
    damaged = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert controller.restore(taken)
    (kept,) = db_path.parent.glob("fabrique-endommagé-*.sqlite")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged
    assert [n.title for n in Need.select()] == ["Recyclerie"]
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


UNWRITABLE_FOLDER = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from fabrique_desktop.app import Controller

shown = []
QMessageBox.information = staticmethod(lambda parent, title, text: shown.append(text))
QMessageBox.critical = staticmethod(lambda parent, title, text: shown.append(text))
from fabrique_desktop.ui.common import plain  # the app's own plain-text boxes
plain.information = plain.critical = lambda parent, title, text, *more: shown.append(text)
app = QApplication([])
controller = Controller(app)
opened = controller.open(Path(sys.argv[1]))
print(opened, controller.window.session.read_only if opened else None)
print(shown)
"""


@pytest.mark.parametrize(
    ("mode", "opened", "told"),
    [
        (0o555, "True True", "n'est pas modifiable"),  # read-only: opened read-only
        (0o000, "False None", "l'accès est refusé"),  # no access: said, nothing opened
    ],
)
def test_a_folder_that_cannot_be_written_is_never_called_damaged(
    tmp_path, staff, db_path, mode, opened, told
):
    from ..faults.sandbox import python_as_ordinary_user

    close_database()
    folder = tmp_path / "dossier"
    folder.mkdir()
    path = folder / "fabrique.sqlite"
    path.write_bytes(db_path.read_bytes())
    folder.chmod(mode)
    try:
        done = python_as_ordinary_user(UNWRITABLE_FOLDER, path)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    result, shown = done.stdout.splitlines()
    assert result == opened  # never offered a backup in place of good data
    assert told in shown and "endommagé" not in shown
    assert sorted(p.name for p in folder.iterdir()) == ["fabrique.sqlite"]


def test_a_backup_failing_after_its_window_closed_shows_nothing(
    qtbot, controller, db_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(plain, "warning", lambda parent, title, text, *more: shown.append(text))
    window = controller.window
    window.backup_failed("disque plein")  # while the window is open: the user is told
    assert len(shown) == 1
    window.close()
    window.backup_failed("disque plein")  # a late report of a job of the closed window
    assert len(shown) == 1
