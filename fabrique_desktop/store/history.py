"""The change history kept by the database itself (migration 0004).

Triggers on every table write one ``change_log`` row per insert, update or delete, with
the changed columns as ``{"column": [old, new]}`` and the staff member read from
``history_actor``. The app names that staff member when it opens a file; nothing in
the app can edit the history.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from peewee import Database

#: Tables whose rows are not records of the method: the history itself, bookkeeping,
#: search indexes (their content follows the tables they index).
UNTRACKED_PREFIXES = ("change_log", "history_actor", "schema_migration", "sqlite_")
UNTRACKED_SUFFIXES = (
    "_search",
    "_search_data",
    "_search_idx",
    "_search_docsize",
    "_search_config",
    "_search_content",
)
#: Columns the history does not repeat: keys and timestamps (the log has its own), and
#: file contents (kept once, in the attachment).
UNTRACKED_COLUMNS = {"id", "created_at", "updated_at", "content"}

_TRIGGER = """CREATE TRIGGER "{table}_history_{action}" AFTER {action} ON "{table}"
BEGIN
    INSERT INTO change_log (staff_id, action, table_name, record_id, changes)
    SELECT (SELECT staff_id FROM history_actor WHERE id = 1), '{action}', '{table}',
           {row}."id", changes
    FROM (
        SELECT json_group_object(col, json_array(oldval, newval)) AS changes
        FROM (
            SELECT json_extract(value, '$[0]') AS col,
                   json_extract(value, '$[1]') AS oldval,
                   json_extract(value, '$[2]') AS newval
            FROM json_each(json_array({columns}))
            WHERE oldval IS NOT newval
        )
    )
    WHERE changes <> '{{}}';
END"""


def tracked_tables(db: Database) -> list[str]:
    names = [
        row[0]
        for row in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    return [
        name
        for name in names
        if not name.startswith(UNTRACKED_PREFIXES)
        and not name.endswith(UNTRACKED_SUFFIXES)
        and "id" in _columns(db, name)
    ]


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def _value(row: str | None, column: str) -> str:
    return f'{row}."{column}"' if row else "NULL"


def install_triggers(db: Database) -> None:
    """(Re)create the history triggers of every tracked table from its current columns."""
    for table in tracked_tables(db):
        columns = [c for c in _columns(db, table) if c not in UNTRACKED_COLUMNS]
        for action in ("INSERT", "UPDATE", "DELETE"):
            old = "OLD" if action != "INSERT" else None
            new = "NEW" if action != "DELETE" else None
            array = ", ".join(
                f"json_array('{c}', {_value(old, c)}, {_value(new, c)})" for c in columns
            )
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_history_{action}"')
            db.execute_sql(
                _TRIGGER.format(table=table, action=action, row=old or new, columns=array)
            )


def set_actor(db: Database, staff_id: Any) -> None:
    """Name the staff member behind the changes made through this file from now on."""
    key = None if staff_id is None else getattr(staff_id, "hex", str(staff_id))
    db.execute_sql("UPDATE history_actor SET staff_id = ? WHERE id = 1", (key,))


@contextlib.contextmanager
def paused(db: Database) -> Iterator[None]:
    """Record nothing inside this block (bulk generation of demonstration data).

    The triggers are dropped, then rebuilt: even a trigger that decides to do nothing
    costs about as much as the insert it follows.
    """
    for table in tracked_tables(db):
        for action in ("INSERT", "UPDATE", "DELETE"):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_history_{action}"')
    try:
        yield
    finally:
        install_triggers(db)


def last_change(db: Database) -> int:
    """The id of the newest history entry (0 for none): tells whether a file changed."""
    return db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0]
