"""By keyboard only: Tab leaves a list and follows reading order, a date field leaves with
one Tab, F6 goes round navigation / list / form, and no window offers one Alt+letter
twice (menus included) — checked on every screen and dialog, in French as the app runs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.models import Committee, Project
from fabrique_desktop.ui.backups_dialog import BackupsDialog
from fabrique_desktop.ui.committees.agenda import AgendaItemDialog
from fabrique_desktop.ui.committees.outcomes import OutcomesDialog
from fabrique_desktop.ui.common.decision import DecisionDialog
from fabrique_desktop.ui.everywhere import EverywhereDialog
from fabrique_desktop.ui.exchange.dialog import ExchangeDialog
from fabrique_desktop.ui.first_run import WhoAreYouDialog
from fabrique_desktop.ui.main_window import MainWindow
from fabrique_desktop.ui.projects.candidacy import NewCandidacyDialog
from fabrique_desktop.ui.projects.milestone import MilestoneDialog
from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog

from .keyboard import mnemonic, mnemonic_clashes, out_of_reading_order, tab_chain


@pytest.fixture
def demo(db, staff):
    build_demo(scale=40)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def active_window(qtbot, session):
    """The main window, active: keys typed go to it."""
    window = shown(qtbot, MainWindow(session))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settled(qtbot, window):
    """The window once Qt has laid out what changed (editors in cells move late)."""
    qtbot.wait(20)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as the user's keyboard does."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def test_the_checks_see_a_clash_and_a_step_backwards(qtbot):
    """The walker itself: a window with both faults is caught."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    column = QVBoxLayout(dialog)
    save = QPushButton("&Enregistrer", dialog)  # created first: Tab reaches it first
    form = QFormLayout()
    form.addRow("&Effectif :", QLineEdit())
    column.addLayout(form)
    column.addWidget(save)
    shown(qtbot, dialog)
    assert mnemonic("Aid&e") == "e" and mnemonic("R && D") is None
    assert [sorted(texts) for texts in mnemonic_clashes(dialog).values()] == [
        ["&Effectif :", "&Enregistrer"]
    ]
    assert out_of_reading_order(dialog) == ["QPushButton(&Enregistrer) → QLineEdit()"]


def test_every_screen_of_the_main_window(qtbot, session, demo):
    window = shown(qtbot, MainWindow(session))
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        screen = window.current_list()
        if screen is not None:
            screen.open_index(screen.proxy.index(0, 0))
        section = window.navigation.item(row).text()
        settled(qtbot, window)
        assert (section, mnemonic_clashes(window)) == (section, {})
        assert (section, out_of_reading_order(window)) == (section, [])


def test_a_created_project_and_a_committee_with_its_agenda(qtbot, session, demo):
    window = shown(qtbot, MainWindow(session))
    window.go_to(3, Project.select().where(Project.stage == "created").first().id)
    assert settled(qtbot, window).current_list().form.fields.editors["enterprise_name"].isVisible()
    assert mnemonic_clashes(window) == {}
    assert out_of_reading_order(window) == []


def test_every_dialog(qtbot, session, demo, db_path):
    project = Project.select().first()
    committee = Committee.select().first()
    for dialog in (
        DecisionDialog("É&carter", "Décision sur l'idée.", lambda values: None),
        OutcomesDialog(committee, session),
        AgendaItemDialog(committee),
        NewCandidacyDialog(project),
        MilestoneDialog(project),
        FabriqueSettingsDialog(),
        WhoAreYouDialog(),
        BackupsDialog(db_path),
        EverywhereDialog(),
        ExchangeDialog(db_path),
    ):
        shown(qtbot, dialog)
        title = dialog.windowTitle()
        assert (title, mnemonic_clashes(dialog)) == (title, {})
        assert (title, out_of_reading_order(dialog)) == (title, [])


def test_the_save_row_comes_after_the_fields(qtbot, session, demo):
    window = shown(qtbot, MainWindow(session))
    window.navigation.setCurrentRow(1)
    screen = window.current_list()
    screen.open_index(screen.proxy.index(0, 0))
    names = [w.objectName() for w in tab_chain(window)]
    assert names.index("title") < names.index("history") < names.index("save")


def test_tab_leaves_the_list_and_f6_goes_round(qtbot, session, demo):
    window = active_window(qtbot, session)
    window.navigation.setCurrentRow(1)
    screen = window.current_list()
    screen.open_index(screen.proxy.index(0, 0))
    window.navigation.setFocus()

    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is screen.table
    press(qtbot, Qt.Key.Key_Tab)  # out of the list, whatever cell was current
    assert screen.form.isAncestorOf(QApplication.focusWidget())
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is screen.form.fields.editors["title"]
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is screen.form.fields.editors["title"]


def test_enter_in_the_list_opens_the_record(qtbot, session, demo):
    window = active_window(qtbot, session)
    window.navigation.setCurrentRow(4)
    screen = window.current_list()
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.proxy.index(2, 0))
    press(qtbot, Qt.Key.Key_Return)
    assert screen.form.record is not None
    assert screen.form.heading.text() == screen.proxy.index(2, 0).data()


def test_a_date_field_is_left_with_one_tab(qtbot, session, demo):
    window = active_window(qtbot, session)
    window.navigation.setCurrentRow(1)
    form = window.current_list().form
    form.fields.editors["detected_on"].setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields.editors["description"]
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.fields.editors["detected_on"]
