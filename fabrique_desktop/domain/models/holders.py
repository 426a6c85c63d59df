"""Step 3: project holders (a person or an existing organisation) and their candidacies."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, TextField, fn
from playhouse.fields import EnumField

from ..enums import (
    ConsentBasis,
    HolderKind,
    RecruitmentSource,
)
from .base import BaseModel
from .reference import Territory


class Holder(BaseModel):
    """A project holder (Porteur de projet)."""

    kind = EnumField(HolderKind, max_length=20)
    first_name = CharField(max_length=100, default="")
    last_name = CharField(max_length=100, default="", index=True)
    organisation_name = CharField(max_length=200, default="", index=True)
    siret = CharField(max_length=14, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=30, default="")
    address = TextField(default="")
    territory = ForeignKeyField(Territory, null=True, on_delete="SET NULL", index=True)
    recruitment_source = EnumField(RecruitmentSource, max_length=30)
    consent_basis = EnumField(ConsentBasis, max_length=30, null=True)
    consent_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        # « Dernières modifications » on the home screen (migration 0005).
        indexes = ((("updated_at",), False),)

    @classmethod
    def name_expression(cls):
        """The display name computed in SQL, for lists and sorting."""
        return fn.TRIM(
            cls.organisation_name.concat(" ")
            .concat(cls.first_name)
            .concat(" ")
            .concat(cls.last_name)
        )

    @property
    def display_name(self) -> str:
        if self.kind == HolderKind.ORGANISATION:
            return self.organisation_name
        return f"{self.first_name} {self.last_name}".strip()

    def __str__(self) -> str:
        return self.display_name
