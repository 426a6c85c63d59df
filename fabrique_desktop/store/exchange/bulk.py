"""Received creations written many at a time: what makes a first envoi (a whole file,
one creation per record) fast to receive.

Applying changes one by one costs five statements each (keep the change, look the
record up, a savepoint, the insert, its release). Consecutive creations of records this
file does not hold, by one author, are instead gathered into a :class:`Batch` and
written with one ``executemany`` per table, in one savepoint. Whatever the batch cannot
vouch for goes the careful way: an update, a deletion, a record this file may hold, or
a batch the file's rules refuse as a whole (a dangling reference, a duplicate…, or a
services' rule re-checked on arrival), whose changes are then replayed one by one so
that each refusal becomes its own conflict.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from peewee import BooleanField, IntegrityError

from ...domain.models import database
from .. import history
from . import journal, rules
from .arrival import broken_rule

#: Creations gathered before they are written (bounds the memory a batch holds).
MAX_BATCH = 20_000


def insert_statement(
    change: journal.Change, attachments: dict[str, bytes]
) -> tuple[str, list[Any]]:
    """The INSERT creating ``change``'s record, and its parameters."""
    return _statement(change.table, database.param), _values(change, attachments)


def _values(change: journal.Change, attachments: dict[str, bytes]) -> list[Any]:
    """Every column of ``change``'s new record; those the change leaves out (empty in
    the sender's history, or not shared) empty."""
    key = rules.key_column(change.table)
    values: list[Any] = []
    for name, model_field in rules.columns(change.table).items():
        if name == key:
            values.append(change.record_id)
        elif name == "content":
            values.append(attachments.get(change.changes.get("sha256", ""), b""))
        elif name == "updated_at":
            values.append(change.at)
        elif name == "created_at":
            values.append(change.changes.get(name, change.at))
        else:
            value = change.changes.get(name, None if model_field.null else "")
            values.append(stored(model_field, value))
    return values


def stored(model_field, value: Any) -> Any:
    """``value`` as the column takes it on either backend: the history and the envoi
    write booleans as 0 and 1, which PostgreSQL's boolean columns refuse."""
    if value is not None and isinstance(model_field, BooleanField):
        return bool(value)
    return value


@functools.cache
def _statement(table: str, param: str) -> str:
    names = list(rules.columns(table))
    quoted = ", ".join(f'"{name}"' for name in names)
    placeholders = ", ".join([param] * len(names))
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({placeholders})'


class Batch:
    """Received creations waiting to be written together (see the module's docstring)."""

    def __init__(self, attachments: dict[str, bytes]):
        self._attachments = attachments
        self._changes: list[journal.Change] = []
        self._keys: set[tuple[str, str]] = set()
        #: Per table, the keys this file may hold: read once, then only ever added to
        #: (a key wrongly thought present merely sends its creation the careful way).
        self._present: dict[str, set[str]] = {}

    def takes(self, change: journal.Change, deleted: set[tuple[str, str]]) -> bool:
        """Whether ``change`` may join the batch (it is then added, not yet written)."""
        key = (change.table, change.record_id)
        if (
            change.action != "INSERT"
            or key in deleted
            or key in self._keys
            or change.record_id in self._held(change.table)
            or (self._changes and change.staff_id != self._changes[0].staff_id)
        ):
            return False
        self._changes.append(change)
        self._keys.add(key)
        return True

    @property
    def full(self) -> bool:
        return len(self._changes) >= MAX_BATCH

    def seen(self, change: journal.Change) -> None:
        """A change applied the careful way: its record may be here now."""
        if change.action == "INSERT":
            self._held(change.table).add(change.record_id)

    def _held(self, table: str) -> set[str]:
        if table not in self._present:
            key = rules.key_column(table)
            cursor = database.execute_sql(f'SELECT "{key}" FROM "{table}"')
            self._present[table] = {row[0] for row in cursor}
        return self._present[table]

    def flush(self, applied, one_by_one: Callable[[journal.Change], None]) -> None:
        """Write the gathered creations (counted in ``applied``), or replay them one by
        one through ``one_by_one`` when the file refuses the batch."""
        changes, self._changes = self._changes, []
        self._keys.clear()
        if not changes:
            return
        rows: dict[str, list[list[Any]]] = {}
        for change in changes:
            rows.setdefault(change.table, []).append(insert_statement(change, self._attachments)[1])
        history.set_actor(database, changes[0].staff_id)
        try:
            with database.atomic():
                journal.store_many(changes)
                # Parents before children, each table in the order its changes came.
                for table in sorted(rows, key=rules.TABLE_ORDER.index):
                    journal.execute_many(_statement(table, database.param), rows[table])
                # The services' rules, as the careful way checks them (arrival.py).
                if any(broken_rule(change) for change in changes):
                    raise _RuleBroken
        except (IntegrityError, _RuleBroken):  # rolled back: the careful way says which
            for change in changes:
                one_by_one(change)
            return
        for change in changes:
            self._held(change.table).add(change.record_id)
        for table, table_rows in rows.items():
            applied[table, "INSERT"] += len(table_rows)


class _RuleBroken(Exception):
    """A creation of the batch breaks a services' rule here: the batch is replayed."""
