"""Paramètres → Types de comité: the kinds of committee the Fabrique holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import CommitteeKind
from ...domain.services import network
from ...domain.validation import RECORD, ValidationError
from ..common import plain
from ..common.buttons import action_button
from ..common.plain import PlainLabel


class CommitteeKindsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "Comité de pilotage, d'engagement, de sélection…: the kinds offered when "
                "a meeting is planned. A kind that meetings use cannot be deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("kinds")
        column.addWidget(self.kinds, 1)
        row = QHBoxLayout()
        action_button(self, row, self.tr("&Add…"), self.add_kind, "add_kind")
        action_button(self, row, self.tr("&Rename…"), self.rename_kind, "rename_kind")
        action_button(self, row, self.tr("&Delete"), self.delete_kind, "delete_kind")
        row.addStretch(1)
        column.addLayout(row)
        self.fill_kinds()

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
