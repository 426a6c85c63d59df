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
from fabrique_desktop.ui.session import remember_staff

from ..factories import need_values
from .actions import answer


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
        "Cette sauvegarde est ouverte en lecture seule\u00a0: rien ne peut y être enregistré."
    ]
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
    kept = db_path.with_name("fabrique-endommagé.sqlite")
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
