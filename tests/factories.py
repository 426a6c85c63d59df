"""Values of valid records, and short-cuts that walk a record through the method."""

from __future__ import annotations

import datetime as dt

from fabrique_desktop.domain.enums import (
    ConsentBasis,
    HolderKind,
    NeedSource,
    QualificationCriterion,
    RecruitmentSource,
    Sector,
    StudyCriterion,
    StudyOutcome,
)
from fabrique_desktop.domain.services import candidacies, needs, projects, studies

TODAY = dt.date.today()


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def need_values(territory, **changes) -> dict:
    values = {
        "title": "Épicerie sociale et solidaire",
        "description": "Des familles renoncent aux produits frais.",
        "territory": territory.id,
        "sector": Sector.FOOD,
        "source": NeedSource.RESIDENTS,
        "detected_on": days_ago(400),
    }
    values.update(changes)
    return values


def person_values(**changes) -> dict:
    values = {
        "kind": HolderKind.PERSON,
        "first_name": "Łucja",
        "last_name": "Kowalczyk",
        "email": "lucja.kowalczyk@exemple.fr",
        "phone": "06 12 34 56 78",
        "recruitment_source": RecruitmentSource.CALL_FOR_HOLDERS,
        "consent_basis": ConsentBasis.CONSENT,
        "consent_on": days_ago(30),
    }
    values.update(changes)
    return values


def full_grid(criteria, score: int = 4) -> dict:
    return {c.value: {"score": score, "comment": f"Commentaire : {c.label}"} for c in criteria}


def decision(days: int = 1, **changes) -> dict:
    """Decision fields dated ``days`` ago."""
    values = {"decided_on": days_ago(days)}
    values.update(changes)
    return values


def complete_study(study) -> None:
    studies.update_study(
        study,
        {
            "started_on": study.started_on,
            "recommendation": StudyOutcome.FAVOURABLE,
            "recommendation_text": "Lancer le recrutement d'un porteur.",
            "scores": full_grid(StudyCriterion),
        },
    )


def validated_need(need, staff):
    """Launch the need's study, complete it and validate it; returns the study."""
    study = needs.launch_study(need, decision(300), staff)
    complete_study(study)
    studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(200), staff)
    return study


def opened_project(need, staff):
    validated_need(need, staff)
    return projects.open_project(need, decision(190), staff)


def graded_candidacy(project, holder):
    candidacy = candidacies.create_candidacy(
        project, {"holder": holder.id, "received_on": days_ago(150)}
    )
    candidacies.update_candidacy(
        candidacy, {"received_on": days_ago(150), "scores": full_grid(QualificationCriterion)}
    )
    return candidacy


def retained_candidacy(project, holder, staff):
    candidacy = graded_candidacy(project, holder)
    candidacies.decide_on_candidacy(candidacy, True, decision(120), staff)
    return candidacy
