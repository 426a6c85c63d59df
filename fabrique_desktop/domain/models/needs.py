"""Step 1 and 2 of the method: the fiche besoin and its opportunity study."""

from __future__ import annotations

from peewee import (
    SQL,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from ..enums import NeedSource, NeedStatus, Sector, StudyCriterion, StudyOutcome, StudyStatus
from .base import SCORE_CHECK, BaseModel
from .reference import Partner, StaffMember, Territory
from .sessions import CreativitySession


class Need(BaseModel):
    """A need or opportunity spotted on the territory (Besoin / opportunité)."""

    title = CharField(max_length=200)
    description = TextField(default="")
    territory = ForeignKeyField(Territory, on_delete="RESTRICT", index=True)
    sector = EnumField(Sector, max_length=30, index=True)
    source = EnumField(NeedSource, max_length=30)
    source_detail = CharField(max_length=200, default="")
    target_public = TextField(default="")
    existing_offer = TextField(default="")
    detected_on = DateField(index=True)
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)
    status = EnumField(NeedStatus, max_length=20, default=NeedStatus.DETECTED, index=True)
    # The session it came out of, when its source is a creativity session (0020).
    session = ForeignKeyField(
        CreativitySession, null=True, backref="needs", on_delete="SET NULL", index=True
    )

    class Meta:
        indexes = (
            # « Dernières modifications » on the home screen (migration 0005).
            (("updated_at",), False),
            # The activity figures read a period's needs, and what they group them by,
            # from this index alone (0032).
            (("detected_on", "id", "source", "sector", "territory", "staff"), False),
        )

    def __str__(self) -> str:
        return self.title


# Lists read in French alphabetical order from this index (migration 0016).
Need.add_index(SQL('CREATE INDEX "need_title_fr" ON "need" (fr_sort("title"), "id")'))


class NeedPartner(BaseModel):
    """A first partner involved in a need."""

    need = ForeignKeyField(Need, backref="partner_links", on_delete="CASCADE", index=False)
    partner = ForeignKeyField(Partner, backref="need_links", on_delete="CASCADE", index=True)

    class Meta:
        indexes = ((("need", "partner"), True),)


class OpportunityStudy(BaseModel):
    """The opportunity study of a need (Étude d'opportunité); one per need."""

    need = ForeignKeyField(Need, backref="studies", on_delete="CASCADE", unique=True)
    started_on = DateField(index=True)
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)
    recommendation = EnumField(StudyOutcome, max_length=20, null=True)
    recommendation_text = TextField(default="")
    status = EnumField(StudyStatus, max_length=20, default=StudyStatus.IN_PROGRESS)

    class Meta:
        indexes = (
            # Studies awaiting a decision, oldest first, on the home screen (migration 0007).
            (("status", "started_on"), False),
            # A study's need found from its id in the index alone: the durations (0032).
            (("id", "need"), False),
        )


class StudyScore(BaseModel):
    """One criterion of an opportunity study, scored 0 to 5 with a comment."""

    study = ForeignKeyField(OpportunityStudy, backref="scores", on_delete="CASCADE", index=False)
    criterion = EnumField(StudyCriterion, max_length=30)
    score = IntegerField(null=True, constraints=[SCORE_CHECK])
    comment = TextField(default="")

    class Meta:
        indexes = ((("study", "criterion"), True),)
