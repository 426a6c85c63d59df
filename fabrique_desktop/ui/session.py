"""What the whole window shares: the open file (or server) and the staff member using the
app, and who uses which file on this computer (asked once per file, by :mod:`.first_run`;
on a server the connected role says it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from ..domain.models import StaffMember
from ..store.lock import LockInfo


@dataclass
class Session:
    #: The file, or a server's ``postgresql://`` address.
    path: Path | str
    #: The author of every decision recorded in this window (for a partner's read-only
    #: role on a server, which names no staff member: an unsaved « Partenaire »).
    staff: StaffMember
    #: A backup opened to look something up, or a file a colleague holds: nothing
    #: can be saved.
    read_only: bool = False
    #: Who holds the file, when it was opened read-only because of them.
    held_by: LockInfo | None = None

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, str)

    @property
    def server_name(self) -> str:
        """« base@hôte », for the title and the status bar (a server only)."""
        from ..store.postgres.address import ServerAddress

        return ServerAddress.parse(self.path).name


def settings_key(path) -> str:
    return f"users/{str(path).replace('/', '|')}"


def remembered_staff(path) -> StaffMember | None:
    staff_id = QSettings().value(settings_key(path))
    if not staff_id:
        return None
    return StaffMember.get_or_none(StaffMember.id == staff_id)


def remember_staff(path, staff: StaffMember) -> None:
    QSettings().setValue(settings_key(path), str(staff.id))
