"""The figures a Fabrique reports to its funders and to Avise, computed from the records.

One query per figure group, never one per record, so they stay instant on large files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import fn

from .enums import DecisionKind, NeedStatus, ProjectStage
from .models import (
    Candidacy,
    Committee,
    CommitteeKind,
    Decision,
    Holder,
    Milestone,
    Need,
    Project,
)


@dataclass(frozen=True)
class Overview:
    needs_by_status: dict[NeedStatus, int]
    projects_by_stage: dict[ProjectStage, int]
    holders: int
    candidacies: int
    committees: int
    next_committee: tuple[Any, dt.date, str] | None
    decisions_by_kind: dict[DecisionKind, int]
    milestones: int
    late_milestones: int
    jobs_created: float

    @property
    def needs(self) -> int:
        return sum(self.needs_by_status.values())

    @property
    def projects(self) -> int:
        return sum(self.projects_by_stage.values())

    @property
    def decisions(self) -> int:
        return sum(self.decisions_by_kind.values())


def _counts(field, enum) -> dict:
    rows = field.model.select(field, fn.COUNT(field.model.id)).group_by(field).tuples()
    found = {enum(value): count for value, count in rows}
    return {member: found.get(member, 0) for member in enum}


def overview(today: dt.date | None = None) -> Overview:
    """Counts of every kind of record, as of ``today`` for what is late or upcoming."""
    today = today or dt.date.today()
    upcoming = (
        Committee.select(Committee.id, Committee.meeting_on, CommitteeKind.name)
        .join(CommitteeKind)
        .where(Committee.meeting_on >= today)
        .order_by(Committee.meeting_on)
        .limit(1)
        .tuples()
        .first()
    )
    return Overview(
        needs_by_status=_counts(Need.status, NeedStatus),
        projects_by_stage=_counts(Project.stage, ProjectStage),
        holders=Holder.select().count(),
        candidacies=Candidacy.select().count(),
        committees=Committee.select().count(),
        next_committee=tuple(upcoming) if upcoming else None,
        decisions_by_kind=_counts(Decision.kind, DecisionKind),
        milestones=Milestone.select().count(),
        late_milestones=Milestone.select()
        .where(Milestone.done_on.is_null() & (Milestone.planned_on < today))
        .count(),
        jobs_created=Project.select(fn.COALESCE(fn.SUM(Project.jobs_fte), 0))
        .where(Project.stage == ProjectStage.CREATED)
        .scalar(),
    )
