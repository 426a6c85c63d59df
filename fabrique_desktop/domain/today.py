"""What the home screen shows on a Monday morning: late milestones, the next committees,
what awaits a decision, and the latest changes. A few queries, never one per record."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from dataclasses import dataclass
from typing import Any

from peewee import fn

from .enums import (
    OPEN_STUDY,
    ProjectStage,
    QualificationCriterion,
    StudyCriterion,
    StudyStatus,
)
from .models import (
    AgendaItem,
    Candidacy,
    CandidacyScore,
    Committee,
    CommitteeKind,
    FollowUp,
    Holder,
    Milestone,
    Need,
    OpportunityStudy,
    Project,
    StudyScore,
)


@dataclass(frozen=True)
class Entry:
    """One line of the home screen: which list it belongs to, which record, what to say."""

    section: str  # "needs", "studies", "projects", "holders", "committees"
    record_id: Any
    title: str
    detail: str
    day: dt.date | None = None


def late_milestones(today: dt.date, limit: int = 50) -> list[Entry]:
    rows = (
        Milestone.select(Project.id, Project.title, Milestone.title, Milestone.planned_on)
        .join(Project)
        .where(
            Milestone.done_on.is_null()
            & (Milestone.planned_on < today)
            & (Project.stage == ProjectStage.SUPPORT)
        )
        .order_by(Milestone.planned_on)
        .limit(limit)
        .tuples()
    )
    return [
        Entry("projects", project_id, milestone, project, planned)
        for project_id, project, milestone, planned in rows
    ]


def due_follow_ups(today: dt.date, limit: int = 50) -> list[Entry]:
    """The 1- and 3-year follow-ups of created enterprises whose day has come, not done."""
    rows = (
        FollowUp.select(Project.id, Project.enterprise_name, FollowUp.years, FollowUp.planned_on)
        .join(Project)
        .where(FollowUp.observed_on.is_null() & (FollowUp.planned_on <= today))
        .order_by(FollowUp.planned_on)
        .limit(limit)
        .tuples()
    )
    return [
        Entry(
            "projects",
            project_id,
            f"Suivi à {years} an{'s' if years > 1 else ''} — {name}",
            "Suivi post-création à faire",
            planned,
        )
        for project_id, name, years, planned in rows
    ]


def upcoming_committees(today: dt.date, limit: int = 5) -> list[Entry]:
    # The agenda is counted per meeting found (a subquery), not grouped over a join:
    # grouping made SQLite walk every committee ever held instead of the date index.
    items = AgendaItem.select(fn.COUNT(AgendaItem.id)).where(AgendaItem.committee == Committee.id)
    rows = (
        Committee.select(
            Committee.id,
            CommitteeKind.name,
            Committee.meeting_on,
            Committee.place,
            items.alias("items"),
        )
        .join(CommitteeKind)
        .where(Committee.meeting_on >= today)
        .order_by(Committee.meeting_on)
        .limit(limit)
        .tuples()
    )
    return [
        Entry(
            "committees",
            key,
            kind,
            " · ".join(filter(None, (agenda_size(items), place))),
            day,
        )
        for key, kind, day, place, items in rows
    ]


def agenda_size(items: int) -> str:
    if items == 0:
        return "ordre du jour à préparer"
    return f"{items} point{'s' if items > 1 else ''} à l'ordre du jour"


def _scored(score_model, owner_field: str, owner) -> Any:
    """How many criteria of ``owner``'s grid are scored (a correlated subquery).

    Evaluated for the candidates the outer query walks in date order, until it has
    enough: counting every open grid first cost more than the whole home screen.
    """
    return score_model.select(fn.COUNT(score_model.score)).where(
        getattr(score_model, owner_field) == owner
    )


def awaiting_decision(limit: int = 50) -> list[Entry]:
    """Complete studies not yet validated, and graded candidacies not yet decided."""
    # One query per open status, merged: with ``status IN (…)`` SQLite cannot walk the
    # (status, started_on) index in date order and would count every open grid.
    studies = heapq.merge(
        *(_complete_studies(status, limit) for status in OPEN_STUDY),
        key=lambda row: row[2],
    )
    candidacies = (
        Candidacy.select(
            Project.id,
            Project.title,
            Holder.first_name,
            Holder.last_name,
            Holder.organisation_name,
            Candidacy.received_on,
        )
        .join(Project)
        .switch(Candidacy)
        .join(Holder)
        .where(
            Candidacy.undecided()
            & (_scored(CandidacyScore, "candidacy", Candidacy.id) == len(QualificationCriterion))
        )
        .order_by(Candidacy.received_on)
        .limit(limit)
        .tuples()
    )
    return [
        Entry("studies", key, title, "Étude complète, à valider en comité", day)
        for key, title, day in itertools.islice(studies, limit)
    ] + [
        Entry(
            "projects",
            key,
            title,
            f"Candidature de {(organisation or f'{first} {last}').strip()} à examiner",
            day,
        )
        for key, title, first, last, organisation, day in candidacies
    ]


def _complete_studies(status: StudyStatus, limit: int):
    """Studies of ``status`` with a recommendation and a complete grid, oldest first."""
    return (
        OpportunityStudy.select(OpportunityStudy.id, Need.title, OpportunityStudy.started_on)
        .join(Need)
        .where(
            (OpportunityStudy.status == status)
            & OpportunityStudy.recommendation.is_null(False)
            & (_scored(StudyScore, "study", OpportunityStudy.id) == len(StudyCriterion))
        )
        .order_by(OpportunityStudy.started_on)
        .limit(limit)
        .tuples()
    )


def recent_changes(limit: int = 15) -> list[Entry]:
    """The records changed last, all kinds together, newest first."""
    sources = (
        ("needs", "Besoin", Need, Need.title),
        ("projects", "Projet", Project, Project.title),
        ("holders", "Porteur", Holder, Holder.name_expression()),
    )
    entries = []
    for section, kind, model, title in sources:
        rows = (
            model.select(model.id, title, model.updated_at)
            .order_by(model.updated_at.desc())
            .limit(limit)
            .tuples()
        )
        for key, text, moment in rows:
            entries.append((moment, Entry(section, key, text, kind, moment.date())))
    entries.sort(key=lambda pair: pair[0], reverse=True)
    return [entry for _, entry in entries[:limit]]


def is_first_day() -> bool:
    """A file with nothing of the method in it yet: no need, holder or committee."""
    return not any(model.select().exists() for model in (Need, Holder, Committee))
