"""The change history kept by the database itself (migrations 0004 and 0010).

Triggers on every table write one ``change_log`` row per insert, update or delete, with
the changed columns as ``{"column": [old, new]}`` and the staff member named by the app.

The log is append-only for the app's own connections: triggers in the file refuse any
UPDATE or DELETE of ``change_log``, and every connection gets an authorizer (see
:func:`seal`) that refuses a hand-written entry, a dropped history trigger or an edit of
the schema behind SQLite's back. The staff member behind the changes is held by the
app, not in the file: the triggers ask the SQL function :data:`ACTOR_FUNCTION`, which
only :func:`set_actor` sets, and which no other program has (it cannot write to the
tracked tables without dropping a trigger, which the file check reports).

:func:`unsealed` is the one door through which the log or its triggers may be changed
on purpose: the migrations, rebuilding the triggers, pausing them for bulk demonstration
data, and, later, erasing a person's values from the log (RGPD) through an audited path.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from typing import Any

from peewee import Database

#: Tables whose rows are not records of the method: the history itself, bookkeeping,
#: search indexes (their content follows the tables they index). ``history_actor``
#: named the author before migration 0010.
UNTRACKED_PREFIXES = ("change_log", "exchange_", "history_actor", "schema_migration", "sqlite_")
UNTRACKED_SUFFIXES = (
    "_search",
    "_search_data",
    "_search_idx",
    "_search_docsize",
    "_search_config",
    "_search_content",
)
#: Columns the history does not repeat: timestamps (the log has its own), and file
#: contents (kept once, in the attachment). The key is the entry's ``record_id``.
UNTRACKED_COLUMNS = {"created_at", "updated_at", "content"}
ACTIONS = ("INSERT", "UPDATE", "DELETE")
#: The SQL function the triggers call for the author of a change.
ACTOR_FUNCTION = "fabrique_history_actor"
#: The triggers in the file that keep ``change_log`` append-only, by the action refused.
LOG_GUARDS = {
    action: f"""CREATE TRIGGER "change_log_refuse_{action}" BEFORE {action} ON "change_log"
BEGIN
    SELECT RAISE(ABORT, 'L''historique ne peut être ni modifié ni effacé.');
END"""
    for action in ("UPDATE", "DELETE")
}

# Each changed column is one row (column, JSON [old, new]), compared and encoded from
# the values themselves: decoding JSON in SQL (json_extract) would cut a text at its
# first NUL character. BINARY: a case-only change is a change, whatever the collation.
_PAIR = (
    "SELECT '{column}' AS col, json_array({old}, {new}) AS pair "
    "WHERE {old} IS NOT {new} COLLATE BINARY"
)
_NO_PAIR = "SELECT NULL AS col, NULL AS pair WHERE 0"
_TRIGGER = """CREATE TRIGGER "{table}_history_{action}" AFTER {action} ON "{table}"
BEGIN
    INSERT INTO change_log (staff_id, action, table_name, record_id, changes)
    SELECT {actor}(), '{action}', '{table}', {row}."{key}", changes
    FROM (
        SELECT json_group_object(col, json(pair)) AS changes
        FROM ({pairs})
    )
    WHERE changes <> '{{}}';
END"""
_HISTORY_TRIGGER = re.compile(r".+_history_(INSERT|UPDATE|DELETE)", re.IGNORECASE)
_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
_TRIGGER_CHANGES = {
    sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
    sqlite3.SQLITE_DROP_TRIGGER,
    sqlite3.SQLITE_DROP_TEMP_TRIGGER,
}

#: How many :func:`unsealed` blocks this thread (its connection) is in.
_unsealed = threading.local()
_actors: weakref.WeakKeyDictionary[Database, str | None] = weakref.WeakKeyDictionary()


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
        and _key(db, name) is not None
    ]


def _key(db: Database, table: str) -> str | None:
    """The table's one primary-key column (``id``, or ``key`` for the settings)."""
    keys = [row[1] for row in _table_info(db, table) if row[5]]
    return keys[0] if len(keys) == 1 else None


def _table_info(db: Database, table: str) -> list[tuple]:
    return db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()


def _value(row: str | None, column: str) -> str:
    return f'{row}."{column}"' if row else "NULL"


def expected_triggers(db: Database) -> dict[str, str]:
    """Each history trigger's name and SQL, as built from the tables as they stand now."""
    triggers = {}
    for table in tracked_tables(db):
        key = _key(db, table)
        columns = [
            row[1]
            for row in _table_info(db, table)
            if row[1] != key and row[1] not in UNTRACKED_COLUMNS
        ]
        for action in ACTIONS:
            old = "OLD" if action != "INSERT" else None
            new = "NEW" if action != "DELETE" else None
            pairs = "\n        UNION ALL ".join(
                _PAIR.format(column=c, old=_value(old, c), new=_value(new, c)) for c in columns
            )
            triggers[f"{table}_history_{action}"] = _TRIGGER.format(
                table=table,
                action=action,
                actor=ACTOR_FUNCTION,
                row=old or new,
                key=key,
                pairs=pairs or _NO_PAIR,
            )
    return triggers


def is_server(db: Database) -> bool:
    """Whether ``db`` (or the database behind the models' proxy) is on a server."""
    return getattr(_unwrapped(db), "server", False)


def install_triggers(db: Database) -> None:
    """(Re)create the history triggers of every tracked table from its current columns."""
    if is_server(db):
        from .postgres import history as server

        server.install_triggers(_unwrapped(db))
        return
    with unsealed(db):
        for name, sql in expected_triggers(db).items():
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
            db.execute_sql(sql)


def install_log_guards(db: Database) -> None:
    """The triggers that refuse any UPDATE or DELETE of ``change_log``, whoever asks."""
    if is_server(db):
        from .postgres import history as server

        server.install_log_guards(_unwrapped(db))
        return
    with unsealed(db):
        for action, sql in LOG_GUARDS.items():
            db.execute_sql(f'DROP TRIGGER IF EXISTS "change_log_refuse_{action}"')
            db.execute_sql(sql)


def set_actor(db: Database, staff_id: Any) -> None:
    """Name the staff member behind the changes made through this file from now on."""
    key = None if staff_id is None else getattr(staff_id, "hex", str(staff_id))
    _actors[_unwrapped(db)] = key


def actor_of(db: Database) -> str | None:
    """The staff member (hex key) signing the changes made through ``db``, if named."""
    return _actors.get(_unwrapped(db))


def _unwrapped(db: Database) -> Database:
    """The database itself behind the models' proxy."""
    inner = getattr(db, "obj", None)
    return db if inner is None else inner


def seal(db: Database, connection: sqlite3.Connection) -> None:
    """Make ``connection`` sign the log with ``db``'s actor and keep the log append-only.

    Called for every new connection to a Fabrique file (each thread has its own).
    """
    connection.create_function(ACTOR_FUNCTION, 0, lambda: _actors.get(db))
    connection.set_authorizer(_authorize)


@contextlib.contextmanager
def unsealed(db: Database) -> Iterator[None]:
    """Let this thread's connection change the log's triggers or rows inside the block.

    The one deliberate path around :func:`seal`: for the migrations (a table rebuilt
    takes its history triggers with it), for rebuilding and pausing the history
    triggers, and later for erasing a person's values from the log (RGPD), in one
    transaction that also records the erasure itself and keeps every entry's number.
    The triggers of :data:`LOG_GUARDS` still refuse UPDATE and DELETE inside the block:
    such a path drops and reinstalls them (:func:`install_log_guards`) within its own
    transaction. Blocks may nest: the seal returns when the outermost one ends.
    """
    if is_server(db):  # guarded by triggers and privileges, not per connection
        yield
        return
    connection = _unwrapped(db).connection()
    depth = getattr(_unsealed, "depth", 0)
    if not depth:
        connection.set_authorizer(None)
    _unsealed.depth = depth + 1
    try:
        yield
    finally:
        _unsealed.depth = depth
        if not depth:
            # Setting an authorizer expires every prepared statement: nothing prepared
            # in the block is reused without being checked again.
            connection.set_authorizer(_authorize)


def _authorize(
    action: int, first: str | None, second: str | None, schema: str | None, trigger: str | None
) -> int:
    """SQLite asks before preparing each part of a statement: refuse what would let a
    statement rewrite the log, forge an entry or stop the history triggers."""
    if action in _WRITES:
        # Only the history triggers write the log, and only new entries; the numbering
        # of entries (sqlite_sequence) is what shows that none was erased.
        refused = first == "sqlite_sequence" or (
            first == "change_log"
            and not (action == sqlite3.SQLITE_INSERT and _HISTORY_TRIGGER.fullmatch(trigger or ""))
        )
    elif action in _TRIGGER_CHANGES:  # ``first`` is the trigger, ``second`` its table
        refused = second == "change_log" or bool(_HISTORY_TRIGGER.fullmatch(first or ""))
    else:
        refused = (
            (action == sqlite3.SQLITE_DROP_TABLE and first == "change_log")
            or (action == sqlite3.SQLITE_ALTER_TABLE and second == "change_log")
            # Writing sqlite_master by hand could remove any trigger unseen.
            or (action == sqlite3.SQLITE_PRAGMA and (first or "").lower() == "writable_schema")
        )
    return sqlite3.SQLITE_DENY if refused else sqlite3.SQLITE_OK


@contextlib.contextmanager
def paused(db: Database) -> Iterator[None]:
    """Record nothing inside this block (bulk generation of demonstration data).

    The triggers are dropped, then rebuilt: even a trigger that decides to do nothing
    costs about as much as the insert it follows.
    """
    if is_server(db):
        from .postgres import history as server

        server.drop_triggers(_unwrapped(db))
    else:
        with unsealed(db):
            for name in expected_triggers(db):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    try:
        yield
    finally:
        install_triggers(db)


def last_change(db: Database) -> int:
    """The id of the newest history entry (0 for none): tells whether a file changed."""
    return db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0]


def current_actor(db: Database) -> str | None:
    """The staff member the history names for changes made through ``db`` now."""
    return _actors.get(_unwrapped(db))
