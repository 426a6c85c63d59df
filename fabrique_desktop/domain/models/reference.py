"""The people and places every record points at: communes, staff, partners, committee kinds."""

from __future__ import annotations

from peewee import SQL, BooleanField, CharField, ForeignKeyField, IntegerField, TextField
from playhouse.fields import EnumField

from ..enums import Organisation, PartnerKind
from .base import BaseModel


class Territory(BaseModel):
    """A commune of the Fabrique's area (Territoire / commune).

    A commune no longer worked in is retired (``active`` off), never deleted while a
    record uses it: it leaves the pick lists, the records keep it.
    """

    name = CharField(max_length=120)
    insee_code = CharField(max_length=5, unique=True)
    postal_code = CharField(max_length=5)
    department = CharField(max_length=3, default="")
    population = IntegerField(null=True)
    active = BooleanField(default=True, index=True)
    # Set by the staff (0020): the official list of priority neighbourhoods is not in
    # the commune dataset; funders ask for the figures of these areas.
    priority_area = BooleanField(default=False)
    rural_area = BooleanField(default=False)

    def __str__(self) -> str:
        return self.name


class StaffMember(BaseModel):
    """A chargé·e de mission; the author of decisions and changes."""

    name = CharField(max_length=120)
    organisation = EnumField(Organisation, max_length=20)
    organisation_other = CharField(max_length=120, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=30, default="")
    active = BooleanField(default=True, index=True)
    #: The PostgreSQL role this person connects with to a server (migration 0028).
    login = CharField(max_length=63, default="")

    def __str__(self) -> str:
        return self.name


class Partner(BaseModel):
    """An actor of the network (Acteur du réseau): authority, funder, expert, ESS body."""

    name = CharField(max_length=200, index=True)
    kind = EnumField(PartnerKind, max_length=30, index=True)
    contact_name = CharField(max_length=120, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=30, default="")
    territory = ForeignKeyField(Territory, null=True, on_delete="SET NULL", index=True)
    notes = TextField(default="")

    def __str__(self) -> str:
        return self.name


# Lists read in French alphabetical order from this index (migration 0016).
# One staff member per server role; empty (a file) is no role (migration 0028).
StaffMember.add_index(
    SQL(
        'CREATE UNIQUE INDEX "staff_member_login" ON "staff_member" ("login") WHERE "login" <> \'\''
    )
)
Partner.add_index(SQL('CREATE INDEX "partner_name_fr" ON "partner" (fr_sort("name"), "id")'))


class CommitteeKind(BaseModel):
    """An editable kind of committee (comité de pilotage, d'engagement, de sélection…)."""

    name = CharField(max_length=120, unique=True)

    def __str__(self) -> str:
        return self.name
