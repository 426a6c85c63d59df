"""The projects list's table model."""

from __future__ import annotations

from enum import IntEnum

from ...domain.listing import PROJECTS
from ..common.table_model import RecordTableModel


class ProjectColumn(IntEnum):
    TITLE = 0
    COMMUNE = 1
    STAGE = 2
    HOLDER = 3
    STAFF = 4
    OPENED_ON = 5
    ENTERPRISE_NAME = 6


class ProjectTableModel(RecordTableModel):
    Column = ProjectColumn
    listing = PROJECTS

    def headers(self) -> dict[IntEnum, str]:
        return {
            ProjectColumn.TITLE: self.tr("Project"),
            ProjectColumn.COMMUNE: self.tr("Commune"),
            ProjectColumn.STAGE: self.tr("Stage"),
            ProjectColumn.HOLDER: self.tr("Holder"),
            ProjectColumn.STAFF: self.tr("Followed by"),
            ProjectColumn.OPENED_ON: self.tr("Opened on"),
            ProjectColumn.ENTERPRISE_NAME: self.tr("Enterprise"),
        }
