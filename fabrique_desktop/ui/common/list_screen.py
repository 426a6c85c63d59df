"""A list screen: search and filters over a sortable table on the left, the selected
record's form on the right. Every list of the main window is one of these."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import choices
from ...domain.enums import Sector
from ...domain.listing import ListFilter
from ...domain.validation import RECORD, ValidationError
from . import plain
from .columns import FullTextTips
from .fields import ChoiceField
from .form import RecordForm
from .plain import PlainLabel
from .table_model import ID_ROLE, DatabaseSortProxy, RecordTableModel

#: The figure a list screen is being built for (:func:`opening_on`).
_OPENING_ON: ContextVar = ContextVar("opening_on", default=None)


@contextmanager
def opening_on(selection) -> Iterator[None]:
    """The list screens built inside open on ``selection`` (the one of its section):
    their first reading of the records is already the figure's, where building the
    list whole and then narrowing it read a large file twice."""
    token = _OPENING_ON.set(selection)
    try:
        yield
    finally:
        _OPENING_ON.reset(token)


@dataclass(frozen=True)
class ListFilterChoice:
    """A pick list above the table narrowing one criterion of :class:`ListFilter`."""

    criterion: str  # "status", "territory", "sector" or "staff"
    label: str
    choices: Callable[[], Sequence[tuple[Any, str]]]


class ListScreen(QWidget):
    #: Typing pauses this long before the list is searched again.
    SEARCH_DELAY_MS = 150
    #: Narrower than this (a 1366-pixel laptop, or any screen at 150 %), the form goes
    #: under the list: side by side, both would cut their texts.
    SIDE_BY_SIDE_WIDTH = 1200

    def __init__(
        self,
        name: str,
        model: RecordTableModel,
        form: RecordForm,
        record_type: type,
        filters: Sequence[ListFilterChoice],
        count_text: Callable[[int], str],
        delete: Callable[[Any], None] | None = None,
        deletion_question: Callable[[Any], str] | None = None,
        can_create: bool = True,
        how_to_create: str = "",
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        title_column: int = 0,
        restricted_filter: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.form = form
        self.record_type = record_type
        self.count_text = count_text
        self.delete = delete
        self.deletion_question = deletion_question
        self.can_create = can_create
        #: Said on Ctrl+N where records are not created blank (a study, a project).
        self.how_to_create = how_to_create
        self.title_column = title_column  # the widest values: it takes the room left

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(QCoreApplication.translate("ListScreen", "Search…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.narrow_to_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.filters: dict[str, ChoiceField] = {}
        # Two filters a row beside the form; all on one row above it (see resizeEvent).
        self.filter_grid = QGridLayout()
        for position, spec in enumerate(filters):
            combo = ChoiceField(self, empty_label=spec.label)
            combo.setObjectName(f"filter_{spec.criterion}")
            combo.setToolTip(spec.label)
            combo.set_choices(spec.choices())
            # Each shows ~16 characters when narrow; its drop-down list shows them all.
            combo.setSizeAdjustPolicy(
                ChoiceField.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.changed.connect(self.reload)
            self.filters[spec.criterion] = combo
            self.filter_grid.addWidget(combo, position // 2, position % 2)

        # People in opposition or restriction (RGPD) are out of the list unless asked for.
        self.show_restricted = QCheckBox(
            QCoreApplication.translate("ListScreen", "Show the people in opposition"), self
        )
        self.show_restricted.setObjectName("show_restricted")
        self.show_restricted.toggled.connect(self.reload)
        self.show_restricted.setVisible(restricted_filter)

        self.proxy = DatabaseSortProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the form
        self.table.setWordWrap(False)  # one line per record: long titles end in "…"
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setItemDelegate(FullTextTips(self.table))
        self._natural_widths: list[int] = []  # each column's, before sharing the width
        # Widths measured on an empty list fit the headings only (a new office's first
        # day): they are measured again once rows come, unless the user sized a column.
        self._fitted_on_no_row = False
        self._sharing = False
        self.exporting = None  # the export under way (see export_list)
        self.table.viewport().installEventFilter(self)
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self._column_resized)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the others, sized to their content, leave.
        header.setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_index)  # double-click or Enter
        self.table.doubleClicked.connect(self.open_index)
        if delete is not None:
            remove = QAction(QCoreApplication.translate("ListScreen", "Delete"), self.table)
            remove.setShortcut(QKeySequence.StandardKey.Delete)
            remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            remove.triggered.connect(self.delete_current)
            self.table.addAction(remove)

        self.count = PlainLabel(self)
        self.count.setObjectName("count")
        self.export_status = PlainLabel(self)
        self.export_status.setObjectName("export_status")
        self.export_button = QPushButton(QCoreApplication.translate("ListScreen", "Export…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "ListScreen", "Save this list as shown (XLSX or CSV): filters, order, columns"
            )
        )
        self.export_button.clicked.connect(self.export_list)
        # Tab goes from the list straight to the form; the keyboard's way to the export
        # is the menu: Édition → Exporter la liste… (Alt+D, X).
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addWidget(self.export_status, 1)
        footer.addWidget(self.export_button)

        # Shown when the list was opened from a figure of the Tableau de bord.
        self.selection = None
        self.selection_bar = QWidget(self)
        self.selection_bar.setObjectName("selection_bar")
        bar = QHBoxLayout(self.selection_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.selection_caption = PlainLabel(self.selection_bar)
        self.selection_caption.setObjectName("selection_caption")
        self.selection_caption.setWordWrap(True)
        self.selection_caption.setStyleSheet("font-weight: 600;")
        bar.addWidget(self.selection_caption, 1)
        remove_selection = QPushButton(
            QCoreApplication.translate("ListScreen", "Remove this filter"), self.selection_bar
        )
        remove_selection.setObjectName("remove_selection")
        remove_selection.clicked.connect(self.clear_selection)
        bar.addWidget(remove_selection)
        self.selection_bar.hide()

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.selection_bar)
        column.addWidget(self.search)
        column.addLayout(self.filter_grid)
        if restricted_filter:
            column.addWidget(self.show_restricted)
        column.addWidget(self.table, 1)
        column.addLayout(footer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        form.saved.connect(self.after_save)
        model.modelReset.connect(self.show_count)
        model.modelReset.connect(self._fit_once_filled)
        opening_on = _OPENING_ON.get()
        if opening_on is not None and opening_on.section == name:
            self._take_selection(opening_on)  # read once, already narrowed to it
        self.model.criteria = self.criteria()
        # The default sort, then the layout saved last time over it; enabling sorting
        # then sorts once, by the indicator, and the model reads its ids a single time
        # (sorting first and restoring after read 100,000 ids three or four times).
        self.table.horizontalHeader().setSortIndicator(*default_sort)
        restored = self.restore_layout(QSettings())
        self.table.setSortingEnabled(True)
        if restored:
            header.setSectionResizeMode(self.title_column, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
        if restored and not self._fitted_on_no_row:  # the user's own, shared out again
            self._natural_widths = [header.sectionSize(c) for c in range(self.model.columnCount())]
        else:
            self.fit_columns()
        form.load(None)

    # -- the list ------------------------------------------------------------------
    def criteria(self) -> ListFilter:
        return ListFilter(
            text=self.search.text(),
            among=self.selection,
            restricted_shown=self.show_restricted.isChecked(),
            **{name: combo.value() for name, combo in self.filters.items()},
        )

    def show_selection(self, selection) -> None:
        """Show exactly the records behind a figure of the Tableau de bord: the search
        and the filters are emptied, a caption says where the list comes from."""
        self._take_selection(selection)
        self.reload()

    def _take_selection(self, selection) -> None:
        self.selection = selection
        for widget in (self.search, *self.filters.values()):
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.filters.values():
            combo.set_value(None)
        for widget in (self.search, *self.filters.values()):
            widget.blockSignals(False)
        self.selection_caption.setText(
            QCoreApplication.translate("ListScreen", "Filtered from the dashboard: %1").replace(
                "%1", selection.title
            )
        )
        self.selection_bar.show()

    def clear_selection(self) -> None:
        self.selection = None
        self.selection_bar.hide()
        self.reload()

    def reload(self) -> None:
        self.model.reload(self.criteria())

    def refresh(self) -> None:
        self.model.refresh()

    def refresh_in_place(self) -> None:
        """Read the list again after others changed it, the selected record and the
        scroll kept; the form shows their version of its record unless something was
        typed there (what is typed stays)."""
        index = self.table.currentIndex()
        selected = index.data(ID_ROLE) if index.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        if selected is not None:
            row = self.model.position(selected)
            if row is not None:
                self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scroll)
        self.form.follow_colleagues()

    def narrow_to_search(self) -> None:
        self._search_timer.stop()  # searched now (Enter, or the delay ran out): not twice
        self.model.search(self.criteria())

    def show_count(self) -> None:
        self.count.setText(self.count_text(self.model.rowCount()))

    def fit_columns(self, widest: int = 260, sample: int = 60) -> None:
        """Size columns to their heading and first rows, none wider than ``widest`` pixels.

        Qt's resizeColumnsToContents reads every row: 100,000 of them, here.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        rows = min(sample, self.model.rowCount())
        self._fitted_on_no_row = rows == 0
        self._natural_widths = []
        for column in range(self.model.columnCount()):
            texts = [str(self.model.index(r, column).data() or "") for r in range(rows)]
            cells = max((metrics.horizontalAdvance(text) + 24 for text in texts), default=0)
            heading = header.sectionSizeFromContents(column).width()  # sort arrow included
            limit = 2**16 if column == self.title_column else widest
            self._natural_widths.append(min(max(cells, heading), limit))
        self.share_columns()

    def share_columns(self) -> None:
        """Give each column its natural width, narrowed (never below its heading) when
        the title, which takes the rest, would keep less than its own or a third of
        the list; cut cells end in « … » and show their whole value as a tooltip."""
        widths = self._natural_widths
        if not widths:
            return
        header = self.table.horizontalHeader()
        self._sharing = True
        viewport = self.table.viewport().width()
        title = self.title_column
        room = viewport - min(widths[title], viewport // 3)
        scale = min(1.0, room / max(1, sum(widths) - widths[title]))
        for column, width in enumerate(widths):
            if column == title:
                continue
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, min(width, max(heading, int(width * scale))))
        self._sharing = False

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        """A width the user chose becomes the column's own."""
        if not self._sharing and column != self.title_column and column < len(self._natural_widths):
            self._natural_widths[column] = new
            self._fitted_on_no_row = False

    def _fit_once_filled(self) -> None:
        if self._fitted_on_no_row and self.model.rowCount():
            self.fit_columns()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.share_columns()
        return False

    def select_record(self, record_id: Any) -> None:
        row = self.model.position(record_id)  # found among the ids, no row is read
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.SIDE_BY_SIDE_WIDTH
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            per_row = len(self.filters) if narrow else 2  # one row more for the list
            for position, combo in enumerate(self.filters.values()):
                self.filter_grid.addWidget(combo, position // per_row, position % per_row)
            length = self.height() if narrow else self.width()
            self.splitter.setSizes([length // 2, length // 2] if narrow else [640, 660])

    def export_list(self) -> None:
        """« Exporter… »: this list as shown, to a file the user chooses."""
        from .list_export import ListExport  # the export machinery, when first used

        self.exporting = ListExport(self)
        self.exporting.ask()

    # -- records -------------------------------------------------------------------
    def open_index(self, index) -> None:
        self.open_record(index.data(ID_ROLE))

    def open_record(self, record_id: Any) -> None:
        if record_id is None or not self.form.confirm_leave():
            return
        record = self.record_type.get_or_none(self.record_type.id == record_id)
        if record is None:  # deleted since a link or the history named it
            return
        self.form.load(record)
        self.select_record(record_id)

    def new_record(self) -> None:
        if not self.can_create:
            QMessageBox.information(
                self, QCoreApplication.translate("ListScreen", "New record"), self.how_to_create
            )
            return
        if self.form.confirm_leave():
            self.table.clearSelection()
            self.form.load(None)
            self.form.focus_first()

    def after_save(self, record) -> None:
        self.reload()
        self.select_record(record.id)

    def current_record(self):
        if self.form.record is not None:
            return self.form.record
        index = self.table.currentIndex()
        return self.record_type.get_by_id(index.data(ID_ROLE)) if index.isValid() else None

    def delete_current(self) -> None:
        record = self.current_record()
        if record is None or self.delete is None:
            return
        answer = plain.question(
            self,
            QCoreApplication.translate("ListScreen", "Delete"),
            self.deletion_question(record),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete(record)
        except ValidationError as refused:
            plain.warning(
                self,
                QCoreApplication.translate("ListScreen", "Delete"),
                refused.errors.get(RECORD, ""),
            )
            return
        self.form.load(None)
        self.reload()

    # -- what the main window asks every screen (see MainWindow.current_list) ---------
    def current_list(self) -> ListScreen:
        return self

    def lists(self) -> list[ListScreen]:
        return [self]

    # -- persistence of the layout ---------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"screens/{self.objectName()}/splitter", self.splitter.saveState())
        settings.setValue(
            f"screens/{self.objectName()}/columns", self.table.horizontalHeader().saveState()
        )
        settings.setValue(f"screens/{self.objectName()}/fitted_on_no_row", self._fitted_on_no_row)

    def restore_layout(self, settings: QSettings) -> bool:
        """Put back the splitter and the columns saved last time; False: none saved."""
        splitter = settings.value(f"screens/{self.objectName()}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value(f"screens/{self.objectName()}/columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
        unfitted = settings.value(f"screens/{self.objectName()}/fitted_on_no_row", False, bool)
        self._fitted_on_no_row = columns is not None and unfitted
        return columns is not None


def commune_filter() -> ListFilterChoice:
    return ListFilterChoice(
        "territory",
        QCoreApplication.translate("ListScreen", "All communes"),
        choices.territories,
    )


def sector_filter() -> ListFilterChoice:
    return ListFilterChoice(
        "sector", QCoreApplication.translate("ListScreen", "All sectors"), Sector.choices
    )


def staff_filter() -> ListFilterChoice:
    return ListFilterChoice(
        "staff", QCoreApplication.translate("ListScreen", "All staff"), choices.staff_members
    )


def method_filters(status: ListFilterChoice) -> tuple[ListFilterChoice, ...]:
    """The filters of the method's lists: status, then commune, sector and staff."""
    return (status, commune_filter(), sector_filter(), staff_filter())
