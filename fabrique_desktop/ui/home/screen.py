"""Aujourd'hui: late milestones, the next committees, what awaits a decision, the latest
changes. Double-click (or Enter) on a line opens the record in its own screen. On a file
with no record yet, a « Pour commencer » panel says where to start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import french, today
from ...domain.rgpd.review import review_entries
from ...store.exchange import conflicts as exchange_conflicts
from ..common import personal_data, plain
from ..common.colours import ALERT
from ..common.columns import fit_columns
from ..common.plain import PlainLabel
from ..session import Session

#: Rows of the navigation column, by the section names the domain uses.
SECTION_ROWS = {
    "needs": 1,
    "studies": 2,
    "projects": 3,
    "holders": 4,
    "committees": 5,
    "network": 6,
}


class HomeScreen(QWidget):
    def __init__(self, session: Session, go_to: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home")
        self.session = session
        self.go_to = go_to
        layout = QVBoxLayout(self)
        self.greeting = PlainLabel(self)
        self.greeting.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.greeting)
        self.start = self._start_panel()
        layout.addWidget(self.start)
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.late = self._panel(grid, 0, 0, "late", self.tr("Late milestones"))
        self.committees = self._panel(grid, 0, 1, "committees", self.tr("Next committees"))
        self.awaiting = self._panel(grid, 1, 0, "awaiting", self.tr("Awaiting a decision"))
        self.recent = self._panel(grid, 1, 1, "recent", self.tr("Latest changes"))
        self.review = self._panel(grid, 2, 0, "review", self.tr("Data to review (GDPR)"))
        personal_data.add_review_actions(self, grid)
        self.reload()

    def _start_panel(self) -> QGroupBox:
        """Where to start on an empty file: the first need, the Fabrique's settings, or
        the demonstration file to discover the method on examples."""
        box = QGroupBox(self.tr("Getting started"), self)
        box.setObjectName("getting_started")
        column = QVBoxLayout(box)
        intro = PlainLabel(
            self.tr(
                "This file holds no record yet. The method starts with a need spotted on "
                "the territory; the Fabrique's name and address head every dossier."
            ),
            box,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        row = QHBoxLayout()
        window = self.window
        for text, name, slot in (
            (self.tr("Enter a first &need"), "start_need", self._first_need),
            (
                self.tr("Complete the Fabrique's &settings…"),
                "start_settings",
                lambda: window().file_menu.edit_settings(),
            ),
            (
                self.tr("Open the de&monstration file"),
                "start_demo",
                lambda: window().file_menu.open_demo(),
            ),
        ):
            button = QPushButton(text, box)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
        return box

    def _first_need(self) -> None:
        self.go_to(SECTION_ROWS["needs"], new=True)

    def _panel(self, grid: QGridLayout, row: int, column: int, name: str, title: str):
        box = QGroupBox(title, self)
        tree = QTreeWidget(box)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels([self.tr("Date"), self.tr("Record"), self.tr("Detail")])
        fit_columns(tree, 1, 2)  # the record and its detail share what the date leaves
        tree.itemActivated.connect(self._open)
        QVBoxLayout(box).addWidget(tree)
        grid.addWidget(box, row, column)
        return tree

    def _open(self, item: QTreeWidgetItem) -> None:
        entry = item.data(0, Qt.ItemDataRole.UserRole)
        self.go_to(SECTION_ROWS[entry.section], entry.record_id)

    def _fill(self, tree: QTreeWidget, entries: list, empty: str, alert: bool = False) -> None:
        tree.clear()
        for entry in entries:
            day = french.short_date(entry.day) if entry.day else ""
            item = QTreeWidgetItem(tree, [day, entry.title, entry.detail])
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(1, plain.tooltip(entry.title))
            item.setToolTip(2, plain.tooltip(entry.detail))
            if alert:
                for column in range(3):
                    item.setForeground(column, QBrush(ALERT))
        if not entries:
            QTreeWidgetItem(tree, ["", empty, ""]).setDisabled(True)

    def reload(self) -> None:
        day = dt.date.today()
        self.start.setVisible(today.is_first_day())
        self.greeting.setText(
            self.tr("Hello %1 — %2")
            .replace("%1", self.session.staff.name.split()[0])
            .replace("%2", french.long_date(day))
        )
        # The post-creation follow-ups due are milestones too, planned at the creation.
        due = sorted(today.late_milestones(day) + today.due_follow_ups(day), key=lambda e: e.day)
        self._fill(self.late, due, self.tr("No late milestone."), True)
        self._fill(
            self.committees, today.upcoming_committees(day), self.tr("No committee planned.")
        )
        # A conflict from an exchange with another office awaits a person's decision too.
        awaiting = exchange_conflicts.home_entries() + today.awaiting_decision()
        self._fill(self.awaiting, awaiting, self.tr("Nothing awaits a decision."))
        self._fill(self.recent, today.recent_changes(), self.tr("No change yet."))
        self._fill(self.review, review_entries(day), self.tr("No data to review."), True)

    # Back on this screen: always read again (7 ms at 100,000 needs; lateness moves
    # with the date even when the file does not change).
    refresh = reload


def build(session: Session, go_to: Callable) -> HomeScreen:
    return HomeScreen(session, go_to)
