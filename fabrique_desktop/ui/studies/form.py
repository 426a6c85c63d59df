"""The opportunity study: its grid, its recommendation, and the validation decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from ...domain import choices
from ...domain.enums import OPEN_STUDY, DecisionKind, NeedStatus, StudyCriterion, StudyOutcome
from ...domain.models import Decision, OpportunityStudy
from ...domain.services import studies
from ..common import step_decisions
from ..common.buttons import without_mnemonic
from ..common.decision import set_possible
from ..common.fields import ChoiceField, DateField, LongTextField
from ..common.form import RecordForm
from ..common.grid import ScoreGrid
from ..session import Session


class StudyForm(RecordForm):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        add = self.fields.add
        add("started_on", self.tr("&Started on:"), DateField(self))
        staff = add("staff", self.tr("Followed b&y:"), ChoiceField(self, empty_label=""))
        staff.set_choices(choices.staff_members())
        self.grid = ScoreGrid(self.tr("Opportunity criteria"), StudyCriterion, self.fields, self)
        self.form.addRow(self.grid)
        recommendation = add(
            "recommendation", self.tr("&Recommendation:"), ChoiceField(self, empty_label="")
        )
        recommendation.set_enum(StudyOutcome)
        add("recommendation_text", self.tr("Reasons:"), LongTextField(self, lines=3))

        title = step_decisions.study_decision_title
        self.validate_button = self.add_action(
            title(StudyOutcome.FAVOURABLE), self.validate, "validate"
        )
        self.reject_button = self.add_action(
            title(StudyOutcome.UNFAVOURABLE), self.reject, "reject"
        )
        self.rework_button = self.add_action(title(StudyOutcome.REWORK), self.rework, "rework")
        self.project_button = self.add_action(
            self.tr("Open the project"), self.open_project, "open_project"
        )

        self.show_history()

    def decisions_about(self, study):
        return Decision.study == study

    def why_not_reverse_here(self, decision: Decision) -> str | None:
        if decision.kind is DecisionKind.STUDY_LAUNCHED:
            return self.tr(
                "Cancelling the launch removes this study: do it from the need's record."
            )
        return None

    def new_heading(self) -> str:
        return self.tr("Double-click a study in the list")

    def describe(self, study: OpportunityStudy) -> tuple[str, str]:
        return study.need.title, self.tr("Study: %1 · Need: %2").replace(
            "%1", study.status.label
        ).replace("%2", study.need.status.label)

    def values_of(self, study: OpportunityStudy) -> dict[str, Any]:
        values = {
            "started_on": study.started_on,
            "staff": study.staff_id,
            "recommendation": study.recommendation,
            "recommendation_text": study.recommendation_text,
        }
        return values | ScoreGrid.values_of(study.scores, StudyCriterion)

    def show_record(self, record) -> None:
        self.grid.update_total()
        editable = record is not None and record.status in OPEN_STUDY
        for editor in self.fields.editors.values():
            editor.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def persist(self, values: dict[str, Any]) -> OpportunityStudy:
        values["scores"] = self.grid.scores(values)
        return studies.update_study(self.record, values)

    def refresh_actions(self) -> None:
        study = self.record
        is_open = study is not None and study.status in OPEN_STUDY
        closed = self.tr("This study has already been decided.")
        gaps = " ".join(studies.study_gaps(study)) if is_open else closed
        set_possible(self.validate_button, is_open and not studies.study_gaps(study), gaps)
        set_possible(self.reject_button, is_open, closed)
        set_possible(self.rework_button, is_open, closed)
        validated = study is not None and study.need.status is NeedStatus.VALIDATED
        set_possible(
            self.project_button,
            validated,
            self.tr("A project opens only from a validated opportunity."),
        )

    def _decide(self, outcome: StudyOutcome) -> None:
        if not self.confirm_leave():
            return
        dialog = step_decisions.decide_on_study(self.record, outcome, self.session.staff, self)
        if dialog.exec():
            self.load(OpportunityStudy.get_by_id(self.record.id))
            self.saved.emit(self.record)

    def validate(self) -> None:
        if self.record.recommendation is StudyOutcome.UNFAVOURABLE:
            answer = QMessageBox.question(
                self,
                without_mnemonic(step_decisions.study_decision_title(StudyOutcome.FAVOURABLE)),
                self.tr(
                    "The study recommends « %1 ». Validate the opportunity all the same? "
                    "The reason will be asked and kept with the decision."
                ).replace("%1", StudyOutcome.UNFAVOURABLE.label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._decide(StudyOutcome.FAVOURABLE)

    def reject(self) -> None:
        self._decide(StudyOutcome.UNFAVOURABLE)

    def rework(self) -> None:
        self._decide(StudyOutcome.REWORK)

    def open_project(self) -> None:
        dialog = step_decisions.open_project(self.record.need, self.session.staff, self)
        if dialog.exec():
            self.load(OpportunityStudy.get_by_id(self.record.id))
            self.saved.emit(self.record)
