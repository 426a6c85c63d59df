"""A post-creation follow-up of an enterprise: the next one planned (at 1 or 3 years)
when one is due, otherwise one more, outside the plan."""

from __future__ import annotations

from ...domain.enums import EnterpriseHealth
from ...domain.models import FollowUp, Project
from ...domain.services import follow_ups
from ..common.fields import ChoiceField, DateField, LongTextField, NumberField
from ..common.fields_dialog import FieldsDialog


def next_planned(project: Project) -> FollowUp | None:
    """The earliest planned follow-up not done yet."""
    return (
        FollowUp.select()
        .where((FollowUp.project == project) & FollowUp.observed_on.is_null())
        .order_by(FollowUp.planned_on)
        .first()
    )


class FollowUpDialog(FieldsDialog):
    def __init__(self, project: Project, parent=None):
        self.project = project
        self.follow_up = next_planned(project)
        if self.follow_up is None:
            title = self.tr("Post-creation follow-up")
        else:
            title = self.tr(
                "Follow-up at %n year(s), planned on %2", "", self.follow_up.years
            ).replace("%2", f"{self.follow_up.planned_on:%d/%m/%Y}")
        super().__init__(title, parent)
        self.fields.add("observed_on", self.tr("&Seen on:"), DateField(self))
        health = self.fields.add("health", self.tr("&Enterprise:"), ChoiceField(self, ""))
        health.set_enum(EnterpriseHealth)
        self.fields.add("jobs_fte", self.tr("&Jobs (FTE) then:"), NumberField(self))
        self.fields.add("comment", self.tr("&Comment:"), LongTextField(self, lines=4))
        self.setMinimumWidth(480)
        self.finish()

    def apply(self, values: dict) -> None:
        if self.follow_up is None:
            follow_ups.add_follow_up(self.project, values)
        else:
            follow_ups.record_follow_up(self.follow_up, values)
