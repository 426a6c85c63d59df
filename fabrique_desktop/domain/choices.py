"""Pick lists of records for forms and filters: (id, label) pairs, one query each."""

from __future__ import annotations

from typing import Any

from .models import (
    CommitteeKind,
    Holder,
    MilestoneTemplate,
    Partner,
    StaffMember,
    Territory,
)

Choices = list[tuple[Any, str]]


def territories() -> Choices:
    return list(Territory.select(Territory.id, Territory.name).order_by(Territory.name).tuples())


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
