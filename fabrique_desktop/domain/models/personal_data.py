"""The RGPD's own records: the register of requests, the erasures done, and the flags
(opposition or restriction, retention extended) set on a person.

A person lives in one of three tables (holder, partner, staff member): these records
name them by kind and key rather than by a foreign key to one table.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
    UUIDField,
)
from playhouse.fields import EnumField

from ..enums import PersonKind, RequestKind
from .base import BaseModel
from .reference import StaffMember


class PersonalDataRequest(BaseModel):
    """A request from a person about their data (Demande RGPD), kept in the register."""

    person_kind = EnumField(PersonKind, max_length=20)
    person_id = UUIDField(index=True)
    # The name at the time of the request; replaced by the neutral mention on erasure.
    person_label = CharField(max_length=200)
    kind = EnumField(RequestKind, max_length=20)
    received_on = DateField(index=True)
    extended_months = IntegerField(default=0)
    extension_reason = TextField(default="")
    answered_on = DateField(null=True, index=True)
    action_taken = TextField(default="")
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)


class PersonalDataErasure(BaseModel):
    """An erasure done: when (``created_at``), by whom, under which request, of which
    record and with which mention — never what was erased."""

    person_kind = EnumField(PersonKind, max_length=20)
    person_id = UUIDField(unique=True)
    number = IntegerField()
    staff = ForeignKeyField(StaffMember, null=True, on_delete="SET NULL", index=True)
    request = ForeignKeyField(PersonalDataRequest, null=True, on_delete="SET NULL", index=True)
    # The newest backup still holding the person, kept until the rotation drops it.
    backups_until = DateField(null=True)
    backups_purged = BooleanField(default=False)

    class Meta:
        indexes = ((("person_kind", "number"), True),)


class PersonalDataFlag(BaseModel):
    """What the Fabrique decided about one person: opposition or restriction (kept out of
    dossiers, exports and lists), or a retention extended past its period with a reason."""

    person_kind = EnumField(PersonKind, max_length=20)
    person_id = UUIDField(unique=True)
    restricted = BooleanField(default=False)
    restricted_on = DateField(null=True)
    restricted_reason = TextField(default="")
    kept_until = DateField(null=True)
    kept_reason = TextField(default="")

    class Meta:
        # « Who is restricted? », asked by every list (migration 0019).
        indexes = ((("restricted", "person_id"), False),)
