"""The studies list's table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...domain.list_exports import grid_progress
from ...domain.listing import STUDIES
from ..common.table_model import RecordTableModel


class StudyColumn(IntEnum):
    TITLE = 0
    COMMUNE = 1
    STATUS = 2
    GRID = 3
    RECOMMENDATION = 4
    STARTED_ON = 5
    STAFF = 6


class StudyTableModel(RecordTableModel):
    Column = StudyColumn
    listing = STUDIES

    def headers(self) -> dict[IntEnum, str]:
        return {
            StudyColumn.TITLE: self.tr("Need"),
            StudyColumn.COMMUNE: self.tr("Commune"),
            StudyColumn.STATUS: self.tr("Status"),
            StudyColumn.GRID: self.tr("Grid"),
            StudyColumn.RECOMMENDATION: self.tr("Recommendation"),
            StudyColumn.STARTED_ON: self.tr("Started on"),
            StudyColumn.STAFF: self.tr("Followed by"),
        }

    def cell(self, row: dict, column: IntEnum) -> Any:
        if column is StudyColumn.GRID:
            return grid_progress(row)
        return super().cell(row, column)
