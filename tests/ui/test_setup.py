"""A new office's first day: the set-up assistant on an empty file, from the Fabrique's
name to a first need saved in a commune imported from the official list."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from fabrique_desktop.app import Controller
from fabrique_desktop.domain.models import MilestoneTemplate, StaffMember, Territory
from fabrique_desktop.domain.services import settings
from fabrique_desktop.store import close_database
from fabrique_desktop.ui.setup.wizard import SetupWizard

from .actions import choose, click, type_into

AMIENS_METROPOLE = "248000531"


def next_page(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def test_from_an_empty_file_to_a_first_need(qapp, qtbot, tmp_path, dialogs):
    path = tmp_path / "fabrique.sqlite"
    controller = Controller(qapp)
    walked = []

    def walk_through(wizard: SetupWizard) -> None:
        try:
            fill_in(wizard)
        finally:
            if wizard.isVisible():  # a failed check: close it, so the test reports, not hangs
                wizard.reject()

    def fill_in(wizard: SetupWizard) -> None:
        # 1. The Fabrique: its name heads every dossier.
        type_into(qtbot, wizard.identity.fields.editors["fabrique_name"], "")
        next_page(qtbot, wizard)
        assert wizard.currentPage() is wizard.fabrique_page  # the name is required
        assert wizard.identity.fields.message("fabrique_name") == "Ce champ est obligatoire."
        type_into(
            qtbot,
            wizard.identity.fields.editors["fabrique_name"],
            "Fabrique à initiatives d'Amiens Métropole",
        )
        type_into(qtbot, wizard.identity.fields.editors["operator_name"], "CRESS et GRIEP")
        next_page(qtbot, wizard)
        # 2. Who you are: nobody to pick on a new file; a name is needed.
        assert not wizard.who.fields.editors["existing"].isVisible()
        next_page(qtbot, wizard)
        assert wizard.currentPage() is wizard.who_page
        assert wizard.who.fields.message("name") == "Ce champ est obligatoire."
        type_into(qtbot, wizard.who.fields.editors["name"], "Nguyen Thi Mai")
        choose(wizard.who.fields.editors["organisation"], "GRIEP")
        next_page(qtbot, wizard)
        # 3. The territory: typed as a user would, then ticked.
        type_into(qtbot, wizard.picker.search, "amiens metropole")
        wizard.picker.show_results()  # what the typing pause would do
        results = wizard.picker.results
        item = next(
            results.item(row)
            for row in range(results.count())
            if results.item(row).text().startswith("CA Amiens Métropole")
        )
        item.setCheckState(Qt.CheckState.Checked)
        assert wizard.picker.summary.text() == "39 communes choisies"
        # Back to correct the name: the person is corrected, not added twice.
        click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
        assert wizard.who.fields.editors["name"].isEnabled()
        type_into(qtbot, wizard.who.fields.editors["name"], "Nguyễn Thị Mai")
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        # 4. The method: the standard support plan is offered as it is.
        assert wizard.templates.steps.rowCount() == 9
        walked.append(True)
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    dialogs.next(walk_through)
    assert controller.open(path, create=True)
    assert walked
    window = controller.window
    qtbot.addWidget(window)
    assert [s.name for s in StaffMember.select()] == ["Nguyễn Thị Mai"]
    assert window.session.staff.name == "Nguyễn Thị Mai"
    assert Territory.select().count() == 39
    assert settings.is_set_up()
    assert settings.fabrique_settings()["operator_name"] == "CRESS et GRIEP"
    # One intercommunalité ticked: it names the territory.
    assert settings.fabrique_settings()["territory_name"] == "CA Amiens Métropole"
    assert MilestoneTemplate.select().count() == 1

    # The first need, in a commune of the official list.
    window.navigation.setCurrentRow(1)
    screen = window.stack.currentWidget()
    screen.new_record()
    fields = screen.form.fields.editors
    type_into(qtbot, fields["title"], "Garage solidaire à Longueau")
    choose(fields["territory"], "Longueau")
    choose(fields["sector"], "Mobilité")
    choose(fields["source"], "Collectivité")
    click(qtbot, screen.form.save_button)
    window.close()
    controller.release_lock()
    close_database()

    raw = sqlite3.connect(path)
    row = raw.execute(
        "SELECT need.title, territory.name, territory.insee_code, territory.population "
        "FROM need JOIN territory ON territory.id = need.territory_id"
    ).fetchall()
    assert row[0][:3] == ("Garage solidaire à Longueau", "Longueau", "80489")
    assert row[0][3] > 5000


def test_leaving_the_assistant_opens_nothing_and_asks_again(qapp, qtbot, tmp_path, dialogs):
    path = tmp_path / "fabrique.sqlite"
    controller = Controller(qapp)
    dialogs.next(lambda wizard: wizard.reject())
    assert not controller.open(path, create=True)
    assert controller.window is None
    close_database()
    # Next time, the assistant comes back: nothing was half set up.
    seen = []

    def look(wizard):
        seen.append(type(wizard))
        wizard.reject()

    dialogs.next(look)
    assert not controller.open(path)
    assert seen == [SetupWizard]


def test_cancel_says_what_happens_before_leaving(qapp, qtbot, db, dialogs):
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    questions = []

    def answer_with(which):
        def act(box):
            questions.append(box.text())
            box.button(which).click()

        return act

    cancel = wizard.button(QWizard.WizardButton.CustomButton1)
    assert cancel.text() == "Annuler"
    dialogs.next(answer_with(QMessageBox.StandardButton.No))
    click(qtbot, cancel)
    assert wizard.isVisible()  # « Non »: the assistant stays, nothing lost
    dialogs.next(answer_with(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert questions[0] == questions[1]
    assert questions[0].startswith("Quitter la mise en place\u00a0? Le fichier ne s'ouvrira pas.")
