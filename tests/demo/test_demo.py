"""The demonstration file: realistic, deterministic, and faithful to the method."""

import datetime as dt
import hashlib

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.consistency import findings
from fabrique_desktop.domain.enums import NeedStatus, ProjectStage
from fabrique_desktop.domain.indicators import overview
from fabrique_desktop.domain.models import (
    ALL_MODELS,
    AgendaItem,
    Committee,
    CommitteeKind,
    Holder,
    Milestone,
    MilestoneTemplate,
    MilestoneTemplateStep,
    Project,
    Territory,
    database,
)
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.store.integrity import integrity_problems

REFERENCE_DAY = dt.date(2026, 11, 27)
DEFAULTS = (CommitteeKind, MilestoneTemplate, MilestoneTemplateStep)


def dump(path, **options) -> str:
    """A digest of every row of every table, keys included.

    Only the creation times of the defaults every new file gets (committee kinds, the
    support plan) are left out: they say when the file was made, not what it holds.
    """
    open_database(path, create=True)
    try:
        build_demo(today=REFERENCE_DAY, **options)
        digest = hashlib.sha256()
        for model in ALL_MODELS:
            columns = [
                f
                for f in model._meta.sorted_fields
                if model not in DEFAULTS or f.name not in ("created_at", "updated_at")
            ]
            for row in model.select(*columns).order_by(model._meta.primary_key).tuples():
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        close_database()


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    first = dump(tmp_path / "a.sqlite", seed=7)
    assert dump(tmp_path / "b.sqlite", seed=7) == first
    assert dump(tmp_path / "c.sqlite", seed=8) != first


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demonstration.sqlite"
    open_database(path, create=True)
    build_demo(today=REFERENCE_DAY)
    close_database()
    return path


@pytest.fixture
def demo(demo_file):
    open_database(demo_file, read_only=True)
    yield
    close_database()


def test_demo_follows_the_method_and_is_sound(demo):
    assert findings() == []
    assert integrity_problems() == []


def test_demo_covers_every_stage(demo):
    summary = overview(REFERENCE_DAY)
    assert summary.needs == 60
    assert all(summary.projects_by_stage[stage] > 0 for stage in ProjectStage)
    seen_needs = {s for s, n in summary.needs_by_status.items() if n}
    assert {NeedStatus.STUDY, NeedStatus.VALIDATED, NeedStatus.IN_PROJECT} <= seen_needs
    assert summary.late_milestones > 0
    done = Milestone.select().where(Milestone.done_on.is_null(False)).count()
    on_time = (
        Milestone.select()
        .where(Milestone.done_on.is_null() & (Milestone.planned_on >= REFERENCE_DAY))
        .count()
    )
    assert done > 0 and on_time > 0


def test_demo_is_set_in_amiens_metropole_with_real_names(demo):
    communes = {t.name: t.insee_code for t in Territory.select()}
    assert communes["Amiens"] == "80021"
    assert communes["Dreuil-lès-Amiens"] == "80256"
    names = {h.display_name for h in Holder.select()}
    assert any(ch in "".join(names) for ch in "ŁễŞřï")


def test_demo_has_past_and_upcoming_committees_with_agendas(demo):
    past = Committee.select().where(Committee.meeting_on < REFERENCE_DAY)
    upcoming = Committee.select().where(Committee.meeting_on >= REFERENCE_DAY)
    assert past.count() >= 1 and upcoming.count() >= 1
    next_meeting = upcoming.order_by(Committee.meeting_on).first()
    assert AgendaItem.select().where(AgendaItem.committee == next_meeting).count() > 0


def test_scale_multiplies_needs_and_what_follows(tmp_path):
    path = tmp_path / "scale.sqlite"
    open_database(path, create=True)
    try:
        build_demo(scale=1200, today=REFERENCE_DAY)
        summary = overview(REFERENCE_DAY)
        assert summary.needs == 1200
        # Proportions of the default demo (60 needs) hold at scale.
        assert 0.2 * 1200 < summary.projects < 0.6 * 1200
        assert summary.holders > summary.projects
        assert Milestone.select().count() > 4 * Project.select().count()
        assert findings() == []
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
