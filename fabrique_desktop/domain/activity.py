"""The activity figures a Fabrique reports to Avise and its funders, for a period and
filters: the headline counts, the funnel, the median durations, survival, and the
breakdowns by source, sector, commune and year.

Every figure carries the :class:`~.scope.Selection` of the records it counts, so the
Tableau de bord opens exactly them, and every group of figures is also a
:class:`~.tabular.Table` (:func:`indicator_tables`) for the report and the exports.
A few grouped queries per call, never one per record.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from . import scope as s
from .enums import DecisionKind, EnterpriseHealth, NeedSource, ProjectStage, Sector
from .models import Decision, FollowUp, Need, OpportunityStudy, Project, Territory
from .scope import Period, Scope, Selection
from .tabular import Column, Kind, Table


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: float
    selection: Selection
    kind: Kind = Kind.INTEGER


@dataclass(frozen=True)
class FunnelStep:
    label: str
    count: int
    conversion: float | None  # share of the previous step, None for the first
    selection: Selection


@dataclass(frozen=True)
class Median:
    label: str
    days: float | None  # None: no record in the period
    records: int
    selection: Selection


@dataclass(frozen=True)
class Survival:
    years: int
    due: int
    running: int
    closed: int
    unknown: int
    selection: Selection  # the enterprises still running

    @property
    def rate(self) -> float | None:
        known = self.running + self.closed
        return self.running / known if known else None


@dataclass(frozen=True)
class Share:
    """One bar of a breakdown: a label, a count, the records behind it."""

    label: str
    count: int
    selection: Selection


@dataclass(frozen=True)
class CommuneRow:
    name: str
    priority_area: bool
    rural_area: bool
    needs: int
    studies: int
    enterprises: int
    jobs: float
    selection: Selection  # its needs


@dataclass(frozen=True)
class YearRow:
    year: int
    enterprises: int
    jobs: float
    selection: Selection


# -- headline figures ---------------------------------------------------------------------
_HEADLINE = (
    ("sessions", "Séances de créativité", "sessions", s.session_ids),
    ("needs", "Besoins repérés", "needs", s.need_ids),
    ("studies_started", "Études d'opportunité lancées", "studies", s.study_started_ids),
    ("studies_validated", "Études validées", "studies", s.study_validated_ids),
    ("studies_dropped", "Études non validées", "studies", s.study_dropped_ids),
    ("holders", "Porteurs recrutés", "holders", s.holder_ids),
    ("enterprises", "Entreprises créées", "projects", s.enterprise_ids),
)


def headline(period: Period, scope: Scope) -> list[Figure]:
    """The network's figures, in the order Avise asks them."""
    figures = [
        Figure(
            key, label, ids(period, scope).count(), Selection(section, label, ids, period, scope)
        )
        for key, label, section, ids in _HEADLINE
    ]
    jobs = s.enterprise_ids(period, scope).select(fn.COALESCE(fn.SUM(Project.jobs_fte), 0)).scalar()
    lasting = s.lasting_jobs(period, scope)
    partners = s.partner_ids(period, scope).count()
    return [
        *figures,
        Figure(
            "jobs",
            "Emplois créés (ETP)",
            float(jobs or 0),
            Selection("projects", "Emplois créés (ETP)", s.enterprise_ids, period, scope),
            Kind.DECIMAL,
        ),
        Figure(
            "lasting_jobs",
            "Emplois pérennes (ETP)",
            float(sum(lasting.values())),
            Selection("projects", "Emplois pérennes (ETP)", s.lasting_ids, period, scope),
            Kind.DECIMAL,
        ),
        Figure(
            "partners",
            "Partenaires mobilisés",
            partners,
            Selection("partners", "Partenaires mobilisés", s.partner_ids, period, scope),
        ),
    ]


# -- the funnel: what became of the needs spotted in the period -----------------------------
# Correlated EXISTS, probed per need of the period through each table's index on its
# need: « IN (every study…) » would read every study of the file first. Each probe
# selects the need it matches on, a column of that index: the index alone answers,
# where selecting the row's id read the row from the table for every need.
def _exists(query) -> fn:
    return fn.EXISTS(query)


def _has_decision(kind: DecisionKind):
    # One look-up per need in the decisions' (need, kind, date) index (migration 0025).
    return _exists(
        Decision.select(Decision.need).where((Decision.need == Need.id) & (Decision.kind == kind))
    )


def _has_study():
    return _exists(
        OpportunityStudy.select(OpportunityStudy.need).where(OpportunityStudy.need == Need.id)
    )


def _kept(period, scope):
    return s.need_ids(period, scope).where(_has_decision(DecisionKind.NEED_KEPT) | _has_study())


def _studied(period, scope):
    return s.need_ids(period, scope).where(_has_study())


def _validated(period, scope):
    return s.need_ids(period, scope).where(_has_decision(DecisionKind.STUDY_FAVOURABLE))


def _with_project(condition=None):
    def ids(period, scope):
        opened = Project.select(Project.need).where(Project.need == Need.id)
        if condition is not None:
            opened = opened.where(condition)
        return s.need_ids(period, scope).where(_exists(opened))

    return ids


_FUNNEL = (
    ("Besoins repérés", s.need_ids),
    ("Idées retenues", _kept),
    ("Études d'opportunité", _studied),
    ("Opportunités validées", _validated),
    ("Projets ouverts", _with_project()),
    ("Porteurs retenus", _with_project(Project.selected_holder.is_null(False))),
    ("Entreprises créées", _with_project(Project.stage == ProjectStage.CREATED)),
)


@dataclass(frozen=True)
class NeedsRead:
    """The period's needs read once: what the funnel and the breakdowns count."""

    funnel: list[int]  # how many reached each step of ``_FUNNEL``
    by_source: Counter
    by_sector: Counter
    by_territory: Counter


def _counted(condition):
    """How many rows of a group meet ``condition`` (portable SQL: no boolean sums)."""
    return fn.SUM(Case(None, [(condition, 1)], 0))


def read_needs(period: Period, scope: Scope) -> NeedsRead:
    """The period's needs counted in one grouped query: each need once with its study and
    project (unique indexes) and two probes of its decisions, summed per source, sector
    and commune by the database, so no need is read one by one here."""
    studied = OpportunityStudy.need.is_null(False)
    reached = (
        fn.COUNT(Need.id),
        _counted(studied | _has_decision(DecisionKind.NEED_KEPT)),
        _counted(studied),
        _counted(_has_decision(DecisionKind.STUDY_FAVOURABLE)),
        _counted(Project.id.is_null(False)),
        _counted(Project.selected_holder.is_null(False)),
        _counted(Project.stage == ProjectStage.CREATED),
    )
    groups = (
        s.need_ids(period, scope)
        .select(Need.source, Need.sector, Need.territory, *reached)
        .join_from(Need, OpportunityStudy, JOIN.LEFT_OUTER, on=OpportunityStudy.need == Need.id)
        .join_from(Need, Project, JOIN.LEFT_OUTER, on=Project.need == Need.id)
        .group_by(Need.source, Need.sector, Need.territory)
    )
    counts = [0] * len(_FUNNEL)
    sources, sectors, territories = Counter(), Counter(), Counter()
    # Raw rows: the few distinct values are converted once, below.
    for source, sector, territory, *steps in _raw(groups):
        sources[source] += steps[0]
        sectors[sector] += steps[0]
        territories[territory] += steps[0]
        for step, count in enumerate(steps):
            counts[step] += count or 0
    return NeedsRead(
        counts,
        _converted(sources, Need.source),
        _converted(sectors, Need.sector),
        _converted(territories, Need.territory),
    )


def _converted(counts: Counter, field) -> Counter:
    """``counts`` keyed by the values ``field`` reads from the raw ones stored."""
    return Counter({field.python_value(raw): count for raw, count in counts.items()})


def funnel(period: Period, scope: Scope, needs: NeedsRead | None = None) -> list[FunnelStep]:
    """The needs spotted in the period, and how many of them reached each later step
    (``needs``: the period's needs already read)."""
    needs = needs or read_needs(period, scope)
    steps, previous = [], None
    for (label, ids), count in zip(_FUNNEL, needs.funnel, strict=True):
        conversion = None if previous is None else (count / previous if previous else 0.0)
        caption = f"{label} parmi les besoins repérés"
        steps.append(
            FunnelStep(label, count, conversion, Selection("needs", caption, ids, period, scope))
        )
        previous = count
    return steps


# -- median durations ------------------------------------------------------------------
# Each step's start and end are paired by the database (the latest start on or before
# the end, with MAX), one row per record; only the days between them are counted here:
# date arithmetic is spelt differently by SQLite and PostgreSQL.
def _day(value) -> dt.date:
    """A date as the database hands it raw: text in SQLite, a date in PostgreSQL."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _raw(query):
    """``query``'s rows unconverted: thousands of dates and keys turned into objects one
    by one cost more than the query."""
    return Need._meta.database.execute(query)


def need_to_validation(period: Period, scope: Scope) -> list[int]:
    """Days from spotting the need to validating its study, per study validated."""
    query = scope.narrow(
        Decision.select(fn.MAX(Decision.decided_on), Need.detected_on)
        .join(OpportunityStudy, on=Decision.study == OpportunityStudy.id)
        .join(Need, on=OpportunityStudy.need == Need.id)
        .where(
            (Decision.kind == DecisionKind.STUDY_FAVOURABLE) & period.between(Decision.decided_on)
        ),
        Need.territory,
        Need.sector,
        OpportunityStudy.staff,
    ).group_by(Decision.study, Need.detected_on)
    return [(_day(validated) - _day(detected)).days for validated, detected in _raw(query)]


def _latest_spans(rows) -> list[int]:
    """Days from start to end, per key, of (key, end, latest start before the end) rows:
    the key's latest end counts, and only when a start came before it."""
    latest: dict = {}
    for key, end, start in rows:
        if key not in latest or end > latest[key][0]:
            latest[key] = (end, start)
    return [(_day(end) - _day(start)).days for end, start in latest.values() if start is not None]


def validation_to_holder(period: Period, scope: Scope) -> list[int]:
    """Days from validating the need to retaining the holder, per project."""
    # The validation is decided about the need (and its study) before the project exists:
    # found through the decisions' (need, kind, date) index (migration 0025).
    validation = Decision.alias()
    query = scope.narrow(
        Decision.select(Project.id, Decision.decided_on, fn.MAX(validation.decided_on))
        .join(Project, on=Decision.project == Project.id)
        .join(Need, on=Project.need == Need.id)
        .join(
            validation,
            JOIN.LEFT_OUTER,
            on=(validation.need == Project.need)
            & (validation.kind == DecisionKind.STUDY_FAVOURABLE)
            & (validation.decided_on <= Decision.decided_on),
        )
        .where(
            (Decision.kind == DecisionKind.CANDIDACY_RETAINED) & period.between(Decision.decided_on)
        ),
        Need.territory,
        Need.sector,
        Project.staff,
    ).group_by(Decision.id, Project.id, Decision.decided_on)
    return _latest_spans(_raw(query))


def holder_to_creation(period: Period, scope: Scope) -> list[int]:
    """Days from retaining the holder to creating the enterprise, per enterprise."""
    retained = Decision.alias()
    query = (
        s.enterprise_ids(period, scope)
        .select(Project.id, Project.created_on, fn.MAX(retained.decided_on))
        .join_from(
            Project,
            retained,
            JOIN.LEFT_OUTER,
            on=(retained.project == Project.id)
            & (retained.kind == DecisionKind.CANDIDACY_RETAINED)
            & (retained.decided_on <= Project.created_on),
        )
        .group_by(Project.id, Project.created_on)
    )
    return _latest_spans(_raw(query))


_MEDIANS = (
    ("Besoin → validation", need_to_validation, "studies", s.study_validated_ids),
    ("Validation → porteur retenu", validation_to_holder, "projects", s.retained_project_ids),
    ("Porteur retenu → création", holder_to_creation, "projects", s.enterprise_ids),
)


def medians(period: Period, scope: Scope) -> list[Median]:
    result = []
    for label, spans_of, section, ids in _MEDIANS:
        spans = spans_of(period, scope)
        result.append(
            Median(
                label,
                statistics.median(spans) if spans else None,
                len(spans),
                Selection(section, f"Durée {label}", ids, period, scope),
            )
        )
    return result


# -- survival --------------------------------------------------------------------------
def survival(period: Period, scope: Scope) -> list[Survival]:
    """The enterprises whose 1- and 3-year follow-ups fell due in the period."""
    result = []
    for years in (1, 3):
        rows = (
            FollowUp.select(FollowUp.health)
            .where(
                (FollowUp.years == years)
                & period.between(FollowUp.planned_on)
                & FollowUp.project.in_(s.projects(scope))
            )
            .tuples()
        )
        healths = Counter(health for (health,) in rows)
        running = healths[EnterpriseHealth.ACTIVE] + healths[EnterpriseHealth.STRUGGLING]

        def ids(period, scope, years=years):
            return s.surviving_ids(years, period, scope)

        caption = f"Entreprises en activité à {years} an{'s' if years > 1 else ''}"
        result.append(
            Survival(
                years,
                sum(healths.values()),
                running,
                healths[EnterpriseHealth.CLOSED],
                healths[None],
                Selection("projects", caption, ids, period, scope),
            )
        )
    return result


# -- breakdowns --------------------------------------------------------------------------
def _need_breakdown(period: Period, scope: Scope, counts, column, enum, caption) -> list[Share]:
    """The needs of the period counted per value of ``column`` (every value shown)."""
    return [
        Share(
            value.label,
            counts.get(value, 0),
            Selection(
                "needs", caption.format(value.label), s.needs_with(column, value), period, scope
            ),
        )
        for value in enum
    ]


def by_source(period: Period, scope: Scope, needs: NeedsRead | None = None) -> list[Share]:
    counts = (needs or read_needs(period, scope)).by_source
    return _need_breakdown(
        period, scope, counts, Need.source, NeedSource, "Besoins de source « {} »"
    )


def by_sector(period: Period, scope: Scope, needs: NeedsRead | None = None) -> list[Share]:
    counts = (needs or read_needs(period, scope)).by_sector
    return _need_breakdown(period, scope, counts, Need.sector, Sector, "Besoins du secteur « {} »")


def by_commune(period: Period, scope: Scope, needs: NeedsRead | None = None) -> list[CommuneRow]:
    """Communes with any activity in the period, the busiest first."""
    needs = (needs or read_needs(period, scope)).by_territory
    studies = dict(
        s.study_started_ids(period, scope, joined=True)
        .select(Need.territory, fn.COUNT(OpportunityStudy.id))
        .group_by(Need.territory)
        .tuples()
    )
    enterprises = {
        territory: (count, jobs)
        for territory, count, jobs in s.enterprise_ids(period, scope, joined=True)
        .select(Need.territory, fn.COUNT(Project.id), fn.COALESCE(fn.SUM(Project.jobs_fte), 0))
        .group_by(Need.territory)
        .tuples()
    }
    active = set(needs) | set(studies) | set(enterprises)
    communes = Territory.select().where(Territory.id.in_(list(active)))
    rows = [
        CommuneRow(
            commune.name,
            commune.priority_area,
            commune.rural_area,
            needs.get(commune.id, 0),
            studies.get(commune.id, 0),
            enterprises.get(commune.id, (0, 0))[0],
            float(enterprises.get(commune.id, (0, 0))[1]),
            Selection(
                "needs",
                f"Besoins repérés à {commune.name}",
                s.needs_with(Need.territory, commune.id),
                period,
                scope,
            ),
        )
        for commune in communes
    ]
    return sorted(rows, key=lambda row: (-row.needs, -row.enterprises, row.name))


def per_year(last_year: int, scope: Scope, years: int = 6) -> list[YearRow]:
    """Enterprises created and their jobs, year by year up to ``last_year``."""
    first = last_year - years + 1
    span = Period(dt.date(first, 1, 1), dt.date(last_year, 12, 31))
    # Summed here rather than grouped in SQL: a year of a date is spelt differently by
    # SQLite and PostgreSQL, and enterprises number in the hundreds at most.
    found: dict[int, tuple[int, float]] = {}
    for created, jobs in (
        s.enterprise_ids(span, scope).select(Project.created_on, Project.jobs_fte).tuples()
    ):
        count, total = found.get(created.year, (0, 0.0))
        found[created.year] = (count + 1, total + (jobs or 0.0))
    return [
        YearRow(
            y,
            found.get(y, (0, 0))[0],
            float(found.get(y, (0, 0))[1]),
            Selection(
                "projects", f"Entreprises créées en {y}", s.enterprise_ids, Period.year(y), scope
            ),
        )
        for y in range(first, last_year + 1)
    ]


# -- the same, as tables for the report and the exports ------------------------------------
@dataclass(frozen=True)
class Activity:
    """Every figure of a period, read once: the report and the exports print from it."""

    headline: list[Figure]
    funnel: list[FunnelStep]
    medians: list[Median]
    survival: list[Survival]
    sources: list[Share]
    sectors: list[Share]
    communes: list[CommuneRow]
    per_year: list[YearRow]


def compute(
    period: Period, scope: Scope | None = None, figures: list[Figure] | None = None
) -> Activity:
    """Every figure of the Tableau de bord for ``period`` (``scope`` None: no filter;
    ``figures``: its headline already read), the period's needs read once for all."""
    scope = scope or Scope()
    needs = read_needs(period, scope)
    return Activity(
        figures if figures is not None else headline(period, scope),
        funnel(period, scope, needs),
        medians(period, scope),
        survival(period, scope),
        by_source(period, scope, needs),
        by_sector(period, scope, needs),
        by_commune(period, scope, needs),
        per_year(period.end.year, scope),
    )


def indicator_tables(period: Period, scope: Scope | None = None) -> list[Table]:
    """Every table of the Tableau de bord, in its order (``scope`` None: no filter)."""
    return tables(compute(period, scope))


def tables(figures: Activity) -> list[Table]:
    """The figures already read, as the Tableau de bord's tables, in its order."""
    return [
        Table(
            "Indicateurs",
            (Column("Indicateur"), Column("Valeur", Kind.DECIMAL)),
            [(f.label, f.value) for f in figures.headline],
        ),
        Table(
            "Entonnoir",
            (Column("Étape"), Column("Nombre", Kind.INTEGER), Column("Passage", Kind.PERCENT)),
            [(step.label, step.count, step.conversion) for step in figures.funnel],
        ),
        Table(
            "Durées médianes",
            (
                Column("Étape"),
                Column("Médiane (jours)", Kind.DECIMAL),
                Column("Dossiers", Kind.INTEGER),
            ),
            [(m.label, m.days, m.records) for m in figures.medians],
        ),
        Table(
            "Survie",
            (
                Column("Échéance"),
                Column("Suivis prévus", Kind.INTEGER),
                Column("En activité", Kind.INTEGER),
                Column("Fermées", Kind.INTEGER),
                Column("Non renseignés", Kind.INTEGER),
                Column("Taux de survie", Kind.PERCENT),
            ),
            [
                (
                    f"{row.years} an{'s' if row.years > 1 else ''}",
                    row.due,
                    row.running,
                    row.closed,
                    row.unknown,
                    row.rate,
                )
                for row in figures.survival
            ],
        ),
        Table(
            "Besoins par source",
            (Column("Source"), Column("Besoins", Kind.INTEGER)),
            [(share.label, share.count) for share in figures.sources],
        ),
        Table(
            "Besoins par secteur",
            (Column("Secteur"), Column("Besoins", Kind.INTEGER)),
            [(share.label, share.count) for share in figures.sectors],
        ),
        Table(
            "Par commune",
            (
                Column("Commune"),
                Column("Quartier prioritaire"),
                Column("Zone rurale"),
                Column("Besoins", Kind.INTEGER),
                Column("Études lancées", Kind.INTEGER),
                Column("Entreprises créées", Kind.INTEGER),
                Column("Emplois (ETP)", Kind.DECIMAL),
            ),
            [
                (
                    row.name,
                    "oui" if row.priority_area else "non",
                    "oui" if row.rural_area else "non",
                    row.needs,
                    row.studies,
                    row.enterprises,
                    row.jobs,
                )
                for row in figures.communes
            ],
        ),
        Table(
            "Entreprises par année",
            (
                Column("Année"),
                Column("Entreprises créées", Kind.INTEGER),
                Column("Emplois (ETP)", Kind.DECIMAL),
            ),
            [(str(row.year), row.enterprises, row.jobs) for row in figures.per_year],
        ),
    ]
