"""« Annuler cette décision »: a new dated decision reverses one recorded by mistake, both
stay, the record returns to its state before; refused, with the reason in French, while
something depends on it. What lands is read back from the SQLite file itself."""

import sqlite3

import pytest

from fabrique_desktop.domain.enums import (
    AgendaOutcome,
    AgendaPurpose,
    CandidacyStatus,
    DecisionKind,
    NeedStatus,
    ProjectStage,
    StudyOutcome,
    StudyStatus,
)
from fabrique_desktop.domain.models import CommitteeKind, Decision, Need, OpportunityStudy
from fabrique_desktop.domain.services import (
    candidacies,
    committees,
    milestones,
    needs,
    projects,
    studies,
)
from fabrique_desktop.domain.services.decisions import reverse_decision, why_not_reversible
from fabrique_desktop.domain.validation import RECORD, ValidationError

from ..factories import (
    complete_study,
    days_ago,
    decision,
    graded_candidacy,
    opened_project,
    retained_candidacy,
)

MISTAKE = {"decided_on": days_ago(0), "notes": "Saisie sur la mauvaise fiche."}


def in_file(db_path, sql, *parameters):
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, parameters).fetchall()


def test_a_dropped_idea_comes_back_and_both_decisions_stay(db_path, need, staff):
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(20), staff)
    dropped = needs.decide_on_idea(need, DecisionKind.NEED_DROPPED, decision(10), staff)
    reversal = reverse_decision(dropped, MISTAKE, staff)
    assert in_file(db_path, "SELECT status FROM need WHERE id = ?", need.id.hex) == [("kept",)]
    kinds = in_file(
        db_path,
        "SELECT kind, reverses_id, notes FROM decision WHERE need_id = ? ORDER BY created_at",
        need.id.hex,
    )
    assert kinds == [
        ("need_kept", None, ""),
        ("need_dropped", None, ""),
        ("decision_reversed", dropped.id.hex, "Saisie sur la mauvaise fiche."),
    ]
    assert reversal.kind is DecisionKind.DECISION_REVERSED
    # Without an earlier decision, the idea is « repérée » again.
    other = needs.create_need({**_values(need), "title": "Autre idée"})
    kept = needs.decide_on_idea(other, DecisionKind.NEED_KEPT, decision(3), staff)
    reverse_decision(kept, MISTAKE, staff)
    assert Need.get_by_id(other.id).status is NeedStatus.DETECTED


def _values(need):
    return {
        "title": need.title,
        "territory": need.territory_id,
        "sector": need.sector,
        "source": need.source,
        "detected_on": need.detected_on,
    }


def test_a_reason_is_required_and_the_date_cannot_precede_the_decision(db_path, need, staff):
    kept = needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(10), staff)
    with pytest.raises(ValidationError) as refused:
        reverse_decision(kept, {"decided_on": days_ago(20), "notes": "  "}, staff)
    assert refused.value.errors["notes"] == "Ce champ est obligatoire."
    assert refused.value.errors["decided_on"].startswith(
        "L'annulation ne peut pas précéder la décision annulée"
    )
    assert in_file(db_path, "SELECT count(*) FROM decision") == [(1,)]
    assert in_file(db_path, "SELECT status FROM need") == [("kept",)]


def test_a_later_decision_on_the_record_blocks_until_it_is_reversed(need, staff):
    kept = needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(20), staff)
    postponed = needs.decide_on_idea(need, DecisionKind.NEED_POSTPONED, decision(10), staff)
    with pytest.raises(ValidationError) as refused:
        reverse_decision(kept, MISTAKE, staff)
    assert refused.value.errors[RECORD] == (
        f"Une décision plus récente en dépend : « Idée reportée » du "
        f"{days_ago(10):%d/%m/%Y}. Annulez-la d'abord."
    )
    reverse_decision(postponed, MISTAKE, staff)
    reverse_decision(kept, MISTAKE, staff)
    assert Need.get_by_id(need.id).status is NeedStatus.DETECTED


def test_a_reversal_and_a_reversed_decision_cannot_be_reversed(need, staff):
    kept = needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(20), staff)
    reversal = reverse_decision(kept, MISTAKE, staff)
    assert why_not_reversible(reversal).startswith("Une annulation ne s'annule pas")
    assert why_not_reversible(kept) == (
        f"Cette décision a déjà été annulée le {days_ago(0):%d/%m/%Y}."
    )


def test_an_untouched_study_launch_is_undone_but_not_once_scored(db_path, need, staff):
    study = needs.launch_study(need, decision(30), staff)
    launch = Decision.get(Decision.kind == DecisionKind.STUDY_LAUNCHED)
    reverse_decision(launch, MISTAKE, staff)
    assert in_file(db_path, "SELECT count(*) FROM opportunity_study") == [(0,)]
    assert in_file(db_path, "SELECT status FROM need") == [("detected",)]
    assert in_file(db_path, "SELECT kind, study_id FROM decision ORDER BY created_at") == [
        ("study_launched", None),
        ("decision_reversed", None),
    ]
    # Launched again, then worked on: the launch stands.
    study = needs.launch_study(need, decision(5), staff)
    complete_study(study)
    relaunch = Decision.get(Decision.study == study)
    with pytest.raises(ValidationError) as refused:
        reverse_decision(relaunch, MISTAKE, staff)
    assert "L'étude d'opportunité a déjà été travaillée" in refused.value.errors[RECORD]
    assert OpportunityStudy.get(OpportunityStudy.need == need).status is StudyStatus.IN_PROGRESS


def test_a_validation_is_undone_until_the_project_opens(db_path, need, staff):
    study = needs.launch_study(need, decision(300), staff)
    complete_study(study)
    rework = studies.decide_on_study(study, StudyOutcome.REWORK, decision(250), staff)
    favourable = studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(200), staff)
    reverse_decision(favourable, MISTAKE, staff)
    # Back to « à retravailler », the state the earlier decision had left.
    assert in_file(db_path, "SELECT status FROM opportunity_study") == [("rework",)]
    assert in_file(db_path, "SELECT status FROM need") == [("study",)]
    favourable = studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(1), staff)
    projects.open_project(need, decision(0), staff)
    with pytest.raises(ValidationError) as refused:
        reverse_decision(favourable, MISTAKE, staff)
    assert "« Projet ouvert »" in refused.value.errors[RECORD]
    assert rework.kind is DecisionKind.STUDY_REWORK


def test_a_retained_holder_is_released_unless_a_milestone_was_done_since(
    db_path, need, staff, holder
):
    project = opened_project(need, staff)
    candidacy = retained_candidacy(project, holder, staff)
    retained = Decision.get(Decision.kind == DecisionKind.CANDIDACY_RETAINED)
    milestone = milestones.add_milestone(
        project, {"title": "Étude de faisabilité", "planned_on": days_ago(60)}
    )
    milestones.update_milestone(
        milestone, {"title": milestone.title, "planned_on": days_ago(60), "done_on": days_ago(50)}
    )
    with pytest.raises(ValidationError) as refused:
        reverse_decision(retained, MISTAKE, staff)
    assert refused.value.errors[RECORD] == (
        f"Le jalon « Étude de faisabilité » a été réalisé le {days_ago(50):%d/%m/%Y}, "
        "après cette décision."
    )
    milestones.update_milestone(
        milestone, {"title": milestone.title, "planned_on": days_ago(60), "done_on": None}
    )
    reverse_decision(retained, MISTAKE, staff)
    assert in_file(
        db_path, "SELECT stage, selected_holder_id FROM project WHERE id = ?", project.id.hex
    ) == [("recruiting", None)]
    assert in_file(db_path, "SELECT status FROM candidacy WHERE id = ?", candidacy.id.hex) == [
        ("received",)
    ]


def test_a_declared_enterprise_and_an_abandon_are_undone(db_path, need, staff, holder):
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    created = projects.declare_enterprise_created(
        project,
        decision(5, enterprise_name="Épicerie du Val", legal_form="scic", created_on=days_ago(6)),
        staff,
    )
    reverse_decision(created, MISTAKE, staff)
    assert in_file(
        db_path, "SELECT stage, enterprise_name, legal_form, created_on, closed_on FROM project"
    ) == [("support", "", None, None, None)]
    abandoned = projects.abandon_project(project, decision(1), staff)
    reverse_decision(abandoned, MISTAKE, staff)
    assert in_file(db_path, "SELECT stage FROM project") == [("support",)]


def test_a_turned_down_candidacy_is_received_again(need, staff, holder):
    project = opened_project(need, staff)
    candidacy = graded_candidacy(project, holder)
    turned_down = candidacies.decide_on_candidacy(candidacy, False, decision(3), staff)
    reverse_decision(turned_down, MISTAKE, staff)
    assert type(candidacy).get_by_id(candidacy.id).status is CandidacyStatus.RECEIVED
    assert ProjectStage.RECRUITING is type(project).get_by_id(project.id).stage


def test_a_committee_outcome_reversed_leaves_the_point_undecided(db_path, need, staff):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(2)})
    point = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": need.id}
    )
    committees.record_outcomes(
        meeting, {str(point.id): {"outcome": AgendaOutcome.UNFAVOURABLE}}, staff
    )
    dropped = Decision.get(Decision.agenda_item == point)
    reverse_decision(dropped, {**MISTAKE, "committee": meeting.id}, staff)
    assert in_file(db_path, "SELECT outcome FROM agenda_item") == [(None,)]
    assert in_file(db_path, "SELECT status FROM need") == [("detected",)]
    # The right decision can now be recorded on the point.
    committees.record_outcomes(
        meeting, {str(point.id): {"outcome": AgendaOutcome.FAVOURABLE}}, staff
    )
    assert in_file(db_path, "SELECT outcome FROM agenda_item") == [("favourable",)]
    assert in_file(db_path, "SELECT status FROM need") == [("study",)]


def test_a_full_disk_during_a_reversal_writes_nothing(db_path, need, staff, monkeypatch):
    from fabrique_desktop.domain.services import decisions

    kept = needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(20), staff)

    def disk_full(_decision):
        raise __import__("peewee").OperationalError("database or disk is full")

    monkeypatch.setattr(decisions, "_put_back", disk_full)
    with pytest.raises(ValidationError) as refused:
        reverse_decision(kept, MISTAKE, staff)
    assert "le disque est plein" in refused.value.errors[RECORD]
    assert in_file(db_path, "SELECT count(*) FROM decision") == [(1,)]
    assert in_file(db_path, "SELECT status FROM need") == [("kept",)]


def test_an_empty_project_opening_is_undone_but_not_once_it_has_candidacies(
    db_path, need, staff, holder
):
    project = opened_project(need, staff)
    opening = Decision.get(Decision.kind == DecisionKind.PROJECT_OPENED)
    reverse_decision(opening, MISTAKE, staff)
    assert in_file(db_path, "SELECT count(*) FROM project") == [(0,)]
    assert in_file(db_path, "SELECT status FROM need") == [("validated",)]
    assert in_file(db_path, "SELECT project_id FROM decision WHERE kind = 'project_opened'") == [
        (None,)
    ]
    project = projects.open_project(need, decision(0), staff)
    graded_candidacy(project, holder)
    reopening = Decision.get(Decision.project == project)
    assert why_not_reversible(reopening) == (
        "Ce projet a déjà des candidatures, des jalons, des fichiers ou un passage en comité : "
        "son ouverture ne peut plus être annulée."
    )
