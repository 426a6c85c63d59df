"""Loading many generated rows at once (the demonstration data), on either backend.

One transaction, no history (generated rows are not changes anybody made), foreign keys
checked at commit (rows are flushed in batches, children sometimes before their
parents), and what makes each backend write such a load fast.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from peewee import Database

from . import history


@contextlib.contextmanager
def bulk_load(db: Database) -> Iterator[None]:
    if history.is_server(db):
        with db.atomic(), history.paused(db):
            # The server's foreign keys are DEFERRABLE (see postgres.dialect).
            db.execute_sql("SET CONSTRAINTS ALL DEFERRED")
            yield
        return
    with _rollback_journal(db), db.atomic(), history.paused(db):
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        # Random UUID keys scatter inserts across every index: a large page cache keeps
        # them in memory instead of re-reading pages (256 MiB, this connection only).
        db.execute_sql("PRAGMA cache_size = -1048576")
        yield


@contextlib.contextmanager
def _rollback_journal(db: Database) -> Iterator[None]:
    """Build with a rollback journal instead of WAL, then go back to WAL.

    In WAL mode every page of one huge transaction is written twice (to the WAL, then
    into the file at the checkpoint); a rollback journal keeps only the pages' previous
    content, which for a new file is nearly nothing, so each page is written once.
    """
    mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    if mode == "wal":
        db.execute_sql("PRAGMA journal_mode = DELETE")
    try:
        yield
    finally:
        if mode == "wal":
            db.execute_sql("PRAGMA journal_mode = WAL")
