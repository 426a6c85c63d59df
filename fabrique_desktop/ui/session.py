"""What the whole window shares: the open file and the staff member using the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.models import StaffMember


@dataclass
class Session:
    path: Path
    #: The author of every decision recorded in this window.
    staff: StaffMember
    #: A backup opened to look something up: nothing can be saved.
    read_only: bool = False
