"""Creating a new Fabrique file all at once: either the path does not exist, or it holds
a whole Fabrique database.

The file is built complete (application id, schema, every migration) under a temporary
name in the same folder, synced to the disk, then renamed into place. A process killed
at any moment leaves either nothing at the path or the finished file; the temporary
file it may leave behind is removed the next time a file is created in that folder.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

from peewee import SqliteDatabase

from . import history, schema
from .lock import process_alive
from .paths import create_private_file, make_private_folders

#: A build is a second's work: one untouched this long was abandoned, whoever made it.
ABANDONED_AFTER_SECONDS = 3600
#: While building, the rollback journal: nothing to fold back before the rename, and no
#: -wal left to pair with the wrong name. The file switches to WAL when first opened.
BUILD_PRAGMAS = (("journal_mode", "delete"), ("foreign_keys", 1), ("synchronous", "full"))


def create_database_file(path: Path, replace_empty: bool = False) -> None:
    """Build a new Fabrique file at ``path``, which must not exist (or be an empty file
    when ``replace_empty``: what an earlier version left when killed at once)."""
    path = Path(path).absolute()
    make_private_folders(path.parent)
    remove_abandoned_builds(path)
    temporary = path.with_name(f".{path.name}.{socket.gethostname()}-{os.getpid()}.nouveau")
    temporary.unlink(missing_ok=True)  # ours from an earlier call that failed
    create_private_file(temporary)
    try:
        build = SqliteDatabase(str(temporary), pragmas=BUILD_PRAGMAS)
        try:
            build.connect()
            # As every connection to a Fabrique file: the history's triggers call the
            # actor function that the seal provides, should a migration write a row.
            history.seal(build, build.connection())
            schema.add_functions(build.connection())  # the search indexes' triggers
            schema.migrate(build)
        finally:
            build.close()
        _sync(temporary)
        if path.exists() and not (replace_empty and path.stat().st_size == 0):
            raise FileExistsError(path)  # made meanwhile by someone else: never replace it
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)


def remove_abandoned_builds(path: Path) -> list[Path]:
    """Delete the temporary files of builds of ``path`` that were killed midway.

    One is abandoned when the process that made it, on this computer, has ended, or
    when it has not been touched for an hour (made by another computer on a share).
    """
    import time

    removed = []
    for leftover in path.parent.glob(f".{path.name}.*.nouveau"):
        maker = leftover.name[len(path.name) + 2 : -len(".nouveau")]
        host, _, pid = maker.rpartition("-")
        try:
            age = time.time() - leftover.stat().st_mtime
        except FileNotFoundError:
            continue
        gone_here = host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid))
        if gone_here or age > ABANDONED_AFTER_SECONDS:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def _sync(path: Path) -> None:
    """Make the file's content durable before it gets its real name."""
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX: the folder's entry; Windows has no folder fsync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
