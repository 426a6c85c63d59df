"""What a need leads to: its committees include those whose agenda names one of its
projects (not only the need itself), on both backends."""

from __future__ import annotations

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.models import AgendaItem, Committee, Need, Project
from fabrique_desktop.domain.related import related

from ..plans import query_plans


def test_a_need_links_to_the_committees_of_its_projects(db):
    build_demo(scale=40)
    item = (
        AgendaItem.select()
        .join(Project, on=AgendaItem.project == Project.id)
        .where(AgendaItem.project.is_null(False))
        .first()
    )
    need = Need.get_by_id(item.project.need_id)
    committees = {
        c.id
        for c in Committee.select()
        .join(AgendaItem)
        .where(
            (AgendaItem.need == need)
            | AgendaItem.project.in_(Project.select(Project.id).where(Project.need == need))
        )
    }
    linked = {link.record_id for link in related(need) if link.kind == "committees"}
    assert item.committee_id in linked
    assert linked == committees


@pytest.mark.sqlite_only
def test_a_need_s_links_read_no_table_whole(db):
    build_demo(scale=40)
    with_project = Project.select().first().need
    without = Need.select().where(Need.id.not_in(Project.select(Project.need))).first()
    for need in (with_project, without):
        steps = query_plans(lambda need=need: related(need))
        assert [step for step in steps if step.startswith("SCAN")] == [], need.title
