"""Step 2: the opportunity study's grid, and the validation decision that closes it.

Only a complete study (every criterion scored, a recommendation written) can lead to a
favourable decision, and only a favourable decision validates the need.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import (
    OPEN_STUDY,
    DecisionKind,
    NeedStatus,
    StudyCriterion,
    StudyOutcome,
    StudyStatus,
)
from ..models import Decision, OpportunityStudy, StaffMember, StudyScore
from ..validation import Checker, refuse
from .base import current, transactional, update_record
from .decisions import record_decision
from .grids import check_grid, missing_criteria, missing_message, save_grid

#: What each outcome records, and the statuses it gives the study and its need.
VERDICTS = {
    StudyOutcome.FAVOURABLE: (
        DecisionKind.STUDY_FAVOURABLE,
        StudyStatus.FAVOURABLE,
        NeedStatus.VALIDATED,
    ),
    StudyOutcome.UNFAVOURABLE: (
        DecisionKind.STUDY_UNFAVOURABLE,
        StudyStatus.UNFAVOURABLE,
        NeedStatus.NOT_VALIDATED,
    ),
    StudyOutcome.REWORK: (DecisionKind.STUDY_REWORK, StudyStatus.REWORK, NeedStatus.STUDY),
}


@transactional
def update_study(study: OpportunityStudy, values: Mapping[str, Any]) -> OpportunityStudy:
    """Save the study's dates, recommendation and grid (``values["scores"]``)."""
    study = current(study)
    if study.status not in OPEN_STUDY:
        raise refuse("Cette étude a fait l'objet d'une décision : elle ne peut plus être modifiée.")
    check = Checker(values)
    cleaned = {
        "started_on": check.date("started_on", required=True),
        "staff": check.record("staff", StaffMember, required=False),
        "recommendation": check.choice("recommendation", StudyOutcome, required=False),
        "recommendation_text": check.text("recommendation_text", max_length=20000),
    }
    grid = check_grid(check, StudyCriterion, values.get("scores") or {})
    check.raise_if_any()
    update_record(study, cleaned)
    save_grid(StudyScore, "study", study, grid)
    return study


def study_gaps(study: OpportunityStudy) -> list[str]:
    """What the study still lacks before it can be validated, in French (empty: complete)."""
    gaps = []
    missing = missing_criteria(StudyScore, "study", study, StudyCriterion)
    if missing:
        gaps.append(missing_message(missing))
    if study.recommendation is None:
        gaps.append("La recommandation de l'étude n'est pas renseignée.")
    return gaps


@transactional
def decide_on_study(
    study: OpportunityStudy, outcome: StudyOutcome, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """Record the committee's validation decision and move the study and its need."""
    study = current(study)
    if study.status not in OPEN_STUDY:
        raise refuse(f"Cette étude est déjà « {study.status.label} ».")
    if outcome is StudyOutcome.FAVOURABLE:
        gaps = study_gaps(study)
        if gaps:
            raise refuse(" ".join(gaps))
        against = study.recommendation is StudyOutcome.UNFAVOURABLE
        if against and not str(values.get("notes") or "").strip():
            raise refuse(
                "L'étude recommande « Défavorable » : dites pourquoi l'opportunité est "
                "validée malgré tout.",
                "notes",
            )
    kind, study_status, need_status = VERDICTS[outcome]
    decision = record_decision(kind, values, author, need=study.need, study=study)
    study.status = study_status
    study.save()
    need = study.need
    need.status = need_status
    need.save()
    return decision
