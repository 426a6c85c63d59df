"""« Rechercher partout » (Ctrl+K): a project is found by its holder's name, and the
chosen result opens in its own screen."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from fabrique_desktop.ui.everywhere import EverywhereDialog
from fabrique_desktop.ui.main_window import MainWindow

from ..factories import need_values, opened_project, person_values, retained_candidacy
from .actions import type_into


def test_a_holders_name_finds_their_project_and_opens_it(qtbot, session, territory, staff, dialogs):
    from fabrique_desktop.domain.services import holders, needs

    need = needs.create_need(need_values(territory, title="Garage solidaire"))
    project = opened_project(need, staff)
    moreau = holders.create_holder(person_values(first_name="Aïcha", last_name="Moreau"))
    retained_candidacy(project, moreau, staff)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = []

    def search(dialog):
        type_into(qtbot, dialog.box, "moreau")
        qtbot.waitUntil(lambda: dialog.results.count() > 0)
        seen.extend(dialog.results.item(i).text() for i in range(dialog.results.count()))
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # the first: the project

    dialogs.next(search)
    window.findChild(QAction, "everywhere").trigger()  # Ctrl+K
    assert seen == [
        "Projet · Garage solidaire — Aïcha Moreau",
        "Porteur · Aïcha Moreau",
    ]
    assert window.navigation.currentRow() == 3
    assert window.current_list().form.record.id == project.id


def test_nothing_found_is_said(qtbot, db):
    dialog = EverywhereDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.box, "zzzz")
    qtbot.waitUntil(dialog.nothing.isVisible)  # the search runs once typing pauses
    assert dialog.results.count() == 0  # and it says so
    assert dialog.nothing.text() == "Rien de trouvé."


def test_closing_while_typing_runs_no_search(qtbot, db, monkeypatch):
    searched = []
    monkeypatch.setattr("fabrique_desktop.ui.everywhere.find_everywhere", searched.append)
    dialog = EverywhereDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.box, "Épi")
    dialog.close()
    qtbot.wait(3 * EverywhereDialog.SEARCH_DELAY_MS)
    assert searched == []
