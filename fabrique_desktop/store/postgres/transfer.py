"""Moving an office's file to a server and back, checked.

:func:`import_file` copies every record, decision, history entry and attachment of a
Fabrique file into a server's schema in one transaction; rows already there (same key)
are left as they are, so importing the same file twice changes nothing. Before the
transaction commits, each table is compared on both sides (number of rows and a digest
of their values in a canonical form): a difference rolls everything back.
:func:`export_file` writes a server's data into a new Fabrique file, compared the same
way before the file gets its name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, IntegrityError

from ...domain.models import ALL_MODELS
from .. import history, schema
from ..creation import create_database_file
from ..fileguard import DatabaseRefused
from ..paths import read_only_connection
from .database import first_line
from .dialect import truth_columns

#: What every new schema holds (migration 0001): the same keys as in every file, but
#: dated by the server's creation. A new server gives them up for the file's own.
DEFAULT_TABLES = ("milestone_template_step", "milestone_template", "committee_kind")
LOG = ("change_log", ("id", "at", "staff_id", "action", "table_name", "record_id", "changes"))


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.columns[0]


def tables() -> list[Table]:
    """Every table to carry, parents first, key first; the change log last."""
    carried = []
    for model in ALL_MODELS:
        key = model._meta.primary_key.column_name
        others = [f.column_name for f in model._meta.sorted_fields if f.column_name != key]
        carried.append(Table(model._meta.table_name, (key, *others)))
    return [*carried, Table(*LOG)]


@dataclass(frozen=True)
class Report:
    """Per table: rows in the source, rows added to the destination."""

    counts: dict[str, tuple[int, int]]

    @property
    def added(self) -> int:
        return sum(added for _, added in self.counts.values())

    @property
    def total(self) -> int:
        return sum(rows for rows, _ in self.counts.values())


def canonical(value: object) -> object:
    """One form for a value whichever backend returned it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview | bytes):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def digest(rows: Iterable[tuple]) -> tuple[int, str]:
    """The number of rows and a digest of their canonical values, in key order."""
    lines = sorted(json.dumps([canonical(v) for v in row], ensure_ascii=False) for row in rows)
    total = hashlib.sha256()
    for line in lines:
        total.update(line.encode() + b"\n")
    return len(lines), total.hexdigest()


def _select(table: Table) -> str:
    return f'SELECT {_columns(table)} FROM "{table.name}"'


def _columns(table: Table) -> str:
    return ", ".join(f'"{column}"' for column in table.columns)


def _insert(table: Table, mark: str) -> str:
    marks = ", ".join([mark] * len(table.columns))
    return f'INSERT INTO "{table.name}" ({_columns(table)}) VALUES ({marks})'


def _require_current(source: sqlite3.Connection, path: Path) -> None:
    applied = {row[0] for row in source.execute("SELECT name FROM schema_migration")}
    known = {migration.name for migration in schema.known_migrations()}
    if applied != known:
        raise DatabaseRefused(
            f"« {path.name} » n'est pas au schéma de cette version de Fabrique Desktop : "
            "ouvrez-le une fois dans l'application, puis importez-le. Rien n'a été importé."
        )


def import_file(path: Path, server: Database) -> Report:
    """Copy the Fabrique file at ``path`` into ``server`` (open, migrated), checked."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseRefused(f"Le fichier « {path} » n'existe pas. Rien n'a été importé.")
    try:
        with read_only_connection(path) as source:
            _require_current(source, path)
            return _import(source, server, path)
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(
            f"« {path.name} » n'est pas une base Fabrique lisible ({error}). Rien n'a été importé."
        ) from error


def _import(source: sqlite3.Connection, server: Database, path: Path) -> Report:
    import psycopg  # the server driver: installed with the « server » extra

    from .history import drop_log_guard, install_log_guards

    truths = truth_columns()
    counts = {}
    with server.atomic(), history.paused(server):
        server.execute_sql("SET CONSTRAINTS ALL DEFERRED")
        drop_log_guard(server, "INSERT")  # entries come from the file, not from triggers
        if _is_new(server):
            for table in DEFAULT_TABLES:  # children first
                server.execute_sql(f'DELETE FROM "{table}"')
        for table in tables():
            rows = source.execute(_select(table)).fetchall()
            flags = [i for i, c in enumerate(table.columns) if c in truths]
            values = [_with_truths(row, flags) for row in rows]
            statement = _insert(table, "%s") + f' ON CONFLICT ("{table.key}") DO NOTHING'
            before = _count(server, table)
            try:
                with server.atomic():  # a savepoint: the refusal below can still clean up
                    server.cursor().executemany(statement, values)
            except (IntegrityError, psycopg.IntegrityError) as error:
                raise DatabaseRefused(
                    f"Une ligne de « {table.name} » contredit la base du serveur "
                    f"({first_line(error)}) : le serveur contient déjà d'autres données. "
                    "Rien n'a été importé."
                ) from error
            counts[table.name] = (len(rows), _count(server, table) - before)
        server.execute_sql(
            "SELECT setval(pg_get_serial_sequence('change_log', 'id'), "
            "COALESCE((SELECT MAX(id) FROM change_log), 0) + 1, false)"
        )
        install_log_guards(server)
        for table in tables():
            mine = digest(source.execute(_select(table)))
            theirs = digest(server.execute_sql(_select(table)))
            if mine != theirs:
                raise DatabaseRefused(
                    f"L'import de « {path.name} » ne correspond pas à la base du serveur pour "
                    f"« {table.name} » ({mine[0]} lignes dans le fichier, {theirs[0]} sur le "
                    "serveur, ou des valeurs différentes) : le serveur contient déjà d'autres "
                    "données. Rien n'a été importé."
                )
    return Report(counts)


def _is_new(server: Database) -> bool:
    """Whether the server's schema holds nothing but what its creation put there."""
    return all(_count(server, table) == 0 for table in tables() if table.name not in DEFAULT_TABLES)


def _with_truths(row: tuple, flags: list[int]) -> tuple:
    if not flags:
        return row
    values = list(row)
    for i in flags:
        values[i] = None if values[i] is None else bool(values[i])
    return tuple(values)


def _count(db: Database, table: Table) -> int:
    return db.execute_sql(f'SELECT COUNT(*) FROM "{table.name}"').fetchone()[0]


def export_file(server: Database, path: Path) -> Report:
    """Write ``server``'s data into a new Fabrique file at ``path``, checked, all or nothing."""
    path = Path(path).absolute()
    if path.exists():
        raise DatabaseRefused(
            f"« {path} » existe déjà : choisissez un autre nom, rien n'a été écrit."
        )
    partial = path.with_name(f".{path.name}.{os.getpid()}.export")
    partial.unlink(missing_ok=True)
    try:
        create_database_file(partial)
        with _file(partial) as destination:
            report = _export(server, destination)
        with read_only_connection(partial) as written:
            for table in tables():
                if digest(written.execute(_select(table))) != digest(
                    server.execute_sql(_select(table))
                ):
                    raise DatabaseRefused(
                        f"L'export ne correspond pas au serveur pour « {table.name} » : "
                        "aucun fichier n'a été écrit."
                    )
        if path.exists():
            raise DatabaseRefused(
                f"« {path} » vient d'être créé par ailleurs : rien n'a été écrit."
            )
        os.replace(partial, path)
        return report
    finally:
        partial.unlink(missing_ok=True)


@contextlib.contextmanager
def _file(path: Path) -> Iterator[Database]:
    from ..database import PRAGMAS, FabriqueDatabase

    db = FabriqueDatabase(str(path), pragmas=PRAGMAS)
    db.connect()
    try:
        yield db
    finally:
        with contextlib.suppress(Exception):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()


def _export(server: Database, destination: Database) -> Report:
    counts = {}
    with destination.atomic(), history.unsealed(destination), history.paused(destination):
        destination.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in tables():
            # The defaults every new file has (committee kinds, the standard plan) are
            # the server's too, by the same keys: replaced by the server's version.
            rows = server.execute_sql(_select(table)).fetchall()
            statement = _insert(table, "?").replace("INSERT", "INSERT OR REPLACE", 1)
            cursor = destination.cursor()
            cursor.executemany(statement, [tuple(_sqlite_value(v) for v in row) for row in rows])
            counts[table.name] = (len(rows), len(rows))
    return Report(counts)


def _sqlite_value(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value
