"""« Annuler cette décision » through the widgets: on a record's decision list and on a
committee's agenda point, with the date and reason asked, both decisions listed after,
and the file holding the state from before."""

import sqlite3

from PySide6.QtWidgets import QDialogButtonBox

from fabrique_desktop.domain.enums import AgendaOutcome, AgendaPurpose, DecisionKind
from fabrique_desktop.domain.models import CommitteeKind, Decision
from fabrique_desktop.domain.services import committees, needs
from fabrique_desktop.ui import committees as committee_screen
from fabrique_desktop.ui import needs as need_screen
from fabrique_desktop.ui import studies as study_screen

from ..factories import days_ago, decision
from .actions import click, confirm, type_into


def in_file(db_path, sql, *parameters):
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, parameters).fetchall()


def rows(tree):
    return [
        [tree.topLevelItem(row).text(column) for column in range(2)]
        for row in range(tree.topLevelItemCount())
    ]


def choose_row(tree, text):
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).text(1) == text:
            tree.setCurrentItem(tree.topLevelItem(row))
            return
    raise AssertionError(f"« {text} » is not listed")


def reverse_with_reason(qtbot, seen):
    def act(dialog):
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.windowTitle(), ok.text()))
        confirm(dialog)  # no reason yet: refused, nothing lost
        seen.append(dialog.fields.message("notes"))
        type_into(qtbot, dialog.fields.editors["notes"], "Saisie sur la mauvaise fiche.")
        confirm(dialog)

    return act


def test_a_dropped_idea_is_reversed_from_the_need_form(
    qtbot, session, need, staff, db_path, dialogs
):
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(20), staff)
    needs.decide_on_idea(need, DecisionKind.NEED_DROPPED, decision(10), staff)
    screen = need_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(need.id)
    history = screen.form.history
    button = history.reverse_button
    assert not button.isEnabled()
    assert button.toolTip() == "Choisissez dans la liste la décision enregistrée par erreur."
    choose_row(history.tree, "Idée retenue")
    assert not button.isEnabled()  # the later decision depends on it
    assert "Une décision plus récente en dépend : « Idée écartée »" in button.toolTip()
    choose_row(history.tree, "Idée écartée")
    seen = []
    dialogs.next(reverse_with_reason(qtbot, seen))
    click(qtbot, button)
    assert seen == [
        ("Annuler cette décision", "Annuler cette décision"),
        "Ce champ est obligatoire.",
    ]
    assert rows(history.tree) == [
        [
            days_ago(0).strftime("%d/%m/%Y"),
            f"Annulation de «\u00a0Idée écartée\u00a0» du {days_ago(10):%d/%m/%Y}",
        ],
        [days_ago(10).strftime("%d/%m/%Y"), "Idée écartée (annulée)"],
        [days_ago(20).strftime("%d/%m/%Y"), "Idée retenue"],
    ]
    assert in_file(db_path, "SELECT status FROM need") == [("kept",)]
    assert in_file(
        db_path, "SELECT notes, committee_id FROM decision WHERE kind = 'decision_reversed'"
    ) == [("Saisie sur la mauvaise fiche.", None)]
    # The form offers the idea's decisions again.
    assert screen.form.drop_button.isEnabled()


def test_the_study_form_sends_a_launch_back_to_the_need(qtbot, session, need, staff):
    study = needs.launch_study(need, decision(10), staff)
    screen = study_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(study.id)
    choose_row(screen.form.history.tree, "Étude d'opportunité lancée")
    button = screen.form.history.reverse_button
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Annuler le lancement supprime cette étude\u00a0: faites-le depuis la fiche du besoin."
    )


def test_a_committee_point_decided_by_mistake_is_undecided_again(
    qtbot, session, need, staff, db_path, dialogs
):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(2)})
    point = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": need.id}
    )
    info = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.INFORMATION, "title": "Budget 2027"}
    )
    committees.record_outcomes(
        meeting,
        {
            str(point.id): {"outcome": AgendaOutcome.UNFAVOURABLE},
            str(info.id): {"outcome": AgendaOutcome.NOTED},
        },
        staff,
    )
    screen = committee_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(meeting.id)
    form = screen.form
    form.agenda.selectRow(1)  # « Pris acte »: no dated decision behind it
    assert not form.reverse_button.isEnabled()
    assert form.reverse_button.toolTip() == "Aucune décision datée n'est enregistrée sur ce point."
    form.agenda.selectRow(0)
    assert form.agenda.item(0, 3).text() == "Défavorable"
    seen = []
    dialogs.next(reverse_with_reason(qtbot, seen))
    click(qtbot, form.reverse_button)
    assert seen[0] == ("Annuler cette décision", "Annuler cette décision")
    assert form.agenda.item(0, 3).text() == ""
    assert in_file(db_path, "SELECT status FROM need") == [("detected",)]
    assert in_file(db_path, "SELECT outcome FROM agenda_item ORDER BY position") == [
        (None,),
        ("noted",),
    ]
    reversed_ = Decision.get(Decision.kind == DecisionKind.DECISION_REVERSED)
    assert reversed_.reverses.agenda_item_id == point.id
