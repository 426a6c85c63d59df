"""Files attached to a need, a project, a holder or a committee, stored in the database."""

from __future__ import annotations

import hashlib
import mimetypes

from peewee import ModelSelect

from .. import french
from ..models import MAX_ATTACHMENT_BYTES, Attachment, BaseModel, Committee, Holder, Need, Project
from ..validation import refuse
from .base import current, transactional

MEBIBYTE = 1024 * 1024
_OWNER_FIELD = {Need: "need", Project: "project", Holder: "holder", Committee: "committee"}


def check_size(file_name: str, size: int) -> None:
    """Refuse a file over the limit before anyone reads it (a 2 GB video stays on disk)."""
    if size > MAX_ATTACHMENT_BYTES:
        raise refuse(
            f"« {file_name.strip()} » pèse {french.number(size / MEBIBYTE, 1)} Mo ; une pièce "
            f"jointe est limitée à {french.number(MAX_ATTACHMENT_BYTES / MEBIBYTE)} Mo. Déposez "
            "les fichiers plus lourds sur le partage de la structure.",
            "content",
        )


@transactional
def attach_file(owner: BaseModel, file_name: str, content: bytes) -> Attachment:
    """Store ``content`` under ``file_name`` on ``owner``; refuse empty names and large files."""
    name = file_name.strip()
    if not name or len(name) > 255:
        raise refuse("Le nom du fichier doit compter de 1 à 255 caractères.", "file_name")
    check_size(name, len(content))
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Attachment.create(
        file_name=name,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        **{_OWNER_FIELD[type(owner)]: owner},
    )


def attachments_of(owner: BaseModel) -> ModelSelect:
    """The owner's files, oldest first, without their content (a list needs no bytes)."""
    field = getattr(Attachment, _OWNER_FIELD[type(owner)])
    return (
        Attachment.select(
            Attachment.id, Attachment.file_name, Attachment.size, Attachment.created_at
        )
        .where(field == owner)
        .order_by(Attachment.created_at, Attachment.id)
    )


def content_of(attachment: Attachment) -> bytes:
    """The stored bytes, checked against the digest taken when the file was attached."""
    stored = current(attachment)
    content = bytes(stored.content)
    if hashlib.sha256(content).hexdigest() != stored.sha256:
        raise refuse(
            f"« {stored.file_name} » est endommagé dans la base : son contenu ne correspond "
            "plus à celui qui a été joint. Restaurez une sauvegarde pour le récupérer."
        )
    return content


@transactional
def delete_attachment(attachment: Attachment) -> None:
    attachment.delete_instance()
