"""The holders list's table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...domain.list_exports import holder_name
from ...domain.listing import HOLDERS
from ..common.table_model import RecordTableModel


class HolderColumn(IntEnum):
    NAME = 0
    KIND = 1
    COMMUNE = 2
    RECRUITMENT_SOURCE = 3
    CANDIDACIES = 4
    EMAIL = 5


class HolderTableModel(RecordTableModel):
    Column = HolderColumn
    listing = HOLDERS

    def headers(self) -> dict[IntEnum, str]:
        return {
            HolderColumn.NAME: self.tr("Name"),
            HolderColumn.KIND: self.tr("Kind"),
            HolderColumn.COMMUNE: self.tr("Commune"),
            HolderColumn.RECRUITMENT_SOURCE: self.tr("Recruited through"),
            HolderColumn.CANDIDACIES: self.tr("Candidacies"),
            HolderColumn.EMAIL: self.tr("E-mail"),
        }

    def cell(self, row: dict, column: IntEnum) -> Any:
        if column is HolderColumn.NAME:
            return holder_name(row)
        return super().cell(row, column)
