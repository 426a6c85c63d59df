"""The rows of each list screen, filtered and searched, each list in a single query.

Rows are plain dicts of display-ready values (names already joined in), so a list of
thousands of records costs one query, never one per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from . import search
from .models import (
    AgendaItem,
    Candidacy,
    Committee,
    CommitteeKind,
    Holder,
    Need,
    OpportunityStudy,
    Partner,
    Project,
    StaffMember,
    StudyScore,
    Territory,
)


@dataclass(frozen=True)
class ListFilter:
    """What the user narrowed a list to; ``None`` or empty means "all"."""

    text: str = ""
    status: str | None = None
    territory: Any = None
    sector: str | None = None
    staff: Any = None


def _narrow(query, criteria: ListFilter, *, status=None, territory=None, sector=None, staff=None):
    for field, value in (
        (status, criteria.status),
        (territory, criteria.territory),
        (sector, criteria.sector),
        (staff, criteria.staff),
    ):
        if field is not None and value not in (None, ""):
            query = query.where(field == value)
    return query


def _searched(query, model, text: str):
    clause = search.matching(model, text)
    return query if clause is None else query.where(clause)


def needs(criteria: ListFilter = ListFilter()) -> list[dict]:
    query = (
        Need.select(
            Need.id,
            Need.title,
            Territory.name.alias("commune"),
            Need.sector,
            Need.source,
            Need.status,
            StaffMember.name.alias("staff"),
            Need.detected_on,
            Need.updated_at,
        )
        .join(Territory)
        .switch(Need)
        .join(StaffMember, JOIN.LEFT_OUTER)
    )
    query = _narrow(
        query,
        criteria,
        status=Need.status,
        territory=Need.territory,
        sector=Need.sector,
        staff=Need.staff,
    )
    return list(_searched(query, Need, criteria.text).dicts())


def studies(criteria: ListFilter = ListFilter()) -> list[dict]:
    scored = (
        StudyScore.select(
            StudyScore.study,
            fn.COUNT(StudyScore.score).alias("scored"),
            fn.SUM(StudyScore.score).alias("total"),
        )
        .group_by(StudyScore.study)
        .alias("scored")
    )
    query = (
        OpportunityStudy.select(
            OpportunityStudy.id,
            Need.title,
            Territory.name.alias("commune"),
            Need.sector,
            OpportunityStudy.status,
            OpportunityStudy.started_on,
            fn.COALESCE(scored.c.scored, 0).alias("scored"),
            scored.c.total.alias("total"),
            OpportunityStudy.recommendation,
            StaffMember.name.alias("staff"),
        )
        .join(Need)
        .join(Territory)
        .switch(OpportunityStudy)
        .join(StaffMember, JOIN.LEFT_OUTER)
        .switch(OpportunityStudy)
        .join(scored, JOIN.LEFT_OUTER, on=scored.c.study_id == OpportunityStudy.id)
    )
    query = _narrow(
        query,
        criteria,
        status=OpportunityStudy.status,
        territory=Need.territory,
        sector=Need.sector,
        staff=OpportunityStudy.staff,
    )
    return list(_searched(query, Need, criteria.text).dicts())


def projects(criteria: ListFilter = ListFilter()) -> list[dict]:
    query = (
        Project.select(
            Project.id,
            Project.title,
            Territory.name.alias("commune"),
            Need.sector,
            Project.stage,
            Holder.name_expression().alias("holder"),
            StaffMember.name.alias("staff"),
            Project.opened_on,
            Project.enterprise_name,
        )
        .join(Need)
        .join(Territory)
        .switch(Project)
        .join(Holder, JOIN.LEFT_OUTER)
        .switch(Project)
        .join(StaffMember, JOIN.LEFT_OUTER)
    )
    query = _narrow(
        query,
        criteria,
        status=Project.stage,
        territory=Need.territory,
        sector=Need.sector,
        staff=Project.staff,
    )
    return list(_searched(query, Project, criteria.text).dicts())


def holders(criteria: ListFilter = ListFilter()) -> list[dict]:
    candidacies = (
        Candidacy.select(Candidacy.holder, fn.COUNT(Candidacy.id).alias("count"))
        .group_by(Candidacy.holder)
        .alias("candidacies")
    )
    query = (
        Holder.select(
            Holder.id,
            Holder.kind,
            Holder.first_name,
            Holder.last_name,
            Holder.organisation_name,
            Territory.name.alias("commune"),
            Holder.recruitment_source,
            Holder.email,
            fn.COALESCE(candidacies.c.count, 0).alias("candidacies"),
            Holder.updated_at,
        )
        .join(Territory, JOIN.LEFT_OUTER)
        .switch(Holder)
        .join(candidacies, JOIN.LEFT_OUTER, on=candidacies.c.holder_id == Holder.id)
    )
    query = _narrow(query, criteria, status=Holder.kind, territory=Holder.territory)
    return list(_searched(query, Holder, criteria.text).dicts())


def committees(criteria: ListFilter = ListFilter()) -> list[dict]:
    query = (
        Committee.select(
            Committee.id,
            Committee.meeting_on,
            Committee.starts_at,
            CommitteeKind.name.alias("kind"),
            Committee.place,
            fn.COUNT(AgendaItem.id).alias("items"),
        )
        .join(CommitteeKind)
        .switch(Committee)
        .join(AgendaItem, JOIN.LEFT_OUTER)
        .group_by(Committee.id)
    )
    query = _narrow(query, criteria, status=Committee.kind)
    if criteria.text:
        like = f"%{criteria.text}%"
        query = query.where(Committee.place**like | CommitteeKind.name**like)
    return list(query.dicts())


def partners(criteria: ListFilter = ListFilter()) -> list[dict]:
    query = Partner.select(
        Partner.id,
        Partner.name,
        Partner.kind,
        Partner.contact_name,
        Partner.email,
        Partner.phone,
        Territory.name.alias("commune"),
    ).join(Territory, JOIN.LEFT_OUTER)
    query = _narrow(query, criteria, status=Partner.kind, territory=Partner.territory)
    return list(_searched(query, Partner, criteria.text).dicts())


def staff_members(criteria: ListFilter = ListFilter()) -> list[dict]:
    query = StaffMember.select(
        StaffMember.id,
        StaffMember.name,
        StaffMember.organisation,
        StaffMember.email,
        StaffMember.phone,
        StaffMember.active,
    )
    if criteria.text:
        query = query.where(StaffMember.name ** f"%{criteria.text}%")
    return list(query.dicts())
