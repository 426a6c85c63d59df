"""Dialogs for a project's candidacies: record a new one, and fill its qualification grid."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import choices
from ...domain.enums import QualificationCriterion
from ...domain.models import Candidacy, Project
from ...domain.services import candidacies
from ...domain.validation import ValidationError
from ..common.fields import ChoiceField, DateField, LongTextField
from ..common.fieldset import FieldSet
from ..common.grid import ScoreGrid
from ..common.screen_fit import available_area


class FieldsDialog(QDialog):
    """A dialog of labelled fields whose Save calls a domain service (``apply``)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        # The fields scroll, the buttons stay: a grid is taller than a laptop at 150 %.
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        banner = QLabel(body)
        column.addWidget(banner)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.fields = FieldSet(self.form, banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = layout

    def finish(self) -> None:
        self.body.addWidget(self.buttons)
        # As tall as the fields where the screen allows: a scroll area alone asks little.
        fields = self.scroll.widget().sizeHint().height() + 2
        self.scroll.setMinimumHeight(min(fields, available_area(self).height() * 2 // 3))

    def submit(self) -> None:
        try:
            self.apply(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return
        self.accept()

    def apply(self, values: dict) -> None:
        raise NotImplementedError


class NewCandidacyDialog(FieldsDialog):
    def __init__(self, project: Project, parent=None):
        super().__init__(self.tr("New candidacy"), parent)
        self.project = project
        holder = self.fields.add("holder", self.tr("&Holder:"), ChoiceField(self, empty_label=""))
        holder.set_choices(choices.holders())
        self.fields.add("received_on", self.tr("&Received on:"), DateField(self))
        self.fields.add("notes", self.tr("&Notes:"), LongTextField(self, lines=3))
        self.finish()

    def apply(self, values: dict) -> None:
        candidacies.create_candidacy(self.project, values)


class GridDialog(FieldsDialog):
    """The qualification grid of one candidacy."""

    def __init__(self, candidacy: Candidacy, parent=None):
        super().__init__(
            self.tr("Qualification of %1").replace("%1", candidacy.holder.display_name), parent
        )
        self.candidacy = candidacy
        self.fields.add("received_on", self.tr("&Received on:"), DateField(self))
        self.fields.add("notes", self.tr("&Notes:"), LongTextField(self, lines=2))
        self.grid = ScoreGrid(
            self.tr("Qualification grid"), QualificationCriterion, self.fields, self
        )
        self.form.addRow(self.grid)
        self.fields.fill(
            {"received_on": candidacy.received_on, "notes": candidacy.notes}
            | ScoreGrid.values_of(candidacy.scores, QualificationCriterion)
        )
        self.grid.update_total()
        self.setMinimumWidth(640)
        self.finish()

    def apply(self, values: dict) -> None:
        values["scores"] = self.grid.scores(values)
        candidacies.update_candidacy(self.candidacy, values)
