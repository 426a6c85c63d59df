"""Post-creation follow-up: how a created enterprise is doing, 1 and 3 years on and
whenever the staff hear from it. Survival and lasting jobs are counted from these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import french
from ..enums import EnterpriseHealth, ProjectStage
from ..models import FollowUp, Project
from ..validation import Checker, refuse
from .base import current, transactional, update_record

#: The follow-ups planned when a creation is recorded, in years after it (France
#: Active's survival rates are at 1 and 3 years).
PLANNED_YEARS = (1, 3)


def anniversary(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; a 29 February falls on the 28th in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def plan_follow_ups(project: Project) -> list[FollowUp]:
    """The 1- and 3-year follow-ups of a project just created (inside its transaction)."""
    return [
        FollowUp.create(
            project=project, years=years, planned_on=anniversary(project.created_on, years)
        )
        for years in PLANNED_YEARS
    ]


def _clean(check: Checker, project: Project) -> dict:
    cleaned = {
        "observed_on": check.date("observed_on", required=True),
        "health": check.choice("health", EnterpriseHealth),
        "jobs_fte": check.number("jobs_fte", minimum=0, maximum=10000),
        "comment": check.text("comment", max_length=20000),
    }
    observed = cleaned["observed_on"]
    check.not_after(
        "observed_on",
        observed,
        dt.date.today(),
        "Un suivi se saisit une fois fait : sa date ne peut pas être dans le futur.",
    )
    if observed is not None and project.created_on is not None and observed < project.created_on:
        check.fail("observed_on", "Un suivi ne peut pas précéder la création de l'entreprise.")
    return cleaned


def _created(project: Project) -> Project:
    project = current(project)
    if project.stage is not ProjectStage.CREATED:
        raise refuse("Le suivi post-création ne concerne qu'une entreprise créée.")
    return project


@transactional
def add_follow_up(project: Project, values: Mapping[str, Any]) -> FollowUp:
    """A follow-up done outside the planned ones (news of the enterprise, a visit)."""
    project = _created(project)
    check = Checker(values)
    cleaned = _clean(check, project)
    check.raise_if_any()
    return FollowUp.create(project=project, **cleaned)


@transactional
def record_follow_up(follow_up: FollowUp, values: Mapping[str, Any]) -> FollowUp:
    """Fill in (or correct) a follow-up: the date seen, the health, the jobs then."""
    follow_up = current(follow_up)
    project = _created(follow_up.project)
    check = Checker(values)
    cleaned = _clean(check, project)
    check.raise_if_any()
    return update_record(follow_up, cleaned)


@transactional
def delete_follow_up(follow_up: FollowUp) -> None:
    """Delete a follow-up added by hand; the planned ones stay (they are the survival
    milestones), they can only be filled in."""
    follow_up = current(follow_up)
    if follow_up.years is not None:
        raise refuse(
            f"Le suivi à {french.plural(follow_up.years, 'an')} est prévu par la méthode : "
            "complétez-le "
            "plutôt que de le supprimer."
        )
    follow_up.delete_instance()
