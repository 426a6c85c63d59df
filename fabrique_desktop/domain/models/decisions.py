"""Dated decisions: the only thing that moves a need, a study, a project or a candidacy."""

from __future__ import annotations

from peewee import SQL, DateField, ForeignKeyField, TextField
from playhouse.fields import EnumField

from ..enums import DecisionKind
from .base import BaseModel
from .candidacies import Candidacy
from .committees import AgendaItem, Committee
from .needs import Need, OpportunityStudy
from .projects import Project
from .reference import StaffMember


class Decision(BaseModel):
    """A decision: what, when, by which committee, recorded by whom, about which record.

    Decisions are history: the records they are about cannot be deleted (RESTRICT).
    """

    kind = EnumField(DecisionKind, max_length=30, index=True)
    decided_on = DateField(index=True)
    committee = ForeignKeyField(Committee, null=True, on_delete="RESTRICT", index=True)
    agenda_item = ForeignKeyField(AgendaItem, null=True, on_delete="RESTRICT", index=True)
    author = ForeignKeyField(StaffMember, on_delete="RESTRICT")
    need = ForeignKeyField(Need, null=True, on_delete="RESTRICT", index=True)
    study = ForeignKeyField(OpportunityStudy, null=True, on_delete="RESTRICT", index=True)
    project = ForeignKeyField(Project, null=True, on_delete="RESTRICT", index=True)
    candidacy = ForeignKeyField(Candidacy, null=True, on_delete="RESTRICT", index=True)
    notes = TextField(default="")
    # A reversal (DECISION_REVERSED) names the decision recorded by mistake; both stay.
    reverses = ForeignKeyField(
        "self", null=True, unique=True, on_delete="RESTRICT", backref="reversals"
    )

    class Meta:
        # The activity figures read the decisions of one kind over a period (0020), and
        # those of one need or project, of one kind, before a date (0025).
        indexes = (
            (("kind", "decided_on"), False),
            (("need", "kind", "decided_on"), False),
            (("project", "kind", "decided_on"), False),
        )
        constraints = [
            SQL(
                "CHECK (need_id IS NOT NULL OR study_id IS NOT NULL"
                " OR project_id IS NOT NULL OR candidacy_id IS NOT NULL)"
            )
        ]


# What a kind's decisions of a period are about, read from the index alone by the
# activity figures and the durations (0032); named, the generated name being too long
# for PostgreSQL.
Decision.add_index(
    Decision.index(
        Decision.kind,
        Decision.decided_on,
        Decision.need,
        Decision.study,
        Decision.project,
        Decision.candidacy,
        Decision.id,
        name="decision_kind_decided_on_subjects",
    )
)
