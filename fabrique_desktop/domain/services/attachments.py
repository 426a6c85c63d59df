"""Files attached to a need, a project, a holder or a committee, stored in the database."""

from __future__ import annotations

import hashlib
import mimetypes

from .. import french
from ..models import MAX_ATTACHMENT_BYTES, Attachment, BaseModel, Committee, Holder, Need, Project
from ..validation import refuse
from .base import transactional

MEBIBYTE = 1024 * 1024
_OWNER_FIELD = {Need: "need", Project: "project", Holder: "holder", Committee: "committee"}


@transactional
def attach_file(owner: BaseModel, file_name: str, content: bytes) -> Attachment:
    """Store ``content`` under ``file_name`` on ``owner``; refuse empty names and large files."""
    name = file_name.strip()
    if not name or len(name) > 255:
        raise refuse("Le nom du fichier doit compter de 1 à 255 caractères.", "file_name")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise refuse(
            f"« {name} » pèse {french.number(len(content) / MEBIBYTE, 1)} Mo ; une pièce jointe "
            f"est limitée à {french.number(MAX_ATTACHMENT_BYTES / MEBIBYTE)} Mo. Déposez les "
            "fichiers plus lourds sur le partage de la structure.",
            "content",
        )
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Attachment.create(
        file_name=name,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        **{_OWNER_FIELD[type(owner)]: owner},
    )


@transactional
def delete_attachment(attachment: Attachment) -> None:
    attachment.delete_instance()
