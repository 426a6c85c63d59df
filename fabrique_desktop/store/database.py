"""Open or create a Fabrique database file and bind the domain models to it.

Pragmas are passed to peewee, which sets them on every new connection (each thread
gets its own): foreign keys are off in SQLite unless set per connection.
"""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

from ..domain.models import database
from . import history, location, schema
from .fileguard import DatabaseRefused, FileKind, inspect_file, newer_schema_message
from .paths import create_private_file, read_only_uri

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


class DatabaseDamaged(DatabaseRefused):
    """The file is a Fabrique database whose pages are damaged: offer a backup instead."""


#: Letters NFKD does not split into a base letter and an accent.
_WHOLE_LETTERS = (("œ", "oe"), ("æ", "ae"), ("ł", "l"), ("ø", "o"), ("đ", "d"))


def french_sort_key(text: str | None) -> bytes:
    """Order as a French reader does: « Épicerie » beside « epicerie », before
    « Tiers-lieu »; accents and case count only between otherwise equal words.

    SQL ``ORDER BY fr_sort(title)``: one call per row, then SQLite compares bytes. A
    collation would run Python at every comparison (≈ 1.7 million for 100,000 rows).
    """
    if text is None:
        # Empty sorts first, as NULL would. Returning None from an SQL function
        # corrupts None's reference count in Python 3.11's sqlite3 (a crash at exit).
        return b""
    folded = text.casefold()
    if not folded.isascii():
        for letter, base in _WHOLE_LETTERS:
            if letter in folded:
                folded = folded.replace(letter, base)
        folded = unicodedata.normalize("NFKD", folded)  # « é » → « e » + accent
    # The accents, punctuation and other scripts drop out of the first level; the text
    # itself, after a zero byte, breaks the ties.
    return folded.encode("ascii", "ignore") + b"\0" + text.encode()


class FabriqueDatabase(SqliteDatabase):
    """A Fabrique file; ``read_only`` tells whether this process may write to it,
    ``on_network_share`` whether it sits on a network file system."""

    read_only = False
    on_network_share = False

    def _add_conn_hooks(self, conn) -> None:
        super()._add_conn_hooks(conn)
        history.seal(self, conn)  # every connection signs the log and cannot rewrite it
        conn.create_function("fr_sort", 1, french_sort_key, deterministic=True)


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    read_only: bool = False,
    require_current: bool = True,
) -> FabriqueDatabase:
    """Open ``path``, migrate it to this version's schema and bind the models to it.

    ``create`` makes a new file when there is none. ``read_only`` opens without any
    write (no migration either), for checks and look-ups; with ``require_current`` off it
    also accepts a file from an older version (to back it up). A file that is not ours, from
    a newer version or damaged raises :class:`DatabaseRefused` and is left byte for byte
    as it was.
    """
    path = Path(path).absolute()
    kind = inspect_file(path, schema.latest_version())
    if kind is FileKind.MISSING:
        if not create or read_only:
            raise DatabaseRefused(f"Le fichier « {path} » n'existe pas.")
        create_private_file(path)
    if read_only:
        if kind is FileKind.EMPTY:
            raise DatabaseRefused(f"Le fichier « {path.name} » est vide.")
        db = FabriqueDatabase(read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS)
        db.read_only = True
    else:
        network = location.on_network_share(path)
        db = FabriqueDatabase(str(path), pragmas=NETWORK_PRAGMAS if network else PRAGMAS)
        db.on_network_share = network
    try:
        db.connect()
        # quick_check reads every page (not the indexes' content): a damaged file is
        # found on opening, before anything is written to it. Past a size where that
        # takes longer than starting the app, the app checks in the background instead.
        if path.stat().st_size <= QUICK_CHECK_LIMIT:
            quick_check(db)
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
                raise DatabaseRefused(
                    f"La mise à jour de « {path.name} » vers cette version a échoué ({error}). "
                    "Le fichier est resté tel qu'il était ; une sauvegarde a été faite avant."
                ) from error
    except DatabaseError as error:
        db.close()
        raise DatabaseDamaged(
            f"Le fichier « {path.name} » est endommagé et ne peut pas être ouvert ({error}). "
            "Il n'a pas été modifié."
        ) from error
    except DatabaseRefused:
        db.close()
        raise
    database.initialize(db)
    return db


def quick_check(db: SqliteDatabase) -> None:
    """Raise DatabaseError with SQLite's findings when the file's pages are damaged."""
    verdict = [row[0] for row in db.execute_sql("PRAGMA quick_check(3)").fetchall()]
    if verdict != ["ok"]:
        raise DatabaseError("; ".join(verdict))


def close_database() -> None:
    """Close the open file, folding the WAL back into it so it can be copied as one file."""
    db = database.obj
    if db is None or db.is_closed():
        return
    if not db.read_only:
        # A statement still open (e.g. kept alive by a traceback) blocks the
        # checkpoint; the WAL is then folded in at the next open, nothing is lost.
        with contextlib.suppress(OperationalError):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
