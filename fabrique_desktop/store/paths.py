"""Where the database lives by default, and creating files readable by their owner only."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs

APP_NAME = "FabriqueDesktop"


def data_directory() -> Path:
    """The per-user data folder (e.g. ~/.local/share/FabriqueDesktop, %APPDATA%\\…)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database_path() -> Path:
    return data_directory() / "fabrique.sqlite"


def default_demo_path() -> Path:
    return data_directory() / "demonstration.sqlite"


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


def read_only_uri(path: Path) -> str:
    """The SQLite URI opening ``path`` read-only: nothing can be written through it."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain read-only connection to another file than the open one (a backup)."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        yield connection
    finally:
        connection.close()
