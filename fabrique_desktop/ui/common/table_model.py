"""The base of every list's table model: rows from one domain query, columns as an IntEnum.

Besides the displayed text, each cell answers :data:`SORT_ROLE` with a raw value to
sort on (dates as dates, not as "jj/mm/aaaa" text) and :data:`ID_ROLE` with the
record's id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain import french
from ...domain.enums import LabelledEnum
from ...domain.listing import ListFilter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


def display(value: Any) -> str:
    """Values as a French reader expects them."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return french.short_date(value)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return french.number(value, 1)
    if isinstance(value, int):
        return french.number(value)
    return str(value)


def sort_key(value: Any) -> Any:
    """A value Qt can order: labels for enums, ISO text for dates, "" for nothing."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class RecordTableModel(QAbstractTableModel):
    """Subclasses set ``Column`` (an IntEnum), ``headers()``, ``load`` and ``cell()``."""

    Column: type[IntEnum]
    load: Callable[[ListFilter], list[dict]]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.criteria = ListFilter()

    def headers(self) -> dict[IntEnum, str]:
        raise NotImplementedError

    def cell(self, row: dict, column: IntEnum) -> Any:
        """The raw value of a cell; by default the row's value named like the column."""
        return row.get(column.name.lower())

    def is_alert(self, row: dict) -> bool:
        """Rows that need attention (e.g. a late milestone) are drawn in red."""
        return False

    def reload(self, criteria: ListFilter | None = None) -> None:
        if criteria is not None:
            self.criteria = criteria
        self.beginResetModel()
        self.rows = type(self).load(self.criteria)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.cell(row, column))
        if role == SORT_ROLE:
            return sort_key(self.cell(row, column))
        if role == ID_ROLE:
            return str(row["id"])
        if role == Qt.ItemDataRole.ForegroundRole and self.is_alert(row):
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
            self.cell(row, column), int | float
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.Column(section)]
        return None
