"""The needs list's table model."""

from __future__ import annotations

from enum import IntEnum

from ...domain.listing import NEEDS
from ..common.table_model import RecordTableModel


class NeedColumn(IntEnum):
    TITLE = 0
    COMMUNE = 1
    SECTOR = 2
    STATUS = 3
    STAFF = 4
    DETECTED_ON = 5


class NeedTableModel(RecordTableModel):
    Column = NeedColumn
    listing = NEEDS

    def headers(self) -> dict[IntEnum, str]:
        return {
            NeedColumn.TITLE: self.tr("Title"),
            NeedColumn.COMMUNE: self.tr("Commune"),
            NeedColumn.SECTOR: self.tr("Sector"),
            NeedColumn.STATUS: self.tr("Status"),
            NeedColumn.STAFF: self.tr("Followed by"),
            NeedColumn.DETECTED_ON: self.tr("Spotted on"),
        }
