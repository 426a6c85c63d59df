"""Recognise a Fabrique database from its first 100 bytes, before SQLite touches it.

Reading the header ourselves means a file that is not SQLite, belongs to another
program or comes from a newer version of the app is refused without ever being
opened by SQLite, so it cannot be modified (no journal mode switch, no -wal file).
A header that says nothing while a -wal lies beside it is read again through a
private copy of both, where SQLite may replay the -wal without touching the originals.
"""

from __future__ import annotations

import enum
import os
import shutil
import sqlite3
import struct
import tempfile
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: ``PRAGMA application_id`` of every Fabrique Desktop file: b"FABI" as an integer.
APPLICATION_ID = int.from_bytes(b"FABI", "big")


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    FABRIQUE = "fabrique"


class DatabaseRefused(Exception):
    """The file cannot be opened; ``str(error)`` is a French sentence for the user."""


def inspect_file(path: Path, known_version: int) -> FileKind:
    """Tell what ``path`` holds, or raise :class:`DatabaseRefused` with the reason in French."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileKind.MISSING
    if path.is_dir():
        raise DatabaseRefused(f"« {path} » est un dossier, pas un fichier de base de données.")
    if size == 0:
        return FileKind.EMPTY
    try:
        with open(path, "rb") as stream:
            header = stream.read(HEADER_SIZE)
    except OSError as error:
        raise DatabaseRefused(
            f"Le fichier « {path.name} » ne peut pas être lu ({os.strerror(error.errno or 0)})."
        ) from error
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(
            f"Le fichier « {path.name} » n'est pas une base de données Fabrique Desktop "
            "(ce n'est pas un fichier SQLite). Il n'a pas été modifié."
        )
    user_version, application_id = struct.unpack(">I4xI", header[60:72])
    if application_id != APPLICATION_ID and _has_wal(path):
        application_id, user_version = header_through_wal(path) or (application_id, 0)
    if application_id != APPLICATION_ID:
        raise DatabaseRefused(
            f"Le fichier « {path.name} » est une base SQLite d'un autre logiciel, "
            "pas une base Fabrique Desktop. Il n'a pas été modifié."
        )
    if user_version > known_version:
        raise DatabaseRefused(newer_schema_message(path))
    return FileKind.FABRIQUE


def newer_schema_message(path: Path) -> str:
    return (
        f"Le fichier « {path.name} » a été créé par une version plus récente de "
        "Fabrique Desktop. Mettez l'application à jour pour l'ouvrir ; "
        "le fichier n'a pas été modifié."
    )


def _has_wal(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def header_through_wal(path: Path) -> tuple[int, int] | None:
    """``(application_id, user_version)`` of ``path`` as SQLite sees it with its -wal,
    read from a private copy so that the file and its -wal stay byte for byte as they are.

    An earlier version killed before its first checkpoint left a main file whose header
    says nothing (application id 0) while the -wal holds the schema. None when the copy
    cannot be read as a database.
    """
    with tempfile.TemporaryDirectory(prefix="fabrique-lecture-") as scratch:
        copy = Path(scratch) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        except OSError:
            return None
        connection = sqlite3.connect(copy)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            return None
        finally:
            connection.close()
    return application_id, user_version
