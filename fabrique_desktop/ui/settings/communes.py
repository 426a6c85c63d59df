"""Paramètres → Communes: the communes of the Fabrique's territory.

Add them from the official list or by hand, rename one, retire one no longer worked in
(the records that name it keep it), merge two entries, delete one nothing names.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import choices, french
from ...domain.models import Territory
from ...domain.services import territories
from ...domain.validation import RECORD, ValidationError
from ..common import plain
from ..common.buttons import action_button
from ..common.columns import fit_columns
from ..common.fields import CheckField, TextField
from ..common.fields_dialog import FieldsDialog
from ..common.plain import PlainLabel
from .official_picker import OfficialPicker

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    INSEE = 1
    POSTAL = 2
    POPULATION = 3
    AREA = 4
    STATE = 5


class CommuneTableModel(QAbstractTableModel):
    """The file's communes; a few hundred at most, read whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Territory] = []
        self.headers = {
            Column.NAME: self.tr("Commune"),
            Column.INSEE: self.tr("INSEE code"),
            Column.POSTAL: self.tr("Postal code"),
            Column.POPULATION: self.tr("Population"),
            Column.AREA: self.tr("Area"),
            Column.STATE: self.tr("State"),
        }

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(Territory.select().order_by(Territory.name))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        commune = self.rows[index.row()]
        column = Column(index.column())
        raw = {
            Column.NAME: commune.name,
            Column.INSEE: commune.insee_code,
            Column.POSTAL: commune.postal_code,
            Column.POPULATION: commune.population,
            Column.AREA: ", ".join(
                text
                for flag, text in (
                    (commune.priority_area, self.tr("priority neighbourhood")),
                    (commune.rural_area, self.tr("rural area")),
                )
                if flag
            ),
            Column.STATE: commune.active,
        }[column]
        if role == ID_ROLE:
            return str(commune.id)
        if role == SORT_ROLE:
            return -1 if raw is None else raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.POPULATION:
                return "" if raw is None else french.number(raw)
            if column is Column.STATE:
                return self.tr("in the list") if raw else self.tr("retired")
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.POPULATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[Column(section)]
        return None


class CommuneDialog(FieldsDialog):
    """A commune typed by hand, or renamed: name, INSEE code, postal code."""

    def __init__(self, parent: QWidget | None, commune: Territory | None = None):
        title = self.tr("New commune") if commune is None else self.tr("Commune")
        super().__init__(title, parent)
        self.commune = commune
        self.fields.add("name", self.tr("&Name:"), TextField(self))
        self.fields.add("insee_code", self.tr("&INSEE code:"), TextField(self))
        self.fields.add("postal_code", self.tr("&Postal code:"), TextField(self))
        # Not in the official list: the staff say it, the dashboard counts by it.
        self.fields.add(
            "priority_area", "", CheckField(self, self.tr("Has a p&riority neighbourhood (QPV)"))
        )
        self.fields.add("rural_area", "", CheckField(self, self.tr("R&ural area")))
        if commune is not None:
            self.fields.fill(
                {
                    "name": commune.name,
                    "insee_code": commune.insee_code,
                    "postal_code": commune.postal_code,
                    "priority_area": commune.priority_area,
                    "rural_area": commune.rural_area,
                }
            )
        self.finish()
        self.setMinimumWidth(420)

    def apply(self, values: dict) -> None:
        if self.commune is None:
            self.commune = territories.create_territory(values)
        else:
            territories.update_territory(self.commune, values)


class OfficialCommunesDialog(QDialog):
    """Add communes from the official list."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add communes from the official list"))
        layout = QVBoxLayout(self)
        self.picker = OfficialPicker(self)
        layout.addWidget(self.picker, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(
            self.tr("&Add these communes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.selection_changed.connect(self._follow)
        self._follow()
        self.resize(560, 520)

    def _follow(self) -> None:
        self.add_button.setEnabled(bool(self.picker.chosen_communes()))

    def submit(self) -> None:
        done = territories.import_communes(self.picker.chosen_communes())
        plain.information(
            self,
            self.windowTitle(),
            self.tr("%n commune(s) added.", "", done.added)
            + (
                " " + self.tr("%n were already in the file.", "", done.already_there)
                if done.already_there
                else ""
            ),
        )
        self.accept()


class CommunesPage(QWidget):
    """The settings page of communes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "The communes where the Fabrique works: each need is attached to one. "
                "A commune no longer worked in is retired: the records that name it keep it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the communes"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = CommuneTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("communes")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        fit_columns(self.table, Column.NAME)
        layout.addWidget(self.table, 1)
        self.count = PlainLabel(self)
        layout.addWidget(self.count)
        row = QHBoxLayout()
        self.buttons = {
            name: action_button(self, row, text, slot, name)
            for name, text, slot in (
                ("add_official", self.tr("Add from the &official list…"), self.add_official),
                ("add_by_hand", self.tr("Add &by hand…"), self.add_by_hand),
                ("rename", self.tr("&Edit…"), self.rename),
                ("retire", self.tr("Re&tire"), self.retire),
                ("merge", self.tr("&Merge into…"), self.merge),
                ("delete", self.tr("&Delete"), self.delete),
            )
        }
        # The same width for both words of the retire button: the row does not jump.
        retire = self.buttons["retire"]
        retire.setText(self.tr("Bring &back"))
        retire.setMinimumWidth(retire.sizeHint().width())
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        total = len(self.model.rows)
        retired = sum(1 for commune in self.model.rows if not commune.active)
        text = self.tr("%n commune(s)", "", total)
        if retired:
            text += " " + self.tr("(%n retired)", "", retired)
        self.count.setText(text)
        self._follow_selection()

    def selected(self) -> Territory | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Territory.get_or_none(Territory.id == rows[0].data(ID_ROLE))

    def _follow_selection(self) -> None:
        commune = self.selected()
        for name in ("rename", "retire", "merge", "delete"):
            self.buttons[name].setEnabled(commune is not None)
        retired = commune is not None and not commune.active
        self.buttons["retire"].setText(self.tr("Bring &back") if retired else self.tr("Re&tire"))

    def select(self, commune: Territory) -> None:
        """Select ``commune``'s row and bring it into view (after adding or changing it)."""
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == str(commune.id):
                self.table.selectRow(row)
                self.table.scrollTo(proxy.index(row, 0))
                return

    def _attempt(self, action) -> bool:
        try:
            action()
        except ValidationError as refused:
            plain.warning(self, self.tr("Communes"), refused.errors.get(RECORD, ""))
            return False
        finally:
            self.reload()
        return True

    def add_official(self) -> None:
        if OfficialCommunesDialog(self).exec():
            self.reload()

    def add_by_hand(self) -> None:
        dialog = CommuneDialog(self)
        if dialog.exec():
            self.reload()
            self.select(dialog.commune)

    def rename(self) -> None:
        commune = self.selected()
        if commune is not None and CommuneDialog(self, commune).exec():
            self.reload()
            self.select(commune)

    def retire(self) -> None:
        commune = self.selected()
        if commune is None:
            return
        action = (
            territories.reinstate_territory if not commune.active else territories.retire_territory
        )
        self._attempt(lambda: action(commune))
        self.select(commune)

    def merge(self) -> None:
        commune = self.selected()
        if commune is None:
            return
        others = [(key, label) for key, label in choices.territories() if key != commune.id]
        if not others:
            return
        # No commune chosen in advance: a quick OK must not merge into the first one.
        nobody = self.tr("— choose a commune —")
        label, accepted = QInputDialog.getItem(
            self,
            self.tr("Merge communes"),
            self.tr("Every record naming « %1 » will name instead:").replace("%1", commune.name),
            [nobody] + [label for _, label in others],
            0,
            False,
        )
        if not accepted or label == nobody:
            return
        kept_id = next(key for key, text in others if text == label)
        kept = Territory.get_by_id(kept_id)
        used = territories.uses(commune)
        answer = plain.question(
            self,
            self.tr("Merge communes"),
            self.tr("« %1 » will be removed and %2 will name « %3 ». Merge?")
            .replace("%1", commune.name)
            .replace("%2", ", ".join(used) if used else self.tr("no record"))
            .replace("%3", kept.name),
        )
        if answer == QMessageBox.StandardButton.Yes and self._attempt(
            lambda: territories.merge_territories(commune, kept)
        ):
            self.select(kept)

    def delete(self) -> None:
        commune = self.selected()
        if commune is None:
            return
        if territories.uses(commune):  # refused at once: no question whose answer is no
            self._attempt(lambda: territories.delete_territory(commune))
            return
        answer = plain.question(
            self,
            self.tr("Delete a commune"),
            self.tr("Delete the commune « %1 »?").replace("%1", commune.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._attempt(lambda: territories.delete_territory(commune))
