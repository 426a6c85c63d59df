"""Pick lists of records for forms and filters: (id, label) pairs, one query each."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .enums import AgendaPurpose, NeedStatus, ProjectStage
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
        .order_by(Territory.active.desc(), Territory.name)
        .tuples()
    )
    names = Counter(name for _, name, _, _ in rows)
    choices = []
    for key, name, department, active in rows:
        label = f"{name} ({department})" if names[name] > 1 and department else name
        choices.append((key, label if active else f"{label} — retirée"))
    return choices


def staff_members(active_only: bool = True) -> Choices:
    query = StaffMember.select(StaffMember.id, StaffMember.name).order_by(StaffMember.name)
    if active_only:
        query = query.where(StaffMember.active)
    return list(query.tuples())


def partners() -> Choices:
    return list(Partner.select(Partner.id, Partner.name).order_by(Partner.name).tuples())


def committee_kinds() -> Choices:
    return list(
        CommitteeKind.select(CommitteeKind.id, CommitteeKind.name)
        .order_by(CommitteeKind.name)
        .tuples()
    )


def holders() -> Choices:
    return sorted(
        ((holder.id, holder.display_name) for holder in Holder.select()),
        key=lambda pair: pair[1].casefold(),
    )


def milestone_templates() -> Choices:
    return list(
        MilestoneTemplate.select(MilestoneTemplate.id, MilestoneTemplate.name)
        .order_by(MilestoneTemplate.name)
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
            .order_by(Project.title)
            .tuples()
        )
        return "candidacy", [(key, f"{title} — {holder}") for key, title, holder in rows]
    if purpose in (AgendaPurpose.REVIEW_PROGRESS, AgendaPurpose.HANDOVER):
        projects = (
            Project.select(Project.id, Project.title)
            .where(Project.stage.in_([ProjectStage.RECRUITING, ProjectStage.SUPPORT]))
            .order_by(Project.title)
            .tuples()
        )
        return "project", list(projects)
    return None, []


def _needs(condition) -> Choices:
    return list(Need.select(Need.id, Need.title).where(condition).order_by(Need.title).tuples())
