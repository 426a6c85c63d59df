"""Committee meetings, their members and their agenda."""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)
from playhouse.fields import EnumField

from ..enums import AgendaOutcome, AgendaPurpose, Attendance
from .base import BaseModel
from .candidacies import Candidacy
from .needs import Need
from .projects import Project
from .reference import CommitteeKind, Partner, StaffMember


class Committee(BaseModel):
    """A committee meeting (Comité): kind, date, time, place."""

    kind = ForeignKeyField(CommitteeKind, on_delete="RESTRICT", index=True)
    meeting_on = DateField(index=True)
    starts_at = TimeField(null=True)
    place = CharField(max_length=200, default="")
    notes = TextField(default="")


#: What the committee form saved, until 2026-11, for a time nobody typed: no meeting
#: starts at midnight, so it means « no time » (never printed « à 0 h 00 »).
_UNTYPED_TIME = dt.time(0, 0)


def meeting_time(starts_at: dt.time | None) -> dt.time | None:
    """A committee's starting time as typed by the user, or None when none was."""
    return None if starts_at == _UNTYPED_TIME else starts_at


class CommitteeMember(BaseModel):
    """A member of a committee meeting: a partner or a staff member, never both.

    Convened members are the meeting's; a guest (``convened`` false) was not convened
    but came. ``attendance`` is recorded after the meeting (None: not yet)."""

    committee = ForeignKeyField(Committee, backref="members", on_delete="CASCADE")
    partner = ForeignKeyField(Partner, null=True, on_delete="CASCADE", index=True)
    staff = ForeignKeyField(StaffMember, null=True, on_delete="CASCADE", index=True)
    convened = BooleanField(default=True)
    attendance = EnumField(Attendance, max_length=20, null=True)

    class Meta:
        constraints = [SQL("CHECK ((partner_id IS NULL) <> (staff_id IS NULL))")]


class AgendaItem(BaseModel):
    """An item of a committee's agenda (Point de l'ordre du jour).

    It points at the need, project or candidacy it is about, or at nothing for
    information; records on an agenda cannot be deleted (RESTRICT).
    """

    committee = ForeignKeyField(Committee, backref="agenda_items", on_delete="CASCADE", index=False)
    position = IntegerField()
    purpose = EnumField(AgendaPurpose, max_length=30)
    need = ForeignKeyField(Need, null=True, on_delete="RESTRICT", index=True)
    project = ForeignKeyField(Project, null=True, on_delete="RESTRICT", index=True)
    candidacy = ForeignKeyField(Candidacy, null=True, on_delete="RESTRICT", index=True)
    title = CharField(max_length=200, default="")
    notes = TextField(default="")
    # Filled after the meeting; the dated Decision records are the authority.
    outcome = EnumField(AgendaOutcome, max_length=20, null=True)
    outcome_notes = TextField(default="")

    class Meta:
        indexes = ((("committee", "position"), False),)
