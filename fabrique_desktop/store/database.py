"""Open or create a Fabrique database file and bind the domain models to it.

Pragmas are passed to peewee, which sets them on every new connection (each thread
gets its own): foreign keys are off in SQLite unless set per connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import Database, DatabaseError, OperationalError, SqliteDatabase

from ..domain.models import database
from . import history, location, schema
from .creation import create_database_file
from .failures import DatabaseReadOnly, cause, damaged, read_only_reason, refusal
from .fileguard import DatabaseRefused, FileKind, inspect_file, newer_schema_message
from .integrity import damage_findings
from .paths import read_only_connection, reading_uri
from .postgres.address import is_server_address

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    # Wait for a concurrent writer (a backup, a second window) instead of failing at once.
    ("busy_timeout", 5000),
    # FULL syncs the WAL at every commit: a save the user saw succeed survives a power
    # cut, not only a crash. Saves are human-paced, so the extra fsync costs nothing
    # noticeable; bulk work (demo data) runs in one transaction and pays it once.
    ("synchronous", "full"),
)
#: On a network share WAL's shared memory is not reliable: a rollback journal instead.
NETWORK_PRAGMAS = (("journal_mode", "delete"), *PRAGMAS[1:])
#: Files up to this size are checked when opened (about a quarter of a second).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
#: A read-only connection changes nothing, not even the journal mode.
READ_ONLY_PRAGMAS = (("foreign_keys", 1), ("busy_timeout", 5000), ("query_only", 1))


class FabriqueDatabase(SqliteDatabase):
    """A Fabrique file; ``read_only`` tells whether this process may write to it,
    ``on_network_share`` whether it sits on a network file system."""

    read_only = False
    on_network_share = False
    #: Called before each transaction begins; raising stops the write before it starts
    #: (the app checks there that its lock on the file is still its own).
    before_write: Callable[[], None] | None = None

    def begin(self, lock_type: str | None = None) -> None:
        if self.before_write is not None:
            self.before_write()
        # A transaction that reads, then writes, while another connection wrote meanwhile
        # gets « database is locked » at once, busy timeout or not: taking the write
        # lock at BEGIN makes it wait its turn instead (several windows, threads).
        if lock_type is None and not self.read_only:
            lock_type = "IMMEDIATE"
        super().begin(lock_type)

    def full_text_query(self, table: str, words: list[str]) -> tuple[str, str]:
        """The rowids of ``table`` whose text has every one of ``words`` as a prefix: its
        FTS5 index (migrations 0002, 0008, 0009) and the MATCH expression to pass."""
        from ..domain.search import match_expression

        query = f"SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?"
        return query, match_expression(" ".join(words))

    def full_text_rowids(self, table: str, words: list[str]) -> set[int]:
        """The rowids :meth:`full_text_query` finds, as one text: a row each cost a
        third more of the keystroke when two letters find most of 100,000 needs."""
        query, expression = self.full_text_query(table, words)
        sql = f"SELECT group_concat(rowid) FROM ({query})"
        (rowids,) = self.execute_sql(sql, (expression,)).fetchone()
        return set(map(int, rowids.split(","))) if rowids else set()

    def _add_conn_hooks(self, conn) -> None:
        super()._add_conn_hooks(conn)
        history.seal(self, conn)  # every connection signs the log and cannot rewrite it
        schema.add_functions(conn)


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    read_only: bool = False,
    require_current: bool = True,
) -> FabriqueDatabase:
    """Open ``path``, migrate it to this version's schema and bind the models to it.

    A ``postgresql://`` address instead of a path opens that server's schema (creating
    or upgrading it: :func:`.postgres.database.open_server`); the rest of this applies
    to files.

    ``create`` makes a new file when there is none. ``read_only`` opens without any
    write (no migration either), for checks and look-ups; with ``require_current`` off it
    also accepts a file from an older version (to back it up). A file that is not ours, from
    a newer version or damaged raises :class:`DatabaseRefused` and is left byte for byte
    as it was: :class:`DatabaseDamaged` only on SQLite's verdict of corruption,
    :class:`DatabaseReadOnly` when the file or its folder cannot be written, and the
    cause in French for a full disk, a folder without access or an over-long name.
    """
    if is_server_address(path):
        from .postgres.address import require_server_extra
        from .postgres.credentials import refuse_password_in, stored_password

        require_server_extra()
        from .postgres.database import open_server

        refuse_password_in(path)
        # The password this system's vault keeps for the address (libpq reads its own
        # ~/.pgpass and PGPASSWORD besides): never one written in the address.
        return open_server(path, read_only=read_only, password=stored_password(path))
    path = Path(path).absolute()
    try:
        kind = inspect_file(path, schema.latest_version())
        if kind is FileKind.MISSING and (not create or read_only):
            raise DatabaseRefused(f"Le fichier « {path} » n'existe pas.")
        if read_only and kind is FileKind.EMPTY:
            raise DatabaseRefused(f"Le fichier « {path.name} » est vide.")
        if kind in (FileKind.MISSING, FileKind.EMPTY):
            _create(path, replace_empty=kind is FileKind.EMPTY)
        elif not read_only and (reason := read_only_reason(path)) is not None:
            raise DatabaseReadOnly(reason)
        # quick_check reads every page (not the indexes' content): a damaged file is
        # found on opening, before anything is written to it. Past a size where that
        # takes longer than starting the app, the app checks in the background instead.
        checked = path.stat().st_size <= QUICK_CHECK_LIMIT
        if checked and kind is FileKind.FABRIQUE and not read_only:
            # Through a connection that cannot write: closing a read-write one would
            # fold a leftover WAL into a damaged file, modifying the file it refuses.
            with read_only_connection(path) as reader:
                _refuse_if_damaged(reader, path)
        db = _connect(path, read_only)
    except (OSError, sqlite3.DatabaseError) as error:
        raise refusal(path, error) from error
    try:
        db.connect()
        if checked and read_only:
            _refuse_if_damaged(db.connection(), path)
        if schema.unknown_applied_migrations(db):
            raise DatabaseRefused(newer_schema_message(path))
        if schema.pending_migrations(db) and (require_current or not read_only):
            if read_only:
                raise DatabaseRefused(
                    f"Le fichier « {path.name} » vient d'une version précédente de Fabrique "
                    "Desktop : ouvrez-le une fois dans l'application pour le mettre à jour."
                )
            if kind is FileKind.FABRIQUE:
                from . import backups  # only upgrades need it: not loaded on every start

                backups.make_backup(db, path)  # the file as it was, before the upgrade
            try:
                schema.migrate(db)
            except DatabaseError as error:
                # Each migration is one transaction: the file is left as it was.
                kept = " ; une sauvegarde a été faite avant" if kind is FileKind.FABRIQUE else ""
                raise DatabaseRefused(
                    f"La mise à jour de « {path.name} » vers cette version a échoué "
                    f"({cause(error, path)}). Le fichier est resté tel qu'il était{kept}."
                ) from error
    except (DatabaseError, sqlite3.DatabaseError, OSError) as error:
        db.close()
        raise refusal(path, error) from error
    except DatabaseRefused:
        db.close()
        raise
    database.initialize(db)
    return db


def _create(path: Path, replace_empty: bool) -> None:
    try:
        create_database_file(path, replace_empty=replace_empty)
    except FileExistsError:
        raise DatabaseRefused(
            f"« {path.name} » vient d'être créé par une autre fenêtre ou un autre poste : "
            "ouvrez-le de nouveau."
        ) from None
    except (OSError, sqlite3.DatabaseError, DatabaseError) as error:
        raise DatabaseRefused(
            f"Le fichier « {path} » ne peut pas être créé : {cause(error, path.parent)}. "
            "Rien n'a été écrit."
        ) from error


def _connect(path: Path, read_only: bool) -> FabriqueDatabase:
    """A read-write connection, or one that cannot write and leaves no file behind."""
    if not read_only:
        network = location.on_network_share(path)
        db = FabriqueDatabase(str(path), pragmas=NETWORK_PRAGMAS if network else PRAGMAS)
        db.on_network_share = network
        return db
    db = FabriqueDatabase(reading_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS)
    db.read_only = True
    return db


def _refuse_if_damaged(connection: sqlite3.Connection, path: Path) -> None:
    findings = damage_findings(connection, "quick_check", 3)
    if findings:
        raise damaged(path, "; ".join(findings))


def quick_check(db: SqliteDatabase) -> None:
    """Raise DatabaseError with SQLite's findings when the open file's pages are damaged."""
    findings = damage_findings(db.connection(), "quick_check", 3)
    if findings:
        raise DatabaseError("; ".join(findings))


def close_database(db: Database | None = None) -> None:
    """Close the open file (or ``db``, one the models were bound to before), folding the
    WAL back into it so it can be copied as one file."""
    db = db or database.obj
    if db is None or db.is_closed():
        return
    if not db.read_only and not history.is_server(db):
        # A statement still open (e.g. kept alive by a traceback) blocks the
        # checkpoint; the WAL is then folded in at the next open, nothing is lost.
        with contextlib.suppress(OperationalError):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
