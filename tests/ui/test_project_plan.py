"""On a project: one milestone added, edited (its notes) and removed, and a candidacy
withdrawn with its reason — driven through the project form, checked in the file."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fabrique_desktop.domain.enums import CandidacyStatus, DecisionKind
from fabrique_desktop.domain.models import (
    Candidacy,
    Decision,
    Milestone,
    MilestoneTemplate,
    Project,
)
from fabrique_desktop.domain.services import holders, milestones, needs
from fabrique_desktop.domain.services import projects as project_services
from fabrique_desktop.ui import projects

from ..factories import (
    days_ago,
    decision,
    graded_candidacy,
    need_values,
    opened_project,
    person_values,
    retained_candidacy,
)
from .actions import answer, answer_noting, click, confirm, type_into


@pytest.fixture
def supported(need, staff, holder):
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    template = MilestoneTemplate.get(MilestoneTemplate.name == "Accompagnement standard")
    milestones.generate_milestones(project, template, days_ago(30))
    return project


def open_form(qtbot, session, project):
    screen = projects.build(session)
    qtbot.addWidget(screen)
    screen.open_record(project.id)
    screen.form.screen_kept_alive = screen
    return screen.form


def plan(project) -> list[tuple]:
    return [
        (m.position, m.title, m.planned_on, m.done_on, m.notes)
        for m in Milestone.select().where(Milestone.project == project).order_by(Milestone.position)
    ]


def test_one_milestone_is_added_after_a_refusal(qtbot, session, supported, dialogs):
    form = open_form(qtbot, session, supported)
    before = plan(supported)
    seen = []

    def fill(dialog):
        fields = dialog.fields.editors
        confirm(dialog)  # the title is still empty
        seen.append(dialog.fields.message("title"))
        type_into(qtbot, fields["title"], "Agrément ESUS")
        fields["planned_on"].setDate(QDate.currentDate().addDays(20))
        type_into(qtbot, fields["notes"], "Dossier à déposer à la DREETS.")
        confirm(dialog)

    dialogs.next(fill)
    click(qtbot, form.add_milestone_button)
    assert seen == ["Ce champ est obligatoire."]
    added = (10, "Agrément ESUS", days_ago(-20), None, "Dossier à déposer à la DREETS.")
    assert plan(supported) == [*before, added]
    table = form.milestone_table
    assert table.rowCount() == 10
    table.selectRow(9)
    assert (table.item(9, 0).text(), form.milestone_notes.text()) == (
        "Agrément ESUS",
        "Notes : Dossier à déposer à la DREETS.",
    )


def test_a_milestone_notes_are_edited_and_its_dates_kept(qtbot, session, supported, dialogs):
    form = open_form(qtbot, session, supported)
    before = plan(supported)
    form.milestone_table.selectRow(1)
    shown = []

    def edit(dialog):
        fields = dialog.fields.editors
        shown.append((dialog.windowTitle(), fields["title"].value(), fields["notes"].value()))
        type_into(qtbot, fields["notes"], "Relu avec France Active ; prêt d'honneur demandé.")
        confirm(dialog)

    dialogs.next(edit)
    click(qtbot, form.edit_milestone_button)
    assert shown == [("Jalon « Business plan social »", "Business plan social", "")]
    after = plan(supported)
    assert after[1] == (*before[1][:4], "Relu avec France Active ; prêt d'honneur demandé.")
    assert after[:1] + after[2:] == before[:1] + before[2:]
    form.milestone_table.selectRow(1)
    assert form.milestone_notes.text() == (
        "Notes : Relu avec France Active ; prêt d'honneur demandé."
    )


def test_removal_says_what_goes_and_waits_for_yes(qtbot, session, supported, dialogs):
    first = Milestone.get((Milestone.project == supported) & (Milestone.position == 1))
    milestones.update_milestone(
        first, {"title": first.title, "planned_on": first.planned_on, "done_on": days_ago(3)}
    )
    form = open_form(qtbot, session, supported)
    before = plan(supported)
    form.milestone_table.selectRow(0)
    questions = []

    dialogs.next(answer_noting(QMessageBox.StandardButton.No, questions))
    click(qtbot, form.remove_milestone_button)
    assert questions == [
        (
            Qt.TextFormat.PlainText,
            f"Retirer le jalon « Étude de faisabilité », prévu le "
            f"{first.planned_on:%d/%m/%Y} et réalisé le {days_ago(3):%d/%m/%Y} ? Ses dates "
            "et ses notes sont supprimées ; les autres jalons restent tels quels.",
        )
    ]
    assert plan(supported) == before

    form.milestone_table.selectRow(0)
    dialogs.next(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    click(qtbot, form.remove_milestone_button)
    assert plan(supported) == before[1:]
    assert form.milestone_table.rowCount() == 8


def test_a_closed_project_plan_cannot_change_shape(qtbot, session, supported, staff):
    project_services.abandon_project(supported, decision(1), staff)
    form = open_form(qtbot, session, supported)
    form.milestone_table.selectRow(0)
    assert not form.add_milestone_button.isEnabled()
    assert form.add_milestone_button.toolTip() == (
        "Les jalons s'ajoutent et se retirent pendant l'accompagnement."
    )
    assert not form.remove_milestone_button.isEnabled()
    assert form.edit_milestone_button.isEnabled()  # a late done date is still welcome


def test_withdrawal_needs_a_reason_and_leaves_a_dated_record(
    qtbot, session, need, staff, holder, dialogs
):
    project = opened_project(need, staff)
    other = holders.create_holder(person_values(first_name="Ayşe", last_name="Şahin"))
    candidacy = graded_candidacy(project, other)
    graded_candidacy(project, holder)
    form = open_form(qtbot, session, project)
    row = next(
        r
        for r in range(form.candidacy_table.rowCount())
        if form.candidacy_table.item(r, 0).text() == "Ayşe Şahin"
    )
    form.candidacy_table.selectRow(row)
    seen = []

    def withdraw(dialog):
        fields = dialog.fields.editors
        caption = dialog.form.labelForField(fields["notes"].parentWidget()).text()
        seen.append((dialog.windowTitle(), caption, fields["committee"].isVisibleTo(dialog)))
        confirm(dialog)  # no reason yet
        seen.append(dialog.fields.message("notes"))
        fields["decided_on"].setDate(QDate.currentDate().addDays(-2))
        type_into(qtbot, fields["notes"], "A repris un poste salarié à Abbeville.")
        confirm(dialog)

    dialogs.next(withdraw)
    click(qtbot, form.withdraw_button)
    assert seen == [
        ("Retirer la candidature", "&Motif\u00a0:", False),
        "Ce champ est obligatoire.",
    ]
    assert Candidacy.get_by_id(candidacy.id).status is CandidacyStatus.WITHDRAWN
    [record] = Decision.select().where(Decision.candidacy == candidacy)
    assert (record.kind, record.decided_on, record.notes, record.author.id, record.committee) == (
        DecisionKind.CANDIDACY_WITHDRAWN,
        days_ago(2),
        "A repris un poste salarié à Abbeville.",
        staff.id,
        None,
    )
    statuses = {
        form.candidacy_table.item(r, 0).text(): form.candidacy_table.item(r, 3).text()
        for r in range(form.candidacy_table.rowCount())
    }
    assert statuses == {"Ayşe Şahin": "Retirée", holder.display_name: "Reçue"}
    shown = form.history.tree.topLevelItem(0)
    assert [shown.text(c) for c in (0, 1, 4)] == [
        f"{days_ago(2):%d/%m/%Y}",
        "Candidature retirée",
        "A repris un poste salarié à Abbeville.",
    ]
    form.candidacy_table.selectRow(row)
    assert not form.withdraw_button.isEnabled()


def test_unsaved_title_is_offered_before_the_plan_changes(qtbot, session, supported, dialogs):
    form = open_form(qtbot, session, supported)
    type_into(qtbot, form.fields.editors["title"], "Épicerie solidaire du Pont")
    questions = []

    def add(dialog):
        type_into(qtbot, dialog.fields.editors["title"], "Agrément ESUS")
        confirm(dialog)

    dialogs.next(answer_noting(QMessageBox.StandardButton.Save, questions))
    dialogs.next(add)
    click(qtbot, form.add_milestone_button)
    assert [text for _, text in questions] == [
        "Cette fiche contient des modifications non enregistrées. Les enregistrer ?"
    ]
    assert type(supported).get_by_id(supported.id).title == "Épicerie solidaire du Pont"
    assert plan(supported)[-1][1] == "Agrément ESUS"


def test_namesake_holders_are_told_apart_and_found_by_typing(qtbot, territory, staff):
    from fabrique_desktop.domain import choices
    from fabrique_desktop.domain.enums import HolderKind
    from fabrique_desktop.domain.services import territories
    from fabrique_desktop.ui.projects.candidacy import NewCandidacyDialog

    boves = territories.create_territory(
        {"name": "Boves", "insee_code": "80111", "postal_code": "80440"}
    )
    organisation = {"kind": HolderKind.ORGANISATION, "first_name": "", "last_name": ""}
    for commune in (territory, boves):
        holders.create_holder(
            person_values(
                **organisation, organisation_name="Cultures Partagées", territory=commune.id
            )
        )
    holders.create_holder(person_values(first_name="Adèle", last_name="Martin"))
    labels = [label for _, label in choices.holders()]
    assert labels == [
        "Adèle Martin",  # no namesake: nothing added
        "Cultures Partagées — Amiens",  # what tells them apart, and only that
        "Cultures Partagées — Boves",
    ]

    need = needs.create_need(need_values(territory))
    project = opened_project(need, staff)
    dialog = NewCandidacyDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.fields.editors["holder"]
    type_into(qtbot, field.lineEdit(), "boves")  # any part of the label, any case
    completer = field.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Cultures Partagées — Boves"


def change_log(db_path, record_id) -> list[tuple[str, dict]]:
    """The history rows of one record, read from the file itself."""
    import json
    import sqlite3

    with contextlib.closing(sqlite3.connect(db_path)) as file:
        rows = file.execute(
            "SELECT action, changes FROM change_log WHERE record_id = ? ORDER BY id",
            (str(record_id).replace("-", ""),),
        ).fetchall()
    return [(action, json.loads(changes)) for action, changes in rows]


def stored_dates(db_path, milestone) -> tuple:
    import sqlite3

    with contextlib.closing(sqlite3.connect(db_path)) as file:
        return file.execute(
            "SELECT planned_on, done_on FROM milestone WHERE id = ?",
            (str(milestone.id).replace("-", ""),),
        ).fetchone()


def test_milestone_dates_wait_for_save_like_every_field(
    qtbot, session, supported, db_path, dialogs
):
    form = open_form(qtbot, session, supported)
    first = Milestone.select().where(Milestone.project == supported).order_by(Milestone.position)[0]
    before = stored_dates(db_path, first)
    entries = len(change_log(db_path, first.id))
    done = form.milestone_table.cellWidget(0, 2)
    planned = form.milestone_table.cellWidget(0, 1)
    for day in (1, 12):  # the day typed digit by digit: « 1 », then « 12 »
        done.setDate(QDate.currentDate().addDays(-30 + day))
    done.editingFinished.emit()  # Tab: the date is left, nothing is written
    planned.set_value(days_ago(25))
    type_into(qtbot, form.fields.editors["title"], "Épicerie du Pont")
    assert stored_dates(db_path, first) == before
    assert form.is_dirty()

    questions = []  # leaving asks about the dates too; Cancel stays on the record
    dialogs.next(answer_noting(QMessageBox.StandardButton.Cancel, questions))
    assert not form.confirm_leave()  # what switching record or screen asks first
    assert [text for _, text in questions] == [
        "Cette fiche contient des modifications non enregistrées. Les enregistrer ?"
    ]
    assert form.record.id == supported.id and done.value() == days_ago(18)

    click(qtbot, form.save_button)
    assert stored_dates(db_path, first) == (f"{days_ago(25)}", f"{days_ago(18)}")
    history = change_log(db_path, first.id)[entries:]
    assert history == [  # one entry for the save, both dates in it
        (
            "UPDATE",
            {
                "planned_on": [f"{first.planned_on}", f"{days_ago(25)}"],
                "done_on": [None, f"{days_ago(18)}"],
            },
        )
    ]
    assert change_log(db_path, supported.id)[-1] == (
        "UPDATE",
        {"title": [supported.title, "Épicerie du Pont"]},
    )
    assert not form.is_dirty()


def test_a_refused_date_stays_refused_and_nothing_is_written(qtbot, session, supported, db_path):
    form = open_form(qtbot, session, supported)
    first = Milestone.select().where(Milestone.project == supported).order_by(Milestone.position)[0]
    before = stored_dates(db_path, first)
    entries = len(change_log(db_path, first.id)), len(change_log(db_path, supported.id))
    done = form.milestone_table.cellWidget(0, 2)
    type_into(qtbot, form.fields.editors["title"], "Épicerie du Pont")
    done.set_value(days_ago(-10))  # done in ten days: refused
    click(qtbot, form.save_button)

    message = f"{first.title} : Un jalon ne peut pas être réalisé dans le futur."
    assert form.milestone_error.isVisibleTo(form) and form.milestone_error.text() == message
    assert done.toolTip() == message and done.styleSheet()  # red, with why
    assert done.value() == days_ago(-10)  # still as typed, never shown as saved
    assert form.fields.editors["title"].value() == "Épicerie du Pont"
    assert form.is_dirty()
    assert stored_dates(db_path, first) == before  # nothing written, the title neither
    assert Project.get_by_id(supported.id).title == supported.title
    assert (len(change_log(db_path, first.id)), len(change_log(db_path, supported.id))) == entries

    done.set_value(days_ago(2))  # corrected: saved, the mark goes
    click(qtbot, form.save_button)
    done = form.milestone_table.cellWidget(0, 2)
    assert stored_dates(db_path, first)[1] == f"{days_ago(2)}"
    assert not form.milestone_error.isVisibleTo(form) and not done.styleSheet()


def test_the_timeline_tells_each_milestone(qtbot, session, supported):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    form = open_form(qtbot, session, supported)
    first = Milestone.select().where(Milestone.project == supported).order_by(Milestone.position)[0]
    milestones.update_milestone(
        first, {"title": first.title, "planned_on": first.planned_on, "done_on": days_ago(18)}
    )
    form.load(form.record)
    form.show()
    timeline = form.timeline
    late = Milestone(title="Statuts", planned_on=days_ago(5), done_on=None)
    assert timeline.describe(late).splitlines() == [
        "Statuts",
        f"Prévu le {days_ago(5):%d/%m/%Y}",
        "En retard de 5 jours",
    ]
    first = Milestone.get_by_id(first.id)
    spot = QPoint(round(timeline.x(first.planned_on)), round(timeline.AXIS))
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, spot, timeline.mapToGlobal(spot))
    )
    assert QToolTip.text().startswith(f"{first.title}\nPrévu le ")
    assert f"Réalisé le {days_ago(18):%d/%m/%Y}" in QToolTip.text()


def test_a_created_enterprise_gets_its_planned_follow_up_filled(
    qtbot, session, supported, staff, dialogs
):
    from fabrique_desktop.domain.enums import EnterpriseHealth, LegalForm
    from fabrique_desktop.domain.models import FollowUp

    form = open_form(qtbot, session, supported)
    assert not form.follow_up_button.isEnabled()  # still in support
    project_services.declare_enterprise_created(
        supported,
        decision(
            2,
            enterprise_name="Le Panier",
            legal_form=LegalForm.SCIC,
            created_on=days_ago(10),
        ),
        staff,
    )
    form = open_form(qtbot, session, supported)
    seen = []

    def fill(dialog):
        seen.append(dialog.windowTitle())
        fields = dialog.fields.editors
        confirm(dialog)  # the health is still missing
        seen.append(dialog.fields.message("health"))
        fields["observed_on"].setDate(QDate.currentDate().addDays(-1))
        fields["health"].set_value(EnterpriseHealth.STRUGGLING)
        fields["jobs_fte"].set_value(1.5)
        confirm(dialog)

    dialogs.next(fill)
    click(qtbot, form.follow_up_button)
    one_year = FollowUp.get(FollowUp.years == 1)
    assert seen == [
        f"Suivi à 1 an, prévu le {one_year.planned_on:%d/%m/%Y}",
        "Ce champ est obligatoire.",
    ]
    assert (one_year.observed_on, one_year.health, one_year.jobs_fte) == (
        days_ago(1),
        EnterpriseHealth.STRUGGLING,
        1.5,
    )
