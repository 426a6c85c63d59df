"""The method's gates: each status change happens only with what the method requires,
and always leaves a dated decision (who, when, which committee) in the file."""

import datetime as dt

import pytest

from fabrique_desktop.domain.enums import (
    CandidacyStatus,
    DecisionKind,
    LegalForm,
    NeedStatus,
    ProjectStage,
    QualificationCriterion,
    StudyCriterion,
    StudyOutcome,
    StudyStatus,
)
from fabrique_desktop.domain.models import (
    CommitteeKind,
    Decision,
    Milestone,
    MilestoneTemplate,
    Need,
    Project,
)
from fabrique_desktop.domain.services import (
    candidacies,
    committees,
    holders,
    milestones,
    needs,
    projects,
    studies,
)
from fabrique_desktop.domain.validation import RECORD, ValidationError

from ..factories import (
    TODAY,
    complete_study,
    days_ago,
    decision,
    full_grid,
    graded_candidacy,
    opened_project,
    person_values,
    retained_candidacy,
    validated_need,
)


def decisions_about(**subject):
    field, record = next(iter(subject.items()))
    # In the order they were taken: without it, a server returns them in index order.
    return list(
        Decision.select()
        .where(getattr(Decision, field) == record)
        .order_by(Decision.decided_on, Decision.id)  # ids are time-ordered (UUIDv7)
    )


# -- step 1: the idea ------------------------------------------------------------------
@pytest.mark.parametrize(
    "kind, status",
    [
        (DecisionKind.NEED_KEPT, NeedStatus.KEPT),
        (DecisionKind.NEED_POSTPONED, NeedStatus.POSTPONED),
        (DecisionKind.NEED_DROPPED, NeedStatus.DROPPED),
    ],
)
def test_idea_decision_moves_the_need_and_is_recorded(need, staff, kind, status):
    needs.decide_on_idea(need, kind, decision(10, notes="Vu en comité"), staff)
    assert Need.get_by_id(need.id).status is status
    (recorded,) = decisions_about(need=need)
    assert (recorded.kind, recorded.decided_on, recorded.author.id, recorded.notes) == (
        kind,
        days_ago(10),
        staff.id,
        "Vu en comité",
    )


def test_a_dropped_idea_cannot_get_a_study(need, staff):
    needs.decide_on_idea(need, DecisionKind.NEED_DROPPED, decision(10), staff)
    with pytest.raises(ValidationError) as refused:
        needs.launch_study(need, decision(5), staff)
    assert "Écarté" in refused.value.errors[RECORD]
    assert Need.get_by_id(need.id).status is NeedStatus.DROPPED
    assert len(decisions_about(need=need)) == 1


def test_decision_needs_a_date_not_in_the_future(need, staff):
    with pytest.raises(ValidationError) as refused:
        needs.launch_study(need, {"decided_on": TODAY + dt.timedelta(days=1)}, staff)
    assert refused.value.errors == {
        "decided_on": "Une décision ne peut pas être datée dans le futur."
    }
    with pytest.raises(ValidationError) as refused:
        needs.launch_study(need, {}, staff)
    assert refused.value.errors == {"decided_on": "Ce champ est obligatoire."}
    assert Need.get_by_id(need.id).status is NeedStatus.DETECTED
    assert decisions_about(need=need) == []


def test_decision_cannot_precede_its_committee(need, staff):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(3)})
    with pytest.raises(ValidationError) as refused:
        needs.launch_study(need, decision(10, committee=meeting.id), staff)
    assert refused.value.errors["decided_on"] == (
        "La décision ne peut pas précéder la réunion du comité."
    )
    study = needs.launch_study(need, decision(3, committee=meeting.id), staff)
    (recorded,) = decisions_about(need=need)
    assert recorded.committee.id == meeting.id
    assert recorded.study.id == study.id
    assert study.started_on == days_ago(3)


# -- step 2: the opportunity study ---------------------------------------------------
def test_favourable_decision_refused_while_the_grid_is_incomplete(need, staff):
    study = needs.launch_study(need, decision(300), staff)
    grid = full_grid(StudyCriterion)
    del grid[StudyCriterion.JOB_POTENTIAL.value]
    studies.update_study(
        study,
        {"started_on": study.started_on, "recommendation": StudyOutcome.FAVOURABLE, "scores": grid},
    )
    with pytest.raises(ValidationError) as refused:
        studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(10), staff)
    assert refused.value.errors[RECORD] == (
        "La grille n'est pas complète : il manque la note de Potentiel d'emplois."
    )
    assert Need.get_by_id(need.id).status is NeedStatus.STUDY
    assert [d.kind for d in decisions_about(need=need)] == [DecisionKind.STUDY_LAUNCHED]


def test_favourable_decision_refused_without_recommendation(need, staff):
    study = needs.launch_study(need, decision(300), staff)
    studies.update_study(
        study, {"started_on": study.started_on, "scores": full_grid(StudyCriterion)}
    )
    with pytest.raises(ValidationError) as refused:
        studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(10), staff)
    assert "recommandation" in refused.value.errors[RECORD]


def test_complete_study_validates_the_need(need, staff):
    study = validated_need(need, staff)
    assert Need.get_by_id(need.id).status is NeedStatus.VALIDATED
    assert type(study).get_by_id(study.id).status is StudyStatus.FAVOURABLE
    kinds = [d.kind for d in decisions_about(need=need)]
    assert kinds == [DecisionKind.STUDY_LAUNCHED, DecisionKind.STUDY_FAVOURABLE]


def test_rework_keeps_the_study_open_and_unfavourable_closes_it(need, staff):
    study = needs.launch_study(need, decision(300), staff)
    studies.decide_on_study(study, StudyOutcome.REWORK, decision(100), staff)
    assert Need.get_by_id(need.id).status is NeedStatus.STUDY
    complete_study(study)  # a study to rework can still be edited
    studies.decide_on_study(study, StudyOutcome.UNFAVOURABLE, decision(10), staff)
    assert Need.get_by_id(need.id).status is NeedStatus.NOT_VALIDATED
    with pytest.raises(ValidationError):
        complete_study(study)  # a decided study is closed


def test_score_out_of_range_is_refused_next_to_its_criterion(need, staff):
    study = needs.launch_study(need, decision(300), staff)
    grid = full_grid(StudyCriterion)
    grid[StudyCriterion.SOCIAL_NEED.value]["score"] = 7
    with pytest.raises(ValidationError) as refused:
        studies.update_study(study, {"started_on": study.started_on, "scores": grid})
    assert refused.value.errors == {"scores.social_need.score": "La note va de 0 à 5."}
    assert list(study.scores) == []  # nothing of the grid was written


# -- step 3: the project and its holder ----------------------------------------------
def test_project_opens_only_from_a_validated_need(need, staff):
    with pytest.raises(ValidationError) as refused:
        projects.open_project(need, decision(10), staff)
    assert "opportunité validée" in refused.value.errors[RECORD]
    assert Project.select().count() == 0

    project = opened_project(need, staff)
    assert project.stage is ProjectStage.RECRUITING
    assert project.title == need.title
    assert project.opened_on == days_ago(190)
    assert Need.get_by_id(need.id).status is NeedStatus.IN_PROJECT
    with pytest.raises(ValidationError):
        projects.open_project(need, decision(5), staff)  # one project per need


def test_candidacy_retained_only_with_a_complete_grid(need, staff, holder):
    project = opened_project(need, staff)
    candidacy = candidacies.create_candidacy(
        project, {"holder": holder.id, "received_on": days_ago(150)}
    )
    grid = full_grid(QualificationCriterion)
    del grid[QualificationCriterion.AVAILABILITY.value]
    candidacies.update_candidacy(candidacy, {"received_on": days_ago(150), "scores": grid})
    with pytest.raises(ValidationError) as refused:
        candidacies.decide_on_candidacy(candidacy, True, decision(10), staff)
    assert refused.value.errors[RECORD].endswith("il manque la note de Disponibilité.")
    assert Project.get_by_id(project.id).selected_holder is None

    grid[QualificationCriterion.AVAILABILITY.value] = {"score": 5, "comment": "Dès janvier"}
    candidacies.update_candidacy(candidacy, {"received_on": days_ago(150), "scores": grid})
    candidacies.decide_on_candidacy(candidacy, True, decision(10), staff)
    project = Project.get_by_id(project.id)
    assert project.stage is ProjectStage.SUPPORT
    assert project.selected_holder.id == holder.id
    assert type(candidacy).get_by_id(candidacy.id).status is CandidacyStatus.RETAINED


def test_second_holder_cannot_be_retained(need, staff, holder):
    project = opened_project(need, staff)
    other = holders.create_holder(person_values(first_name="Ayşe", last_name="Şahin"))
    graded = graded_candidacy(project, other)
    retained_candidacy(project, holder, staff)
    with pytest.raises(ValidationError) as refused:
        candidacies.decide_on_candidacy(graded, True, decision(5), staff)
    assert "porteur est déjà choisi" in refused.value.errors[RECORD]
    candidacies.decide_on_candidacy(graded, False, decision(5), staff)
    assert type(graded).get_by_id(graded.id).status is CandidacyStatus.NOT_RETAINED


def test_same_holder_cannot_apply_twice(need, staff, holder):
    project = opened_project(need, staff)
    candidacies.create_candidacy(project, {"holder": holder.id, "received_on": days_ago(9)})
    with pytest.raises(ValidationError) as refused:
        candidacies.create_candidacy(project, {"holder": holder.id, "received_on": days_ago(8)})
    assert refused.value.errors == {"holder": "Łucja Kowalczyk a déjà candidaté pour ce projet."}


def test_withdrawal_is_a_dated_record_with_its_reason(need, staff, holder):
    project = opened_project(need, staff)
    candidacy = graded_candidacy(project, holder)
    with pytest.raises(ValidationError) as refused:
        candidacies.withdraw_candidacy(candidacy, decision(4, notes="  "), staff)
    assert refused.value.errors == {"notes": "Ce champ est obligatoire."}
    assert type(candidacy).get_by_id(candidacy.id).status is CandidacyStatus.RECEIVED
    assert decisions_about(candidacy=candidacy) == []

    reason = "A trouvé un emploi salarié à Abbeville."
    candidacies.withdraw_candidacy(candidacy, decision(4, notes=reason), staff)
    assert type(candidacy).get_by_id(candidacy.id).status is CandidacyStatus.WITHDRAWN
    [withdrawal] = decisions_about(candidacy=candidacy)
    assert (withdrawal.kind, withdrawal.decided_on, withdrawal.notes) == (
        DecisionKind.CANDIDACY_WITHDRAWN,
        days_ago(4),
        reason,
    )
    assert (withdrawal.project.id, withdrawal.author.id) == (project.id, staff.id)
    with pytest.raises(ValidationError) as refused:
        candidacies.withdraw_candidacy(candidacy, decision(2, notes=reason), staff)
    assert refused.value.errors[RECORD] == "Cette candidature est déjà « Retirée »."
    assert len(decisions_about(candidacy=candidacy)) == 1


# -- step 4: support and creation -------------------------------------------------------
@pytest.fixture
def supported_project(need, staff, holder):
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    return Project.get_by_id(project.id)


def test_milestones_are_planned_from_the_template(supported_project):
    template = MilestoneTemplate.get(MilestoneTemplate.name == "Accompagnement standard")
    start = days_ago(100)
    created = milestones.generate_milestones(supported_project, template, start)
    steps = list(template.steps.order_by(template.steps.model.position))
    assert [(m.title, m.planned_on) for m in created] == [
        (step.title, start + dt.timedelta(days=step.offset_days)) for step in steps
    ]
    with pytest.raises(ValidationError):
        milestones.generate_milestones(supported_project, template, start)


def test_milestones_wait_for_a_retained_holder(need, staff):
    project = opened_project(need, staff)
    template = MilestoneTemplate.get()
    with pytest.raises(ValidationError) as refused:
        milestones.generate_milestones(project, template, TODAY)
    assert "une fois le porteur retenu" in refused.value.errors[RECORD]
    assert Milestone.select().count() == 0


def test_late_milestone_and_done_date_rules(supported_project):
    template = MilestoneTemplate.get()
    first = milestones.generate_milestones(supported_project, template, days_ago(100))[0]
    assert milestones.is_late(first, TODAY)  # planned 60 days after start, not done
    values = {"title": first.title, "planned_on": first.planned_on}
    with pytest.raises(ValidationError) as refused:
        milestones.update_milestone(first, values | {"done_on": TODAY + dt.timedelta(days=1)})
    assert refused.value.errors == {"done_on": "Un jalon ne peut pas être réalisé dans le futur."}
    done = milestones.update_milestone(first, values | {"done_on": days_ago(2)})
    assert not milestones.is_late(Milestone.get_by_id(done.id), TODAY)


def test_enterprise_created_only_with_legal_form_and_date(supported_project, staff):
    with pytest.raises(ValidationError) as refused:
        projects.declare_enterprise_created(
            supported_project, decision(5, enterprise_name="L'Épicerie du Pont"), staff
        )
    assert refused.value.errors == {
        "legal_form": "Ce champ est obligatoire.",
        "created_on": "Ce champ est obligatoire.",
    }
    assert Project.get_by_id(supported_project.id).stage is ProjectStage.SUPPORT

    projects.declare_enterprise_created(
        supported_project,
        decision(
            5,
            enterprise_name="L'Épicerie du Pont",
            legal_form=LegalForm.SCIC,
            created_on=days_ago(20),
            siret="120 001 011 00010",
            jobs_fte="2,5",
        ),
        staff,
    )
    project = Project.get_by_id(supported_project.id)
    assert (project.stage, project.legal_form, project.created_on, project.jobs_fte) == (
        ProjectStage.CREATED,
        LegalForm.SCIC,
        days_ago(20),
        2.5,
    )
    assert project.siret == "12000101100010"
    assert project.closed_on == days_ago(5)
    assert [d.kind for d in decisions_about(project=project)][-1] is DecisionKind.ENTERPRISE_CREATED


def test_abandon_closes_an_active_project_once(supported_project, staff):
    projects.abandon_project(supported_project, decision(3), staff)
    assert Project.get_by_id(supported_project.id).stage is ProjectStage.ABANDONED
    with pytest.raises(ValidationError):
        projects.abandon_project(supported_project, decision(2), staff)
    with pytest.raises(ValidationError):
        projects.declare_enterprise_created(supported_project, decision(2), staff)


def test_a_stale_copy_cannot_bypass_a_gate(need, staff):
    stale = Need.get_by_id(need.id)
    needs.decide_on_idea(need, DecisionKind.NEED_DROPPED, decision(10), staff)
    assert stale.status is NeedStatus.DETECTED  # the caller's copy is out of date
    with pytest.raises(ValidationError):
        needs.launch_study(stale, decision(5), staff)


def test_support_plan_templates_are_editable(supported_project):
    with pytest.raises(ValidationError) as refused:
        milestones.create_template(
            {"name": "Accompagnement standard", "steps": [{"title": "", "offset_days": "-3"}]}
        )
    assert refused.value.errors == {
        "name": "Un modèle porte déjà ce nom.",
        "steps.1.title": "Ce champ est obligatoire.",
        "steps.1.offset_days": "Le nombre doit être compris entre 0 et 3650.",
    }
    short = milestones.create_template(
        {
            "name": "Accompagnement court",
            "steps": [
                {"title": "Business plan social", "offset_days": 30},
                {"title": "Immatriculation", "offset_days": "90"},
            ],
        }
    )
    created = milestones.generate_milestones(supported_project, short, days_ago(10))
    assert [(m.position, m.title, m.planned_on) for m in created] == [
        (1, "Business plan social", days_ago(10) + dt.timedelta(days=30)),
        (2, "Immatriculation", days_ago(10) + dt.timedelta(days=90)),
    ]
    milestones.delete_template(short)
    assert Milestone.select().where(Milestone.project == supported_project).count() == 2


@pytest.mark.parametrize("typed", ["12,5", "12.5", "0,1"])
def test_template_offsets_are_whole_numbers_of_days(db, typed):
    with pytest.raises(ValidationError) as refused:
        milestones.create_template(
            {"name": "Accompagnement court", "steps": [{"title": "Statuts", "offset_days": typed}]}
        )
    assert refused.value.errors == {"steps.1.offset_days": "Nombre entier attendu (exemple : 12)."}
    assert not MilestoneTemplate.select().where(MilestoneTemplate.name == "Accompagnement court")


def test_template_offsets_typed_the_french_way_are_kept(db):
    template = milestones.create_template(
        {"name": "Accompagnement long", "steps": [{"title": "Démarrage", "offset_days": "1 095"}]}
    )
    assert [step.offset_days for step in template.steps] == [1095]


def test_one_milestone_is_added_after_the_plan_and_removed(supported_project):
    template = MilestoneTemplate.get(MilestoneTemplate.name == "Accompagnement standard")
    plan = milestones.generate_milestones(supported_project, template, days_ago(30))
    with pytest.raises(ValidationError) as refused:
        milestones.add_milestone(supported_project, {"title": " ", "planned_on": "31/02/2027"})
    assert refused.value.errors == {
        "title": "Ce champ est obligatoire.",
        "planned_on": "Date invalide : écrivez-la jj/mm/aaaa.",
    }
    extra = milestones.add_milestone(
        supported_project,
        {"title": "Agrément ESUS", "planned_on": TODAY, "notes": "Dossier à la DREETS."},
    )
    stored = Milestone.get_by_id(extra.id)
    assert (stored.position, stored.title, stored.notes) == (
        len(plan) + 1,
        "Agrément ESUS",
        "Dossier à la DREETS.",
    )
    milestones.delete_milestone(plan[0])
    remaining = Milestone.select().where(Milestone.project == supported_project)
    assert plan[0].title not in [m.title for m in remaining]
    assert remaining.count() == len(plan)


def test_a_closed_project_keeps_its_milestones(supported_project, staff, need):
    kept = milestones.add_milestone(supported_project, {"title": "Statuts", "planned_on": TODAY})
    projects.abandon_project(supported_project, decision(1), staff)
    with pytest.raises(ValidationError) as refused:
        milestones.add_milestone(supported_project, {"title": "Locaux", "planned_on": TODAY})
    assert refused.value.errors[RECORD] == (
        "Les jalons s'ajoutent et se retirent pendant l'accompagnement ; "
        "ce projet est « Abandonné »."
    )
    with pytest.raises(ValidationError):
        milestones.delete_milestone(kept)
    assert [m.title for m in Milestone.select()] == ["Statuts"]
