"""The main window: for now, a summary of what the open file holds.

The navigation column and the lists come with the screens of the next milestone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from ..domain import french
from ..domain.indicators import overview


class MainWindow(QMainWindow):
    def __init__(self, path: Path):
        super().__init__()
        self.setWindowTitle(self.tr("%1 — Fabrique Desktop").replace("%1", path.name))
        self.resize(720, 480)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.summary = QGroupBox(self.tr("Contents of the file"), central)
        self.counts = QFormLayout(self.summary)
        self.counts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.summary)
        layout.addStretch()
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        while self.counts.rowCount():
            self.counts.removeRow(0)
        summary = overview()
        rows = (
            ("needs", self.tr("Needs:"), summary.needs),
            ("projects", self.tr("Projects:"), summary.projects),
            ("holders", self.tr("Holders:"), summary.holders),
            ("committees", self.tr("Committees:"), summary.committees),
            ("late_milestones", self.tr("Late milestones:"), summary.late_milestones),
        )
        for key, label, count in rows:
            value = QLabel(french.number(count), self.summary)
            value.setObjectName(f"count_{key}")
            self.counts.addRow(label, value)

    def is_populated(self) -> bool:
        return self.counts.rowCount() > 0
