"""Files kept inside the database (studies, CVs, statutes), capped in size."""

from __future__ import annotations

from peewee import SQL, BlobField, CharField, ForeignKeyField, IntegerField

from .base import BaseModel
from .committees import Committee
from .holders import Holder
from .needs import Need
from .projects import Project

#: Larger files belong on a file share; 10 MiB keeps the database quick to back up.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


class Attachment(BaseModel):
    """A file attached to exactly one need, project, holder or committee."""

    file_name = CharField(max_length=255)
    media_type = CharField(max_length=100, default="application/octet-stream")
    size = IntegerField(constraints=[SQL(f"CHECK (size BETWEEN 0 AND {MAX_ATTACHMENT_BYTES})")])
    sha256 = CharField(max_length=64)
    content = BlobField()
    need = ForeignKeyField(Need, null=True, on_delete="CASCADE", index=True)
    project = ForeignKeyField(Project, null=True, on_delete="CASCADE", index=True)
    holder = ForeignKeyField(Holder, null=True, on_delete="CASCADE", index=True)
    committee = ForeignKeyField(Committee, null=True, on_delete="CASCADE", index=True)

    class Meta:
        constraints = [
            SQL(
                "CHECK ((need_id IS NOT NULL) + (project_id IS NOT NULL)"
                " + (holder_id IS NOT NULL) + (committee_id IS NOT NULL) = 1)"
            )
        ]
