"""Columns that fit a narrow screen: the short ones sized to their content, the one that
holds a title taking what is left, and the whole value in a tooltip wherever a cell had to
end in « … »; and the read-only tables of the records a form lists (candidacies,
milestones, agenda points)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QToolTip,
)


class FullTextTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it."""

    def full_text(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        """The tooltip a cell gets: its own, or its whole text if that does not fit."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return ""
        # What the cell would need, margins and icon included, as Qt itself measures it.
        needed = self.sizeHint(option, index).width()
        return text if needed > option.rect.width() else ""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = self.full_text(option, index)
        if text:
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True


def fit_columns(view: QAbstractItemView, *stretch: int) -> None:
    """Size every column of ``view`` to its content but the ``stretch`` ones, which share
    the rest; cut cells show their whole text as a tooltip."""
    view.setItemDelegate(FullTextTips(view))
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)


def record_table(parent, name: str, headers: list[str]) -> QTableWidget:
    """A form's list of the records under it (candidacies, milestones, agenda points):
    read-only, one whole row chosen at a time, no row numbers."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table
