"""The rows of each list screen, filtered, searched and sorted by the database.

Each list is a query with its joins (names already joined in, so a page of rows costs
one query, never one per row) and the sort expression of each of its columns. Large
lists are read the way Anki's browser reads its cards: first the ordered ids alone,
then the rows of the ids on screen, a page at a time (see :class:`Listing`). Typing in
the search box narrows the ordered ids already read, with the rows the full-text index
finds, instead of sorting every match again.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress
from typing import Any

from peewee import JOIN, SQL, Case, fn

from . import search
from .enums import (
    HolderKind,
    NeedStatus,
    Organisation,
    PartnerKind,
    ProjectStage,
    RecruitmentSource,
    Sector,
    StudyOutcome,
    StudyStatus,
)
from .models import (
    AgendaItem,
    Candidacy,
    Committee,
    CommitteeKind,
    CreativitySession,
    Holder,
    Need,
    OpportunityStudy,
    Partner,
    Project,
    StaffMember,
    StudyScore,
    Territory,
    database,
)
from .rgpd.restriction import MASK, restricted_keys


@dataclass(frozen=True)
class ListFilter:
    """What the user narrowed a list to; ``None`` or empty means "all"."""

    text: str = ""
    status: str | None = None
    territory: Any = None
    sector: str | None = None
    staff: Any = None
    #: The records behind a figure of the Tableau de bord (a :class:`.scope.Selection`):
    #: the list shows exactly them, through the query the figure counted.
    among: Any = None
    #: « Afficher les personnes en opposition »: off, they are left out or masked.
    restricted_shown: bool = False


def _among(query, model, criteria: ListFilter):
    if criteria.among is None:
        return query
    return query.where(model.id.in_(criteria.among.query()))


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


def need_query(criteria: ListFilter = ListFilter(), joined: bool = True):
    """The needs list; without ``joined``, the need table alone (enough for its ids
    whenever the sort is on one of its own columns: a third of the time at 100k)."""
    if not joined:
        return _narrow_needs(Need.select(Need.id), criteria)
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
    return _narrow_needs(query, criteria)


def _narrow_needs(query, criteria: ListFilter):
    return _narrow(
        query,
        criteria,
        status=Need.status,
        territory=Need.territory,
        sector=Need.sector,
        staff=Need.staff,
    )


def study_query(criteria: ListFilter = ListFilter()):
    # Correlated subqueries: counted for the rows asked for, not for the whole table.
    scores = StudyScore.select(fn.COUNT(StudyScore.score)).where(
        StudyScore.study == OpportunityStudy.id
    )
    query = (
        OpportunityStudy.select(
            OpportunityStudy.id,
            Need.title,
            Territory.name.alias("commune"),
            Need.sector,
            OpportunityStudy.status,
            OpportunityStudy.started_on,
            scores.alias("scored"),
            OpportunityStudy.recommendation,
            StaffMember.name.alias("staff"),
        )
        .join(Need)
        .join(Territory)
        .switch(OpportunityStudy)
        .join(StaffMember, JOIN.LEFT_OUTER)
    )
    query = _narrow(
        query,
        criteria,
        status=OpportunityStudy.status,
        territory=Need.territory,
        sector=Need.sector,
        staff=OpportunityStudy.staff,
    )
    return query


def project_query(criteria: ListFilter = ListFilter()):
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
    return query


def holder_query(criteria: ListFilter = ListFilter()):
    candidacies = Candidacy.select(fn.COUNT(Candidacy.id)).where(Candidacy.holder == Holder.id)
    query = Holder.select(
        Holder.id,
        Holder.kind,
        Holder.first_name,
        Holder.last_name,
        Holder.organisation_name,
        Territory.name.alias("commune"),
        Holder.recruitment_source,
        Holder.email,
        candidacies.alias("candidacies"),
        Holder.updated_at,
    ).join(Territory, JOIN.LEFT_OUTER)
    query = _narrow(query, criteria, status=Holder.kind, territory=Holder.territory)
    if not criteria.restricted_shown:
        query = query.where(Holder.id.not_in(restricted_keys()))
    return query


def committee_query(criteria: ListFilter = ListFilter()):
    query = Committee.select(
        Committee.id,
        Committee.meeting_on,
        Committee.starts_at,
        CommitteeKind.name.alias("kind"),
        Committee.place,
        AgendaItem.select(fn.COUNT(AgendaItem.id))
        .where(AgendaItem.committee == Committee.id)
        .alias("items"),
    ).join(CommitteeKind)
    query = _narrow(query, criteria, status=Committee.kind)
    clause = search.containing(criteria.text, Committee.place, CommitteeKind.name)
    return query if clause is None else query.where(clause)


def partner_query(criteria: ListFilter = ListFilter()):
    # A partner is an organisation: listed all the same, its contact's data masked.
    contact = [Partner.contact_name, Partner.email, Partner.phone]
    if not criteria.restricted_shown:
        contact = [
            Case(None, [(Partner.id.in_(restricted_keys()), MASK)], f).alias(f.name)
            for f in contact
        ]
    query = Partner.select(
        Partner.id,
        Partner.name,
        Partner.kind,
        *contact,
        Territory.name.alias("commune"),
    ).join(Territory, JOIN.LEFT_OUTER)
    query = _narrow(query, criteria, status=Partner.kind, territory=Partner.territory)
    return query


def staff_query(criteria: ListFilter = ListFilter()):
    query = StaffMember.select(
        StaffMember.id,
        StaffMember.name,
        StaffMember.organisation,
        StaffMember.email,
        StaffMember.phone,
        StaffMember.active,
    )
    clause = search.containing(criteria.text, StaffMember.name)
    return query if clause is None else query.where(clause)


def session_query(criteria: ListFilter = ListFilter()):
    needs = Need.select(fn.COUNT(Need.id)).where(Need.session == CreativitySession.id)
    query = (
        CreativitySession.select(
            CreativitySession.id,
            CreativitySession.held_on,
            CreativitySession.place,
            Territory.name.alias("commune"),
            CreativitySession.participants,
            needs.alias("needs"),
            StaffMember.name.alias("staff"),
        )
        .join(Territory)
        .switch(CreativitySession)
        .join(StaffMember, JOIN.LEFT_OUTER)
    )
    query = _narrow(
        query, criteria, territory=CreativitySession.territory, staff=CreativitySession.staff
    )
    clause = search.containing(criteria.text, CreativitySession.place, Territory.name)
    return query if clause is None else query.where(clause)


def french(field):
    """Sort a text column in French alphabetical order (see domain.text.french_sort_key)."""
    return fn.fr_sort(field)


def by_label(field, enum) -> Case:
    """Sort an enum column by its French labels, as the user reads them, not its codes."""
    ordered = sorted(enum, key=lambda member: member.label.casefold())
    return Case(field, [(member.value, rank) for rank, member in enumerate(ordered)])


@dataclass(frozen=True)
class Ordering:
    """A list's ids in order, before its text search, with the search index's key (the
    rowid of the searched record) of each row: what is typed narrows them in memory."""

    ids: list[str]
    search_keys: array

    def narrowed(self, matches: set[int]) -> list[str]:
        # One pass in C over the list (a key may be there twice: a need's two studies),
        # not a Python loop: a third less per keystroke at 100,000 records.
        return list(compress(self.ids, map(matches.__contains__, self.search_keys)))


@dataclass(frozen=True)
class Listing:
    """One list screen's data: how to query it, what its ids are, how each column sorts.

    Lists of records with a full-text index (``searched``) leave the search out of their
    query function: the listing applies it, in SQL for :meth:`rows`, in memory for
    :meth:`narrow`. The others (``searched`` None) search in their query function.
    """

    query: Callable[..., Any]
    model: type
    sort_keys: dict[str, Any]
    #: The records whose full-text index the search box uses (a study is found by its need).
    searched: type | None = None
    #: Sort keys on the model's own columns: for them the ids come from the query built
    #: with ``joined=False`` (lists whose query accepts it).
    own_sort_keys: frozenset[str] = frozenset()

    def rows(self, criteria: ListFilter = ListFilter()) -> list[dict]:
        """Every row at once (small lists, exports, tests)."""
        query = _among(self.query(criteria), self.model, criteria)
        clause = self.searched and search.matching(self.searched, criteria.text)
        return list((query if clause is None else query.where(clause)).dicts())

    def ordering(
        self, criteria: ListFilter, sort: str | None = None, descending: bool = False
    ) -> Ordering:
        """The ids (as stored: hex text) of the records ``criteria`` keeps, in order; the
        text is left for :meth:`narrow` when the list has a full-text index.

        Read straight from the cursor: turning 100,000 keys into UUID objects would cost
        twice the query itself.
        """
        if self.searched is not None:
            criteria = replace(criteria, text="")
        if sort in self.own_sort_keys:
            query = self.query(criteria, joined=False)
        else:
            query = self.query(criteria)
        query = _among(query, self.model, criteria)
        keys = search.rowid_of(self.searched) if self.searched else SQL("NULL")
        query = query.select(self.model.id, keys)
        if sort in self.sort_keys:
            key = self.sort_keys[sort]
            query = query.order_by(key.desc() if descending else key.asc(), self.model.id)
        sql, params = query.sql()
        rows = database.execute_sql(sql, params).fetchall()
        return Ordering([row[0] for row in rows], array("q", (row[1] or 0 for row in rows)))

    def narrow(self, ordering: Ordering, text: str) -> list[str]:
        """The ids of ``ordering`` that ``text`` matches, still in order.

        At each keystroke only the search index is asked: sorting tens of thousands of
        matches again cost several times the search itself.
        """
        matches = self.searched and search.matching_rowids(self.searched, text)
        return ordering.ids if matches is None else ordering.narrowed(matches)

    def ids(self, criteria: ListFilter, sort: str | None = None, descending: bool = False) -> list:
        """The ids of the matching records, in order (both steps above)."""
        return self.narrow(self.ordering(criteria, sort, descending), criteria.text)

    def page(self, ids: list, criteria: ListFilter = ListFilter()) -> dict:
        """The rows of ``ids`` (one page of the list), keyed by their hex id, shown as
        ``criteria`` shows people in opposition."""
        shown = ListFilter(restricted_shown=criteria.restricted_shown)
        rows = self.query(shown).where(self.model.id.in_(ids)).dicts()
        return {row["id"].hex: row for row in rows}


NEEDS = Listing(
    need_query,
    Need,
    searched=Need,
    sort_keys={
        "title": french(Need.title),
        "commune": french(Territory.name),
        "sector": by_label(Need.sector, Sector),
        "status": by_label(Need.status, NeedStatus),
        "staff": french(StaffMember.name),
        "detected_on": Need.detected_on,
    },
    own_sort_keys=frozenset({"title", "sector", "status", "detected_on"}),
)
STUDIES = Listing(
    study_query,
    OpportunityStudy,
    searched=Need,
    sort_keys={
        "title": french(Need.title),
        "commune": french(Territory.name),
        "status": by_label(OpportunityStudy.status, StudyStatus),
        "grid": SQL("scored"),
        "recommendation": by_label(OpportunityStudy.recommendation, StudyOutcome),
        "started_on": OpportunityStudy.started_on,
        "staff": french(StaffMember.name),
    },
)
PROJECTS = Listing(
    project_query,
    Project,
    searched=Project,
    sort_keys={
        "title": french(Project.title),
        "commune": french(Territory.name),
        "stage": by_label(Project.stage, ProjectStage),
        "holder": french(Holder.name_expression()),
        "staff": french(StaffMember.name),
        "opened_on": Project.opened_on,
        "enterprise_name": french(Project.enterprise_name),
    },
)
HOLDERS = Listing(
    holder_query,
    Holder,
    searched=Holder,
    sort_keys={
        "name": french(Holder.name_expression()),
        "kind": by_label(Holder.kind, HolderKind),
        "commune": french(Territory.name),
        "recruitment_source": by_label(Holder.recruitment_source, RecruitmentSource),
        "candidacies": SQL("candidacies"),
        "email": Holder.email,
    },
)
COMMITTEES = Listing(
    committee_query,
    Committee,
    {
        "meeting_on": Committee.meeting_on,
        "starts_at": Committee.starts_at,
        "kind": french(CommitteeKind.name),
        "place": french(Committee.place),
        "items": SQL("items"),
    },
)
PARTNERS = Listing(
    partner_query,
    Partner,
    searched=Partner,
    sort_keys={
        "name": french(Partner.name),
        "kind": by_label(Partner.kind, PartnerKind),
        "contact_name": french(Partner.contact_name),
        "email": Partner.email,
        "phone": Partner.phone,
        "commune": french(Territory.name),
    },
)
SESSIONS = Listing(
    session_query,
    CreativitySession,
    {
        "held_on": CreativitySession.held_on,
        "place": french(CreativitySession.place),
        "commune": french(Territory.name),
        "participants": CreativitySession.participants,
        "needs": SQL("needs"),
        "staff": french(StaffMember.name),
    },
)
STAFF = Listing(
    staff_query,
    StaffMember,
    {
        "name": french(StaffMember.name),
        "organisation": by_label(StaffMember.organisation, Organisation),
        "email": StaffMember.email,
        "phone": StaffMember.phone,
        "active": StaffMember.active,
    },
)

needs = NEEDS.rows
studies = STUDIES.rows
projects = PROJECTS.rows
holders = HOLDERS.rows
committees = COMMITTEES.rows
partners = PARTNERS.rows
staff_members = STAFF.rows
