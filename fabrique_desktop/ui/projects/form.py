"""The project: its candidacies and selected holder, its support milestones with a
timeline, and its outcome (enterprise created or abandoned)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain import choices, french
from ...domain.enums import (
    CandidacyStatus,
    DecisionKind,
    ProjectStage,
    QualificationCriterion,
)
from ...domain.models import (
    Candidacy,
    CandidacyScore,
    Decision,
    Milestone,
    MilestoneTemplate,
    Project,
)
from ...domain.services import candidacies, milestones, projects
from ...domain.validation import RECORD, ValidationError
from ..common import plain, step_decisions
from ..common.colours import ALERT
from ..common.columns import FullTextTips, fit_columns, record_table
from ..common.decision import set_possible
from ..common.fields import ChoiceField, DateField, TextField
from ..common.fieldset import ERROR_STYLE
from ..common.form import RecordForm
from ..common.plain import PlainLabel
from ..session import Session
from .candidacy import GridDialog, NewCandidacyDialog
from .milestone import MilestoneDialog
from .timeline import Timeline

ENTERPRISE_FIELDS = ("enterprise_name", "legal_form", "siret", "created_on", "jobs_fte")


class ProjectForm(RecordForm):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        #: The plan's date editors, by milestone id, in the table's order.
        self.milestone_editors: dict[str, tuple[DateField, DateField]] = {}
        add = self.fields.add
        add("title", self.tr("&Title:"), TextField(self))
        staff = add("staff", self.tr("Followed b&y:"), ChoiceField(self, empty_label=""))
        staff.set_choices(choices.staff_members())
        for name, label, editor in step_decisions.enterprise_editors(self):
            add(name, label, editor)
        self.add_section(self._candidacy_box())
        self.add_section(self._milestone_box())
        self.created_button = self.add_action(
            self.tr("Declare the enterprise created"), self.declare_created, "declare_created"
        )
        self.abandon_button = self.add_action(self.tr("Abandon"), self.abandon, "abandon")
        self.follow_up_button = self.add_action(
            self.tr("Post-creation follow-up…"), self.record_follow_up, "follow_up"
        )

        self.show_attachments()
        self.show_history()

    def decisions_about(self, project):
        return Decision.project == project

    def why_not_reverse_here(self, decision: Decision) -> str | None:
        if decision.kind is DecisionKind.PROJECT_OPENED:
            return self.tr(
                "Cancelling the opening removes this project: do it from the need's record."
            )
        return None

    # -- layout --------------------------------------------------------------------------
    def _candidacy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Candidacies"), self)
        column = QVBoxLayout(box)
        self.candidacy_table = record_table(
            box,
            "candidacy_table",
            [self.tr("Holder"), self.tr("Received on"), self.tr("Grid"), self.tr("Status")],
        )
        fit_columns(self.candidacy_table, 0)
        self.candidacy_table.setMaximumHeight(130)
        self.candidacy_table.itemSelectionChanged.connect(self.refresh_actions)
        self.candidacy_table.itemActivated.connect(lambda _: self.edit_grid())
        column.addWidget(self.candidacy_table)
        row = QHBoxLayout()
        self.add_candidacy_button = self.add_button(
            row, self.tr("Add a candidacy…"), self.add_candidacy, "add_candidacy"
        )
        self.grid_button = self.add_button(
            row, self.tr("Qualification grid…"), self.edit_grid, "edit_grid"
        )
        row.addStretch()
        column.addLayout(row)
        # The ends of a candidacy on a row of their own: one row would not fit at 1366 px.
        row = QHBoxLayout()
        self.retain_button = self.add_button(
            row, self.tr("Retain this holder"), self.retain, "retain"
        )
        self.turn_down_button = self.add_button(
            row, self.tr("Not retained"), self.turn_down, "turn_down"
        )
        row.addStretch()
        self.withdraw_button = self.add_button(
            row, self.tr("Withdraw the candidacy"), self.withdraw, "withdraw"
        )
        column.addLayout(row)
        return box

    def _milestone_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Support milestones"), self)
        column = QVBoxLayout(box)
        plan = QHBoxLayout()
        self.template = ChoiceField(box)
        self.template.setObjectName("template")
        # A long template name must not widen the form past a 1366 px screen.
        self.template.setSizeAdjustPolicy(
            ChoiceField.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(8)
        self.template.set_choices(choices.milestone_templates())
        self.start = DateField(box)
        self.start.setObjectName("start")
        plan.addWidget(PlainLabel(self.tr("Plan:"), box))
        plan.addWidget(self.template, 1)
        plan.addWidget(PlainLabel(self.tr("from"), box))
        plan.addWidget(self.start)
        self.generate_button = self.add_button(
            plan, self.tr("Generate the milestones"), self.generate, "generate"
        )
        column.addLayout(plan)
        self.milestone_table = record_table(
            box,
            "milestone_table",
            [self.tr("Milestone"), self.tr("Planned on"), self.tr("Done on")],
        )
        self.milestone_table.setMinimumHeight(320)  # the standard plan's nine steps
        self.milestone_table.itemSelectionChanged.connect(self.refresh_actions)
        self.milestone_table.itemActivated.connect(lambda _: self.edit_milestone())
        self.milestone_table.setItemDelegate(FullTextTips(self.milestone_table))
        header = self.milestone_table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        picker_width = self.start.sizeHint().width() + 6
        for section in (1, 2):  # the date pickers keep their full width
            header.setSectionResizeMode(section, header.ResizeMode.Fixed)
            header.resizeSection(section, picker_width)
        column.addWidget(self.milestone_table)
        # The chosen milestone's notes, below the table: a column would squeeze the titles.
        self.milestone_notes = PlainLabel(box)
        self.milestone_notes.setObjectName("milestone_notes")
        self.milestone_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.milestone_notes.setWordWrap(True)
        self.milestone_notes.hide()
        column.addWidget(self.milestone_notes)
        row = QHBoxLayout()
        self.add_milestone_button = self.add_button(
            row, self.tr("Add a milestone…"), self.add_milestone, "add_milestone"
        )
        self.edit_milestone_button = self.add_button(
            row, self.tr("Edit the milestone…"), self.edit_milestone, "edit_milestone"
        )
        row.addStretch()
        self.remove_milestone_button = self.add_button(
            row, self.tr("Remove the milestone…"), self.remove_milestone, "remove_milestone"
        )
        column.addLayout(row)
        self.milestone_error = PlainLabel(box)
        self.milestone_error.setObjectName("milestone_error")
        self.milestone_error.setTextFormat(Qt.TextFormat.PlainText)
        self.milestone_error.setStyleSheet(ERROR_STYLE)
        self.milestone_error.setWordWrap(True)
        self.milestone_error.hide()
        column.addWidget(self.milestone_error)
        self.timeline = Timeline(box)
        column.addWidget(self.timeline)
        return box

    # -- record --------------------------------------------------------------------------
    def new_heading(self) -> str:
        return self.tr("Double-click a project in the list")

    def describe(self, project: Project) -> tuple[str, str]:
        holder = project.selected_holder.display_name if project.selected_holder else "—"
        status = (
            self.tr("Stage: %1 · Opened on %2 · Holder: %3\nFrom the need: %4 (%5)")
            .replace("%1", project.stage.label)
            .replace("%2", french.short_date(project.opened_on))
            .replace("%3", holder)
            .replace("%4", project.need.title)
            .replace("%5", project.need.territory.name)
        )
        return project.title, status

    def values_of(self, project: Project) -> dict[str, Any]:
        return self.stored_values(project)

    def persist(self, values: dict[str, Any]) -> Project:
        return projects.update_project(self.record, values)

    def show_record(self, record) -> None:
        created = record is not None and record.stage is ProjectStage.CREATED
        for name in ENTERPRISE_FIELDS:
            self.form.setRowVisible(self.fields.editors[name].parentWidget(), created)
        for name in ("title", "staff"):
            self.fields.editors[name].setEnabled(record is not None)
        self.save_button.setEnabled(record is not None)
        self.fill_candidacies()
        self.fill_milestones()

    def fill_candidacies(self) -> None:
        table = self.candidacy_table
        table.setRowCount(0)
        if self.record is None:
            return
        rows = list(
            Candidacy.select()
            .where(Candidacy.project == self.record)
            .order_by(Candidacy.received_on, Candidacy.id)  # same day: in the order received
        )
        for candidacy in rows:
            scored = (
                CandidacyScore.select()
                .where(
                    (CandidacyScore.candidacy == candidacy) & CandidacyScore.score.is_null(False)
                )
                .count()
            )
            row = table.rowCount()
            table.insertRow(row)
            cells = (
                candidacy.holder.display_name,
                french.short_date(candidacy.received_on),
                f"{scored}/{len(QualificationCriterion)}",
                candidacy.status.label,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(candidacy.id))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def fill_milestones(self) -> None:
        table = self.milestone_table
        table.setRowCount(0)
        self.milestone_editors.clear()
        self.milestone_error.hide()
        if self.record is None:
            self.timeline.set_milestones([])
            return
        rows = list(self.record.milestones.order_by(Milestone.position))
        today = dt.date.today()
        for milestone in rows:
            row = table.rowCount()
            table.insertRow(row)
            title = QTableWidgetItem(milestone.title)
            title.setData(Qt.ItemDataRole.UserRole, str(milestone.id))
            if milestones.is_late(milestone, today):
                title.setForeground(QBrush(ALERT))
                title.setToolTip(
                    self.tr("Late: planned on %1").replace(
                        "%1", french.short_date(milestone.planned_on)
                    )
                )
            table.setItem(row, 0, title)
            planned = DateField(table)
            planned.set_value(milestone.planned_on)
            done = DateField(table, optional=True)
            done.set_value(milestone.done_on)
            for column, editor, name in ((1, planned, "planned_on"), (2, done, "done_on")):
                editor.setObjectName(f"{name}_{row}")
                # Saved with the rest of the form by « Enregistrer », as every field.
                editor.changed.connect(self.track_dirty)
                table.setCellWidget(row, column, editor)
            self.milestone_editors[str(milestone.id)] = (planned, done)
        self.timeline.set_milestones(rows)

    def gathered(self) -> dict[str, Any]:
        dates = {
            milestone_id: {"planned_on": planned.value(), "done_on": done.value()}
            for milestone_id, (planned, done) in self.milestone_editors.items()
        }
        return super().gathered() | {"milestones": dates}

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refused date stays as typed, in red, its reason as its tooltip and under the
        table; the other messages go beside their fields."""
        own = {key: text for key, text in errors.items() if key.startswith("milestones.")}
        super().show_errors({key: text for key, text in errors.items() if key not in own})
        lines = []
        for row, (milestone_id, (planned, done)) in enumerate(self.milestone_editors.items()):
            title = self.milestone_table.item(row, 0).text()
            for name, editor in (("planned_on", planned), ("done_on", done)):
                message = own.get(f"milestones.{milestone_id}.{name}", "")
                if message:
                    message = f"{title} : {message}"
                    lines.append(message)
                editor.setStyleSheet(ERROR_STYLE if message else "")
                editor.setToolTip(message)
        self.milestone_error.setText("\n".join(lines))
        self.milestone_error.setVisible(bool(lines))
        if lines and not (errors.keys() - own.keys()):  # no field above to focus
            self.scroll.ensureWidgetVisible(self.milestone_error)

    def forbid_writes(self) -> None:
        super().forbid_writes()
        for editors in self.milestone_editors.values():
            for editor in editors:
                editor.setReadOnly(True)

    # -- actions -------------------------------------------------------------------------
    def selected_candidacy(self) -> Candidacy | None:
        items = self.candidacy_table.selectedItems()
        if not items:
            return None
        return Candidacy.get_by_id(items[0].data(Qt.ItemDataRole.UserRole))

    def selected_milestone(self) -> Milestone | None:
        item = self.milestone_table.item(self.milestone_table.currentRow(), 0)
        if item is None or not self.milestone_table.selectedItems():
            return None
        return Milestone.get_or_none(Milestone.id == item.data(Qt.ItemDataRole.UserRole))

    def refresh_actions(self) -> None:
        project = self.record
        stage = project.stage if project is not None else None
        recruiting = stage is ProjectStage.RECRUITING
        candidacy = self.selected_candidacy() if project is not None else None
        received = candidacy is not None and candidacy.status is CandidacyStatus.RECEIVED
        set_possible(
            self.add_candidacy_button, recruiting, self.tr("The project no longer recruits.")
        )
        set_possible(self.grid_button, received, self.tr("Choose an undecided candidacy."))
        gaps = " ".join(candidacies.candidacy_gaps(candidacy)) if received else ""
        set_possible(
            self.retain_button,
            recruiting and received and not gaps,
            gaps or self.tr("Choose an undecided candidacy of a project looking for its holder."),
        )
        set_possible(self.turn_down_button, received, self.tr("Choose an undecided candidacy."))
        set_possible(self.withdraw_button, received, self.tr("Choose an undecided candidacy."))
        set_possible(
            self.follow_up_button,
            stage is ProjectStage.CREATED,
            self.tr("Only a created enterprise is followed up."),
        )
        support = stage is ProjectStage.SUPPORT
        milestone = self.selected_milestone() if project is not None else None
        notes = milestone.notes if milestone is not None else ""
        self.milestone_notes.setText(self.tr("Notes: %1").replace("%1", notes))
        self.milestone_notes.setVisible(bool(notes))
        set_possible(
            self.add_milestone_button,
            support,
            self.tr("Milestones are added and removed during the support."),
        )
        set_possible(
            self.edit_milestone_button, milestone is not None, self.tr("Choose a milestone.")
        )
        set_possible(
            self.remove_milestone_button,
            support and milestone is not None,
            self.tr("Choose a milestone of a project in support.")
            if milestone is None
            else self.tr("Milestones are added and removed during the support."),
        )
        has_milestones = project is not None and project.milestones.exists()
        set_possible(
            self.generate_button,
            support and not has_milestones,
            self.tr("Milestones are planned once the holder is retained, and only once."),
        )
        set_possible(
            self.created_button,
            support,
            self.tr("Only a supported project can lead to an enterprise."),
        )
        set_possible(
            self.abandon_button, stage in projects.ACTIVE_STAGES, self.tr("This project is closed.")
        )

    def _reload(self) -> None:
        self.load(Project.get_by_id(self.record.id))
        self.saved.emit(self.record)

    def add_candidacy(self) -> None:
        if NewCandidacyDialog(self.record, self).exec():
            self._reload()

    def edit_grid(self) -> None:
        candidacy = self.selected_candidacy()
        received = candidacy is not None and candidacy.status is CandidacyStatus.RECEIVED
        if received and GridDialog(candidacy, self).exec():
            self._reload()

    def _decide_candidacy(self, retained: bool) -> None:
        candidacy = self.selected_candidacy()
        staff = self.session.staff
        if step_decisions.decide_on_candidacy(candidacy, retained, staff, self).exec():
            self._reload()

    def retain(self) -> None:
        self._decide_candidacy(True)

    def turn_down(self) -> None:
        self._decide_candidacy(False)

    def withdraw(self) -> None:
        """The holder withdraws: a dated record with its reason, no committee."""
        candidacy = self.selected_candidacy()
        if candidacy is None or not self.confirm_leave():
            return
        if step_decisions.withdraw_candidacy(candidacy, self.session.staff, self).exec():
            self._reload()

    def add_milestone(self) -> None:
        if self.confirm_leave() and MilestoneDialog(self.record, parent=self).exec():
            self._reload()

    def edit_milestone(self) -> None:
        milestone = self.selected_milestone()
        if milestone is None or not self.confirm_leave():
            return
        if MilestoneDialog(self.record, milestone, self).exec():
            self._reload()

    def remove_milestone(self) -> None:
        """Remove one milestone after a question that says what goes with it."""
        milestone = self.selected_milestone()
        if milestone is None or not self.confirm_leave():
            return
        what = (
            self.tr("« %1 », planned on %2")
            .replace("%1", milestone.title)
            .replace("%2", french.short_date(milestone.planned_on))
        )
        if milestone.done_on is not None:
            what = (
                self.tr("%1 and done on %2")
                .replace("%1", what)
                .replace("%2", french.short_date(milestone.done_on))
            )
        question = plain.message_box(
            QMessageBox.Icon.Question,
            self,
            self.tr("Remove the milestone"),
            self.tr(
                "Remove the milestone %1? Its dates and notes are deleted; the other "
                "milestones stay as they are."
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if question.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            milestones.delete_milestone(milestone)
        except ValidationError as refused:
            self.milestone_error.setText(refused.errors.get(RECORD, ""))
            self.milestone_error.show()
            return
        self._reload()

    def generate(self) -> None:
        template = MilestoneTemplate.get_by_id(self.template.value())
        try:
            milestones.generate_milestones(self.record, template, self.start.value())
        except ValidationError as refused:
            self.milestone_error.setText(refused.errors.get(RECORD, ""))
            self.milestone_error.show()
            return
        self._reload()

    def record_follow_up(self) -> None:
        """The next follow-up planned (1 or 3 years), or one more: shown in the history."""
        from .follow_up import FollowUpDialog

        if self.confirm_leave() and FollowUpDialog(self.record, self).exec():
            self.load(self.record)

    def declare_created(self) -> None:
        if not self.confirm_leave():
            return
        dialog = step_decisions.declare_enterprise_created(self.record, self.session.staff, self)
        if dialog.exec():
            self._reload()

    def abandon(self) -> None:
        if not self.confirm_leave():
            return
        if step_decisions.abandon_project(self.record, self.session.staff, self).exec():
            self._reload()
