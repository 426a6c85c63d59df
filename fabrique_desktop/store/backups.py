"""Backups through SQLite's online backup API, their rotation, and restoring one.

A plain copy of a live database can catch it mid-transaction; the backup API copies a
consistent snapshot while the app keeps working. Backups sit in a folder beside the
file (``fabrique-sauvegardes/`` for ``fabrique.sqlite``), readable by their owner only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from . import history
from .paths import create_private_file, read_only_connection

STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class RotationPolicy:
    """Everything from the last days, then one a day, then one a month, then none."""

    keep_all_days: int = 2
    daily_days: int = 30
    monthly_days: int = 365


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(db_path: Path) -> Path:
    return db_path.absolute().with_name(f"{db_path.stem}-sauvegardes")


def make_backup(db: Database, db_path: Path, folder: Path | None = None) -> Path:
    """Snapshot the open database into a new, private file of the backup folder."""
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = dt.datetime.now()
    target = folder / f"{db_path.stem}-{now:{STAMP}}.sqlite"
    second = 1
    while target.exists():  # two backups in the same second keep distinct names
        target = folder / f"{db_path.stem}-{now:{STAMP}}-{second}.sqlite"
        second += 1
    temporary = folder / f".{target.name}.tmp"
    # Left by a backup killed half-way in this same second: never a finished backup.
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    try:
        copy = sqlite3.connect(temporary)
        try:
            db.connection().backup(copy)
            # A backup is read on its own: fold it into one file, no -wal beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    return target


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = (folder or backup_folder(db_path)).absolute()
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite"):
        stamp = path.stem[len(db_path.stem) + 1 :][: len("YYYYMMDD-HHMMSS")]
        with contextlib.suppress(ValueError):
            found.append(Backup(path, dt.datetime.strptime(stamp, STAMP)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def backups_to_remove(
    backups: list[Backup], now: dt.datetime, policy: RotationPolicy = RotationPolicy()
) -> list[Backup]:
    """Which backups the rotation drops: kept are all recent ones, then the newest of each
    day, then the newest of each month, up to a year."""
    kept_days: set[dt.date] = set()
    kept_months: set[tuple[int, int]] = set()
    removed = []
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        age = now - backup.taken_at
        day = backup.taken_at.date()
        month = (day.year, day.month)
        if age <= dt.timedelta(days=policy.keep_all_days) or (
            age <= dt.timedelta(days=policy.daily_days) and day not in kept_days
        ):
            kept_days.add(day)
            kept_months.add(month)
        elif age <= dt.timedelta(days=policy.monthly_days) and month not in kept_months:
            kept_months.add(month)
        else:
            removed.append(backup)
    return removed


def rotate(db_path: Path, now: dt.datetime | None = None, policy=RotationPolicy()) -> list[Path]:
    removed = backups_to_remove(list_backups(db_path), now or dt.datetime.now(), policy)
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return [backup.path for backup in removed]


def changed_since_last_backup(db: Database, db_path: Path) -> bool:
    """Whether the file holds changes its newest backup does not (by the change history)."""
    backups = list_backups(db_path)
    if not backups:
        return True
    try:
        with read_only_connection(backups[0].path) as newest:
            saved = newest.execute("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0]
    except sqlite3.DatabaseError:
        return True  # an older or damaged backup: take a new one
    return history.last_change(db) != saved


def is_sound(path: Path) -> bool:
    """Whether a backup passes SQLite's quick check (read-only: it is left untouched)."""
    try:
        with read_only_connection(path) as connection:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def backup_if_changed(db: Database, db_path: Path) -> Path | None:
    """Take a backup (and rotate) when something changed since the newest one."""
    if not changed_since_last_backup(db, db_path):
        return None
    taken = make_backup(db, db_path)
    rotate(db_path)
    return taken


def restore(backup: Path, db_path: Path) -> None:
    """Replace the (closed) database ``db_path`` by the content of ``backup``.

    The caller closes its connections first and backs the current file up; the copy
    goes through the backup API, so a crash midway leaves SQLite's journal to recover.
    """
    with read_only_connection(backup) as source:
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
