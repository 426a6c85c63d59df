"""The pipeline's columns agree with the file, and its moves follow the method."""

import datetime as dt

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.enums import OPEN_STUDY, NeedStatus, ProjectStage
from fabrique_desktop.domain.models import Milestone, Need, OpportunityStudy, Project
from fabrique_desktop.domain.pipeline import STAGES, Stage, board, move_refusal


def test_each_column_holds_what_the_file_holds(db, staff):
    build_demo(scale=120)
    today = dt.date.today()
    columns = {column.stage: column for column in board(today, limit=1000)}
    expected = {
        Stage.KEPT: Need.select().where(Need.status == NeedStatus.KEPT),
        Stage.STUDY: OpportunityStudy.select().where(OpportunityStudy.status.in_(OPEN_STUDY)),
        Stage.VALIDATED: Need.select().where(Need.status == NeedStatus.VALIDATED),
        Stage.RECRUITING: Project.select().where(Project.stage == ProjectStage.RECRUITING),
        Stage.SUPPORT: Project.select().where(Project.stage == ProjectStage.SUPPORT),
        Stage.CREATED: Project.select().where(Project.stage == ProjectStage.CREATED),
    }
    for stage, query in expected.items():
        assert {card.record.id for card in columns[stage].cards} == {r.id for r in query}
        assert columns[stage].total == query.count()
    for card in columns[Stage.SUPPORT].cards:  # the next milestone and its lateness
        upcoming = (
            Milestone.select()
            .where(Milestone.project == card.record, Milestone.done_on.is_null())
            .order_by(Milestone.planned_on, Milestone.position)
            .first()
        )
        assert card.milestone == (upcoming.title if upcoming else "")
        late = upcoming and upcoming.planned_on < today
        assert card.days_late == ((today - upcoming.planned_on).days if late else 0)
        assert card.holder == card.record.selected_holder.display_name


def test_only_the_next_step_can_be_asked_for(db, staff):
    build_demo(scale=120)
    columns = {column.stage: column for column in board()}
    card = columns[Stage.KEPT].cards[0]
    assert move_refusal(card, Stage.STUDY) is None
    for target in STAGES[2:]:
        assert "une étape à la fois" in move_refusal(card, target)
    created = columns[Stage.CREATED].cards[0]
    for target in STAGES[:-1]:
        assert "une décision prise reste prise" in move_refusal(created, target)
    assert "est déjà à l'étape « Créée »" in move_refusal(created, Stage.CREATED)
