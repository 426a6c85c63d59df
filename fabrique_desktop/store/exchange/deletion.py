"""« Accepter la suppression »: a change refused on arrival because it touches a record
deleted on one side (a decision on a need the other office deleted, or the deletion of
a need this office has decisions on) is settled by deleting here too.

The record goes with everything here that cannot exist without it (its decisions,
candidacies, milestones…; references that the schema sets to NULL are left to it). The
deletions are this office's own changes: they are numbered and travel, so that the
other office, which still holds what it sent, deletes it as well; a record this file
never received is deleted by a numbered deletion alone. One transaction.
"""

from __future__ import annotations

from ...domain.models import database
from ...domain.validation import refuse
from . import journal, rules
from .conflicts import close_deleted
from .tables import ExchangeChange, ExchangeConflict

#: Foreign keys the schema itself sets to NULL when their target goes.
_NULLED = "SET NULL"


def dependents(table: str, record_id: str) -> list[tuple[str, str]]:
    """The records here that go with (``table``, ``record_id``), children before
    parents, the record itself last (nothing when it is not in this file)."""
    ordered: list[tuple[str, str]] = []
    _collect(table, record_id, ordered, set())
    return ordered


def _collect(table: str, record_id: str, ordered: list, seen: set) -> None:
    if (table, record_id) in seen or not _exists(table, record_id):
        return
    seen.add((table, record_id))
    for field, child in rules.MODELS[table]._meta.backrefs.items():
        if field.on_delete == _NULLED:
            continue
        child_table = child._meta.table_name
        cursor = database.execute_sql(
            f'SELECT "{rules.key_column(child_table)}" FROM "{child_table}" '
            f'WHERE "{field.column_name}" = {database.param}',
            (record_id,),
        )
        for (child_id,) in cursor.fetchall():
            _collect(child_table, _key(child_id), ordered, seen)
    ordered.append((table, record_id))


def _exists(table: str, record_id: str) -> bool:
    return (
        database.execute_sql(
            f'SELECT 1 FROM "{table}" WHERE "{rules.key_column(table)}" = {database.param}',
            (record_id,),
        ).fetchone()
        is not None
    )


def _key(value) -> str:
    return getattr(value, "hex", str(value))


def refused_record(conflict_id: int) -> tuple[ExchangeConflict, str]:
    """The open refused conflict ``conflict_id`` and the action of the change refused."""
    row = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
    if row is None or row.resolved_at is not None:
        raise refuse("Ce conflit a déjà été tranché.")
    change = ExchangeChange.get_or_none(
        (ExchangeChange.origin == row.theirs_origin) & (ExchangeChange.seq == row.theirs_seq)
    )
    if row.kind != "refused" or change is None:
        raise refuse("Ce conflit ne porte pas sur une suppression.")
    return row, change.action


def accept_deletion(conflict_id: int) -> list[tuple[str, str]]:
    """Delete the conflict's record here with what depends on it; return what went."""
    with database.atomic():
        row, _ = refused_record(conflict_id)
        journal.capture()  # this office's pending edits are numbered before the deletion
        gone = dependents(row.table_name, row.record_id)
        for table, record_id in gone:
            database.execute_sql(
                f'DELETE FROM "{table}" WHERE "{rules.key_column(table)}" = {database.param}',
                (record_id,),
            )
        journal.capture()
        if not gone:
            _number_deletion(row.table_name, row.record_id)
        for table, record_id in [*gone, (row.table_name, row.record_id)]:
            close_deleted(table, record_id)
    return gone


def _number_deletion(table: str, record_id: str) -> None:
    """A record this file never held is deleted by a numbered change alone: the office
    that sent it deletes its copy, and nothing received later brings it here."""
    journal.add_tombstone(journal.number_own("DELETE", table, record_id, {}))


def offer(conflict) -> list[tuple[str, str]] | None:
    """What « Accepter la suppression » would delete here, for a refused change that a
    deletion caused; None when the conflict is not about a deletion."""
    if conflict.kind != "refused":
        return None
    if conflict.action == "DELETE" or _lost_parent(conflict.table, conflict.theirs):
        return dependents(conflict.table, conflict.record_id)
    return None


def _lost_parent(table: str, values) -> bool:
    """Whether ``values`` point at a record that is not (or no longer) in this file."""
    if not isinstance(values, dict):
        return False
    for field in rules.MODELS[table]._meta.refs:
        target = values.get(field.column_name)
        if target is not None and not _exists(field.rel_model._meta.table_name, target):
            return True
    return False
