"""Dialogs for a project's candidacies: record a new one, and fill its qualification grid."""

from __future__ import annotations

from ...domain import choices
from ...domain.enums import QualificationCriterion
from ...domain.models import Candidacy, Project
from ...domain.services import candidacies
from ..common.fields import ChoiceField, DateField, LongTextField
from ..common.fields_dialog import FieldsDialog
from ..common.grid import ScoreGrid


class NewCandidacyDialog(FieldsDialog):
    def __init__(self, project: Project, parent=None):
        super().__init__(self.tr("New candidacy"), parent)
        self.project = project
        holder = self.fields.add("holder", self.tr("&Holder:"), ChoiceField(self, empty_label=""))
        holder.set_choices(choices.holders())
        holder.make_searchable()
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
