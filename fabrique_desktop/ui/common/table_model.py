"""The base of every list's table model: ordered ids from the database, rows on demand.

As in Anki's browser, the model holds only the ordered ids of the matching records and
fetches the rows the view asks for, a page at a time, caching them until the list
changes; sorting and filtering are done by the database. A list of 100,000 needs thus
costs one query for its ids and one small query per page scrolled into view. Typing in
the search box only narrows the ordered ids already read (:meth:`search`).

Besides the displayed text, each cell answers :data:`SORT_ROLE` with a raw value to
sort on (dates as dates, not as "jj/mm/aaaa" text) and :data:`ID_ROLE` with the
record's id; columns are an IntEnum whose names are the listing's row and sort keys.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain import french
from ...domain.enums import LabelledEnum
from ...domain.listing import ListFilter, Listing, Ordering
from ...domain.models import database
from ...store import history

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Rows fetched together when the view reaches one not yet read: about a tall screen's
#: worth, since each keystroke in the search box reads the first page again (200 rows
#: took 9 ms of the 50 a keystroke may take at 100,000 needs; 50 take 3 ms).
PAGE_SIZE = 50

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
    """Subclasses set ``Column`` (an IntEnum), ``listing``, ``headers()`` and ``cell()``."""

    Column: type[IntEnum]
    listing: Listing

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ordering: Ordering | None = None
        self.read_at = 0  # the file's last change when the list was read
        self.ids: list[str] = []
        self.cache: dict[str, dict] = {}
        self.criteria = ListFilter()
        self.sort_column = 0
        self.descending = False

    def headers(self) -> dict[IntEnum, str]:
        raise NotImplementedError

    def cell(self, row: dict, column: IntEnum) -> Any:
        """The raw value of a cell; by default the row's value named like the column."""
        return row.get(column.name.lower())

    # -- content ------------------------------------------------------------------------
    def reload(self, criteria: ListFilter | None = None) -> None:
        """Read the list again: records may have changed, or the filters or the sort."""
        if criteria is not None:
            self.criteria = criteria
        key = self.Column(self.sort_column).name.lower()
        self.read_at = history.last_change(database)  # before: a change meanwhile shows next
        self.ordering = self.listing.ordering(self.criteria, key, self.descending)
        self._show(self.listing.narrow(self.ordering, self.criteria.text))

    def refresh(self) -> None:
        """Read the list again only if the file changed since it was read (the user is
        back on its screen): at 100,000 records, re-reading costs a noticeable pause."""
        if self.ordering is None or history.last_change(database) != self.read_at:
            self.reload()

    def search(self, criteria: ListFilter) -> None:
        """Show what ``criteria`` keeps when only its text differs from the list's: the
        ordered ids already read are narrowed, nothing is sorted again (unless the file
        changed since they were read)."""
        same_filters = replace(criteria, text="") == replace(self.criteria, text="")
        if (
            self.ordering is None
            or self.listing.searched is None
            or not same_filters
            or history.last_change(database) != self.read_at
        ):
            self.reload(criteria)
            return
        self.criteria = criteria
        self._show(self.listing.narrow(self.ordering, criteria.text))

    def _show(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row(self, number: int) -> dict:
        """The row at ``number``, reading its whole page when it is not cached yet."""
        key = self.ids[number]
        if key not in self.cache:
            start = number - number % PAGE_SIZE
            self.cache.update(self.listing.page(self.ids[start : start + PAGE_SIZE], self.criteria))
        return self.cache[key]

    def position(self, record_id: Any) -> int | None:
        """The row showing ``record_id``, if the list holds it (without reading rows)."""
        key = uuid.UUID(str(record_id)).hex
        try:
            return self.ids.index(key)
        except ValueError:
            return None

    # -- Qt's interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return str(uuid.UUID(self.ids[index.row()]))
        row = self.row(index.row())
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.cell(row, column))
        if role == SORT_ROLE:
            return sort_key(self.cell(row, column))
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


class DatabaseSortProxy(QSortFilterProxyModel):
    """The view's proxy; it hands sorting to the model, which asks the database.

    Sorting in the proxy would read every row of the list to compare them.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.sourceModel().sort(column, order)
