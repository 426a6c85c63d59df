"""« Exporter… » on a list screen: exactly what the list shows — its filters, its search,
its order, its visible columns under their headings — as XLSX or CSV, written in the
background with its progress and « Annuler » (a cancel leaves no file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog

from ...domain.list_exports import LISTS, list_table
from ...domain.tabular import Table
from . import plain
from .background import ProgressTask
from .file_dialogs import file_dialog

if TYPE_CHECKING:
    from .list_screen import ListScreen


def xlsx_filter() -> str:
    return QCoreApplication.translate("ListExport", "Excel workbooks (*.xlsx)")


def csv_filter() -> str:
    return QCoreApplication.translate(
        "ListExport", "CSV for a French spreadsheet, « ; » separated (*.csv)"
    )


def shown_table(screen: ListScreen) -> Table:
    """The screen's list as a table: its rows in the order shown (filtered, searched,
    sorted), its visible columns left to right under their headings."""
    model = screen.model
    name = next(name for name, spec in LISTS.items() if spec.listing is model.listing)
    header = screen.table.horizontalHeader()
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            heading = model.headerData(logical, header.orientation())
            columns.append((model.Column(logical).name.lower(), heading))
    return list_table(name, list(model.ids), columns)


class ListExport(QObject):
    """One export of a list screen: the file asked for, then written in the background."""

    def __init__(self, screen: ListScreen):
        super().__init__(screen)
        self.screen = screen
        self.task: ProgressTask | None = None
        self.path: Path | None = None

    def ask(self) -> None:
        """The save dialog (Documents folder, XLSX or CSV), then the export."""
        table = shown_table(self.screen)
        dialog = file_dialog(
            self.screen,
            QCoreApplication.translate("ListExport", "Export the list"),
            QFileDialog.AcceptMode.AcceptSave,
            [xlsx_filter(), csv_filter()],
            f"{table.title}.xlsx",
        )
        if dialog.exec():
            chosen = Path(dialog.selectedFiles()[0])
            # The name's own suffix decides; a name typed without one takes the filter's.
            file_format = chosen.suffix.lower().lstrip(".")
            if file_format not in ("xlsx", "csv"):
                # Qt simplifies the filters' spaces: their pattern tells them apart.
                as_csv = dialog.selectedNameFilter().endswith("(*.csv)")
                file_format = "csv" if as_csv else "xlsx"
                chosen = chosen.with_name(f"{chosen.name}.{file_format}")
            self.start(chosen, file_format, table)

    def start(self, path: Path, file_format: str, table: Table | None = None) -> None:
        from ...exports import write_export  # openpyxl is loaded when an export is made

        table = table or shown_table(self.screen)
        self.path = path
        self.task = ProgressTask(
            self.screen,
            QCoreApplication.translate("ListExport", "Export the list"),
            QCoreApplication.translate("ListExport", "Exporting %n row(s)…", "", len(table.rows)),
            lambda report: (write_export(path, [table], file_format, report), len(table.rows)),
            self.done,
            self.failed,
        )

    def done(self, result) -> None:
        path, rows = result
        self.screen.export_status.setText(
            QCoreApplication.translate("ListExport", "%n row(s) exported to %2", "", rows).replace(
                "%2", path.name
            )
        )
        self.screen.export_status.setToolTip(str(path))

    def failed(self, message: str) -> None:
        plain.warning(
            self.screen, QCoreApplication.translate("ListExport", "Export the list"), message
        )
