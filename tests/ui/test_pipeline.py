"""« Vue pipeline »: cards by stage; a move opens the decision of that step (by drag and
drop, by the context menu, by Ctrl+→) and lands in the SQLite file once decided; a move
the method refuses leaves everything as it was and says why."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from fabrique_desktop.domain.enums import (
    DecisionKind,
    NeedStatus,
    ProjectStage,
    QualificationCriterion,
    StudyOutcome,
)
from fabrique_desktop.domain.models import Need, OpportunityStudy, Project
from fabrique_desktop.domain.pipeline import Stage
from fabrique_desktop.domain.services import candidacies, holders, needs, projects, studies
from fabrique_desktop.ui.pipeline.screen import CARD_ROLE, PipelineScreen

from ..factories import complete_study, decision, full_grid, need_values, person_values
from .actions import choose, confirm, type_into


@pytest.fixture
def board(db, territory, staff):
    kept = needs.create_need(need_values(territory, title="Recyclerie des Quatre Chemins"))
    needs.decide_on_idea(kept, DecisionKind.NEED_KEPT, decision(), staff)
    studied = needs.create_need(need_values(territory, title="Garage solidaire"))
    needs.launch_study(studied, decision(), staff)
    return kept, studied


def screen_of(qtbot, session) -> PipelineScreen:
    opened = []
    screen = PipelineScreen(session, lambda section, key: opened.append((section, key)))
    screen.opened = opened
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    return screen


def cards(screen, stage: Stage) -> list:
    column = screen.columns[stage]
    return [column.item(row).data(CARD_ROLE) for row in range(column.count())]


def titles(screen, stage: Stage) -> list[str]:
    return [card.title for card in cards(screen, stage)]


def in_the_file(db_path, sql: str, *params):
    """What another program reading the file sees."""
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_cards_sit_in_the_column_of_their_stage(qtbot, session, board):
    screen = screen_of(qtbot, session)
    assert titles(screen, Stage.KEPT) == ["Recyclerie des Quatre Chemins"]
    assert titles(screen, Stage.STUDY) == ["Garage solidaire"]
    assert screen.headings[Stage.KEPT].text() == "Besoin retenu (1)"
    assert screen.headings[Stage.SUPPORT].text() == "Accompagnement (0)"
    item = screen.columns[Stage.KEPT].item(0)
    assert item.toolTip() == "Recyclerie des Quatre Chemins\nAmiens"


def test_a_drop_on_the_next_column_records_the_decision(qtbot, session, db_path, board, dialogs):
    kept, _ = board
    screen = screen_of(qtbot, session)
    source, target = screen.columns[Stage.KEPT], screen.columns[Stage.STUDY]
    source.setCurrentRow(0)
    seen = []

    def decide(dialog):
        seen.append(dialog.windowTitle())
        confirm(dialog)

    dialogs.next(decide)
    target.dropEvent(FakeDrop(source))
    qtbot.waitUntil(lambda: "Recyclerie des Quatre Chemins" in titles(screen, Stage.STUDY))
    assert seen == ["Lancer l'étude d'opportunité"]
    assert titles(screen, Stage.KEPT) == []
    assert in_the_file(db_path, "SELECT status FROM need WHERE id = ?", kept.id.hex) == [("study",)]
    assert in_the_file(
        db_path, "SELECT count(*) FROM opportunity_study WHERE need_id = ?", kept.id.hex
    ) == [(1,)]
    assert screen.notice.text() == (
        "«\u00a0Recyclerie des Quatre Chemins\u00a0» est maintenant à l'étape "
        "«\u00a0Étude en cours\u00a0»."
    )


class FakeDrop:
    """What Qt hands a column when a card from ``source`` is dropped on it."""

    def __init__(self, source):
        self._source = source
        self.action = None
        self.accepted = None

    def source(self):
        return self._source

    def setDropAction(self, action):
        self.action = action

    def accept(self):
        self.accepted = True

    def ignore(self):
        self.accepted = False


def test_a_dropped_card_never_moves_by_itself(qtbot, session, board, dialogs):
    screen = screen_of(qtbot, session)
    source = screen.columns[Stage.KEPT]
    source.setCurrentRow(0)
    drop = FakeDrop(source)
    dialogs.next(lambda dialog: dialog.reject())  # « Annuler » in the decision dialog
    screen.columns[Stage.STUDY].dropEvent(drop)
    assert drop.action == Qt.DropAction.IgnoreAction  # the source keeps its card
    qtbot.wait(200)
    assert titles(screen, Stage.KEPT) == ["Recyclerie des Quatre Chemins"]
    assert Need.get(Need.title == "Recyclerie des Quatre Chemins").status is NeedStatus.KEPT


@pytest.mark.parametrize(
    ("stage", "target", "reason"),
    [
        (Stage.KEPT, Stage.VALIDATED, "passe une étape à la fois"),
        (Stage.STUDY, Stage.KEPT, "une décision prise reste prise"),
        (
            Stage.STUDY,
            Stage.VALIDATED,
            "L'opportunité ne peut pas encore être validée. La grille n'est pas complète",
        ),
    ],
)
def test_a_refused_move_stays_and_says_why(qtbot, session, db_path, board, stage, target, reason):
    screen = screen_of(qtbot, session)
    before = in_the_file(db_path, "SELECT id, status FROM need ORDER BY id")
    [card] = cards(screen, stage)
    assert not screen.move_card(card, target)  # no dialog opened: nothing to answer
    assert reason in screen.notice.text()
    assert titles(screen, stage) == [card.title]
    assert in_the_file(db_path, "SELECT id, status FROM need ORDER BY id") == before


def test_by_keyboard_ctrl_right_then_the_menu(qtbot, session, db_path, board, staff, dialogs):
    _, studied = board
    complete_study(studied.studies.get())
    screen = screen_of(qtbot, session)
    column = screen.columns[Stage.STUDY]
    column.setFocus()
    column.setCurrentRow(0)
    dialogs.next(confirm)
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(screen, Stage.VALIDATED) == ["Garage solidaire"])
    assert in_the_file(
        db_path, "SELECT status FROM opportunity_study WHERE need_id = ?", studied.id.hex
    ) == [("favourable",)]

    [card] = cards(screen, Stage.VALIDATED)
    menu = screen.move_menu(card)
    assert menu.title() == "Déplacer vers…"
    labels = [action.text() for action in menu.actions()]
    assert labels == [
        "Besoin retenu",
        "Étude en cours",
        "Recherche du porteur",
        "Accompagnement",
        "Créée",
    ]

    def open_project(dialog):
        type_into(qtbot, dialog.fields.editors["title"], "Garage solidaire du Pigeonnier")
        confirm(dialog)

    dialogs.next(open_project)
    menu.actions()[2].trigger()
    qtbot.waitUntil(lambda: titles(screen, Stage.RECRUITING) == ["Garage solidaire du Pigeonnier"])
    assert in_the_file(db_path, "SELECT title, stage FROM project") == [
        ("Garage solidaire du Pigeonnier", "recruiting")
    ]


def test_retaining_a_holder_then_declaring_the_enterprise(
    qtbot, session, db_path, board, staff, dialogs
):
    _, studied = board
    study = studied.studies.get()
    complete_study(study)
    studies.decide_on_study(study, StudyOutcome.FAVOURABLE, decision(), staff)
    project = projects.open_project(Need.get_by_id(studied.id), decision(), staff)
    holder = holders.create_holder(person_values())
    candidacy = candidacies.create_candidacy(
        project, {"holder": holder.id, "received_on": decision()["decided_on"]}
    )
    screen = screen_of(qtbot, session)
    [card] = cards(screen, Stage.RECRUITING)
    assert not screen.move_card(card, Stage.SUPPORT)  # its grid is not scored yet
    assert "grille de qualification est complète" in screen.notice.text()

    candidacies.update_candidacy(
        candidacy,
        {"received_on": candidacy.received_on, "scores": full_grid(QualificationCriterion)},
    )
    screen.reload()
    [card] = cards(screen, Stage.RECRUITING)

    def retain(dialog):
        confirm(dialog)  # no candidacy chosen: said next to the field
        assert dialog.fields.message("candidacy") == "Choisissez la candidature retenue."
        choose(dialog.fields.editors["candidacy"], "Łucja Kowalczyk")
        confirm(dialog)

    dialogs.next(retain)
    assert screen.move_card(card, Stage.SUPPORT)
    assert in_the_file(db_path, "SELECT stage, selected_holder_id FROM project") == [
        ("support", holder.id.hex)
    ]
    [card] = cards(screen, Stage.SUPPORT)
    assert "Porteur\u00a0: Łucja Kowalczyk" in card_text(screen, Stage.SUPPORT)

    def created(dialog):
        confirm(dialog)  # the legal form and date are required: the dialog stays open
        assert dialog.isVisible()
        dialog.reject()

    dialogs.next(created)
    assert not screen.move_card(card, Stage.CREATED)
    assert Project.get_by_id(project.id).stage is ProjectStage.SUPPORT
    assert titles(screen, Stage.SUPPORT) == [project.title]


def card_text(screen, stage: Stage) -> str:
    return screen.columns[stage].item(0).text()


def test_enter_opens_the_record_in_its_screen(qtbot, session, board):
    _, studied = board
    screen = screen_of(qtbot, session)
    column = screen.columns[Stage.STUDY]
    column.setFocus()
    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Return)
    assert screen.opened == [(2, OpportunityStudy.get(OpportunityStudy.need == studied).id)]


TITLES = (
    "Mobilité en zone rurale : transport à la demande solidaire — Boves",
    "Service de répit pour aidants familiaux — Bovelles",
    "Restauration collective bio et locale — Dreuil-lès-Amiens",
    "Garage solidaire — Boves",
    "Épicerie sociale et solidaire — Camon",
)


def test_long_titles_wrap_whole_at_every_width(qtbot, session, db, territory, staff):
    """From a 1366-pixel window down to 1024 and below, a card grows to show every word
    of its title; Qt's own sizing, blind to the card's padding, ended some in « … »."""
    for title in TITLES:
        kept = needs.create_need(need_values(territory, title=title))
        needs.decide_on_idea(kept, DecisionKind.NEED_KEPT, decision(), staff)
    screen = screen_of(qtbot, session)
    column = screen.columns[Stage.KEPT]
    cut = []
    for width in range(700, 1400, 23):
        screen.resize(width, 600)
        qtbot.wait(50)  # the view lays its items out again after a resize
        # A card drawn with « … » differs from the same card drawn without eliding.
        drawn = column.viewport().grab().toImage()
        column.setTextElideMode(Qt.TextElideMode.ElideNone)
        unelided = column.viewport().grab().toImage()
        column.setTextElideMode(Qt.TextElideMode.ElideRight)
        if drawn != unelided:
            cut.append(width)
    assert cut == []
