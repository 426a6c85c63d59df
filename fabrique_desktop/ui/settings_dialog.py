"""Fichier → Paramètres de la Fabrique: its name and territory (printed on every dossier)
and the kinds of committee it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..domain.models import CommitteeKind
from ..domain.services import network, settings
from ..domain.validation import RECORD, ValidationError
from .common import plain
from .common.fields import TextField
from .common.fieldset import FieldSet
from .common.plain import PlainLabel


class FabriqueSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings of the Fabrique"))
        layout = QVBoxLayout(self)
        banner = PlainLabel(self)
        layout.addWidget(banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = FieldSet(form, banner)
        self.fields.add("fabrique_name", self.tr("&Name of the Fabrique:"), TextField(self))
        self.fields.add("territory_name", self.tr("&Territory:"), TextField(self))
        self.fields.fill(settings.fabrique_settings())

        box = QGroupBox(self.tr("Kinds of committee"), self)
        column = QVBoxLayout(box)
        self.kinds = QListWidget(box)
        self.kinds.setObjectName("kinds")
        column.addWidget(self.kinds)
        row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add…"), self.add_kind, "add_kind"),
            (self.tr("Rename…"), self.rename_kind, "rename_kind"),
            (self.tr("Delete"), self.delete_kind, "delete_kind"),
        ):
            button = QPushButton(text, box)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        column.addLayout(row)
        layout.addWidget(box)
        self.fill_kinds()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def fill_kinds(self) -> None:
        self.kinds.clear()
        for kind in CommitteeKind.select().order_by(CommitteeKind.name):
            item = QListWidgetItem(kind.name, self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, str(kind.id))

    def current_kind(self) -> CommitteeKind | None:
        item = self.kinds.currentItem()
        return CommitteeKind.get_by_id(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _ask_name(self, title: str, name: str = "") -> str | None:
        text, accepted = QInputDialog.getText(self, title, self.tr("Name:"), text=name)
        return text if accepted else None

    def _attempt(self, action) -> None:
        try:
            action()
        except ValidationError as refused:
            message = refused.errors.get("name") or refused.errors.get(RECORD, "")
            plain.warning(self, self.tr("Kinds of committee"), message)
        self.fill_kinds()

    def add_kind(self) -> None:
        name = self._ask_name(self.tr("New kind of committee"))
        if name is not None:
            self._attempt(lambda: network.create_committee_kind({"name": name}))

    def rename_kind(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        name = self._ask_name(self.tr("Rename"), kind.name)
        if name is not None:
            self._attempt(lambda: network.rename_committee_kind(kind, {"name": name}))

    def delete_kind(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self._attempt(lambda: network.delete_committee_kind(kind))

    def submit(self) -> None:
        try:
            settings.update_settings(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return
        self.accept()
