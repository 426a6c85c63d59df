"""Pick lists of records for forms and filters: (id, label) pairs, one query each."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .enums import AgendaPurpose, NeedStatus, ProjectStage
from .listing import french
from .models import (
    Candidacy,
    CommitteeKind,
    Holder,
    MilestoneTemplate,
    Need,
    Partner,
    Project,
    StaffMember,
    Territory,
)
from .services.needs import OPEN_IDEA

Choices = list[tuple[Any, str]]


def territories() -> Choices:
    """Communes in use first, by name; retired ones after them, marked, so a record that
    still names one shows it (and keeps it) instead of silently taking another.
    Namesakes (Saint-Aubin…) are told apart by their département."""
    rows = list(
        Territory.select(Territory.id, Territory.name, Territory.department, Territory.active)
        .order_by(Territory.active.desc(), french(Territory.name))
        .tuples()
    )
    names = Counter(name for _, name, _, _ in rows)
    choices = []
    for key, name, department, active in rows:
        label = f"{name} ({department})" if names[name] > 1 and department else name
        choices.append((key, label if active else f"{label} — retirée"))
    return choices


def staff_members(active_only: bool = True) -> Choices:
    query = StaffMember.select(StaffMember.id, StaffMember.name).order_by(french(StaffMember.name))
    if active_only:
        query = query.where(StaffMember.active)
    return list(query.tuples())


def partners() -> Choices:
    return list(Partner.select(Partner.id, Partner.name).order_by(french(Partner.name)).tuples())


def committee_kinds() -> Choices:
    return list(
        CommitteeKind.select(CommitteeKind.id, CommitteeKind.name)
        .order_by(french(CommitteeKind.name))
        .tuples()
    )


def holders() -> Choices:
    ordered = Holder.select().order_by(french(Holder.name_expression()))
    return [(holder.id, holder.display_name) for holder in ordered]


def milestone_templates() -> Choices:
    return list(
        MilestoneTemplate.select(MilestoneTemplate.id, MilestoneTemplate.name)
        .order_by(french(MilestoneTemplate.name))
        .tuples()
    )


def agenda_subjects(purpose: AgendaPurpose) -> tuple[str | None, Choices]:
    """Which field an agenda item of ``purpose`` points at, and the records it may choose.

    Only records the committee can still decide on are offered: ideas not yet decided,
    studies in progress, undecided candidacies, active projects.
    """
    if purpose is AgendaPurpose.LAUNCH_STUDY:
        return "need", _needs(Need.status.in_(list(OPEN_IDEA)))
    if purpose is AgendaPurpose.VALIDATE_OPPORTUNITY:
        return "need", _needs(Need.status == NeedStatus.STUDY)
    if purpose is AgendaPurpose.SELECT_HOLDER:
        rows = (
            Candidacy.select(Candidacy.id, Project.title, Holder.name_expression())
            .join(Project)
            .switch(Candidacy)
            .join(Holder)
            .where(Candidacy.undecided())
            .order_by(french(Project.title))
            .tuples()
        )
        return "candidacy", [(key, f"{title} — {holder}") for key, title, holder in rows]
    if purpose in (AgendaPurpose.REVIEW_PROGRESS, AgendaPurpose.HANDOVER):
        projects = (
            Project.select(Project.id, Project.title)
            .where(Project.stage.in_([ProjectStage.RECRUITING, ProjectStage.SUPPORT]))
            .order_by(french(Project.title))
            .tuples()
        )
        return "project", list(projects)
    return None, []


def _needs(condition) -> Choices:
    return list(
        Need.select(Need.id, Need.title).where(condition).order_by(french(Need.title)).tuples()
    )
