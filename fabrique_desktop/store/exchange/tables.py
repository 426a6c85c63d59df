"""The exchange's bookkeeping tables (migration 0022) as peewee models.

Queries go through peewee rather than hand-written SQL so that the same code runs on
the PostgreSQL server mode: nothing here relies on SQLite's own machinery.
"""

from __future__ import annotations

from peewee import AutoField, IntegerField, Model, TextField

from ...domain.models import database


class _Table(Model):
    class Meta:
        database = database


class ExchangeSetting(_Table):
    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "exchange_setting"


class ExchangeOffice(_Table):
    """A partner office: what is shared with it, what it has acknowledged holding."""

    id = TextField(primary_key=True)
    name = TextField()
    structure = TextField()
    sharing = TextField()
    knows = TextField()  # JSON {office of origin: highest sequence number held}
    last_received_at = TextField(null=True)
    last_sent_at = TextField(null=True)

    class Meta:
        table_name = "exchange_office"


class ExchangeChange(_Table):
    """One change numbered by its office of origin; ``deps`` is what that office had
    seen when it made it (JSON {office: sequence number})."""

    position = AutoField()
    origin = TextField()
    seq = IntegerField()
    deps = TextField()
    at = TextField()
    staff_id = TextField(null=True)
    action = TextField()
    table_name = TextField()
    record_id = TextField()
    changes = TextField()  # JSON {column: value}: the new values only

    class Meta:
        table_name = "exchange_change"


class ExchangeTombstone(_Table):
    """A deleted record, which no change arriving later brings back. (Which change last
    set each field, ``exchange_version``, is read and written by hand-written SQL on the
    per-change path: see ``journal``.)"""

    table_name = TextField()
    record_id = TextField()
    origin = TextField()
    seq = IntegerField()

    class Meta:
        table_name = "exchange_tombstone"
        primary_key = False


class ExchangeConflict(_Table):
    """What a person must decide: two values of one field (``kind`` = ``field``), or a
    change this file's rules refused on arrival (``kind`` = ``refused``)."""

    id = AutoField()
    kind = TextField()
    table_name = TextField()
    record_id = TextField()
    field = TextField()
    mine = TextField(null=True)  # JSON
    mine_staff_id = TextField(null=True)
    mine_at = TextField(null=True)
    theirs = TextField(null=True)  # JSON
    theirs_origin = TextField()
    theirs_seq = IntegerField()
    theirs_staff_id = TextField(null=True)
    theirs_at = TextField()
    message = TextField()
    detected_at = TextField()
    resolved_at = TextField(null=True)
    resolution = TextField(null=True)  # JSON

    class Meta:
        table_name = "exchange_conflict"
