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
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..domain import french
from ..store import backups
from ..store.paths import read_only_connection

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
        where = QLabel(
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
        self.tree.clear()
        for backup in backups.list_backups(self.db_path):
            size = french.number(backup.size / 1024 / 1024, 1) + "\u00a0Mo"
            item = QTreeWidgetItem(
                self.tree,
                [backup.taken_at.strftime("%d/%m/%Y %H:%M:%S"), size, *counts(backup.path)],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        has_any = self.tree.topLevelItemCount() > 0
        self.restore_button.setEnabled(has_any)
        self.open_button.setEnabled(has_any)

    def chosen(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def restore(self) -> None:
        backup = self.chosen()
        answer = QMessageBox.question(
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
