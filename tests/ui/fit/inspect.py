"""What a user could not read in a window: cut button texts, labels, pick lists or cells
elided without a tooltip giving the whole value, forms scrolling sideways, windows larger than
the screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from fabrique_desktop.ui.common.columns import FullTextTips

#: Rows looked at in each list: enough to meet the long values, not a whole database.
ROWS = 40


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def where(widget: QWidget) -> str:
    names = []
    while widget is not None and not widget.isWindow():
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            names.append(widget.objectName())
        widget = widget.parentWidget()
    return "/".join(reversed(names)) or type(widget).__name__


def showing(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and not widget.visibleRegion().isEmpty()


def window_problems(window: QWidget) -> list[str]:
    problems = []
    area = QWidget.screen(window).availableGeometry()
    if not area.contains(window.frameGeometry()):
        problems.append(
            f"window {window.windowTitle()!r} {window.frameGeometry().getRect()} is larger "
            f"than the screen {area.getRect()}"
        )
    for widget in window.findChildren(QWidget):
        if not showing(widget):
            continue
        if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            problems += button_problems(widget)
        elif isinstance(widget, QLabel):
            problems += label_problems(widget)
        elif isinstance(widget, QComboBox):
            problems += combo_problems(widget)
        if isinstance(widget, QTableView | QTreeView):
            problems += view_problems(widget)
        if isinstance(widget, QScrollArea | QAbstractItemView) and (
            widget.horizontalScrollBar().isVisible()
        ):
            problems.append(f"{where(widget)} scrolls sideways")  # what is right is hidden
    return problems


def button_problems(button: QAbstractButton) -> list[str]:
    if button.text() and button.width() < button.sizeHint().width() and not button.toolTip():
        return [
            f"button {plain(button.text())!r} cut ({button.width()} < {button.sizeHint().width()})"
        ]
    return []


def label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()) or label.toolTip():
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.contentsRect().width())
        if needed > label.contentsRect().height() + 2:
            return [f"label {text[:40]!r} cut at the bottom in {where(label)}"]
        return []
    if label.width() < label.minimumSizeHint().width():
        needed = label.minimumSizeHint().width()
        return [f"label {text[:40]!r} cut in {where(label)} ({label.width()} < {needed})"]
    return []


def combo_problems(combo: QComboBox) -> list[str]:
    """A pick list's current text must fit its box, or its tooltip must give it."""
    text = combo.currentText()
    if not text or text in combo.toolTip():
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentText = text
    option.currentIcon = combo.itemIcon(combo.currentIndex())
    option.iconSize = combo.iconSize()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not option.currentIcon.isNull():
        needed += combo.iconSize().width() + 4  # the gap Qt leaves after the icon
    if field.width() < needed:
        return [f"pick list {text[:40]!r} cut in {where(combo)} ({field.width()} < {needed})"]
    return []


def view_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    problems = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header_needed = header.sectionSizeFromContents(column).width()  # Qt's own measure
        if (
            not header.isHidden()
            and title
            and width < header_needed
            and not model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        ):
            problems.append(f"heading {title!r} cut in {where(view)} ({width} < {header_needed})")
        for row in range(min(ROWS, model.rowCount())):
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            # What the cell needs, margins and icon included, as its delegate measures it.
            needed = view.itemDelegate().sizeHint(cell_option(view, index), index).width()
            if view.visualRect(index).width() < needed and not tooltip_of(view, index):
                problems.append(f"cell {text[:40]!r} elided without tooltip in {where(view)}")
                break  # one per column is enough to say it
    return problems


def cell_option(view: QAbstractItemView, index) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.decorationSize = view.iconSize()
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    return option


def tooltip_of(view: QAbstractItemView, index) -> str:
    """The tooltip the user gets on a cell: the model's, or the delegate's for a cut one."""
    delegate = view.itemDelegate()
    if isinstance(delegate, FullTextTips):
        return delegate.full_text(cell_option(view, index), index)
    return index.data(Qt.ItemDataRole.ToolTipRole) or ""


def all_problems() -> list[str]:
    problems = []
    for window in QApplication.topLevelWidgets():
        if (
            window.isVisible()
            and isinstance(window, QWidget)
            and not isinstance(window, QAbstractScrollArea)
        ):
            problems += [f"{window.windowTitle()}: {p}" for p in window_problems(window)]
    return problems
