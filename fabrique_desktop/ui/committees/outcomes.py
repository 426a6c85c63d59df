"""After the meeting: one decision per agenda point, recorded together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AgendaOutcome
from ...domain.models import AgendaItem, Committee
from ...domain.services import committees
from ...domain.validation import ValidationError
from ..common.fields import ChoiceField, TextField
from ..common.fieldset import ERROR_STYLE, FieldSet
from ..common.plain import PlainLabel
from ..session import Session


class OutcomesDialog(QDialog):
    def __init__(self, committee: Committee, session: Session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the decisions"))
        self.committee = committee
        self.session = session
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "One decision per point. Each is dated on the day of the meeting and moves "
                "the need, study, candidacy or project it concerns."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        banner = PlainLabel(self)
        layout.addWidget(banner)
        self.fields = FieldSet(None, banner)  # the rows are laid out in the grid below
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(PlainLabel(self.tr("Point"), body), 0, 0)
        grid.addWidget(PlainLabel(self.tr("Decision"), body), 0, 1)
        grid.addWidget(PlainLabel(self.tr("Notes"), body), 0, 2)
        self.items = list(committee.agenda_items.order_by(AgendaItem.position))
        for index, item in enumerate(self.items):
            row = 2 * index + 1
            caption = PlainLabel(_caption(item), body)
            caption.setWordWrap(True)
            grid.addWidget(caption, row, 0)
            outcome = ChoiceField(body, empty_label="—")
            outcome.set_enum(AgendaOutcome)
            notes = TextField(body, max_length=5000)
            if item.outcome is not None:  # already recorded: shown, not editable
                outcome.set_value(item.outcome)
                notes.set_value(item.outcome_notes)
                outcome.setEnabled(False)
                notes.setEnabled(False)
            grid.addWidget(outcome, row, 1)
            grid.addWidget(notes, row, 2)
            message = PlainLabel(body)
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.hide()
            grid.addWidget(message, row + 1, 0, 1, 3)
            self.fields.register(f"items.{item.id}.outcome", outcome, message)
            self.fields.register(f"items.{item.id}.notes", notes, PlainLabel(body))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        # The rows keep their height under their headings; the room left stays below.
        grid.setRowStretch(2 * len(self.items) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        if any(item.outcome is None for item in self.items):
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                self,
            )
            buttons.accepted.connect(self.submit)
        else:  # nothing left to record: say so, and offer only to close
            if self.items:
                said = self.tr("Every point of this meeting is decided.")
            else:  # no blank grid under its headings: the sentence says why
                scroll.hide()
                said = self.tr(
                    "This meeting has no point on its agenda: add them on the committee's form."
                )
            done = PlainLabel(said, self)
            done.setObjectName("all_decided")
            layout.addWidget(done)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def outcomes(self) -> dict[str, dict]:
        values = self.fields.values()
        return {
            str(item.id): {
                "outcome": values[f"items.{item.id}.outcome"],
                "notes": values[f"items.{item.id}.notes"],
            }
            for item in self.items
            if item.outcome is None
        }

    def submit(self) -> None:
        try:
            committees.record_outcomes(self.committee, self.outcomes(), self.session.staff)
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return
        self.accept()


def _caption(item: AgendaItem) -> str:
    return f"{item.position}. {item.purpose.label} — {agenda_subject(item)}"


def agenda_subject(item: AgendaItem) -> str:
    """What an agenda point is about, in words."""
    if item.title:
        return item.title
    if item.need_id:
        return item.need.title
    if item.candidacy_id:
        return f"{item.candidacy.project.title} — {item.candidacy.holder.display_name}"
    if item.project_id:
        return item.project.title
    return ""
