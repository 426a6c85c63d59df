"""Recording a dated decision: when, which committee, who recorded it, about what; and
reversing one recorded by mistake, while nothing depends on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import french
from ..enums import CandidacyStatus, DecisionKind, NeedStatus, ProjectStage, StudyStatus
from ..models import (
    AgendaItem,
    Attachment,
    Committee,
    Decision,
    Milestone,
    OpportunityStudy,
    StaffMember,
    StudyScore,
)
from ..validation import Checker, refuse
from .base import current, transactional, update_record


def record_decision(
    kind: DecisionKind,
    values: Mapping[str, Any],
    author: StaffMember,
    *,
    checker: Checker | None = None,
    **subjects: Any,
) -> Decision | None:
    """Validate the decision fields of ``values`` and create the dated record.

    ``values`` holds ``decided_on`` (required, not in the future), ``committee`` and
    ``agenda_item`` (optional) and ``notes``. When ``checker`` is given its errors are
    shared with the caller's own fields and nothing is written while any remain, so the
    caller must call ``raise_if_any`` before using the result.
    """
    check = checker or Checker(values)
    decided_on = check.date("decided_on", required=True)
    check.not_after(
        "decided_on",
        decided_on,
        dt.date.today(),
        "Une décision ne peut pas être datée dans le futur.",
    )
    committee = check.record("committee", Committee, required=False)
    agenda_item = check.record("agenda_item", AgendaItem, required=False)
    notes = check.text("notes", max_length=5000)
    if committee is not None and decided_on is not None and committee.meeting_on > decided_on:
        check.fail("decided_on", "La décision ne peut pas précéder la réunion du comité.")
    if checker is None:
        check.raise_if_any()
    if check.errors:
        return None
    return Decision.create(
        kind=kind,
        decided_on=decided_on,
        committee=committee,
        agenda_item=agenda_item,
        author=author,
        notes=notes,
        **subjects,
    )


# -- reversing a decision recorded by mistake ----------------------------------------------
#
# A reversal is a new dated decision (DECISION_REVERSED) naming the one it reverses, with
# its reason; both stay in the history. It puts back the state the record had before.
# It is allowed only while nothing depends on the decision:
#   - it is not itself a reversal, nor already reversed;
#   - no later decision (still standing) was taken about a record it moved;
#   - each record it moved is still in the state it set;
#   - no work was done on what it created or opened: a study already scored or
#     recommended, a project with candidacies, milestones, files or agenda points, a
#     milestone done since the decision's date.

#: The status each decision on an idea gives its need (see :mod:`.needs`).
IDEA_STATUS = {
    DecisionKind.NEED_KEPT: NeedStatus.KEPT,
    DecisionKind.NEED_POSTPONED: NeedStatus.POSTPONED,
    DecisionKind.NEED_DROPPED: NeedStatus.DROPPED,
}
#: Decisions that create what comes next: the study, the project.
_OPENINGS = (DecisionKind.STUDY_LAUNCHED, DecisionKind.PROJECT_OPENED)
_VERDICTS = {
    DecisionKind.STUDY_FAVOURABLE: (StudyStatus.FAVOURABLE, NeedStatus.VALIDATED),
    DecisionKind.STUDY_UNFAVOURABLE: (StudyStatus.UNFAVOURABLE, NeedStatus.NOT_VALIDATED),
    DecisionKind.STUDY_REWORK: (StudyStatus.REWORK, NeedStatus.STUDY),
}
_CANDIDACY_STATUS = {
    DecisionKind.CANDIDACY_RETAINED: CandidacyStatus.RETAINED,
    DecisionKind.CANDIDACY_NOT_RETAINED: CandidacyStatus.NOT_RETAINED,
    DecisionKind.CANDIDACY_WITHDRAWN: CandidacyStatus.WITHDRAWN,
}
_PROJECT_STAGE = {
    DecisionKind.CANDIDACY_RETAINED: ProjectStage.SUPPORT,
    DecisionKind.ENTERPRISE_CREATED: ProjectStage.CREATED,
    DecisionKind.PROJECT_ABANDONED: ProjectStage.ABANDONED,
}


def _moved(decision: Decision) -> dict[str, Any]:
    """The records whose state ``decision`` set, by field name (need, study…)."""
    kind = decision.kind
    moved: dict[str, Any] = {}
    if kind in IDEA_STATUS or kind in _VERDICTS or kind in _OPENINGS:
        moved["need"] = decision.need
    if kind in _VERDICTS:
        moved["study"] = decision.study
    if kind in _CANDIDACY_STATUS:
        moved["candidacy"] = decision.candidacy
    if kind in _PROJECT_STAGE:
        moved["project"] = decision.project
    return moved


def standing() -> Any:
    """The condition of decisions that still hold: not reversals, not reversed."""
    reversed_ids = Decision.select(Decision.reverses).where(Decision.reverses.is_null(False))
    return (Decision.kind != DecisionKind.DECISION_REVERSED) & Decision.id.not_in(reversed_ids)


def _later_decision(decision: Decision, moved: Mapping[str, Any]) -> Decision | None:
    about = None
    for field, record in moved.items():
        condition = getattr(Decision, field) == record
        about = condition if about is None else about | condition
    return (
        Decision.select()
        .where(about & standing() & (Decision.created_at > decision.created_at))
        .order_by(Decision.created_at)
        .first()
    )


def _previous(decision: Decision, field: str, kinds: Any) -> Decision | None:
    """The standing decision of ``kinds`` about the same ``field`` recorded just before."""
    return (
        Decision.select()
        .where(
            (getattr(Decision, field) == getattr(decision, field))
            & Decision.kind.in_(list(kinds))
            & standing()
            & (Decision.created_at < decision.created_at)
            & (Decision.id != decision.id)
        )
        .order_by(Decision.created_at.desc())
        .first()
    )


def _idea_status_before(decision: Decision) -> NeedStatus:
    earlier = _previous(decision, "need", IDEA_STATUS)
    return IDEA_STATUS[earlier.kind] if earlier is not None else NeedStatus.DETECTED


def _study_status_before(decision: Decision) -> StudyStatus:
    earlier = _previous(decision, "study", [DecisionKind.STUDY_REWORK])
    return StudyStatus.REWORK if earlier is not None else StudyStatus.IN_PROGRESS


def _state_error(decision: Decision) -> str | None:
    """Why a record the decision moved is no longer in the state it set (None: it is)."""
    kind = decision.kind
    need = decision.need
    if kind in IDEA_STATUS and need.status is not IDEA_STATUS[kind]:
        return f"Ce besoin est maintenant « {need.status.label} »."
    if kind is DecisionKind.STUDY_LAUNCHED and need.status is not NeedStatus.STUDY:
        return f"Ce besoin est maintenant « {need.status.label} »."
    if kind in _VERDICTS:
        study_status, need_status = _VERDICTS[kind]
        if decision.study.status is not study_status or need.status is not need_status:
            return f"Cette étude est maintenant « {decision.study.status.label} »."
    if kind is DecisionKind.PROJECT_OPENED and need.status is not NeedStatus.IN_PROJECT:
        return f"Ce besoin est maintenant « {need.status.label} »."
    if kind in _CANDIDACY_STATUS and decision.candidacy.status is not _CANDIDACY_STATUS[kind]:
        return f"Cette candidature est maintenant « {decision.candidacy.status.label} »."
    if kind in _PROJECT_STAGE and decision.project.stage is not _PROJECT_STAGE[kind]:
        return f"Ce projet est maintenant « {decision.project.stage.label} »."
    if kind is DecisionKind.CANDIDACY_RETAINED and (
        decision.project.selected_holder_id != decision.candidacy.holder_id
    ):
        return "Ce projet a maintenant un autre porteur."
    return None


def _work_done(decision: Decision) -> str | None:
    """What was done since the decision on what it created or moved (None: nothing)."""
    kind = decision.kind
    if kind is DecisionKind.STUDY_LAUNCHED:
        study = OpportunityStudy.get_or_none(OpportunityStudy.need == decision.need)
        scored = study is not None and (
            StudyScore.select()
            .where(
                (StudyScore.study == study)
                & (StudyScore.score.is_null(False) | (StudyScore.comment != ""))
            )
            .exists()
        )
        if scored or (study is not None and (study.recommendation or study.recommendation_text)):
            return (
                "L'étude d'opportunité a déjà été travaillée (grille ou recommandation) : "
                "annuler son lancement effacerait ce travail."
            )
    if kind is DecisionKind.PROJECT_OPENED:
        project = decision.project
        if project is not None and (
            project.candidacies.exists()
            or project.milestones.exists()
            or Attachment.select().where(Attachment.project == project).exists()
            or AgendaItem.select().where(AgendaItem.project == project).exists()
        ):
            return (
                "Ce projet a déjà des candidatures, des jalons, des fichiers ou un passage "
                "en comité : son ouverture ne peut plus être annulée."
            )
    if kind in _PROJECT_STAGE:
        done = (
            Milestone.select()
            .where(
                (Milestone.project == decision.project) & (Milestone.done_on >= decision.decided_on)
            )
            .order_by(Milestone.done_on)
            .first()
        )
        if done is not None:
            return (
                f"Le jalon « {done.title} » a été réalisé le {french.short_date(done.done_on)}, "
                "après cette décision."
            )
    return None


def why_not_reversible(decision: Decision) -> str | None:
    """Why ``decision`` cannot be reversed, in French (None: it can be)."""
    if decision.kind is DecisionKind.DECISION_REVERSED:
        return (
            "Une annulation ne s'annule pas : enregistrez de nouveau la décision voulue, "
            "par le bouton de la fiche."
        )
    reversal = Decision.get_or_none(Decision.reverses == decision)
    if reversal is not None:
        return f"Cette décision a déjà été annulée le {french.short_date(reversal.decided_on)}."
    later = _later_decision(decision, _moved(decision))
    if later is not None:
        return (
            f"Une décision plus récente en dépend : « {later.kind.label} » du "
            f"{french.short_date(later.decided_on)}. Annulez-la d'abord."
        )
    state = _state_error(decision)
    if state is not None:
        return f"{state} Cette décision ne peut plus être annulée."
    return _work_done(decision)


def _put_back(decision: Decision) -> None:
    """Give the records the decision moved the state they had before it."""
    kind = decision.kind
    if kind in IDEA_STATUS:
        update_record(decision.need, {"status": _idea_status_before(decision)})
    elif kind is DecisionKind.STUDY_LAUNCHED:
        study = OpportunityStudy.get(OpportunityStudy.need == decision.need)
        update_record(decision, {"study": None})  # the study it launched goes
        StudyScore.delete().where(StudyScore.study == study).execute()
        study.delete_instance()
        update_record(decision.need, {"status": _idea_status_before(decision)})
    elif kind in _VERDICTS:
        update_record(decision.study, {"status": _study_status_before(decision)})
        update_record(decision.need, {"status": NeedStatus.STUDY})
    elif kind is DecisionKind.PROJECT_OPENED:
        project = decision.project
        update_record(decision, {"project": None})  # the project it opened goes
        project.delete_instance()
        update_record(decision.need, {"status": NeedStatus.VALIDATED})
    elif kind in _CANDIDACY_STATUS:
        update_record(decision.candidacy, {"status": CandidacyStatus.RECEIVED})
        if kind is DecisionKind.CANDIDACY_RETAINED:
            update_record(
                decision.project, {"selected_holder": None, "stage": ProjectStage.RECRUITING}
            )
    elif kind is DecisionKind.ENTERPRISE_CREATED:
        update_record(
            decision.project,
            {
                "stage": ProjectStage.SUPPORT,
                "closed_on": None,
                "enterprise_name": "",
                "legal_form": None,
                "siret": "",
                "created_on": None,
                "jobs_fte": None,
            },
        )
    elif kind is DecisionKind.PROJECT_ABANDONED:
        project = decision.project
        stage = ProjectStage.SUPPORT if project.selected_holder_id else ProjectStage.RECRUITING
        update_record(project, {"stage": stage, "closed_on": None})
    if decision.agenda_item is not None:
        # The point is undecided again in the minutes, ready for the right decision.
        update_record(decision.agenda_item, {"outcome": None, "outcome_notes": ""})


@transactional
def reverse_decision(
    decision: Decision, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """Reverse a decision recorded by mistake by a new dated decision with its reason
    (``values["notes"]``, required); the record returns to its state before it."""
    decision = current(decision)
    problem = why_not_reversible(decision)
    if problem is not None:
        raise refuse(problem)
    check = Checker(values)
    check.text("notes", max_length=5000, required=True)
    decided_on = check.date("decided_on", required=True)
    if decided_on is not None and decided_on < decision.decided_on:
        check.fail(
            "decided_on",
            "L'annulation ne peut pas précéder la décision annulée "
            f"({french.short_date(decision.decided_on)}).",
        )
    subjects = {
        field: getattr(decision, field)
        for field in ("need", "study", "project", "candidacy")
        if getattr(decision, f"{field}_id") is not None
    }
    if decision.kind is DecisionKind.STUDY_LAUNCHED:
        subjects.pop("study", None)  # it goes with the reversal
    if decision.kind is DecisionKind.PROJECT_OPENED:
        subjects.pop("project", None)
    reversal = record_decision(
        DecisionKind.DECISION_REVERSED, values, author, checker=check, reverses=decision, **subjects
    )
    check.raise_if_any()
    _put_back(decision)
    return reversal
