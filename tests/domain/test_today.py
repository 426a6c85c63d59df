"""The home screen's lists: what a reading of every record gives, found through indexes.

The queries stop at their first lines; these tests compare them with the same lists
computed in Python from every record of a demo file, and check that SQLite never has to
read a whole table or sort every candidate to find them (what made the home screen of a
100,000-need file slow to appear).
"""

from __future__ import annotations

import datetime as dt

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import today
from fabrique_desktop.domain.enums import (
    OPEN_STUDY,
    CandidacyStatus,
    ProjectStage,
    QualificationCriterion,
    StudyCriterion,
    StudyOutcome,
    StudyStatus,
)
from fabrique_desktop.domain.models import (
    Candidacy,
    Committee,
    Milestone,
    OpportunityStudy,
)
from fabrique_desktop.domain.services import studies

from ..factories import decision
from ..plans import query_plans

DAY = dt.date.today()


@pytest.fixture
def demo(db, staff):
    build_demo(scale=400, today=DAY)
    # The demo sends no study back for rework: send one, complete, so both open
    # statuses have studies awaiting a decision.
    sent_back = next(s for s in OpportunityStudy.select() if _complete_study(s))
    studies.decide_on_study(sent_back, StudyOutcome.REWORK, decision(2), staff)
    return sent_back


def _complete_study(study: OpportunityStudy) -> bool:
    scored = [s for s in study.scores if s.score is not None]
    return (
        study.status in OPEN_STUDY
        and study.recommendation is not None
        and len(scored) == len(StudyCriterion)
    )


def _graded_candidacy(candidacy: Candidacy) -> bool:
    scored = [s for s in candidacy.scores if s.score is not None]
    return (
        candidacy.status is CandidacyStatus.RECEIVED
        and candidacy.project.stage is ProjectStage.RECRUITING
        and len(scored) == len(QualificationCriterion)
    )


@pytest.mark.parametrize("limit", [3, 50])
def test_awaiting_decision_is_every_complete_study_and_graded_candidacy(demo, limit):
    complete = sorted(
        (s for s in OpportunityStudy.select() if _complete_study(s)),
        key=lambda s: (s.started_on, s.id),
    )
    graded = sorted(
        (c for c in Candidacy.select() if _graded_candidacy(c)),
        key=lambda c: (c.received_on, c.id),
    )
    assert StudyStatus.REWORK in {s.status for s in complete}
    assert len(complete) > 3 and len(graded) > 3  # the limit cuts both lists

    entries = today.awaiting_decision(limit=limit)

    listed_studies = [(e.record_id, e.day) for e in entries if e.section == "studies"]
    assert [day for _, day in listed_studies] == [s.started_on for s in complete[:limit]]
    assert {key for key, _ in listed_studies} <= {s.id for s in complete}
    if limit >= len(complete):
        assert demo.id in {key for key, _ in listed_studies}
    listed_projects = [(e.record_id, e.day) for e in entries if e.section == "projects"]
    assert listed_projects == [(c.project.id, c.received_on) for c in graded[:limit]]


def test_late_milestones_are_the_oldest_open_ones_of_projects_in_support(demo):
    late = sorted(
        (
            m
            for m in Milestone.select()
            if m.done_on is None and m.planned_on < DAY and m.project.stage is ProjectStage.SUPPORT
        ),
        key=lambda m: m.planned_on,
    )
    left_behind = [
        m
        for m in Milestone.select()
        if m.done_on is None and m.planned_on < DAY and m.project.stage is ProjectStage.ABANDONED
    ]
    assert len(late) > 5 and left_behind  # abandoned projects leave open milestones

    entries = today.late_milestones(DAY, limit=5)

    # The five oldest days; between milestones of the same day no order is promised
    # (each backend returns its own).
    assert [e.day for e in entries] == [m.planned_on for m in late[:5]]
    assert {(e.record_id, e.day) for e in entries} <= {(m.project.id, m.planned_on) for m in late}


def test_next_committees_count_their_agenda(demo):
    upcoming = sorted(
        (c for c in Committee.select() if c.meeting_on >= DAY), key=lambda c: c.meeting_on
    )
    assert len(upcoming) >= 2

    entries = today.upcoming_committees(DAY, limit=2)

    assert [e.record_id for e in entries] == [c.id for c in upcoming[:2]]
    for entry, committee in zip(entries, upcoming, strict=False):
        assert entry.detail.startswith(today.agenda_size(committee.agenda_items.count()))


@pytest.mark.sqlite_only
def test_home_screen_queries_never_read_a_whole_table_nor_sort_it(demo):
    plans = query_plans(
        lambda: (
            today.late_milestones(DAY),
            today.upcoming_committees(DAY),
            today.awaiting_decision(),
            today.recent_changes(),
        )
    )
    assert plans
    # « SCAN t USING INDEX » walks an index in order and stops at the limit: allowed.
    whole_tables = [step for step in plans if step.startswith("SCAN") and "USING" not in step]
    sorts = [step for step in plans if "TEMP B-TREE" in step]
    assert whole_tables == [] and sorts == []
