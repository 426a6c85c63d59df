"""Backups through SQLite's online backup API, their rotation, and restoring one.

A plain copy of a live database can catch it mid-transaction; the backup API copies a
consistent snapshot while the app keeps working. Backups sit in a folder beside the
file (``fabrique-sauvegardes/`` for ``fabrique.sqlite``), readable by their owner only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, DatabaseError

from . import history
from .failures import cause, damaged, is_corruption
from .fileguard import DatabaseRefused
from .integrity import damage_findings
from .machine_config import machine_config
from .paths import companion, private_temporary, read_only_connection
from .schema import add_functions

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which protects it as well
    fcntl = None

STAMP = "%Y%m%d-%H%M%S"
#: Clocks of two computers sharing a folder may differ by this much without suspicion.
CLOCK_TOLERANCE = dt.timedelta(hours=1)


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
    """Beside the database, or in the workstation's backups folder when its administrator
    set one (each database in its own subfolder there, as beside it)."""
    name = f"{db_path.stem}-sauvegardes"
    machine_folder = machine_config().backups_folder
    return machine_folder / name if machine_folder else db_path.absolute().with_name(name)


class BackupFailed(DatabaseRefused):
    """A backup could not be made (full disk, no access…): nothing was written."""


def make_backup(db: Database, db_path: Path, folder: Path | None = None) -> Path:
    """Snapshot the open database into a new, private file of the backup folder.

    The copy is called a backup only once SQLite's full ``integrity_check`` found it
    sound: a damaged file raises :class:`DatabaseDamaged` and is never backed up as if
    it were sound. Any other failure raises :class:`BackupFailed` and leaves no file.
    """
    folder = folder or backup_folder(db_path)
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The folder is ours: whatever a killed backup left there goes, whatever its name.
        clean_abandoned(folder, ".*.tmp*")
    except OSError as error:
        raise BackupFailed(
            f"La sauvegarde dans « {folder} » est impossible : {cause(error)}. Rien n'a été écrit."
        ) from error
    try:
        with _work_file(folder / db_path.name) as temporary:
            _copy_and_check(db, db_path, temporary)
            target = _free_name(folder, db_path.stem)
            os.replace(temporary, target)
    except (OSError, sqlite3.Error, DatabaseError) as error:
        raise BackupFailed(
            f"La sauvegarde de « {db_path.name} » a échoué : {cause(error, folder)}. "
            "Rien n'a été écrit ; la base n'a pas été modifiée."
        ) from error
    return target


def _copy_and_check(db: Database, db_path: Path, temporary: Path) -> None:
    copy = sqlite3.connect(temporary)
    add_functions(copy)  # the copy's integrity check reads indexes built on them
    try:
        # No journal for a copy that is thrown away if anything fails midway.
        copy.execute("PRAGMA journal_mode = OFF")
        try:
            db.connection().backup(copy)
        except sqlite3.DatabaseError as error:
            if is_corruption(error):
                raise damaged(db_path, str(error)) from error
            raise
        findings = damage_findings(copy)
        if findings:
            raise damaged(db_path, "; ".join(findings))
        # A backup is read on its own: fold it into one file, no -wal beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def _free_name(folder: Path, stem: str) -> Path:
    now = dt.datetime.now()
    target = folder / f"{stem}-{now:{STAMP}}.sqlite"
    second = 1
    while target.exists():  # two backups in the same second keep distinct names
        target = folder / f"{stem}-{now:{STAMP}}-{second}.sqlite"
        second += 1
    return target


@contextlib.contextmanager
def _work_file(beside: Path) -> Iterator[Path]:
    """A private temporary file beside ``beside``, to be renamed when complete: removed
    if anything fails, and held (POSIX) while in use so that cleaning spares it.
    Leftovers of killed ones are cleaned first."""
    clean_abandoned(beside.parent, f".{beside.name}.*.tmp*")
    temporary = private_temporary(beside)
    try:
        if fcntl is None:
            yield temporary
        else:
            with open(temporary, "rb") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                yield temporary
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def clean_abandoned(folder: Path, pattern: str) -> list[Path]:
    """Remove the temporary files (full-size copies, their journals) that killed backups
    or restores left in ``folder``.

    One in progress is held (POSIX) or cannot be deleted while open (Windows): only
    abandoned ones go.
    """
    removed = []
    for leftover in folder.glob(pattern):
        try:
            if fcntl is None:
                leftover.unlink()
            else:
                with open(leftover, "rb") as handle:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    leftover.unlink()
        except OSError:
            continue  # in use by a backup under way, or not ours to remove
        removed.append(leftover)
    return removed


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = (folder or backup_folder(db_path)).absolute()
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite"):
        stamp = path.stem[len(db_path.stem) + 1 :][: len("YYYYMMDD-HHMMSS")]
        with contextlib.suppress(ValueError):
            found.append(Backup(path, dt.datetime.strptime(stamp, STAMP)))
    now = dt.datetime.now()
    # A backup stamped in the future (the clock was wrong) is not taken for the newest.
    return sorted(
        found,
        key=lambda backup: (not misdated(backup, now), backup.taken_at, backup.path.name),
        reverse=True,
    )


def misdated(backup: Backup, now: dt.datetime) -> bool:
    """Whether the backup's name says it was taken later than now: its age is unknown."""
    return backup.taken_at > now + CLOCK_TOLERANCE


def backups_to_remove(
    backups: list[Backup], now: dt.datetime, policy: RotationPolicy = RotationPolicy()
) -> list[Backup]:
    """Which backups the rotation drops: kept are all recent ones, then the newest of each
    day, then the newest of each month, up to a year.

    A backup whose name is in the future cannot be placed: it is kept only until a
    correctly dated recent backup exists.
    """
    kept_days: set[dt.date] = set()
    kept_months: set[tuple[int, int]] = set()
    future = [backup for backup in backups if misdated(backup, now)]
    dated = [backup for backup in backups if not misdated(backup, now)]
    recent = any(now - b.taken_at <= dt.timedelta(days=policy.keep_all_days) for b in dated)
    removed = future if recent else []
    for backup in sorted(dated, key=lambda b: b.taken_at, reverse=True):
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
    """Whether a backup passes SQLite's full integrity check, indexes included (read-only:
    it is left untouched)."""
    try:
        with read_only_connection(path) as connection:
            return not damage_findings(connection)
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

    The caller closes its connections first and backs the current file up (or sets a
    damaged one aside). The copy is written to a private file beside the target and
    renamed onto it: a crash midway leaves the current file as it was.
    """
    if db_path.exists() and os.path.samefile(backup, db_path):
        raise DatabaseRefused(
            f"« {backup.name} » est la base elle-même : choisissez une autre sauvegarde."
        )
    try:
        with _work_file(db_path) as temporary:
            with read_only_connection(backup) as source:
                target = sqlite3.connect(temporary)
                try:
                    source.backup(target)
                    _mark_restored(target)
                finally:
                    target.close()
            # The WAL of the replaced file must not be applied to the restored one; its
            # content is in the backup the caller made first.
            for suffix in ("-wal", "-shm", "-journal"):
                companion(db_path, suffix).unlink(missing_ok=True)
            os.replace(temporary, db_path)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseRefused(
            f"La restauration de « {db_path.name} » a échoué : {cause(error, db_path)}. "
            "Le fichier n'a pas été remplacé."
        ) from error


def _mark_restored(connection: sqlite3.Connection) -> None:
    """A restored file's exchange numbering has gone back in time: it takes a new office
    identity at its next exchange (see ``exchange.identity``), else its next changes
    would reuse numbers its partners already hold and be ignored as duplicates."""
    from .exchange.identity import RENEW
    from .exchange.journal import OFFICE

    exchanged = (
        connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'exchange_setting'"
        ).fetchone()
        and connection.execute("SELECT 1 FROM exchange_setting WHERE key = ?", (OFFICE,)).fetchone()
    )
    if exchanged:
        connection.execute(
            "INSERT OR REPLACE INTO exchange_setting (key, value) VALUES (?, 'restored')", (RENEW,)
        )
        connection.commit()


def set_aside(db_path: Path) -> Path:
    """Rename a damaged file (with its -wal and -shm) out of the way; never delete it."""
    stamp = dt.datetime.now().strftime(STAMP)
    aside = db_path.with_name(f"{db_path.stem}-endommagé-{stamp}{db_path.suffix}")
    second = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.stem}-endommagé-{stamp}-{second}{db_path.suffix}")
        second += 1
    os.rename(db_path, aside)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.rename(companion(db_path, suffix), companion(aside, suffix))
    return aside
