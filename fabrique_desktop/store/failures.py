"""Telling damage from the environment: what went wrong with a file, in French.

Only SQLite's own verdict that the file is corrupt means « endommagé » (and makes the
app offer a backup in its place). A read-only folder, a full disk, a folder without
access or an over-long name are problems of the surroundings: the file is fine and
replacing it by an older backup would lose good data, so each is told as what it is.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from .fileguard import DatabaseRefused
from .postgres.address import is_server_address

#: SQLite's primary result codes that mean « the file itself is damaged ».
CORRUPTION_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

#: Less free space than this (bytes) and SQLite's I/O errors are a full disk.
NEARLY_FULL = 1024 * 1024

#: What an operating-system error number says about the surroundings of a file.
OS_CAUSES = {
    errno.ENOSPC: "le disque est plein",
    errno.EDQUOT: "le quota de disque est atteint",
    errno.EFBIG: "le fichier dépasse la taille permise sur ce disque",
    errno.EROFS: "le disque est en lecture seule",
    errno.EACCES: "l'accès est refusé (droits du dossier ou du fichier)",
    errno.EPERM: "l'accès est refusé (droits du dossier ou du fichier)",
    errno.ENAMETOOLONG: "le nom est trop long",
    errno.ENOENT: "le dossier ou le fichier n'existe pas",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier",
    errno.EEXIST: "un élément de ce nom existe déjà et ne peut pas être remplacé",
    errno.EIO: "erreur de lecture ou d'écriture du disque",
}

#: The same for SQLite's primary result codes.
SQLITE_CAUSES = {
    sqlite3.SQLITE_FULL: "le disque est plein",
    sqlite3.SQLITE_READONLY: "le fichier ou son dossier est en lecture seule",
    sqlite3.SQLITE_CANTOPEN: "le fichier ou son dossier n'est pas accessible",
    sqlite3.SQLITE_PERM: "l'accès est refusé",
    sqlite3.SQLITE_IOERR: "erreur de lecture ou d'écriture du disque",
    sqlite3.SQLITE_BUSY: "un autre programme l'utilise en ce moment",
    sqlite3.SQLITE_LOCKED: "un autre programme l'utilise en ce moment",
}


class DatabaseDamaged(DatabaseRefused):
    """The file is a Fabrique database whose pages are damaged: offer a backup instead."""


class DatabaseReadOnly(DatabaseRefused):
    """The file or its folder cannot be written: it can only be opened read-only."""


def os_cause(error: OSError) -> str:
    """A short French phrase for an operating-system error."""
    return OS_CAUSES.get(error.errno, os.strerror(error.errno) if error.errno else str(error))


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error`` (peewee wraps sqlite3's errors)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
        wrapped = error.args[0] if error.args and isinstance(error.args[0], Exception) else None
        error = wrapped or error.__cause__ or error.__context__
    return None


def is_corruption(error: BaseException) -> bool:
    return sqlite_code(error) in CORRUPTION_CODES


def damaged(path: Path, findings: str) -> DatabaseDamaged:
    findings = " ".join(findings.split())  # SQLite's findings span lines: one line here
    return DatabaseDamaged(
        f"Le fichier « {path.name} » est endommagé et ne peut pas être ouvert ({findings}). "
        "Il n'a pas été modifié."
    )


def cause(error: BaseException, path: Path | None = None) -> str:
    """A short French phrase for an error of the operating system or of SQLite.

    SQLite reports a full disk at opening as an I/O error (it cannot size its -shm
    file): the free space of the disk holding ``path`` tells the two apart.
    """
    if isinstance(error, OSError):
        return os_cause(error)
    code = sqlite_code(error)
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) and path and disk_full(path):
        return SQLITE_CAUSES[sqlite3.SQLITE_FULL]
    return SQLITE_CAUSES.get(code, str(error))


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (a file or a folder) has almost no space left."""
    place = Path(path).absolute()
    try:
        while not place.is_dir() and place != place.parent:
            place = place.parent
        return shutil.disk_usage(place).free < NEARLY_FULL
    except OSError:
        return False


def refusal(path: Path | str, error: BaseException) -> DatabaseRefused:
    """The French refusal for an error met while opening or reading ``path`` (or the
    server at that address)."""
    if is_server_address(path):
        from .postgres.database import first_line, server_label

        return DatabaseRefused(
            f"Le serveur « {server_label(path)} » a refusé ({first_line(error)}). "
            "Rien n'a été modifié."
        )
    if is_corruption(error):
        return damaged(path, str(error))
    return DatabaseRefused(
        f"Le fichier « {path.name} » ne peut pas être ouvert : {cause(error, path)}. "
        "Il n'a pas été modifié."
    )


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` can only be read here, or None if it can be written (or is missing).

    SQLite writes its journal beside the file, so the folder must be writable too. A
    folder that cannot even be looked into raises the French :class:`DatabaseRefused`.
    """
    path = path.absolute()
    try:
        if not path.exists():
            return None
    except OSError as error:
        raise refusal(path, error) from error
    if not os.access(path.parent, os.W_OK):
        where = f"Le dossier « {path.parent} »"
    elif not os.access(path, os.W_OK):
        where = f"Le fichier « {path.name} »"
    else:
        return None
    return (
        f"{where} n'est pas modifiable (lecture seule ou droits insuffisants) : "
        "la base est ouverte en lecture seule, rien ne peut y être enregistré."
    )
