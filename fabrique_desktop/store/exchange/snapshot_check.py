"""A received snapshot is a hostile SQLite database until proven otherwise.

Before it is ever attached to the Fabrique file, its private copy (already checked
against the manifest's size and SHA-256) is opened read-only with ``trusted_schema``
off, and refused with a French message unless: it says it is ours (``application_id``)
at this file's schema version; its ``sqlite_master`` holds exactly the snapshot's
tables, each with the very SQL of this file's table, and nothing else (no trigger, no
view, no index but SQLite's own for keys); ``PRAGMA integrity_check`` finds it sound;
and every value of every record passes the same tests as a received change
(``rules.change_error``), here one SQL query per table rather than a Python test per
value, as are the numbered changes, versions, tombstones and history it carries.
Cross-record rules (a dangling reference, a duplicate key) are the schema's, checked
when the snapshot is loaded, inside its transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from peewee import ForeignKeyField, SqliteDatabase

from ...domain.models import database
from .. import history
from ..fileguard import APPLICATION_ID
from ..schema import migrate
from . import rules
from .envoi import EnvoiRefused
from .snapshot import HISTORY, TABLES


def check(path: Path, name: str, version: int, progress=None) -> None:
    """Refuse the snapshot at ``path`` (from the envoi ``name``) unless it is sound and
    made of this file's tables at schema ``version``. ``progress(done, total)`` is told
    the second half of reading the envoi (decompressing it was the first)."""
    schema = _our_tables()
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _refused(name, "sa base de fiches ne s'ouvre pas") from error
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        _check_header(connection, name, version)
        _check_schema(connection, name, schema)
        problems = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if problems != "ok":
            raise _refused(name, "sa base de fiches est abîmée")
        _check_values(connection, name, progress)
    except sqlite3.DatabaseError as error:
        raise _refused(name, f"sa base de fiches est illisible ({error})") from error
    finally:
        connection.close()


def _our_tables() -> dict[str, str]:
    """Each table's SQL as this file has it; on a server, as a new file would."""
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
    if not history.is_server(database):
        return dict(database.execute_sql(query).fetchall())
    return _new_file_tables()


@functools.cache
def _new_file_tables() -> dict[str, str]:
    reference = SqliteDatabase(":memory:")
    try:
        migrate(reference)
        return dict(
            reference.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        )
    finally:
        reference.close()


def _refused(name: str, why: str) -> EnvoiRefused:
    return EnvoiRefused(f"« {name} » est refusé : {why}. Rien n'a été reçu.")


def _check_header(connection: sqlite3.Connection, name: str, version: int) -> None:
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    theirs = connection.execute("PRAGMA user_version").fetchone()[0]
    if application != APPLICATION_ID:
        raise _refused(name, "sa base de fiches n'est pas une base Fabrique Desktop")
    if theirs != version:
        raise _refused(
            name,
            f"il a été préparé par une autre version de Fabrique Desktop (schéma n° {theirs}, "
            f"n° {version} ici) ; mettez les deux postes à la même version, puis préparez "
            "un nouvel envoi",
        )


def _check_schema(connection: sqlite3.Connection, name: str, schema: dict[str, str]) -> None:
    expected = {table: schema[table] for table in TABLES}
    found: dict[str, str | None] = {}
    for kind, entry, table, sql in connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        own_index = (
            kind == "index" and sql is None and entry.startswith(f"sqlite_autoindex_{table}_")
        )
        if kind == "table" and entry == "sqlite_sequence":
            continue
        if own_index and table in expected:
            continue
        if kind != "table":
            raise _refused(name, f"sa base de fiches contient « {str(entry)[:60]} » ({kind})")
        found[entry] = sql
    if found != expected:
        strange = sorted(set(found) ^ set(expected)) or sorted(
            table for table in expected if found[table] != expected[table]
        )
        raise _refused(
            name, f"sa base de fiches n'a pas les tables de ce fichier (« {strange[0][:60]} »)"
        )


def _check_values(connection: sqlite3.Connection, name: str, progress=None) -> None:
    steps = len(rules.TABLE_ORDER)
    for done, table in enumerate(rules.TABLE_ORDER):
        if progress is not None:
            progress(steps + done, 2 * steps)
        tests = {
            column: rules.sql_accepts(field, f'"{column}"')
            for column, field in rules.columns(table).items()
            # A reference is the schema's to check, when the snapshot is loaded: it must
            # name a record of the file, whose key is tested here.
            if not isinstance(field, ForeignKeyField)
        }
        _refuse_first(connection, name, table, tests)
    hexes = rules.sql_hex("origin")
    # The numbered changes repeat a few origins, authors, tables and ``deps``: tested
    # once per distinct combination rather than once per change.
    _refuse_first(
        connection,
        name,
        "exchange_change",
        {
            "origin": hexes,
            "staff_id": f"staff_id IS NULL OR {rules.sql_hex('staff_id')}",
            "deps": _json_object("deps"),
            "action": f"action IN ({rules.sql_quoted(rules.ACTIONS)})",
            "table_name": f"table_name IN ({rules.sql_quoted(rules.MODELS)})",
        },
        distinct=True,
    )
    _refuse_first(
        connection,
        name,
        "exchange_change",
        {
            "seq": "typeof(seq) = 'integer' AND seq >= 1",
            "at": "typeof(at) = 'text'",
            "record_id": "typeof(record_id) = 'text' AND length(record_id) BETWEEN 1 AND 200",
            "changes": "substr(changes, 1, 1) = '{' AND json_valid(changes)",
        },
    )
    for table in ("exchange_version", "exchange_tombstone"):
        _refuse_first(
            connection,
            name,
            table,
            {
                "table_name": f"table_name IN ({rules.sql_quoted(rules.MODELS)})",
                "origin": hexes,
                "seq": "typeof(seq) = 'integer' AND seq >= 1",
            },
        )
    _refuse_first(
        connection,
        name,
        HISTORY,
        {
            "action": f"action IN ({rules.sql_quoted(history.ACTIONS)})",
            "table_name": f"table_name IN ({rules.sql_quoted(rules.MODELS)})",
            "staff_id": f"staff_id IS NULL OR {rules.sql_hex('staff_id')}",
            "changes": _json_object("changes"),
        },
    )


def _refuse_first(
    connection: sqlite3.Connection,
    name: str,
    table: str,
    tests: dict[str, str],
    distinct: bool = False,
) -> None:
    """Refuse the snapshot if a row of ``table`` fails one of ``tests`` (SQL per column),
    in one query for the whole table (over its ``distinct`` values of those columns)."""
    columns = ", ".join(f'"{column}"' for column in tests)
    verdicts = ", ".join(f"coalesce(({test}), 0)" for test in tests.values())
    every = " AND ".join(f"coalesce(({test}), 0)" for test in tests.values())
    # MATERIALIZED: else SQLite pushes the tests down into the DISTINCT, row by row.
    source = f'"{table}"'
    if distinct:
        source = "rows"
        prefix = f'WITH rows AS MATERIALIZED (SELECT DISTINCT {columns} FROM "{table}") '
    row = connection.execute(
        f"{prefix if distinct else ''}SELECT {columns}, {verdicts} FROM {source} "
        f"WHERE NOT ({every}) LIMIT 1"
    ).fetchone()
    if row is None:
        return
    values, verdict = row[: len(tests)], row[len(tests) :]
    column, value = next(
        (column, value)
        for column, value, good in zip(tests, values, verdict, strict=True)
        if not good
    )
    raise _refused(
        name,
        f"une fiche ne respecte pas les règles de la Fabrique "
        f"({table}.{column} : valeur refusée, {str(value)[:40]!r})",
    )


def _json_object(column: str) -> str:
    # json_type() raises on malformed JSON, whatever comes before it in an AND.
    return f"CASE WHEN json_valid({column}) THEN json_type({column}) = 'object' ELSE 0 END"
