"""Removing a person's old values from the file itself, after the records forgot them.

A value overwritten in a record survives elsewhere in the file: in the change history,
in the full-text indexes, in free pages and freed cells, in the WAL. This is the
store's part of an erasure (RGPD): the one sanctioned rewrite of the change log
(:func:`log_rewriting`) and the scrubbing of the file (:func:`scrub_file`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from peewee import Database

from . import backups, history
from .paths import read_only_connection

#: What an erased value of the change log becomes.
ERASED = "(effacé)"
_CONTENT_OPTION = re.compile(r"content\s*=\s*['\"]?(\w*)", re.IGNORECASE)


class LogRewriter:
    """Rewrites values inside entries of the change log; it cannot remove an entry,
    so the numbering the file check verifies stays whole.

    On a server an entry is rewritten through ``fabrique_rewrite_log_entry`` (migration
    0029), the one path its guard lets through: the values only, never an entry's number,
    date, author, table or record.
    """

    def __init__(self, db: Database):
        self._db = db
        self.rewritten = 0
        self._server = history.is_server(db)
        self._p = "%s" if self._server else "?"

    def erase_values(
        self, table: str, record_ids: Iterable[str], columns: Iterable[str], kept: set
    ) -> None:
        """In the entries of these records, replace every value of ``columns`` other than
        those in ``kept`` (the neutral values now in the record) by :data:`ERASED`."""
        for record_id in record_ids:
            self._rewrite(
                table, record_id, columns, lambda v: v if v is None or v in kept else ERASED
            )

    def redact_values(
        self, table: str, record_id: str, columns: Iterable[str], redact: Callable[[str], str]
    ) -> None:
        """In the entries of one record, pass every text value of ``columns`` through
        ``redact`` (a person's name in a need's description: the rest of the text stays)."""
        self._rewrite(table, record_id, columns, lambda v: redact(v) if isinstance(v, str) else v)

    def _rewrite(self, table: str, record_id: str, columns: Iterable[str], change) -> None:
        columns = set(columns)
        p = self._p
        rows = self._db.execute_sql(
            f"SELECT id, changes FROM change_log WHERE record_id = {p} AND table_name = {p}",
            (record_id, table),
        ).fetchall()
        for entry_id, changes in rows:
            decoded = json.loads(changes)
            touched = False
            for column in columns & decoded.keys():
                pair = [change(v) for v in decoded[column]]
                if pair != decoded[column]:
                    decoded[column], touched = pair, True
            if touched:
                rewrite = (
                    "SELECT fabrique_rewrite_log_entry(%s, %s)"
                    if self._server
                    else "UPDATE change_log SET changes = ? WHERE id = ?"
                )
                self._db.execute_sql(rewrite, (json.dumps(decoded, ensure_ascii=False), entry_id))
                self.rewritten += 1
        if not self._server:  # a server's exchange tables stay empty: not imported, no rights
            self._rewrite_exchanged(table, record_id, columns, change)

    def _rewrite_exchanged(self, table: str, record_id: str, columns: set, change) -> None:
        """The exchange keeps each change's new values to send them to the other offices,
        and both sides of an open conflict (migration 0022): the same values go there."""
        p = self._p
        rows = self._db.execute_sql(
            f"SELECT position, changes FROM exchange_change "
            f"WHERE record_id = {p} AND table_name = {p}",
            (record_id, table),
        ).fetchall()
        for position, changes in rows:
            decoded = json.loads(changes)
            changed = {column: change(decoded[column]) for column in columns & decoded.keys()}
            if any(changed[column] != decoded[column] for column in changed):
                self._db.execute_sql(
                    f"UPDATE exchange_change SET changes = {p} WHERE position = {p}",
                    (json.dumps({**decoded, **changed}, ensure_ascii=False), position),
                )
        conflicts = self._db.execute_sql(
            "SELECT id, field, mine, theirs FROM exchange_conflict "
            f"WHERE record_id = {p} AND table_name = {p}",
            (record_id, table),
        ).fetchall()
        for conflict_id, field, *values in conflicts:
            if field not in columns:
                continue
            mine, theirs = (
                None if v is None else json.dumps(change(json.loads(v)), ensure_ascii=False)
                for v in values
            )
            self._db.execute_sql(
                f"UPDATE exchange_conflict SET mine = {p}, theirs = {p} WHERE id = {p}",
                (mine, theirs, conflict_id),
            )


@contextlib.contextmanager
def log_rewriting(db: Database) -> Iterator[LogRewriter]:
    """One transaction in which a person's values may be erased from the change log.

    The erasure's own writes happen inside it (the history triggers log them), then the
    values are rewritten; the guard refusing UPDATE is dropped for the block only and
    reinstalled before the commit, and the guard refusing DELETE is never lifted. Freed
    space is overwritten with zeros from here on (``secure_delete``).

    On a server the guard stays: each entry is rewritten through the server's own
    function (:class:`LogRewriter`), in the same transaction as the erasure.
    """
    if history.is_server(db):
        with db.atomic():
            yield LogRewriter(db)
        return
    db.execute_sql("PRAGMA secure_delete = ON")
    with db.atomic(), history.unsealed(db):
        db.execute_sql('DROP TRIGGER "change_log_refuse_UPDATE"')
        yield LogRewriter(db)
        history.install_log_guards(db)


def search_indexes(db: Database, tables: Iterable[str]) -> tuple[list[str], list[str]]:
    """The FTS5 indexes that may hold words of ``tables``: those whose content is one of
    them (rebuilt from it), and every contentless one (``content=''``: it does not say
    which table feeds it; merged, which drops the words of deleted entries)."""
    tables = set(tables)
    rebuilt, merged = [], []
    for name, sql in db.execute_sql(
        "SELECT name, sql FROM sqlite_master"
        " WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
    ).fetchall():
        option = _CONTENT_OPTION.search(sql)
        if option is not None and option.group(1) == "":
            merged.append(name)
        elif option is None or option.group(1) in tables:
            rebuilt.append(name)
    return rebuilt, merged


def scrub_file(db: Database, tables: Iterable[str]) -> bool:
    """Leave no copy of overwritten values in the file: the search indexes drop the old
    words (an index keeps them in older segments until merged or rebuilt), VACUUM
    rewrites every page (free pages and freed cells go), and the WAL is folded in and
    truncated.

    Runs outside any transaction. Returns False when another connection kept the WAL
    from being truncated (its old frames go at the next checkpoint).

    On a server there is nothing the app can scrub: the search words are a column
    generated from the row, and the old row versions (dead tuples: VACUUM frees their
    place without zeroing it, VACUUM FULL rewrites the table) are the server's, as its
    WAL archives and dumps are its admin's (the erasure's confirmation says so:
    ``erasure.SERVER_COPIES``).
    """
    if history.is_server(db):
        return True
    rebuilt, merged = search_indexes(db, tables)
    try:
        db.execute_sql("PRAGMA secure_delete = ON")
        with db.atomic():
            for index in merged:
                db.execute_sql(f'INSERT INTO "{index}"("{index}") VALUES (\'optimize\')')
        # VACUUM copies every table, the log and its numbering included, as they are:
        # the seal would refuse those writes, which change no entry. SQLite keeps the
        # rowids the indexes are keyed on (checked with 3.40); an index that reads its
        # table is rebuilt after it all the same (migration 0002).
        with history.unsealed(db):
            db.execute_sql("VACUUM")
        with db.atomic():
            for index in rebuilt:
                db.execute_sql(f'INSERT INTO "{index}"("{index}") VALUES (\'rebuild\')')
        busy, _, _ = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute_sql("PRAGMA secure_delete = OFF")
    return busy == 0


def room_missing(db: Database) -> int:
    """How many bytes the disk holding the file lacks for :func:`scrub_file` (0: enough).

    VACUUM writes the whole new file through the WAL beside it: as much free space as the
    file's size, plus a margin for the transaction itself, is needed there. Checked before
    an erasure, so that a full disk refuses it before anything is written.
    A server rewrites no file for the app: nothing to check.
    """
    if history.is_server(db):
        return 0
    path = Path(db.database).absolute()
    size = path.stat().st_size
    needed = size + size // 10 + 4 * 1024 * 1024
    return max(0, needed - shutil.disk_usage(path.parent).free)


def disk_full(error: BaseException) -> bool:
    """Whether a full disk is behind ``error``, wherever in its chain (a failed COMMIT on a
    full disk is followed by a failed ROLLBACK, which is what peewee raises)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
        if "disk is full" in str(error).lower():
            return True
        error = error.__cause__ or error.__context__
    return False


def backups_holding(db_path: Path, table: str, key_hex: str) -> list[backups.Backup]:
    """The backups of ``db_path`` that still hold the record ``key_hex`` of ``table`` as
    it was before its erasure (an unreadable backup counts: it cannot be vouched for)."""
    holding = []
    for backup in backups.list_backups(db_path):
        try:
            with read_only_connection(backup.path) as copy:
                present = copy.execute(
                    f'SELECT 1 FROM "{table}" WHERE id = ?', (key_hex,)
                ).fetchone()
                erased = (
                    present
                    and copy.execute(
                        "SELECT 1 FROM sqlite_master WHERE name = 'personal_data_erasure'"
                    ).fetchone()
                    and copy.execute(
                        "SELECT 1 FROM personal_data_erasure WHERE person_id = ?", (key_hex,)
                    ).fetchone()
                )
        except sqlite3.DatabaseError:
            present, erased = True, False
        if present and not erased:
            holding.append(backup)
    return holding


def last_copy_gone_on(holding: list[backups.Backup]) -> dt.date | None:
    """The day the rotation will have dropped the newest of these backups, at the latest."""
    if not holding:
        return None
    newest = max(backup.taken_at for backup in holding)
    return (newest + dt.timedelta(days=backups.RotationPolicy().monthly_days + 1)).date()


def purge_backups(db: Database, db_path: Path, holding: list[backups.Backup]) -> Path:
    """Delete the backups that hold an erased person, after taking a new backup of the
    file as it is now: there is never a moment without a backup."""
    taken = backups.make_backup(db, db_path)
    for backup in holding:
        backup.path.unlink(missing_ok=True)
    return taken
