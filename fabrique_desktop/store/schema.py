"""Schema versions: numbered migration scripts, applied in order, each in one transaction.

``playhouse.migrations`` runs the scripts of ``store/migrations`` and records their names
in ``schema_migration``. The count of applied migrations is mirrored in the header's
``PRAGMA user_version`` so that :mod:`fileguard` can refuse a newer file before opening it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase
from playhouse.migrations import Migration, Runner

from ..domain.text import fold, french_sort_key
from . import history

MIGRATIONS_DIRECTORY = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def known_migrations() -> list[Migration]:
    return Migration.load_directory(str(MIGRATIONS_DIRECTORY))


def add_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions the schema's triggers call, on a new connection to a Fabrique
    file: ``search_fold`` feeds the search indexes (migration 0009) with the folding
    rule the typed text goes through. A connection without it cannot write the
    searched tables (« no such function: search_fold »). ``fr_sort`` is the French
    alphabetical order, which indexes of titles and names hold (migration 0016)."""
    connection.create_function("search_fold", 1, fold, deterministic=True)
    connection.create_function("fr_sort", 1, french_sort_key, deterministic=True)


def latest_version() -> int:
    """The schema version this build of the app writes: the number of the last migration."""
    return max((migration.idx for migration in known_migrations()), default=0)


def runner(db: SqliteDatabase) -> Runner:
    if history.is_server(db):
        from .postgres.schema import ServerRunner

        return ServerRunner(db, directory=str(MIGRATIONS_DIRECTORY), table_name=HISTORY_TABLE)
    return Runner(db, directory=str(MIGRATIONS_DIRECTORY), table_name=HISTORY_TABLE)


def unknown_applied_migrations(db: SqliteDatabase) -> list[str]:
    """Migrations recorded in the file that this build does not have: a newer schema."""
    return [m.name for m in runner(db).status() if m.applied and m.path is None]


def pending_migrations(db: SqliteDatabase) -> list[str]:
    return [m.name for m in runner(db).status() if not m.applied]


def migrate(db: SqliteDatabase) -> list[str]:
    """Apply every pending migration; return their names.

    Migrations may rebuild tables, and with them their history triggers: they run
    outside the seal of the change log (still refused: UPDATE and DELETE of entries).
    """
    if history.is_server(db):  # the server's functions are in its schema (its 0001)
        return runner(db).up()
    add_functions(db.connection())  # whoever opened ``db``: migration 0009 calls them
    with history.unsealed(db):
        applied = runner(db).up()
    db.execute_sql(f"PRAGMA user_version = {latest_version()}")
    return applied


def applied_version(db: SqliteDatabase) -> int:
    """The number of the last migration applied to the open file."""
    return max((m.idx for m in runner(db).status() if m.applied), default=0)
