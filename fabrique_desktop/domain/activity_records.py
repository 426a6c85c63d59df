"""The records a « Bilan d'activité » lists for its period, as tables: the enterprises
created with their jobs, the opportunity studies, the partners mobilised.

Each table reads the records of one figure's :class:`~.scope.Selection`, so the report's
lists and its figures count the same records. A report prints at most ``limit`` rows of
each (the most useful first); the rest are counted, summed up in a small table so that
no count is lost, and written whole by ``fabrique-desktop export report-lists``.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from . import scope as s
from .enums import DecisionKind, LegalForm, PartnerKind, StudyStatus
from .models import Decision, Need, OpportunityStudy, Partner, Project, Territory
from .scope import Period, Scope
from .tabular import Column, Kind, Table
from .text import french_sort_key

#: The list name of the command line's export of these lists, uncapped.
EXPORT_NAME = "report-lists"


@dataclass(frozen=True)
class RecordList:
    """One list of the report: its first rows, how many there are in all, and — when
    rows were left out — the count of every record by one key (state, legal form…)."""

    table: Table
    total: int
    summary: Table | None = None

    @property
    def left_out(self) -> int:
        return self.total - len(self.table.rows)


def _capped(title, columns, query, limit, convert, summary) -> RecordList:
    """``query``'s rows (at most ``limit``), converted; with ``summary()`` when capped.

    The summary counts every record in its second column: the total is its sum, rather
    than a count that read every record of the period once more."""
    rows = [convert(row) for row in (query if limit is None else query.limit(limit))]
    table = Table(title, columns, rows)
    if limit is None or len(rows) < limit:
        return RecordList(table, len(rows))
    counted = summary()
    total = sum(row[1] for row in counted.rows)
    return RecordList(table, total, counted if total > len(rows) else None)


def _labelled(enum, counts) -> list[tuple]:
    """Grouped (value, count…) rows under their French labels, every count kept."""
    found = {(enum(value).label if value else "Non renseigné"): rest for value, *rest in counts}
    return sorted(((label, *rest) for label, rest in found.items()), key=lambda r: -r[1])


def enterprises(period: Period, scope: Scope, limit: int | None = None) -> RecordList:
    """The enterprises created, the most jobs first."""
    created = Project.id.in_(s.enterprise_ids(period, scope))
    rows = (
        Project.select(
            Project.enterprise_name,
            Project.legal_form,
            Territory.name,
            Project.created_on,
            Project.jobs_fte,
        )
        .join(Need)
        .join(Territory)
        .where(created)
        .order_by(Project.jobs_fte.desc(nulls="LAST"), Project.created_on, Project.enterprise_name)
        .tuples()
    )

    def by_form() -> Table:
        counts = (
            Project.select(
                Project.legal_form, fn.COUNT(Project.id), fn.COALESCE(fn.SUM(Project.jobs_fte), 0)
            )
            .where(created)
            .group_by(Project.legal_form)
            .tuples()
        )
        return Table(
            "Entreprises créées par forme juridique",
            (
                Column("Forme juridique"),
                Column("Entreprises", Kind.INTEGER),
                Column("Emplois (ETP)", Kind.DECIMAL),
            ),
            [(label, count, float(jobs)) for label, count, jobs in _labelled(LegalForm, counts)],
        )

    return _capped(
        "Entreprises créées",
        (
            Column("Entreprise"),
            Column("Forme juridique"),
            Column("Commune"),
            Column("Créée le", Kind.DATE),
            Column("Emplois (ETP)", Kind.DECIMAL),
        ),
        rows,
        limit,
        lambda row: (row[0], row[1].label if row[1] else "", *row[2:]),
        by_form,
    )


def studies(period: Period, scope: Scope, limit: int | None = None) -> RecordList:
    """Studies launched or decided during the period, with their outcome, the latest
    launched first."""
    decided = Decision.select(Decision.study).where(
        Decision.kind.in_(
            [
                DecisionKind.STUDY_FAVOURABLE,
                DecisionKind.STUDY_UNFAVOURABLE,
                DecisionKind.STUDY_REWORK,
            ]
        )
        & period.between(Decision.decided_on)
    )
    # Without filters, no « IN (every study) »: it walked all the studies of the file
    # instead of the period's, found by their date index and their decisions.
    of_period = s.restricted(OpportunityStudy.id, s.studies(scope), scope) & (
        period.between(OpportunityStudy.started_on) | OpportunityStudy.id.in_(decided)
    )
    shown = of_period
    if limit is not None:
        # Only the studies launched on or after the ``limit``-th latest launch can be
        # shown: only they read their need's title to be sorted (not the whole year's).
        last_shown = (
            OpportunityStudy.select(OpportunityStudy.started_on)
            .where(of_period)
            .order_by(OpportunityStudy.started_on.desc())
            .limit(1)
            .offset(limit - 1)
            .scalar()
        )
        if last_shown is not None:
            shown = of_period & (OpportunityStudy.started_on >= last_shown)
    rows = (
        OpportunityStudy.select(
            Need.title, Territory.name, OpportunityStudy.started_on, OpportunityStudy.status
        )
        .join(Need)
        .join(Territory)
        .where(shown)
        .order_by(OpportunityStudy.started_on.desc(), Need.title)
        .tuples()
    )

    def by_state() -> Table:
        counts = (
            OpportunityStudy.select(OpportunityStudy.status, fn.COUNT(OpportunityStudy.id))
            .where(of_period)
            .group_by(OpportunityStudy.status)
            .tuples()
        )
        return Table(
            "Études de la période par état",
            (Column("État"), Column("Études", Kind.INTEGER)),
            _labelled(StudyStatus, counts),
        )

    return _capped(
        # Launched or decided during the period; short enough for a sheet's name (31).
        "Études d'opportunité suivies",
        (Column("Besoin"), Column("Commune"), Column("Lancée le", Kind.DATE), Column("État")),
        rows,
        limit,
        lambda row: (*row[:3], row[3].label),
        by_state,
    )


def partners(period: Period, scope: Scope, limit: int | None = None) -> RecordList:
    """The partners mobilised, in French alphabetical order."""
    mobilised = Partner.id.in_(s.partner_ids(period, scope))
    rows = (
        Partner.select(Partner.name, Partner.kind, Territory.name)
        .join(Territory, JOIN.LEFT_OUTER)
        .where(mobilised)
        .tuples()
    )
    # French order (accents, case) is not the database's: sorted here, then cut.
    ordered = sorted(rows, key=lambda row: french_sort_key(row[0]))
    shown = ordered if limit is None else ordered[:limit]

    def by_kind() -> Table:
        counts = (
            Partner.select(Partner.kind, fn.COUNT(Partner.id))
            .where(mobilised)
            .group_by(Partner.kind)
            .tuples()
        )
        return Table(
            "Partenaires mobilisés par type",
            (Column("Type"), Column("Partenaires", Kind.INTEGER)),
            _labelled(PartnerKind, counts),
        )

    table = Table(
        "Partenaires mobilisés",
        (Column("Acteur du réseau"), Column("Type"), Column("Commune")),
        [(name, kind.label, commune or "") for name, kind, commune in shown],
    )
    return RecordList(table, len(ordered), by_kind() if len(shown) < len(ordered) else None)


def report_lists(period: Period, scope: Scope, limit: int | None = None) -> list[RecordList]:
    """The report's three lists, in its order (``limit`` None: every record)."""
    return [
        enterprises(period, scope, limit),
        studies(period, scope, limit),
        partners(period, scope, limit),
    ]
