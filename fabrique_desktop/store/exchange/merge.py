"""Apply received changes to this file, field by field, without losing an edit.

For each field a received change sets: if the change was made knowing the version this
file holds (or the field was never edited since its creation), the new value is
applied; otherwise both offices edited it concurrently and, unless they agree, a
conflict is stored and this file's value stays until a person decides. Deleted records
stay deleted (tombstones); a change the file's rules refuse on arrival (a record still
referenced, a second holder retained…) becomes a conflict rather than an error.

Runs inside the caller's transaction; each change in a savepoint of its own, so that a
refused change leaves no trace but its conflict (on PostgreSQL too, where a failed
statement would otherwise spoil the transaction).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from peewee import IntegrityError

from ...domain.models import database
from .. import history
from . import bulk, conflicts, journal, rules
from .arrival import broken_rule


@dataclass
class Outcome:
    """What applying an envoi did (or, in a preview, would do)."""

    applied: Counter = field(default_factory=Counter)  # (table, action) → count
    already_known: int = 0
    ignored_deleted: int = 0
    conflicts: int = 0
    refused: int = 0


def apply_changes(
    changes: list[journal.Change], attachments: dict[str, bytes], progress=None
) -> Outcome:
    outcome = Outcome()
    seen = journal.known()
    deleted = journal.tombstones()
    previous_actor = history.current_actor(database)
    batch = bulk.Batch(attachments)

    def one_by_one(change: journal.Change) -> None:
        journal.store(change)
        if change.action == rules.WITHHELD:
            return  # kept for its number only: the sharing left its content out
        history.set_actor(database, change.staff_id)
        _apply(change, attachments, outcome, deleted)
        batch.seen(change)

    try:
        for index, change in enumerate(changes):
            if progress is not None and index % 1000 == 0:
                progress(index, len(changes))
            if change.seq != seen.get(change.origin, 0) + 1:
                # Already here (a repeated or older envoi), or after a gap: the missing
                # changes come again in the next envoi, with this one.
                outcome.already_known += 1
                continue
            seen[change.origin] = change.seq
            if batch.takes(change, deleted):
                if batch.full:
                    batch.flush(outcome.applied, one_by_one)
                continue
            batch.flush(outcome.applied, one_by_one)
            one_by_one(change)
        batch.flush(outcome.applied, one_by_one)
    finally:
        history.set_actor(database, previous_actor)
    journal.mark_captured()
    return outcome


def _apply(
    change: journal.Change,
    attachments: dict[str, bytes],
    outcome: Outcome,
    deleted: set[tuple[str, str]],
) -> None:
    if (change.table, change.record_id) in deleted:
        outcome.ignored_deleted += 1
        return
    current = _current(change.table, change.record_id)
    if change.action == "DELETE":
        if _delete(change, current, outcome):
            deleted.add((change.table, change.record_id))
    elif change.action == "INSERT" and current is None:
        _insert(change, attachments, outcome)
    elif current is None:
        outcome.ignored_deleted += 1  # never received here (not shared, or refused)
    else:
        _update(change, current, outcome)


def _current(table: str, record_id: str) -> dict[str, Any] | None:
    names = list(rules.columns(table))
    quoted = ", ".join(f'"{name}"' for name in names)
    row = database.execute_sql(
        f'SELECT {quoted} FROM "{table}" WHERE "{rules.key_column(table)}" = {database.param}',
        (record_id,),
    ).fetchone()
    return None if row is None else dict(zip(names, row, strict=True))


def _insert(change: journal.Change, attachments: dict[str, bytes], outcome: Outcome) -> None:
    sql, parameters = bulk.insert_statement(change, attachments)
    if _guarded(change, outcome, sql, parameters):
        outcome.applied[change.table, "INSERT"] += 1


def _update(change: journal.Change, current: dict[str, Any], outcome: Outcome) -> None:
    chosen: dict[str, Any] = {}
    for name, value in change.changes.items():
        if name in rules.LOCAL_COLUMNS or name == "created_at":
            continue
        held = journal.version(change.table, change.record_id, name)
        later = held is None if change.action == "UPDATE" else False
        if later or (held is not None and change.saw(*held)):
            chosen[name] = bulk.stored(rules.columns(change.table)[name], value)
        elif current[name] != value:
            # Edited on both sides since they last exchanged: a person decides.
            conflicts.record(
                conflicts.FIELD,
                change,
                name,
                current[name],
                held,
                value,
                "Modifié sur les deux postes depuis le dernier échange.",
            )
            outcome.conflicts += 1
    if not chosen:
        return
    assignments = ", ".join(f'"{name}" = {database.param}' for name in chosen)
    parameters = list(chosen.values())
    if "updated_at" in rules.columns(change.table):
        assignments += f', "updated_at" = {database.param}'
        parameters.append(change.at)
    sql = (
        f'UPDATE "{change.table}" SET {assignments} '
        f'WHERE "{rules.key_column(change.table)}" = {database.param}'
    )
    if _guarded(change, outcome, sql, [*parameters, change.record_id]):
        for name in chosen:
            journal.set_version(change.table, change.record_id, name, change.origin, change.seq)
        conflicts.close_open(change.table, change.record_id, chosen, seen_by=change)
        outcome.applied[change.table, "UPDATE"] += 1


def _delete(change: journal.Change, current: dict[str, Any] | None, outcome: Outcome) -> bool:
    if current is not None:
        sql = (
            f'DELETE FROM "{change.table}" '
            f'WHERE "{rules.key_column(change.table)}" = {database.param}'
        )
        if not _guarded(change, outcome, sql, [change.record_id]):
            return False
        outcome.applied[change.table, "DELETE"] += 1
    journal.add_tombstone(change)
    conflicts.close_deleted(change.table, change.record_id)
    return True


def _guarded(change: journal.Change, outcome: Outcome, sql: str, parameters: list) -> bool:
    """Run one write; when the file's rules (the schema's, or the services' re-checked
    by ``arrival``) refuse it, roll it back and store a conflict instead."""
    try:
        with database.atomic():
            database.execute_sql(sql, parameters)
            broken = broken_rule(change)
            if broken:
                raise _Broken(broken)
    except (IntegrityError, _Broken) as error:
        conflicts.record(
            conflicts.REFUSED,
            change,
            "",
            None,
            None,
            change.changes,
            _refusal(change, error),
        )
        outcome.refused += 1
        return False
    return True


class _Broken(Exception):
    """A service rule the change breaks here; the message is the rule's."""


def _refusal(change: journal.Change, error: Exception) -> str:
    text = str(error).lower()
    if isinstance(error, _Broken):
        reason = str(error).rstrip(".")
    elif "foreign key" in text:
        reason = (
            "d'autres fiches de ce poste y renvoient"
            if change.action == "DELETE"
            else "une fiche à laquelle elle renvoie n'existe pas ou plus sur ce poste"
        )
    elif "unique" in text:
        reason = "une fiche équivalente existe déjà sur ce poste"
    else:
        reason = "elle contredit une règle de la Fabrique"
    what = {"INSERT": "La création", "UPDATE": "La modification", "DELETE": "La suppression"}
    return f"{what[change.action]} reçue est refusée : {reason}."
