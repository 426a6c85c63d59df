"""Where the database lives by default, and creating files readable by their owner only."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from . import DATABASE_NAME, DEMO_NAME
from .failures import disk_full
from .machine_config import machine_config

APP_NAME = "FabriqueDesktop"


def data_directory() -> Path:
    """The per-user data folder (e.g. ~/.local/share/FabriqueDesktop, %APPDATA%\\…)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database_path() -> Path:
    """The workstation's database folder when its administrator set one (a synchronised
    share, say), else the user's data folder."""
    return (machine_config().database_folder or data_directory()) / DATABASE_NAME


def default_demo_path() -> Path:
    return data_directory() / DEMO_NAME


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and each missing folder above it, readable by their owner only.

    ``mkdir(parents=True)`` would give the parents the umask's mode (often 0755): on a
    fresh account ``~/.local/share`` itself is created here, and it should be private
    too. Folders that already exist are left as they are.
    """
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another instance
            candidate.mkdir(mode=0o700)
            os.chmod(candidate, 0o700)  # mkdir's mode is filtered by the umask


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner can read (0600 on POSIX).

    SQLite gives the -wal and -shm files the permissions of the database itself, so
    creating the database this way keeps every companion file private too.
    """
    make_private_folders(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def companion(path: Path, suffix: str) -> Path:
    """A file SQLite keeps beside the database: ``-wal``, ``-shm`` or ``-journal``."""
    return path.with_name(path.name + suffix)


def private_temporary(target: Path) -> Path:
    """A new, empty, private file beside ``target`` to be renamed onto it when complete.

    Its name starts with ``.`` and ends with ``.tmp``: what a killed process leaves can be
    recognised and cleaned. O_EXCL and a random part: two writers never share one.
    """
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)  # mkstemp creates it 0600, whatever the umask
    return Path(name)


def read_only_uri(path: Path) -> str:
    """The SQLite URI opening ``path`` read-only: nothing can be written through it."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def reading_uri(path: Path) -> str:
    """The SQLite URI to open ``path`` only to read it (with ``query_only``), leaving no
    file behind.

    A read-only SQLite connection cannot delete the -wal and -shm files it creates
    beside a WAL file. When there is no journal (nobody has the file open, nothing to
    recover) and the folder can be written, a read-write connection made ``query_only``
    reads the same way, changes no byte, and removes them when it closes. Where they
    cannot be created (a read-only file or folder, a full disk), a file nobody has open
    is read as immutable. A file in use is read plainly read-only, beside its journal.
    """
    uri = read_only_uri(path)
    if any(companion(path, suffix).exists() for suffix in ("-wal", "-journal")):
        return uri
    writable = os.access(path, os.W_OK) and os.access(Path(path).absolute().parent, os.W_OK)
    if writable and not disk_full(path):
        return uri.replace("mode=ro", "mode=rw")
    return f"{uri}&immutable=1"


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection that cannot write, to check a file or read a backup."""
    from .schema import add_functions  # schema needs paths: imported when used

    connection = sqlite3.connect(reading_uri(path), uri=True)
    add_functions(connection)  # an integrity check reads indexes built on them
    try:
        connection.execute("PRAGMA query_only = 1")
        yield connection
    finally:
        connection.close()
