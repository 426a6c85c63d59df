"""Recognise a Fabrique database from its first 100 bytes, before SQLite touches it.

Reading the header ourselves means a file that is not SQLite, belongs to another
program or comes from a newer version of the app is refused without ever being
opened by SQLite, so it cannot be modified (no journal mode switch, no -wal file).
"""

from __future__ import annotations

import enum
import os
import stat
import struct
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
        status = path.stat()
    except FileNotFoundError:
        return FileKind.MISSING
    if stat.S_ISDIR(status.st_mode):
        raise DatabaseRefused(f"« {path} » est un dossier, pas un fichier de base de données.")
    if not stat.S_ISREG(status.st_mode):
        raise DatabaseRefused(
            f"« {path} » n'est pas un fichier ordinaire (un périphérique…), "
            "pas un fichier de base de données."
        )
    if status.st_size == 0:
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
