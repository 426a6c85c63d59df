"""The records a record leads to along the method: need → study → project → holder →
committees, and back. Each form shows them as links; a few queries per record opened,
never one per related record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from . import french
from .models import (
    AgendaItem,
    Candidacy,
    Committee,
    CommitteeKind,
    Holder,
    Need,
    OpportunityStudy,
    Project,
)


@dataclass(frozen=True)
class Related:
    """One link: what the related record is to this one, the list showing it, its id."""

    kind: str  # "need", "study", "project", "holder", "committees"
    section: str  # "needs", "studies", "projects", "holders", "committees"
    record_id: Any
    text: str


def _need(need: Need) -> Related:
    return Related("need", "needs", need.id, need.title)


def _studies(need: Need) -> list[Related]:
    """The need's studies, named by its title (no need read again)."""
    query = OpportunityStudy.select(OpportunityStudy.id).where(OpportunityStudy.need == need)
    return [Related("study", "studies", key, need.title) for (key,) in query.tuples()]


def _projects(query, kind: str = "project") -> list[Related]:
    query = query.select(Project.id, Project.title).order_by(Project.opened_on)
    return [Related(kind, "projects", key, title) for key, title in query.tuples()]


def _committees(condition) -> list[Related]:
    """The committees whose agenda has an item matching ``condition``, oldest first.

    Only what a link shows is read, the kind's name joined (not one query per link).
    """
    query = (
        Committee.select(Committee.id, Committee.meeting_on, CommitteeKind.name)
        .join(CommitteeKind)
        .switch(Committee)
        .join(AgendaItem)
        .switch(AgendaItem)
        .join(Candidacy, on=AgendaItem.candidacy == Candidacy.id, join_type=JOIN.LEFT_OUTER)
        .where(condition)
        .distinct()
        .order_by(Committee.meeting_on)
    )
    return [
        Related("committees", "committees", key, f"{kind} du {french.short_date(meeting_on)}")
        for key, meeting_on, kind in query.tuples()
    ]


def related(record: Any) -> list[Related]:
    """What ``record`` leads to, in the method's order."""
    if isinstance(record, Need):
        projects = _projects(Project.select().where(Project.need == record))
        # The projects' keys as values, not a sub-query: PostgreSQL does not turn an OR
        # with a sub-query into two index look-ups; it read every agenda item instead
        # (a quarter of a second per form at 100,000 needs). No project, no OR: SQLite
        # reads every item for « need_id = ? OR 0 = 1 ».
        on_agenda = AgendaItem.need == record
        if projects:
            on_agenda |= AgendaItem.project.in_([link.record_id for link in projects])
        return [*_studies(record), *projects, *_committees(on_agenda)]
    if isinstance(record, OpportunityStudy):
        need = record.need
        projects = Project.select().where(Project.need == need)
        return [
            _need(need),
            *_projects(projects),
            *_committees(AgendaItem.need == need),
        ]
    if isinstance(record, Project):
        holder = record.selected_holder
        return [
            _need(record.need),
            *_studies(record.need),
            *([Related("holder", "holders", holder.id, holder.display_name)] if holder else []),
            *_committees(
                (AgendaItem.project == record)
                | (Candidacy.project == record)
                | (AgendaItem.need == record.need)
            ),
        ]
    if isinstance(record, Holder):
        applied = Candidacy.select(Candidacy.project).where(Candidacy.holder == record)
        projects = Project.select().where(
            (Project.selected_holder == record) | Project.id.in_(applied)
        )
        return [*_projects(projects, "projects"), *_committees(Candidacy.holder == record)]
    if isinstance(record, Committee):
        items = AgendaItem.select().where(AgendaItem.committee == record)
        needs = Need.select().where(Need.id.in_(items.select(AgendaItem.need)))
        named = Project.id.in_(items.select(AgendaItem.project))
        through = Project.id.in_(
            Candidacy.select(Candidacy.project).where(
                Candidacy.id.in_(items.select(AgendaItem.candidacy))
            )
        )
        return [
            *[Related("needs", "needs", n.id, n.title) for n in needs.order_by(Need.title)],
            *_projects(Project.select().where(named | through), "projects"),
        ]
    return []
