"""Fichier → Sauvegardes…: the file's backups with their date, size and contents; restore
one (the current file is backed up first) or open one read-only to look something up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..domain import french
from ..store import backups
from ..store.paths import read_only_connection
from .common import plain
from .common.background import run_in_background
from .common.plain import PlainLabel

#: The tables whose rows the list counts, in the order of its columns.
COUNTED = ("need", "project", "holder")


def counts(path: Path) -> list[str]:
    """Records in a backup, read without opening it as the current file."""
    try:
        with read_only_connection(path) as connection:
            return [
                french.number(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
                for table in COUNTED
            ]
    except sqlite3.DatabaseError:
        return ["?"] * len(COUNTED)


class BackupsDialog(QDialog):
    #: (backup path) — the user asked to restore this backup.
    restore_requested = Signal(object)
    #: (backup path) — the user asked to look at this backup, read-only.
    open_requested = Signal(object)

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        where = PlainLabel(
            self.tr("Backups of %1, kept in %2")
            .replace("%1", db_path.name)
            .replace("%2", str(backups.backup_folder(db_path))),
            self,
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backups")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Taken on"),
                self.tr("Size"),
                self.tr("Needs"),
                self.tr("Projects"),
                self.tr("Holders"),
            ]
        )
        # Sizes and counts read as numbers: right-aligned, headers too, the last column
        # not stretched away from the others.
        for column in range(1, 5):
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.tree.header().setStretchLastSection(False)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("&Open read-only"), self)
        self.open_button.clicked.connect(self.open_read_only)
        row.addWidget(self.restore_button)
        row.addWidget(self.open_button)
        row.addStretch()
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.fill()

    def fill(self) -> None:
        """List the backups at once; their contents are counted in the background (a
        second or more for a year of backups of a large file, each read from disk)."""
        self.tree.clear()
        listed = backups.list_backups(self.db_path)
        for backup in listed:
            size = french.number(backup.size / 1024 / 1024, 1) + "\u00a0Mo"
            item = QTreeWidgetItem(
                self.tree,
                [backup.taken_at.strftime("%d/%m/%Y %H:%M:%S"), size, *["…"] * len(COUNTED)],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            for column in range(1, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self._fit_columns(range(5))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        has_any = self.tree.topLevelItemCount() > 0
        self.restore_button.setEnabled(has_any)
        self.open_button.setEnabled(has_any)
        paths = [backup.path for backup in listed]
        self.counting = run_in_background(
            lambda: [counts(path) for path in paths], self.show_counts, self.counts_failed
        )

    def show_counts(self, rows: list[list[str]]) -> None:
        for index, numbers in enumerate(rows):
            item = self.tree.topLevelItem(index)
            for offset, number in enumerate(numbers):
                item.setText(2 + offset, number)
        self._fit_columns(range(2, 5))

    def _fit_columns(self, columns) -> None:
        for column in columns:
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 16)  # air

    def counts_failed(self, message: str) -> None:
        self.show_counts([["?"] * len(COUNTED)] * self.tree.topLevelItemCount())

    def chosen(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def restore(self) -> None:
        backup = self.chosen()
        answer = plain.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the content of %1 by the backup of %2? The current content is "
                "backed up first, so this can be undone."
            )
            .replace("%1", self.db_path.name)
            .replace("%2", self.tree.currentItem().text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restore_requested.emit(backup)

    def open_read_only(self) -> None:
        self.accept()
        self.open_requested.emit(self.chosen())
