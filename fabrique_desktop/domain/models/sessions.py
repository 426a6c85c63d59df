"""Step 1's creativity sessions (Séances de créativité): where needs come from."""

from __future__ import annotations

from peewee import SQL, CharField, DateField, ForeignKeyField, IntegerField, TextField

from .base import BaseModel
from .reference import Partner, StaffMember, Territory


class CreativitySession(BaseModel):
    """A creativity session with partners and inhabitants (Séance de créativité)."""

    held_on = DateField(index=True)
    place = CharField(max_length=200, default="")
    territory = ForeignKeyField(Territory, on_delete="RESTRICT", index=True)
    participants = IntegerField(default=0, constraints=[SQL("CHECK (participants >= 0)")])
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)
    notes = TextField(default="")

    def __str__(self) -> str:
        return f"{self.held_on:%d/%m/%Y} — {self.place or self.territory.name}"


class SessionPartner(BaseModel):
    """A partner who took part in a creativity session."""

    session = ForeignKeyField(
        CreativitySession, backref="partner_links", on_delete="CASCADE", index=False
    )
    partner = ForeignKeyField(Partner, backref="session_links", on_delete="CASCADE", index=True)

    class Meta:
        indexes = ((("session", "partner"), True),)
