"""« Rechercher partout » (Ctrl+K): one box that finds needs, studies, projects (by
their holders' names too), holders, partners and committees, and opens the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ..domain.everywhere import find_everywhere


class EverywhereDialog(QDialog):
    #: The record to show: (section of the main window, record id).
    chosen = Signal(int, object)
    SEARCH_DELAY_MS = 150

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search everywhere"))
        layout = QVBoxLayout(self)
        self.box = QLineEdit(self)
        self.box.setObjectName("everywhere")
        self.box.setPlaceholderText(self.tr("A title, a name, a commune…"))
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        layout.addWidget(self.results, 1)
        self.nothing = QLabel(self.tr("Nothing found."), self)
        self.nothing.hide()
        layout.addWidget(self.nothing)
        self._timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _: self.open_current())
        self.resize(620, 460)

    def hideEvent(self, event) -> None:
        # Typed then closed within the delay: no search for a box nobody reads any more
        # (nor against a file closed meanwhile).
        self._timer.stop()
        super().hideEvent(event)

    def search(self) -> None:
        self.results.clear()
        found = find_everywhere(self.box.text())
        for result in found:
            item = QListWidgetItem(f"{result.kind} · {result.label}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, (result.section, result.record_id))
        if found:
            self.results.setCurrentRow(0)
        self.nothing.setVisible(bool(self.box.text().strip()) and not found)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        section, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.chosen.emit(section, record_id)
