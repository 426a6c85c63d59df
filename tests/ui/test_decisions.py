"""Recording a decision: the meeting just held is proposed, the button says what it
does, and validating against a « Défavorable » recommendation takes a confirmation and
a reason."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fabrique_desktop.domain.enums import DecisionKind, StudyOutcome
from fabrique_desktop.domain.models import CommitteeKind, Decision, OpportunityStudy
from fabrique_desktop.domain.services import committees, needs
from fabrique_desktop.ui import studies

from ..factories import complete_study, days_ago, decision, need_values
from .actions import answer, answer_noting, click, confirm, type_into


def unfavourable_study(territory, staff):
    study = needs.launch_study(needs.create_need(need_values(territory)), decision(200), staff)
    complete_study(study)
    study = OpportunityStudy.get_by_id(study.id)
    study.recommendation = StudyOutcome.UNFAVOURABLE
    study.save()
    return study


def test_validating_against_the_recommendation_asks_and_wants_a_reason(
    qtbot, session, territory, staff, dialogs
):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    held = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(3)})
    committees.create_committee({"kind": kind.id, "meeting_on": days_ago(90)})
    study = unfavourable_study(territory, staff)
    screen = studies.build(session)
    qtbot.addWidget(screen)
    screen.open_record(study.id)
    questions = []
    dialogs.next(answer_noting(QMessageBox.StandardButton.No, questions))
    click(qtbot, screen.form.validate_button)
    assert "recommande « Défavorable »" in questions[0][1]
    validations = Decision.select().where(
        (Decision.study == study) & (Decision.kind == DecisionKind.STUDY_FAVOURABLE)
    )
    assert not validations.exists()

    seen = []

    def decide(dialog):
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.windowTitle(), ok.text(), dialog.fields.editors["committee"].value()))
        confirm(dialog)  # no reason given
        seen.append(dialog.fields.message("notes"))
        type_into(qtbot, dialog.fields.editors["notes"], "Le territoire porte le projet.")
        confirm(dialog)

    dialogs.next(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    dialogs.next(decide)
    click(qtbot, screen.form.validate_button)
    assert seen == [
        ("Valider l'opportunité", "Valider l'opportunité", str(held.id)),  # the meeting held
        "L'étude recommande « Défavorable » : dites pourquoi l'opportunité est "
        "validée malgré tout.",
    ]
    [recorded] = validations
    assert (recorded.notes, recorded.committee_id) == ("Le territoire porte le projet.", held.id)
