"""Fichier → « Vérifier la base » says when the change log no longer matches its records."""

import sqlite3

from PySide6.QtGui import QAction

from fabrique_desktop.app import Controller
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store import close_database, schema
from fabrique_desktop.ui.session import remember_staff

from ..factories import need_values


def test_the_check_reports_changes_made_without_the_log(
    qapp, qtbot, db_path, staff, territory, dialogs
):
    needs.create_need(need_values(territory))
    remember_staff(db_path, staff)
    close_database()
    other = sqlite3.connect(db_path, isolation_level=None)  # another program, on purpose
    schema.add_functions(other)  # it knows the search's folding: only the log is bypassed
    other.execute('DROP TRIGGER "need_history_UPDATE"')
    other.execute("UPDATE need SET description = 'Modifié sans trace'")
    other.close()
    controller = Controller(qapp)
    assert controller.open(db_path)
    seen = []
    dialogs.next(lambda box: (seen.append(box.text()), box.accept()))
    controller.window.findChild(QAction, "check").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [
        "1 problème trouvé\xa0:\n\n• Historique : les modifications dans « need » ne sont plus "
        "notées (déclencheur absent ou modifié)."
    ]
    controller.window.close()
