"""Recording a committee's decisions item by item: each goes through its gate, dated on
the meeting's day; one refusal refuses them all, with the message under its item."""

import datetime as dt

import pytest

from fabrique_desktop.domain.enums import (
    AgendaOutcome,
    AgendaPurpose,
    CandidacyStatus,
    DecisionKind,
    NeedStatus,
)
from fabrique_desktop.domain.models import AgendaItem, CommitteeKind, Decision, Need
from fabrique_desktop.domain.services import committees, needs
from fabrique_desktop.domain.validation import RECORD, ValidationError

from ..factories import (
    TODAY,
    complete_study,
    days_ago,
    decision,
    graded_candidacy,
    need_values,
    opened_project,
)


def meeting(day):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    return committees.create_committee({"kind": kind.id, "meeting_on": day})


def item(committee, purpose, **subject):
    return committees.add_agenda_item(
        committee, {"purpose": purpose, **{k: v.id for k, v in subject.items()}}
    )


def test_outcomes_move_records_and_are_dated_on_the_meeting(territory, staff, holder):
    to_study = needs.create_need(need_values(territory, title="Recyclerie"))
    to_validate = needs.create_need(need_values(territory, title="Garage solidaire"))
    complete_study(needs.launch_study(to_validate, decision(100), staff))
    project = opened_project(needs.create_need(need_values(territory, title="Laverie")), staff)
    candidacy = graded_candidacy(project, holder)
    committee = meeting(days_ago(2))
    items = [
        item(committee, AgendaPurpose.LAUNCH_STUDY, need=to_study),
        item(committee, AgendaPurpose.VALIDATE_OPPORTUNITY, need=to_validate),
        item(committee, AgendaPurpose.SELECT_HOLDER, candidacy=candidacy),
        committees.add_agenda_item(
            committee, {"purpose": AgendaPurpose.INFORMATION, "title": "Bilan annuel"}
        ),
    ]
    outcome = {"outcome": AgendaOutcome.FAVOURABLE, "notes": "Unanimité"}
    committees.record_outcomes(
        committee,
        {str(i.id): outcome for i in items[:3]}
        | {str(items[3].id): {"outcome": AgendaOutcome.NOTED}},
        staff,
    )
    assert Need.get_by_id(to_study.id).status is NeedStatus.STUDY
    assert Need.get_by_id(to_validate.id).status is NeedStatus.VALIDATED
    assert type(candidacy).get_by_id(candidacy.id).status is CandidacyStatus.RETAINED
    recorded = Decision.select().where(Decision.committee == committee)
    assert {(d.kind, d.decided_on, d.notes) for d in recorded} == {
        (DecisionKind.STUDY_LAUNCHED, days_ago(2), "Unanimité"),
        (DecisionKind.STUDY_FAVOURABLE, days_ago(2), "Unanimité"),
        (DecisionKind.CANDIDACY_RETAINED, days_ago(2), "Unanimité"),
    }
    assert [AgendaItem.get_by_id(i.id).outcome for i in items] == [
        AgendaOutcome.FAVOURABLE,
        AgendaOutcome.FAVOURABLE,
        AgendaOutcome.FAVOURABLE,
        AgendaOutcome.NOTED,
    ]


def test_one_refused_gate_refuses_all(territory, staff):
    ready = needs.create_need(need_values(territory, title="Recyclerie"))
    unfinished = needs.create_need(need_values(territory, title="Garage solidaire"))
    needs.launch_study(unfinished, decision(100), staff)  # its grid is empty
    committee = meeting(days_ago(1))
    first = item(committee, AgendaPurpose.LAUNCH_STUDY, need=ready)
    second = item(committee, AgendaPurpose.VALIDATE_OPPORTUNITY, need=unfinished)
    favourable = {"outcome": AgendaOutcome.FAVOURABLE}
    with pytest.raises(ValidationError) as refused:
        committees.record_outcomes(
            committee, {str(first.id): favourable, str(second.id): favourable}, staff
        )
    assert list(refused.value.errors) == [f"items.{second.id}.outcome"]
    assert "La grille n'est pas complète" in refused.value.errors[f"items.{second.id}.outcome"]
    assert Need.get_by_id(ready.id).status is NeedStatus.DETECTED
    assert AgendaItem.get_by_id(first.id).outcome is None
    assert Decision.select().where(Decision.committee == committee).count() == 0


def test_decisions_wait_for_the_meeting(territory, staff):
    committee = meeting(TODAY + dt.timedelta(days=7))
    need = needs.create_need(need_values(territory))
    agenda = item(committee, AgendaPurpose.LAUNCH_STUDY, need=need)
    with pytest.raises(ValidationError) as refused:
        committees.record_outcomes(
            committee, {str(agenda.id): {"outcome": AgendaOutcome.FAVOURABLE}}, staff
        )
    assert refused.value.errors[RECORD] == "Les décisions se saisissent après la réunion du comité."


def test_an_item_is_decided_once(territory, staff):
    committee = meeting(days_ago(1))
    need = needs.create_need(need_values(territory))
    agenda = item(committee, AgendaPurpose.LAUNCH_STUDY, need=need)
    adjourned = {str(agenda.id): {"outcome": AgendaOutcome.ADJOURNED}}
    committees.record_outcomes(committee, adjourned, staff)
    assert Need.get_by_id(need.id).status is NeedStatus.POSTPONED
    with pytest.raises(ValidationError) as refused:
        committees.record_outcomes(committee, adjourned, staff)
    assert refused.value.errors == {
        f"items.{agenda.id}.outcome": "Une décision est déjà enregistrée : Ajourné."
    }
