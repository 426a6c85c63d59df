"""Keyboard order: Tab visits a panel's fields in the order they are laid out.

Qt's default tab order is the order widgets were created in; a form creates its
« Enregistrer » row before the fields its subclass adds, and a project builds one row of
editors per milestone long after the rest. Walking the layouts gives the reading order
(top to bottom, left to right) without waiting for any geometry.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)


def _children_in_layout_order(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [inner] if inner is not None else []
    if isinstance(widget, QSplitter):
        return [widget.widget(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):  # editors in cells, row by row
        cells = (
            widget.cellWidget(row, column)
            for row in range(widget.rowCount())
            for column in range(widget.columnCount())
        )
        return [cell for cell in cells if cell is not None]
    if isinstance(widget, QTabWidget | QStackedWidget):
        current = widget.currentWidget()
        return [current] if current is not None else []
    layout = widget.layout()
    return _widgets_of(layout) if layout is not None else []


def _widgets_of(layout: QLayout) -> list[QWidget]:
    found = []
    for position in range(layout.count()):
        item = layout.itemAt(position)
        widget = item.widget()
        if widget is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found += _widgets_of(inner)
    return found


def focusable_in_reading_order(panel: QWidget) -> list[QWidget]:
    """The widgets of ``panel`` that Tab can reach, in the order they are laid out."""
    found = []
    for child in _children_in_layout_order(panel):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            found.append(child)
        found += focusable_in_reading_order(child)
    return found


def order_tabs(panel: QWidget) -> None:
    """Make Tab follow the reading order of ``panel``."""
    widgets = focusable_in_reading_order(panel)
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


def first_focusable(panel: QWidget) -> QWidget | None:
    """The first field of ``panel`` that can take the focus now (F6 lands there): not a
    label, such as the links to related records above a form's fields (Tab visits them)."""
    for widget in focusable_in_reading_order(panel):
        if widget.isVisibleTo(panel) and widget.isEnabled() and not isinstance(widget, QLabel):
            return widget
    return None
