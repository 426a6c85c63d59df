"""Steps 3 and 4: the social-enterprise project, its support milestones and their templates."""

from __future__ import annotations

from peewee import (
    SQL,
    CharField,
    DateField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from ..enums import EnterpriseHealth, LegalForm, ProjectStage
from .base import BaseModel
from .holders import Holder
from .needs import Need
from .reference import StaffMember


class Project(BaseModel):
    """A social-enterprise project opened from a validated need (Projet d'entreprise sociale)."""

    need = ForeignKeyField(Need, backref="projects", on_delete="RESTRICT", unique=True)
    title = CharField(max_length=200)
    stage = EnumField(ProjectStage, max_length=20, default=ProjectStage.RECRUITING)
    opened_on = DateField(index=True)
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)
    # Set only by retaining a candidacy; a holder with a project cannot be deleted.
    selected_holder = ForeignKeyField(Holder, null=True, on_delete="RESTRICT", index=True)
    enterprise_name = CharField(max_length=200, default="")
    legal_form = EnumField(LegalForm, max_length=20, null=True)
    siret = CharField(max_length=14, default="")
    created_on = DateField(null=True)
    jobs_fte = FloatField(null=True)
    closed_on = DateField(null=True)

    class Meta:
        indexes = (
            # « Dernières modifications » on the home screen (migration 0005).
            (("updated_at",), False),
            # Late milestones skip other stages' projects in the index alone (0007).
            (("stage", "id"), False),
            # Enterprises created over a period, for the activity figures (0020).
            (("stage", "created_on"), False),
            # A project's need found from its id in the index alone: the durations (0032).
            (("id", "need"), False),
        )

    def __str__(self) -> str:
        return self.title


# Lists read in French alphabetical order from this index (migration 0016).
Project.add_index(SQL('CREATE INDEX "project_title_fr" ON "project" (fr_sort("title"), "id")'))


class MilestoneTemplate(BaseModel):
    """A reusable support plan: named steps with day offsets from a start date."""

    name = CharField(max_length=120, unique=True)


class MilestoneTemplateStep(BaseModel):
    template = ForeignKeyField(MilestoneTemplate, backref="steps", on_delete="CASCADE", index=False)
    position = IntegerField()
    title = CharField(max_length=200)
    offset_days = IntegerField()

    class Meta:
        indexes = ((("template", "position"), True),)


class Milestone(BaseModel):
    """A support milestone (Jalon d'accompagnement): planned and done dates."""

    project = ForeignKeyField(Project, backref="milestones", on_delete="CASCADE", index=False)
    position = IntegerField()
    title = CharField(max_length=200)
    planned_on = DateField(index=True)
    done_on = DateField(null=True, index=True)
    notes = TextField(default="")

    class Meta:
        indexes = (
            (("project", "position"), False),
            # Late milestones on the home screen (migrations 0006, 0007).
            (("done_on", "planned_on", "project"), False),
        )


class FollowUp(BaseModel):
    """A post-creation follow-up of an enterprise (Suivi post-création).

    The 1- and 3-year ones are planned when the creation is recorded (``years`` set,
    ``planned_on`` its anniversary); a follow-up is done once ``observed_on`` and the
    health seen that day are filled, with the jobs (FTE) at that date.
    """

    project = ForeignKeyField(Project, backref="follow_ups", on_delete="CASCADE", index=False)
    years = IntegerField(null=True)
    planned_on = DateField(null=True)
    observed_on = DateField(null=True)
    health = EnumField(EnterpriseHealth, max_length=20, null=True)
    jobs_fte = FloatField(null=True)
    comment = TextField(default="")

    class Meta:
        indexes = (
            (("project", "observed_on"), False),
            # Follow-ups due on the home screen.
            (("observed_on", "planned_on"), False),
        )
        constraints = [SQL("CHECK ((observed_on IS NULL) = (health IS NULL))")]
