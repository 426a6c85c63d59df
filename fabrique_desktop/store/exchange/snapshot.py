"""A first envoi as a SQLite database: the records as they are now, the numbered changes
and the change history, written and loaded with SQL, never row by row in Python.

An envoi for an office that has acknowledged nothing from this file carries a
*snapshot* instead of one JSON line per numbered change. It is built on a connection of
its own that attaches this file read-only and copies, in one read transaction, each
exchanged table (filtered by the sharing: withheld tables empty, withheld columns
emptied, as the change-by-change envoi leaves them), the numbered changes
(``exchange_change``, withheld ones emptied: the numbering must stay whole), which
change last set each field (``exchange_version``), the tombstones and the history.

Nothing of the exchange's model changes: every record is still numbered (by one
``INSERT … SELECT`` per table, see ``journal``), so what the snapshot covers is the
numbered changes it carries, and relaying to a third office works as before.

On arrival (:func:`load`), a file that holds no record yet (``fabrique-desktop init``:
only the default committee kinds and support plan, no history, never exchanged) takes
the snapshot whole, one ``INSERT … SELECT`` per table in one transaction, the history
triggers paused (the history travels), the secondary indexes and the search index
rebuilt once at the end. A file that already holds records receives the same numbered
changes one by one through the merge (:class:`Changes` streams them from the
snapshot): only the merge can tell its records from the sender's.
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from ...domain.models import database
from .. import history
from ..fileguard import APPLICATION_ID
from . import journal, rules

PART = "snapshot.sqlite"
#: The exchange's bookkeeping a snapshot carries besides the records and the history.
EXCHANGE_TABLES = ("exchange_change", "exchange_version", "exchange_tombstone")
HISTORY = "change_log"
TABLES = (*rules.TABLE_ORDER, *EXCHANGE_TABLES, HISTORY)

Progress = Callable[[int, int], None]


# -- what the sharing lets travel, as SQL ----------------------------------------------------


def _hidden_paths(table: str) -> str:
    return ", ".join(f"'$.{name}'" for name in sorted(rules.RESTRICTED_COLUMNS.get(table, ())))


def _left_out(sharing: str) -> str:
    """SQL true for the bookkeeping rows about a record the partner receives nothing of."""
    local = rules.sql_quoted(rules.LOCAL_SETTINGS)
    condition = f"(table_name = 'fabrique_setting' AND record_id IN ({local}))"
    if sharing != "all":
        condition += f" OR table_name IN ({rules.sql_quoted(rules.RESTRICTED_TABLES)})"
    return f"({condition})"


def _stripped(sharing: str, changes: str = "changes") -> str:
    """SQL for ``changes`` (a JSON object) without the columns the sharing withholds."""
    if sharing == "all":
        return changes
    cases = " ".join(
        f"WHEN '{table}' THEN json_remove({changes}, {_hidden_paths(table)})"
        for table in sorted(rules.RESTRICTED_COLUMNS)
    )
    return f"CASE table_name {cases} ELSE {changes} END"


def _record_columns(connection: sqlite3.Connection, sharing: str, table: str) -> str:
    """The columns of ``table``, in the file's order, as the partner receives them:
    withheld ones emptied as a received creation would leave them (NULL, or an empty
    text where one is required)."""
    hidden = rules.RESTRICTED_COLUMNS.get(table, set()) if sharing != "all" else set()
    fields = rules.columns(table)
    return ", ".join(
        ("NULL" if fields[name].null else "''") if name in hidden else f'"{name}"'
        for _, name, *_ in connection.execute(f'PRAGMA source.table_info("{table}")')
    )


# -- the sender ------------------------------------------------------------------------------


def build(source: Path, target: Path, sharing: str) -> dict[str, int]:
    """Write at ``target`` (a new file) the snapshot of the Fabrique file at ``source``
    as a partner with this ``sharing`` may receive it; return the records per table,
    and under ``exchange_change`` the numbered changes."""
    connection = sqlite3.connect(target, isolation_level=None, uri=True)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(
            "ATTACH DATABASE ? AS source", (Path(source).resolve().as_uri() + "?mode=ro",)
        )
        connection.execute("BEGIN")  # one read transaction: records and changes agree
        schema = dict(
            connection.execute(
                "SELECT name, sql FROM source.sqlite_master WHERE type = 'table'"
            ).fetchall()
        )
        version = connection.execute("PRAGMA source.user_version").fetchone()[0]
        connection.execute(f"PRAGMA main.user_version = {int(version)}")
        for table in TABLES:
            connection.execute(schema[table])
        counts = {table: _copy_records(connection, sharing, table) for table in rules.TABLE_ORDER}
        counts["exchange_change"] = _copy_bookkeeping(connection, sharing)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return counts


def _copy_records(connection: sqlite3.Connection, sharing: str, table: str) -> int:
    if sharing != "all" and table in rules.RESTRICTED_TABLES:
        return 0
    key = rules.key_column(table)
    where = ""
    if table == "fabrique_setting":
        where = f'WHERE "{key}" NOT IN ({rules.sql_quoted(rules.LOCAL_SETTINGS)})'
    # In key order: the receiver's key index then grows at its end, page after page.
    cursor = connection.execute(
        f'INSERT INTO main."{table}" SELECT {_record_columns(connection, sharing, table)} '
        f'FROM source."{table}" {where} ORDER BY "{key}"'
    )
    return cursor.rowcount


def _copy_bookkeeping(connection: sqlite3.Connection, sharing: str) -> int:
    left_out = _left_out(sharing)
    # A change the sharing keeps from the partner travels empty, keeping its number
    # (see ``rules.WITHHELD``); one left with nothing to say is withheld too.
    withheld = (
        f"({left_out} OR (changes <> '{{}}' AND action <> 'DELETE' "
        f"AND {_stripped(sharing)} = '{{}}'))"
    )
    numbered = connection.execute(
        "INSERT INTO main.exchange_change SELECT position, origin, seq, deps, at, staff_id, "
        f"CASE WHEN {withheld} THEN '{rules.WITHHELD}' ELSE action END, table_name, "
        f"record_id, CASE WHEN {withheld} THEN '{{}}' ELSE {_stripped(sharing)} END "
        "FROM source.exchange_change ORDER BY position"
    )
    hidden_fields = " OR ".join(
        f"(table_name = '{table}' AND field IN ({rules.sql_quoted(columns)}))"
        for table, columns in rules.RESTRICTED_COLUMNS.items()
        if sharing != "all"
    )
    connection.execute(
        "INSERT INTO main.exchange_version SELECT * FROM source.exchange_version "
        f"WHERE NOT {left_out}" + (f" AND NOT ({hidden_fields})" if hidden_fields else "")
    )
    connection.execute(
        f"INSERT INTO main.exchange_tombstone SELECT * FROM source.exchange_tombstone "
        f"WHERE NOT {left_out}"
    )
    # The history says who changed what and when; what the sharing withholds is taken
    # out of its entries, and an entry left empty goes.
    connection.execute(
        f"INSERT INTO main.{HISTORY} SELECT id, at, staff_id, action, table_name, record_id, "
        f"{_stripped(sharing)} FROM source.{HISTORY} "
        f"WHERE NOT {left_out} AND {_stripped(sharing)} <> '{{}}' ORDER BY id"
    )
    return numbered.rowcount


# -- the receiver ----------------------------------------------------------------------------


def _seeded_keys() -> set[str]:
    """The keys of the records every new file is created with (migration 0001)."""
    initial = importlib.import_module("fabrique_desktop.store.migrations.0001_initial")
    template = "Accompagnement standard"
    return {
        *(initial.default_key(name) for name in initial.COMMITTEE_KINDS),
        initial.default_key(template),
        *(
            initial.default_key(f"{template}/{position}")
            for position in range(1, len(initial.SUPPORT_PLAN) + 1)
        ),
    }


def takes_whole(snapshot: Path) -> bool:
    """Whether this file can take the snapshot whole: a SQLite file that holds no
    record but those every new file has, no history, and has never exchanged (nor
    appears itself in the snapshot's numbering)."""
    if history.is_server(database):
        return False
    if any(
        database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
        for table in (HISTORY, *EXCHANGE_TABLES, "exchange_conflict")
    ):
        return False
    seeded = rules.sql_quoted(_seeded_keys())
    for table in rules.TABLE_ORDER:
        key = rules.key_column(table)
        if database.execute_sql(
            f'SELECT 1 FROM "{table}" WHERE "{key}" NOT IN ({seeded}) LIMIT 1'
        ).fetchone():
            return False
    me = journal.setting(journal.OFFICE)
    with _reading(snapshot) as reader:
        mine = reader.execute(
            "SELECT 1 FROM exchange_change WHERE origin = ? LIMIT 1", (me,)
        ).fetchone()
    return mine is None


@contextlib.contextmanager
def _reading(snapshot: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a checked snapshot (see ``snapshot_check``)."""
    connection = sqlite3.connect(f"{Path(snapshot).resolve().as_uri()}?mode=ro", uri=True)
    connection.execute("PRAGMA trusted_schema = OFF")
    try:
        yield connection
    finally:
        connection.close()


def counts(snapshot: Path) -> tuple[Counter, str | None, str | None]:
    """What loading ``snapshot`` creates, per (table, "INSERT"), and the dates of the
    first and last numbered changes it carries."""
    created: Counter = Counter()
    with _reading(snapshot) as reader:
        for table in rules.TABLE_ORDER:
            number = reader.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            if number:
                created[table, "INSERT"] = number
        first, last = reader.execute("SELECT MIN(at), MAX(at) FROM exchange_change").fetchone()
    return created, first, last


class Changes:
    """The numbered changes of a snapshot, read as they are applied, for a file that
    receives them one by one: never all of them in memory. Each is checked as the
    changes of an envoi are (``check`` raises :class:`..envoi.EnvoiRefused`)."""

    def __init__(self, snapshot: Path, check: Callable[[journal.Change, int], None]):
        self._snapshot = snapshot
        self._check = check
        with _reading(snapshot) as reader:
            self._count = reader.execute("SELECT COUNT(*) FROM exchange_change").fetchone()[0]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[journal.Change]:
        with _reading(self._snapshot) as reader:
            cursor = reader.execute(
                f"SELECT {', '.join(journal.COLUMNS)} FROM exchange_change ORDER BY position"
            )
            # The cursor steps through the rows: they are read as they are applied.
            for number, change in enumerate(journal.from_rows(cursor), start=1):
                self._check(change, number)
                yield change


def load(snapshot: Path, progress: Progress | None = None) -> None:
    """Take ``snapshot`` whole into this empty file, inside the caller's transaction
    with the history triggers paused (the history travels: see ``history.paused``),
    ``snapshot`` attached as ``snapshot`` (see :func:`attached`)."""
    steps = len(rules.TABLE_ORDER) + 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    # Children may come before their parents (a decision reverses a later one…):
    # references are checked at the commit, and a dangling one refuses it all.
    database.execute_sql("PRAGMA defer_foreign_keys = ON")
    indexes = _drop_secondary_indexes()
    search = importlib.import_module("fabrique_desktop.store.migrations.0009_search_folding")
    for table in search.SEARCHABLE:
        for event in ("insert", "delete", "update"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    # The default records (never edited: the file has no history) make way for
    # the sender's, which may have been edited or deleted since.
    for table in reversed(rules.TABLE_ORDER):
        database.execute_sql(f'DELETE FROM main."{table}"')
    for table in rules.TABLE_ORDER:
        database.execute_sql(f'INSERT INTO main."{table}" SELECT * FROM snapshot."{table}"')
        step()
    columns = ", ".join(journal.COLUMNS)
    database.execute_sql(
        f"INSERT INTO main.exchange_change ({columns}) SELECT {columns} "
        "FROM snapshot.exchange_change ORDER BY position"
    )
    for table in ("exchange_version", "exchange_tombstone"):
        database.execute_sql(f"INSERT INTO main.{table} SELECT * FROM snapshot.{table}")
    step()
    with history.unsealed(database):
        database.execute_sql(f"INSERT INTO main.{HISTORY} SELECT * FROM snapshot.{HISTORY}")
    step()
    for sql in indexes:
        database.execute_sql(sql)
    step()
    for table, columns in search.SEARCHABLE.items():
        for sql in search.statements(table, columns):
            database.execute_sql(sql)
    step()


def _drop_secondary_indexes() -> list[str]:
    """Drop the exchanged tables' own indexes; return the SQL that makes them again.
    Building an index once from all its rows (sorted) is far cheaper than keeping it
    up to date through millions of inserts in random key order."""
    rows = database.execute_sql(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({rules.sql_quoted(rules.TABLE_ORDER)})"
    ).fetchall()
    for name, _ in rows:
        database.execute_sql(f'DROP INDEX main."{name}"')
    return [sql for _, sql in rows]


@contextlib.contextmanager
def attached(snapshot: Path) -> Iterator[None]:
    """``snapshot`` attached read-only to this file's connection as ``snapshot``, outside
    any transaction (SQLite attaches nothing inside one). Only once ``snapshot_check``
    has opened it with ``trusted_schema`` off and found nothing but this file's own
    tables: the file's connection itself must trust its schema, whose indexes call the
    app's functions (``fr_sort``), which Python cannot mark as harmless."""
    connection = database.connection()
    connection.execute(
        "ATTACH DATABASE ? AS snapshot", (f"{Path(snapshot).resolve().as_uri()}?mode=ro",)
    )
    try:
        yield
    finally:
        connection.execute("DETACH DATABASE snapshot")
