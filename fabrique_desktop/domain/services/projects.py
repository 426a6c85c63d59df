"""Steps 3 and 4: opening a project from a validated need, and closing it.

A project opens only from a validated need; the enterprise is declared created only
with its legal form and creation date; every change of stage is a dated decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..enums import DecisionKind, LegalForm, NeedStatus, ProjectStage
from ..models import Decision, Need, Project, StaffMember
from ..validation import Checker, refuse
from . import milestones
from .base import current, transactional, update_record
from .decisions import record_decision
from .follow_ups import plan_follow_ups

ACTIVE_STAGES = (ProjectStage.RECRUITING, ProjectStage.SUPPORT)


@transactional
def open_project(need: Need, values: Mapping[str, Any], author: StaffMember) -> Project:
    """Open the project of a validated need; it opens on the decision's date."""
    need = current(need)
    if need.status is not NeedStatus.VALIDATED:
        raise refuse(
            "Un projet ne s'ouvre que sur une opportunité validée ; "
            f"ce besoin est « {need.status.label} »."
        )
    check = Checker(values)
    title = check.text("title", max_length=200) or need.title
    staff = check.record("staff", StaffMember, required=False) or need.staff
    decision = record_decision(
        DecisionKind.PROJECT_OPENED, values, author, checker=check, need=need
    )
    check.raise_if_any()
    project = Project.create(need=need, title=title, opened_on=decision.decided_on, staff=staff)
    decision.project = project
    decision.save()
    need.status = NeedStatus.IN_PROJECT
    need.save()
    return project


def _clean_enterprise(check: Checker) -> dict:
    cleaned = {
        "enterprise_name": check.text("enterprise_name", max_length=200, required=True),
        "legal_form": check.choice("legal_form", LegalForm),
        "siret": check.siret("siret"),
        "created_on": check.date("created_on", required=True),
        "jobs_fte": check.number("jobs_fte", minimum=0, maximum=10000),
    }
    check.not_after(
        "created_on",
        cleaned["created_on"],
        dt.date.today(),
        "La date de création ne peut pas être dans le futur.",
    )
    return cleaned


@transactional
def update_project(project: Project, values: Mapping[str, Any]) -> Project:
    """Edit the title and staff; once created, the enterprise's details too; and the
    milestones' dates typed in the plan (``values["milestones"]``, see
    :func:`.milestones.clean_dates`). One save: everything is written, or nothing."""
    project = current(project)
    check = Checker(values)
    cleaned = {
        "title": check.text("title", max_length=200, required=True),
        "staff": check.record("staff", StaffMember, required=False),
    }
    if project.stage is ProjectStage.CREATED:
        cleaned |= _clean_enterprise(check)
    dated, refused = milestones.clean_dates(project, values.get("milestones") or {})
    for field, message in refused.items():
        check.fail(field, message)
    check.raise_if_any()
    for milestone, dates in dated:
        update_record(milestone, dates)
    return update_record(project, cleaned)


@transactional
def declare_enterprise_created(
    project: Project, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """Close the support: the enterprise exists, with its legal form and creation date."""
    project = current(project)
    if project.stage is not ProjectStage.SUPPORT:
        raise refuse(
            "Seul un projet en accompagnement, avec un porteur retenu, peut aboutir à une "
            f"création d'entreprise ; ce projet est « {project.stage.label} »."
        )
    check = Checker(values)
    cleaned = _clean_enterprise(check)
    if cleaned["created_on"] and cleaned["created_on"] < project.opened_on:
        check.fail("created_on", "L'entreprise ne peut pas être créée avant l'ouverture du projet.")
    decision = record_decision(
        DecisionKind.ENTERPRISE_CREATED, values, author, checker=check, project=project
    )
    check.raise_if_any()
    update_record(
        project, cleaned | {"stage": ProjectStage.CREATED, "closed_on": decision.decided_on}
    )
    plan_follow_ups(project)
    return decision


@transactional
def abandon_project(project: Project, values: Mapping[str, Any], author: StaffMember) -> Decision:
    project = current(project)
    if project.stage not in ACTIVE_STAGES:
        raise refuse(f"Ce projet est déjà « {project.stage.label} ».")
    decision = record_decision(DecisionKind.PROJECT_ABANDONED, values, author, project=project)
    update_record(project, {"stage": ProjectStage.ABANDONED, "closed_on": decision.decided_on})
    return decision
