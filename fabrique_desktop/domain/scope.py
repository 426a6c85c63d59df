"""What a figure of the activity counts over: a period and the filters of the Tableau de
bord, and for each figure the query of the records behind it.

A figure is the count (or sum) of one of these queries and its list is the same query
given to the list screen (:class:`Selection`): the two cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .enums import AreaKind, DecisionKind, EnterpriseHealth, ProjectStage, Sector
from .models import (
    Candidacy,
    CreativitySession,
    Decision,
    FollowUp,
    Need,
    NeedPartner,
    OpportunityStudy,
    Partner,
    Project,
    SessionPartner,
    Territory,
)
from .services.follow_ups import anniversary


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def between(self, column):
        return column.between(self.start, self.end)

    @property
    def label(self) -> str:
        if self == Period.year(self.start.year):
            return f"année {self.start.year}"
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}"


@dataclass(frozen=True)
class Scope:
    """The filters: communes (one, or an EPCI's), a sector, a staff member, the communes
    marked priority neighbourhood or rural area; None: all."""

    territories: tuple[Any, ...] | None = None
    sector: Sector | None = None
    staff: Any = None
    area: AreaKind | None = None
    #: What the filters read, in French, for captions and the report.
    label: str = field(default="", compare=False)

    @property
    def through_needs(self) -> bool:
        """Whether a filter reads the need a study or a project comes from."""
        return self.territories is not None or self.sector is not None or self.area is not None

    def narrow(self, query, territory, sector, staff):
        if self.territories is not None:
            query = query.where(territory.in_(list(self.territories)))
        if self.area is not None:
            query = query.where(territory.in_(marked(self.area)))
        if self.sector is not None and sector is not None:
            query = query.where(sector == self.sector)
        if self.staff is not None:
            query = query.where(staff == self.staff)
        return query


def area_scope(code: str | None) -> Scope:
    """The scope of the command line's ``--territoire`` (« qpv », « rural », or None)."""
    if code is None:
        return Scope()
    area = AreaKind(code)
    return Scope(area=area, label=area.label)


def marked(area: AreaKind):
    """The communes marked ``area`` by the staff."""
    flag = Territory.priority_area if area is AreaKind.PRIORITY else Territory.rural_area
    return Territory.select(Territory.id).where(flag == True)  # noqa: E712 (SQL, not Python)


# -- the records of each kind, filtered by the scope ------------------------------------
def needs(scope: Scope):
    return scope.narrow(Need.select(Need.id), Need.territory, Need.sector, Need.staff)


def studies(scope: Scope, joined: bool = False):
    """The scope's studies; ``joined``: with their need joined (to group by its fields)."""
    query = OpportunityStudy.select(OpportunityStudy.id)
    if joined or scope.through_needs:  # a look-up per study: only when needed
        query = query.join(Need)
    return scope.narrow(query, Need.territory, Need.sector, OpportunityStudy.staff)


def projects(scope: Scope, joined: bool = False):
    query = Project.select(Project.id)
    if joined or scope.through_needs:
        query = query.join(Need)
    return scope.narrow(query, Need.territory, Need.sector, Project.staff)


def restricted(column, records, scope: Scope):
    """``column IN records``, or nothing to check when the scope keeps every record."""
    if scope.through_needs or scope.staff is not None:
        return column.in_(records)
    return column.is_null(False)


def sessions(scope: Scope):
    query = scope.narrow(
        CreativitySession.select(CreativitySession.id),
        CreativitySession.territory,
        None,
        CreativitySession.staff,
    )
    if scope.sector is not None:  # a session counts for the sectors of its needs
        of_sector = Need.select(Need.session).where(Need.sector == scope.sector)
        query = query.where(CreativitySession.id.in_(of_sector))
    return query


def decided(kind: DecisionKind, period: Period, subject):
    """The ids in ``subject`` (a decision's column) decided ``kind`` during ``period``."""
    return Decision.select(subject).where(
        (Decision.kind == kind) & period.between(Decision.decided_on) & subject.is_null(False)
    )


# -- one query per figure ----------------------------------------------------------------
def session_ids(period: Period, scope: Scope):
    return sessions(scope).where(period.between(CreativitySession.held_on))


def need_ids(period: Period, scope: Scope):
    return needs(scope).where(period.between(Need.detected_on))


def study_started_ids(period: Period, scope: Scope, joined: bool = False):
    return studies(scope, joined).where(period.between(OpportunityStudy.started_on))


def study_validated_ids(period: Period, scope: Scope):
    chosen = decided(DecisionKind.STUDY_FAVOURABLE, period, Decision.study)
    return studies(scope).where(OpportunityStudy.id.in_(chosen))


def study_dropped_ids(period: Period, scope: Scope):
    dropped = decided(DecisionKind.STUDY_UNFAVOURABLE, period, Decision.study)
    return studies(scope).where(OpportunityStudy.id.in_(dropped))


def retained_project_ids(period: Period, scope: Scope):
    """Projects whose holder was retained during the period."""
    retained = decided(DecisionKind.CANDIDACY_RETAINED, period, Decision.project)
    return projects(scope).where(Project.id.in_(retained))


def holder_ids(period: Period, scope: Scope):
    """Holders recruited: retained for a project (in scope) during the period."""
    retained = decided(DecisionKind.CANDIDACY_RETAINED, period, Decision.candidacy)
    return Candidacy.select(Candidacy.holder).where(
        Candidacy.id.in_(retained) & restricted(Candidacy.project, projects(scope), scope)
    )


def enterprise_ids(period: Period, scope: Scope, joined: bool = False):
    return projects(scope, joined).where(
        (Project.stage == ProjectStage.CREATED) & period.between(Project.created_on)
    )


def lasting_jobs(period: Period, scope: Scope) -> dict[Any, float]:
    """The « emplois pérennes »: for each enterprise at least a year old at its last
    follow-up done during the period, and still running then, the jobs seen that day."""
    observed = FollowUp.select(FollowUp.project).where(period.between(FollowUp.observed_on))
    # The enterprises first, from the period's few follow-ups: joined in one query,
    # SQLite walked every enterprise created, then each one's follow-ups.
    created = dict(
        Project.select(Project.id, Project.created_on)
        .where(Project.id.in_(observed) & (Project.stage == ProjectStage.CREATED))
        .tuples()
    )
    rows = (
        FollowUp.select(FollowUp.project, FollowUp.health, FollowUp.jobs_fte, FollowUp.observed_on)
        .where(
            period.between(FollowUp.observed_on)
            & restricted(FollowUp.project, projects(scope), scope)
        )
        .order_by(FollowUp.observed_on, FollowUp.updated_at)
        .tuples()
    )
    # « A year old » in Python: SQL's date arithmetic differs between SQLite and PostgreSQL.
    last = {  # the latest wins
        project: (health, jobs)
        for project, health, jobs, seen in rows
        if project in created and seen >= anniversary(created[project], 1)
    }
    return {
        project: jobs or 0.0
        for project, (health, jobs) in last.items()
        if health is not EnterpriseHealth.CLOSED
    }


def lasting_ids(period: Period, scope: Scope) -> list:
    return list(lasting_jobs(period, scope))


def partner_ids(period: Period, scope: Scope):
    """Partners mobilised: on a need spotted or at a session held during the period."""
    # Joined, not « need IN (…) »: the period's needs are found by their date index,
    # then their partners by the link's (need, partner) index.
    on_needs = scope.narrow(
        NeedPartner.select(NeedPartner.partner).join(Need).where(period.between(Need.detected_on)),
        Need.territory,
        Need.sector,
        Need.staff,
    )
    at_sessions = SessionPartner.select(SessionPartner.partner).where(
        SessionPartner.session.in_(session_ids(period, scope))
    )
    return Partner.select(Partner.id).where(Partner.id.in_(on_needs) | Partner.id.in_(at_sessions))


def surviving_ids(years: int, period: Period, scope: Scope, *, healths=None):
    """Enterprises whose ``years``-year follow-up was due in the period and, done, found
    them in one of ``healths`` (default: still running)."""
    healths = healths or (EnterpriseHealth.ACTIVE, EnterpriseHealth.STRUGGLING)
    due = FollowUp.select(FollowUp.project).where(
        (FollowUp.years == years)
        & period.between(FollowUp.planned_on)
        & FollowUp.health.in_(list(healths))
    )
    return projects(scope).where(Project.id.in_(due))


def needs_with(column, value):
    """The needs of the period whose ``column`` (source, sector, commune) is ``value``."""
    return lambda period, scope: need_ids(period, scope).where(column == value)


IdsQuery = Callable[[Period, Scope], Any]


@dataclass(frozen=True)
class Selection:
    """The records behind one figure, for the list screen that shows them.

    ``section`` names the list ("needs", "studies", "projects", "holders", "partners",
    "sessions"); ``caption`` says in French which figure they come from.
    """

    section: str
    caption: str
    ids: IdsQuery
    period: Period
    scope: Scope

    @property
    def title(self) -> str:
        """« Besoins repérés — année 2025 — Amiens »: the figure, its period, its filters."""
        return " — ".join(filter(None, (self.caption, self.period.label, self.scope.label)))

    def query(self):
        return self.ids(self.period, self.scope)

    def count(self) -> int:
        ids = self.query()
        return len(ids) if isinstance(ids, list) else ids.count()
