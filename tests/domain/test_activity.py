"""The activity figures, each checked against the same figure counted in plain Python
from the records: on the demonstration file and on seeded random files, for random
periods and filters. The records behind each figure (what its list shows) are checked
the same way."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
from collections import Counter, defaultdict

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import activity
from fabrique_desktop.domain.enums import (
    AreaKind,
    DecisionKind,
    EnterpriseHealth,
    NeedSource,
    ProjectStage,
    Sector,
)
from fabrique_desktop.domain.models import (
    Candidacy,
    CreativitySession,
    Decision,
    FollowUp,
    Need,
    NeedPartner,
    OpportunityStudy,
    Project,
    SessionPartner,
    StaffMember,
    Territory,
)
from fabrique_desktop.domain.scope import Period, Scope
from fabrique_desktop.store import close_database, open_database

REFERENCE_DAY = dt.date(2026, 6, 1)
#: Figures the checks must have met non-zero at least once: otherwise they proved little.
WATCHED = (
    "sessions",
    "needs",
    "studies_validated",
    "holders",
    "enterprises",
    "jobs",
    "lasting_jobs",
    "partners",
    "survival_due",
)


class Records:
    """Every record the figures read, loaded once into plain Python."""

    def __init__(self):
        self.needs = {n.id: n for n in Need.select()}
        self.studies = {s.id: s for s in OpportunityStudy.select()}
        self.projects = {p.id: p for p in Project.select()}
        self.candidacies = {c.id: c for c in Candidacy.select()}
        self.decisions = list(Decision.select())
        self.sessions = {s.id: s for s in CreativitySession.select()}
        self.need_partners = [(link.need_id, link.partner_id) for link in NeedPartner.select()]
        self.session_partners = [
            (link.session_id, link.partner_id) for link in SessionPartner.select()
        ]
        self.follow_ups = list(FollowUp.select())
        self.territories = {t.id: t for t in Territory.select()}

    # -- the filters, as a reader of the definitions would apply them -----------------
    def in_area(self, territory_id, scope: Scope) -> bool:
        """Whether the commune is marked as the scope's area (a priority neighbourhood,
        a rural area), when the scope asks for one."""
        if scope.area is None:
            return True
        commune = self.territories.get(territory_id)
        if commune is None:
            return False
        return commune.priority_area if scope.area is AreaKind.PRIORITY else commune.rural_area

    def need_in(self, need, scope: Scope, staff=None) -> bool:
        return (
            (scope.territories is None or need.territory_id in scope.territories)
            and self.in_area(need.territory_id, scope)
            and (scope.sector is None or need.sector == scope.sector)
            and (scope.staff is None or staff == scope.staff)
        )

    def need_ok(self, need, scope):
        return self.need_in(need, scope, need.staff_id)

    def study_ok(self, study, scope):
        return self.need_in(self.needs[study.need_id], scope, study.staff_id)

    def project_ok(self, project, scope):
        return self.need_in(self.needs[project.need_id], scope, project.staff_id)

    def session_ok(self, session, scope):
        sectors = {n.sector for n in self.needs.values() if n.session_id == session.id}
        return (
            (scope.territories is None or session.territory_id in scope.territories)
            and self.in_area(session.territory_id, scope)
            and (scope.sector is None or scope.sector in sectors)
            and (scope.staff is None or session.staff_id == scope.staff)
        )

    def decisions_of(self, kind, period=None):
        return [
            d
            for d in self.decisions
            if d.kind == kind and (period is None or period.contains(d.decided_on))
        ]

    # -- the figures -------------------------------------------------------------------
    def expected(self, period: Period, scope: Scope) -> dict:
        needs = {
            i
            for i, n in self.needs.items()
            if period.contains(n.detected_on) and self.need_ok(n, scope)
        }
        sessions = {
            i
            for i, s in self.sessions.items()
            if period.contains(s.held_on) and self.session_ok(s, scope)
        }
        started = {
            i
            for i, s in self.studies.items()
            if period.contains(s.started_on) and self.study_ok(s, scope)
        }
        validated = {
            d.study_id
            for d in self.decisions_of(DecisionKind.STUDY_FAVOURABLE, period)
            if self.study_ok(self.studies[d.study_id], scope)
        }
        dropped = {
            d.study_id
            for d in self.decisions_of(DecisionKind.STUDY_UNFAVOURABLE, period)
            if self.study_ok(self.studies[d.study_id], scope)
        }
        retained = [
            d
            for d in self.decisions_of(DecisionKind.CANDIDACY_RETAINED, period)
            if self.project_ok(self.projects[d.project_id], scope)
        ]
        holders = {self.candidacies[d.candidacy_id].holder_id for d in retained}
        enterprises = {
            i
            for i, p in self.projects.items()
            if p.stage == ProjectStage.CREATED
            and period.contains(p.created_on)
            and self.project_ok(p, scope)
        }
        jobs = sum(self.projects[i].jobs_fte or 0 for i in enterprises)
        partners = {p for n, p in self.need_partners if n in needs} | {
            p for s, p in self.session_partners if s in sessions
        }
        lasting = {}
        for f in sorted(
            self.follow_ups, key=lambda f: (f.observed_on or dt.date.min, f.updated_at)
        ):
            project = self.projects[f.project_id]
            if (
                f.observed_on is not None
                and period.contains(f.observed_on)
                and project.stage == ProjectStage.CREATED
                and self.project_ok(project, scope)
                and f.observed_on >= _years_later(project.created_on, 1)
            ):
                lasting[f.project_id] = f
        lasting = {
            p: f.jobs_fte or 0 for p, f in lasting.items() if f.health != EnterpriseHealth.CLOSED
        }
        return {
            "sessions": sessions,
            "needs": needs,
            "studies_started": started,
            "studies_validated": validated,
            "studies_dropped": dropped,
            "holders": holders,
            "enterprises": enterprises,
            "jobs": (jobs, enterprises),
            "lasting_jobs": (sum(lasting.values()), set(lasting)),
            "partners": partners,
        }

    def funnel(self, period, scope) -> list[set]:
        cohort = [
            n
            for n in self.needs.values()
            if period.contains(n.detected_on) and self.need_ok(n, scope)
        ]
        kept_needs = {d.need_id for d in self.decisions_of(DecisionKind.NEED_KEPT)}
        studied = {s.need_id for s in self.studies.values()}
        favourable = {d.need_id for d in self.decisions_of(DecisionKind.STUDY_FAVOURABLE)}
        projects = {p.need_id: p for p in self.projects.values()}
        return [
            {n.id for n in cohort},
            {n.id for n in cohort if n.id in kept_needs or n.id in studied},
            {n.id for n in cohort if n.id in studied},
            {n.id for n in cohort if n.id in favourable},
            {n.id for n in cohort if n.id in projects},
            {n.id for n in cohort if n.id in projects and projects[n.id].selected_holder_id},
            {
                n.id
                for n in cohort
                if n.id in projects and projects[n.id].stage == ProjectStage.CREATED
            },
        ]

    def medians(self, period, scope) -> list:
        spans_validation = []
        latest = {}
        for d in self.decisions_of(DecisionKind.STUDY_FAVOURABLE, period):
            if self.study_ok(self.studies[d.study_id], scope):
                latest[d.study_id] = max(latest.get(d.study_id, d.decided_on), d.decided_on)
        for study, day in latest.items():
            spans_validation.append(
                (day - self.needs[self.studies[study].need_id].detected_on).days
            )
        spans_holder = []
        retained = {}
        for d in self.decisions_of(DecisionKind.CANDIDACY_RETAINED, period):
            if self.project_ok(self.projects[d.project_id], scope):
                retained[d.project_id] = max(retained.get(d.project_id, d.decided_on), d.decided_on)
        for project, day in retained.items():
            need = self.projects[project].need_id
            before = [
                d.decided_on
                for d in self.decisions_of(DecisionKind.STUDY_FAVOURABLE)
                if d.need_id == need and d.decided_on <= day
            ]
            if before:
                spans_holder.append((day - max(before)).days)
        spans_creation = []
        for project in self.expected(period, scope)["enterprises"]:
            created = self.projects[project].created_on
            before = [
                d.decided_on
                for d in self.decisions_of(DecisionKind.CANDIDACY_RETAINED)
                if d.project_id == project and d.decided_on <= created
            ]
            if before:
                spans_creation.append((created - max(before)).days)
        return [
            (statistics.median(spans) if spans else None, len(spans))
            for spans in (spans_validation, spans_holder, spans_creation)
        ]

    def survival(self, period, scope) -> list:
        result = []
        for years in (1, 3):
            due = [
                f
                for f in self.follow_ups
                if f.years == years
                and period.contains(f.planned_on)
                and self.project_ok(self.projects[f.project_id], scope)
            ]
            healths = Counter(f.health for f in due)
            running = {
                f.project_id
                for f in due
                if f.health in (EnterpriseHealth.ACTIVE, EnterpriseHealth.STRUGGLING)
            }
            result.append(
                (len(due), len(running), healths[EnterpriseHealth.CLOSED], healths[None], running)
            )
        return result


def _years_later(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def ids(selection) -> set:
    found = selection.query()
    if not isinstance(found, list):
        found = [row[0] for row in found.tuples()]
    return set(found)


def check_everything(period: Period, scope: Scope) -> Counter:
    """Check every figure; return the headline ones, so a test can tell it checked some."""
    records = Records()
    expected = records.expected(period, scope)
    for figure in activity.headline(period, scope):
        wanted = expected[figure.key]
        if isinstance(wanted, tuple):
            total, behind = wanted
            assert figure.value == pytest.approx(total), figure.key
            assert ids(figure.selection) == behind, figure.key
        else:
            assert figure.value == len(wanted), figure.key
            assert ids(figure.selection) == wanted, figure.key
            assert figure.selection.count() == figure.value

    steps = activity.funnel(period, scope)
    for step, wanted in zip(steps, records.funnel(period, scope), strict=True):
        assert step.count == len(wanted), step.label
        assert ids(step.selection) == wanted, step.label
    for before, after in itertools.pairwise(steps):
        assert after.conversion == (after.count / before.count if before.count else 0.0)

    for median, (days, count) in zip(
        activity.medians(period, scope), records.medians(period, scope), strict=True
    ):
        assert (median.days, median.records) == (days, count), median.label

    for row, (due, running, closed, unknown, behind) in zip(
        activity.survival(period, scope), records.survival(period, scope), strict=True
    ):
        assert (row.due, row.running, row.closed, row.unknown) == (due, running, closed, unknown)
        assert ids(row.selection) == behind
        assert row.rate == (running / (running + closed) if running + closed else None)

    needs = [records.needs[i] for i in expected["needs"]]
    by_source = Counter(n.source for n in needs)
    for share, source in zip(activity.by_source(period, scope), NeedSource, strict=True):
        assert share.count == by_source[source]
        assert ids(share.selection) == {n.id for n in needs if n.source == source}
    by_sector = Counter(n.sector for n in needs)
    for share, sector in zip(activity.by_sector(period, scope), Sector, strict=True):
        assert share.count == by_sector[sector]

    per_commune = defaultdict(lambda: [0, 0, 0, 0.0])
    for n in needs:
        per_commune[records.territories[n.territory_id].name][0] += 1
    for i in expected["studies_started"]:
        per_commune[
            records.territories[records.needs[records.studies[i].need_id].territory_id].name
        ][1] += 1
    for i in expected["enterprises"]:
        project = records.projects[i]
        row = per_commune[records.territories[records.needs[project.need_id].territory_id].name]
        row[2] += 1
        row[3] += project.jobs_fte or 0
    got = {
        r.name: [r.needs, r.studies, r.enterprises, round(r.jobs, 6)]
        for r in activity.by_commune(period, scope)
    }
    assert got == {name: [*row[:3], round(row[3], 6)] for name, row in per_commune.items()}

    for row in activity.per_year(period.end.year, scope):
        created = [
            p
            for p in records.projects.values()
            if p.stage == ProjectStage.CREATED
            and p.created_on.year == row.year
            and records.project_ok(p, scope)
        ]
        assert row.enterprises == len(created)
        assert row.jobs == pytest.approx(sum(p.jobs_fte or 0 for p in created))
        assert ids(row.selection) == {p.id for p in created}

    tables = activity.indicator_tables(period, scope)
    assert [t.title for t in tables][:2] == ["Indicateurs", "Entonnoir"]
    assert all(len(row) == len(t.columns) for t in tables for row in t.rows)
    seen = Counter({f.key: f.value for f in activity.headline(period, scope)})
    seen["survival_due"] = sum(row.due for row in activity.survival(period, scope))
    return seen


def random_scopes(rng: random.Random) -> list[Scope]:
    territories = [t.id for t in Territory.select()]
    staff = [s.id for s in StaffMember.select()]
    scopes = [Scope()]
    for _ in range(3):
        scopes.append(
            Scope(
                territories=tuple(rng.sample(territories, rng.randint(1, 4)))
                if rng.random() < 0.6
                else None,
                sector=rng.choice(list(Sector)) if rng.random() < 0.4 else None,
                staff=rng.choice(staff) if rng.random() < 0.4 else None,
            )
        )
    # Each kind of area, alone and with another filter: the marks set on the communes.
    scopes.append(Scope(area=AreaKind.PRIORITY))
    scopes.append(Scope(area=AreaKind.RURAL, sector=rng.choice(list(Sector))))
    return scopes


def random_periods(rng: random.Random) -> list[Period]:
    periods = [Period.year(year) for year in (2023, 2024, 2025, 2026)]
    for _ in range(2):
        start = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        periods.append(Period(start, start + dt.timedelta(days=rng.randrange(30, 900))))
    return periods


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("activity") / "demonstration.sqlite"
    open_database(path, create=True)
    build_demo(today=REFERENCE_DAY)
    close_database()
    return path


def test_figures_match_the_records_on_the_demo_file(demo_file):
    open_database(demo_file, read_only=True)
    try:
        rng = random.Random(1)
        seen, in_areas = Counter(), {area: Counter() for area in AreaKind}
        for period in random_periods(rng):
            for scope in random_scopes(rng):
                found = check_everything(period, scope)
                seen += found
                if scope.area is not None:
                    in_areas[scope.area] += found
        assert all(seen[key] > 0 for key in WATCHED), seen
        # Each area kept some needs and left others out: the filter was put to the test.
        for area, found in in_areas.items():
            assert found["needs"] > 0, area
        assert in_areas[AreaKind.PRIORITY]["needs"] < seen["needs"]
    finally:
        close_database()


def shuffle_follow_ups(rng: random.Random) -> None:
    """Follow-ups the demo does not make: redone, added, left undone at random."""
    for follow_up in list(FollowUp.select()):
        draw = rng.random()
        if draw < 0.2:
            follow_up.observed_on = follow_up.health = follow_up.jobs_fte = None
            follow_up.save()
        elif draw < 0.5 and follow_up.observed_on is not None:
            FollowUp.create(
                project=follow_up.project,
                observed_on=follow_up.observed_on + dt.timedelta(days=rng.randint(-200, 300)),
                health=rng.choice(list(EnterpriseHealth)),
                jobs_fte=rng.choice((None, 0.0, 1.5, 3.0)),
            )


@pytest.mark.parametrize("seed", [11, 29])
def test_figures_match_the_records_on_random_files(tmp_path, seed):
    open_database(tmp_path / "random.sqlite", create=True)
    try:
        rng = random.Random(seed)
        build_demo(scale=rng.randint(150, 300), seed=seed, today=REFERENCE_DAY)
        shuffle_follow_ups(rng)
        seen = Counter()
        for period in random_periods(rng):
            for scope in random_scopes(rng):
                seen += check_everything(period, scope)
        assert all(seen[key] > 0 for key in WATCHED), seen
    finally:
        close_database()
