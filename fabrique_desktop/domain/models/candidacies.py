"""Step 3: a holder's candidacy for a project and its qualification grid."""

from __future__ import annotations

from peewee import DateField, ForeignKeyField, IntegerField, TextField
from playhouse.fields import EnumField

from ..enums import CandidacyStatus, ProjectStage, QualificationCriterion
from .base import SCORE_CHECK, BaseModel
from .holders import Holder
from .projects import Project


class Candidacy(BaseModel):
    """A holder's application to carry a project (Candidature)."""

    project = ForeignKeyField(Project, backref="candidacies", on_delete="CASCADE", index=False)
    # A holder's candidacies are their recruitment history: refuse to delete the holder.
    holder = ForeignKeyField(Holder, backref="candidacies", on_delete="RESTRICT", index=True)
    received_on = DateField(index=True)
    status = EnumField(CandidacyStatus, max_length=20, default=CandidacyStatus.RECEIVED)
    notes = TextField(default="")

    class Meta:
        indexes = (
            (("project", "holder"), True),
            # Candidacies awaiting a decision, oldest first, on the home screen (migration 0007).
            (("status", "received_on"), False),
        )

    @classmethod
    def undecided(cls):
        """A WHERE clause: candidacies a committee can still decide on — received, for a
        project still recruiting (the query joins Project)."""
        return (cls.status == CandidacyStatus.RECEIVED) & (Project.stage == ProjectStage.RECRUITING)


class CandidacyScore(BaseModel):
    """One criterion of a candidacy's qualification grid, scored 0 to 5 with a comment."""

    candidacy = ForeignKeyField(Candidacy, backref="scores", on_delete="CASCADE", index=False)
    criterion = EnumField(QualificationCriterion, max_length=30)
    score = IntegerField(null=True, constraints=[SCORE_CHECK])
    comment = TextField(default="")

    class Meta:
        indexes = ((("candidacy", "criterion"), True),)
