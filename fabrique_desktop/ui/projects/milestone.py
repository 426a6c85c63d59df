"""One support milestone, added to a project's plan or edited (its title, dates, notes)."""

from __future__ import annotations

from ...domain.models import Milestone, Project
from ...domain.services import milestones
from ..common.fields import DateField, LongTextField, TextField
from ..common.fields_dialog import FieldsDialog


class MilestoneDialog(FieldsDialog):
    """A new milestone of ``project`` (``milestone`` None), or the one given, to edit."""

    def __init__(self, project: Project, milestone: Milestone | None = None, parent=None):
        super().__init__(
            self.tr("New milestone")
            if milestone is None
            else self.tr("Milestone « %1 »").replace("%1", milestone.title),
            parent,
        )
        self.project = project
        self.milestone = milestone
        self.fields.add("title", self.tr("&Milestone:"), TextField(self))
        self.fields.add("planned_on", self.tr("&Planned on:"), DateField(self))
        self.fields.add("done_on", self.tr("&Done on:"), DateField(self, optional=True))
        self.fields.add("notes", self.tr("&Notes:"), LongTextField(self, lines=4))
        if milestone is not None:
            self.fields.fill({name: getattr(milestone, name) for name in self.fields.editors})
        self.setMinimumWidth(520)
        self.finish()

    def apply(self, values: dict) -> None:
        if self.milestone is None:
            milestones.add_milestone(self.project, values)
        else:
            milestones.update_milestone(Milestone.get_by_id(self.milestone.id), values)
