"""The envoi file: a zip holding a manifest, the changes (one JSON line each) and the
attachments' contents, named by their SHA-256; or, for an office that has acknowledged
nothing yet, a manifest and a snapshot (a SQLite database, see ``snapshot``).

The file is hostile until proven otherwise: its size, its entries' names, sizes and
compression ratios are checked before anything is decompressed; each part must match the
checksum the manifest gives; every change must be one the domain's rules accept. Any
failure raises :class:`EnvoiRefused` with a French message. Writing goes to a temporary
file renamed into place: a full disk leaves no partial envoi.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.models import MAX_ATTACHMENT_BYTES
from ..failures import os_cause
from . import rules
from .journal import Change

FORMAT = 1
#: An envoi carrying a snapshot: an older version refuses it as newer than itself.
SNAPSHOT_FORMAT = 2
SUFFIX = ".fabrique-echange"
MANIFEST, CHANGES, SNAPSHOT = "manifest.json", "changes.jsonl", "snapshot.sqlite"
_ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")
#: Limits checked on the zip's directory, before reading a byte of content.
MAX_ENVOI_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_CHANGES_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_SNAPSHOT_BYTES = MAX_TOTAL_BYTES
MAX_ENTRIES = 200_002
#: Changes as JSON lines compress about tenfold; a bomb compresses a thousandfold.
MAX_RATIO = 100
_CHUNK = 1024**2


class EnvoiRefused(Exception):
    """An envoi that cannot be applied; the message says why, in French."""


@dataclass
class Envoi:
    manifest: dict[str, Any]
    changes: list[Change]  # or, for a snapshot, its changes read as they are iterated
    attachments: dict[str, bytes]
    #: The snapshot's private copy, checked, kept as long as the envoi (then deleted).
    snapshot: Path | None = None
    _folder: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    @property
    def sender(self) -> dict[str, str]:
        return self.manifest["sender"]


@contextlib.contextmanager
def written(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write the envoi in, renamed to ``path`` once
    whole and on disk; on any failure removed, and an OS error said in French."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    os.close(descriptor)
    try:
        yield Path(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise EnvoiRefused(
            f"L'envoi « {path.name} » n'a pas pu être écrit : {os_cause(error)}. "
            "Aucun fichier d'envoi n'a été laissé."
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_envoi(
    path: Path, manifest: dict[str, Any], changes: Iterable[Change], attachments: dict[str, bytes]
) -> dict[str, Any]:
    """Write the envoi at ``path`` whole, or nothing at all; return the manifest."""
    with (
        written(path) as temporary,
        open(temporary, "wb") as raw,
        zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive,
    ):
        parts: dict[str, dict[str, Any]] = {}
        digest, size, count, tables = hashlib.sha256(), 0, 0, {}
        with archive.open(CHANGES, "w", force_zip64=True) as stream:
            for change in changes:
                line = (json.dumps(change.as_json(), ensure_ascii=False) + "\n").encode()
                stream.write(line)
                digest.update(line)
                size += len(line)
                count += 1
                if change.action != rules.WITHHELD:
                    tables[change.table] = tables.get(change.table, 0) + 1
        parts[CHANGES] = {"sha256": digest.hexdigest(), "size": size}
        for sha, content in sorted(attachments.items()):
            archive.writestr(f"attachments/{sha}", content)
            parts[f"attachments/{sha}"] = {"sha256": sha, "size": len(content)}
        manifest = {
            **manifest,
            "format": FORMAT,
            "counts": {"changes": count, "attachments": len(attachments), "tables": tables},
            "parts": parts,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def write_snapshot_envoi(
    path: Path, manifest: dict[str, Any], snapshot: Path, progress=None
) -> dict[str, Any]:
    """Write at ``path`` an envoi carrying the database file ``snapshot``, whole or not
    at all (``progress(done, total)`` told the bytes written); return the manifest.
    Compressed at level 1: a snapshot of a large file weighs a gigabyte and more, which
    level 6 takes several times longer to squeeze little more."""
    total = Path(snapshot).stat().st_size
    with (
        written(path) as temporary,
        open(temporary, "wb") as raw,
        zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
    ):
        digest, size = hashlib.sha256(), 0
        with open(snapshot, "rb") as source, archive.open(SNAPSHOT, "w", force_zip64=True) as out:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if progress is not None:
                    progress(size, total)
        manifest = {
            **manifest,
            "format": SNAPSHOT_FORMAT,
            "parts": {SNAPSHOT: {"sha256": digest.hexdigest(), "size": size}},
        }
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def read_envoi(path: Path, schema_version: int, progress=None) -> Envoi:
    """Open and check the envoi at ``path``: its container, checksums and every change
    (``progress(done, total)`` told how far the checking has gone)."""
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():
            raise EnvoiRefused(f"« {name} » n'est pas un fichier d'envoi.")
        if path.stat().st_size > MAX_ENVOI_BYTES:
            raise EnvoiRefused(f"« {name} » est trop gros pour être un envoi (plus de 2 Go).")
        with zipfile.ZipFile(path) as archive:
            entries = _checked_entries(archive, name)
            manifest = _manifest(archive, entries, name, schema_version)
            if SNAPSHOT in entries:
                return _with_snapshot(archive, entries[SNAPSHOT], manifest, name, progress)
            changes = _changes(archive, entries, manifest, name, progress)
            attachments = _attachments(archive, entries, manifest, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, UnicodeDecodeError) as error:
        raise EnvoiRefused(
            f"« {name} » est abîmé ou tronqué : ce n'est pas un envoi lisible ({error})."
        ) from error
    except OSError as error:
        raise EnvoiRefused(f"« {name} » ne peut pas être lu : {os_cause(error)}.") from error
    return Envoi(manifest, changes, attachments)


def _checked_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise EnvoiRefused(f"« {name} » contient trop de fichiers pour être un envoi.")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        parts = entry.replace("\\", "/").split("/")
        if entry.startswith(("/", "\\")) or ".." in parts or re.match(r"[A-Za-z]:", entry):
            raise EnvoiRefused(
                f"« {name} » est refusé : il contient un chemin dangereux (« {entry[:80]} »)."
            )
        if entry in entries:
            raise EnvoiRefused(f"« {name} » est refusé : « {entry[:80]} » y figure deux fois.")
        if entry not in (MANIFEST, CHANGES, SNAPSHOT) and not _ATTACHMENT.fullmatch(entry):
            raise EnvoiRefused(f"« {name} » est refusé : « {entry[:80]} » n'a rien à y faire.")
        if info.flag_bits & 0x1:
            raise EnvoiRefused(f"« {name} » est refusé : il est chiffré.")
        limit = {
            MANIFEST: MAX_MANIFEST_BYTES,
            CHANGES: MAX_CHANGES_BYTES,
            SNAPSHOT: MAX_SNAPSHOT_BYTES,
        }.get(entry, MAX_ATTACHMENT_BYTES)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or (info.file_size > _CHUNK and ratio > MAX_RATIO):
            raise EnvoiRefused(
                f"« {name} » est refusé : « {entry[:80]} » se décompresserait en "
                f"{info.file_size // 1024**2} Mo (bombe de décompression ?)."
            )
        total += info.file_size
        entries[entry] = info
    if total > MAX_TOTAL_BYTES:
        raise EnvoiRefused(
            f"« {name} » est refusé : son contenu dépasse 4 Go une fois décompressé."
        )
    if MANIFEST not in entries or (CHANGES in entries) == (SNAPSHOT in entries):
        raise EnvoiRefused(f"« {name} » n'est pas un envoi de Fabrique Desktop (manifeste absent).")
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than its declared size (checked above)."""
    with archive.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise zipfile.BadZipFile(f"taille de « {info.filename} » incohérente")
    return data


def _manifest(
    archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], name: str, schema_version: int
) -> dict[str, Any]:
    try:
        manifest = json.loads(_read(archive, entries[MANIFEST]))
        version = manifest["format"]
        schema = manifest["schema_version"]
        sender = manifest["sender"]
        valid = (
            isinstance(version, int)
            and isinstance(schema, int)
            and isinstance(manifest["fabrique_id"], str)
            and isinstance(sender, dict)
            and all(isinstance(sender.get(k), str) for k in ("id", "name", "structure"))
            and isinstance(manifest["recipient"], (str, type(None)))
            and isinstance(manifest["parts"], dict)
            and _is_vector(manifest["knows"])
            and isinstance(manifest["counts"]["changes"], int)
        )
    except (ValueError, KeyError, TypeError) as error:
        raise EnvoiRefused(f"« {name} » est refusé : son manifeste est illisible.") from error
    if not valid:
        raise EnvoiRefused(f"« {name} » est refusé : son manifeste est illisible.")
    if version > SNAPSHOT_FORMAT or schema > schema_version:
        raise EnvoiRefused(
            f"« {name} » vient d'une version plus récente de Fabrique Desktop : mettez "
            "l'application à jour sur ce poste, puis recevez l'envoi de nouveau."
        )
    if set(manifest["parts"]) != set(entries) - {MANIFEST}:
        raise EnvoiRefused(f"« {name} » est refusé : ses parties ne sont pas celles annoncées.")
    return manifest


def _is_vector(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
        for k, v in value.items()
    )


def _verified(archive, entries, manifest, entry: str, name: str) -> bytes:
    data = _read(archive, entries[entry])
    expected = manifest["parts"][entry]
    if not isinstance(expected, dict) or hashlib.sha256(data).hexdigest() != expected.get("sha256"):
        raise EnvoiRefused(
            f"« {name} » est refusé : « {entry} » ne correspond pas à sa somme de contrôle "
            "(fichier modifié ou abîmé en route)."
        )
    return data


def _with_snapshot(archive, info: zipfile.ZipInfo, manifest, name: str, progress) -> Envoi:
    """The envoi, its snapshot decompressed into a private folder (never more than its
    declared size) and checked against the manifest's SHA-256; the database itself is
    checked by ``snapshot_check`` before anything opens it for good."""
    folder = tempfile.TemporaryDirectory(prefix="fabrique-envoi-")
    target = Path(folder.name) / SNAPSHOT
    digest, size = hashlib.sha256(), 0
    with archive.open(info) as stream, open(target, "wb") as out:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > info.file_size:
                raise zipfile.BadZipFile(f"taille de « {SNAPSHOT} » incohérente")
            digest.update(chunk)
            out.write(chunk)
            if progress is not None:  # the first half: ``snapshot_check`` is the second
                progress(size, 2 * info.file_size)
    expected = manifest["parts"][SNAPSHOT]
    if (
        size != info.file_size
        or not isinstance(expected, dict)
        or digest.hexdigest() != expected.get("sha256")
    ):
        raise EnvoiRefused(
            f"« {name} » est refusé : « {SNAPSHOT} » ne correspond pas à sa somme de contrôle "
            "(fichier modifié ou abîmé en route)."
        )
    return Envoi(manifest, [], {}, target, folder)


def change_error(change: Change, number: int, name: str) -> None:
    """Refuse the envoi ``name`` if its change n° ``number`` breaks the Fabrique's rules."""
    problem = _change_error(change)
    if problem:
        raise EnvoiRefused(
            f"« {name} » est refusé : la modification n° {number} ne respecte pas les "
            f"règles de la Fabrique ({problem})."
        )


def _changes(archive, entries, manifest, name: str, progress=None) -> list[Change]:
    data = _verified(archive, entries, manifest, CHANGES, name)
    changes = []
    total = manifest["counts"]["changes"]
    for number, line in enumerate(data.splitlines(), start=1):
        if progress is not None and number % 1000 == 0:
            progress(number, total)
        try:
            raw = json.loads(line)
            change = Change(
                raw["origin"],
                raw["seq"],
                raw["deps"],
                raw["at"],
                raw["staff_id"],
                raw["action"],
                raw["table"],
                raw["record_id"],
                raw["changes"],
            )
        except (ValueError, KeyError, TypeError) as error:
            raise EnvoiRefused(
                f"« {name} » est refusé : la modification n° {number} est illisible."
            ) from error
        change_error(change, number, name)
        changes.append(change)
    if len(changes) != manifest["counts"]["changes"]:
        raise EnvoiRefused(f"« {name} » est refusé : il manque des modifications (envoi tronqué).")
    return changes


def _change_error(change: Change) -> str | None:
    if not (isinstance(change.origin, str) and re.fullmatch(r"[0-9a-f]{32}", change.origin)):
        return "poste d'origine invalide"
    if not isinstance(change.seq, int) or isinstance(change.seq, bool) or change.seq < 1:
        return "numéro invalide"
    if not _is_vector(change.deps) or not isinstance(change.at, str):
        return "date ou dépendances invalides"
    if change.staff_id is not None and not (
        isinstance(change.staff_id, str) and re.fullmatch(r"[0-9a-f]{32}", change.staff_id)
    ):
        return "auteur invalide"
    return rules.change_error(change.table, change.action, change.record_id, change.changes)


def _attachments(archive, entries, manifest, name: str) -> dict[str, bytes]:
    found = {}
    for entry in entries:
        match = _ATTACHMENT.fullmatch(entry)
        if match:
            data = _verified(archive, entries, manifest, entry, name)
            if hashlib.sha256(data).hexdigest() != match.group(1):
                raise EnvoiRefused(f"« {name} » est refusé : une pièce jointe est altérée.")
            found[match.group(1)] = data
    return found
