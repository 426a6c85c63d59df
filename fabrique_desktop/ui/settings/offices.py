"""Paramètres → Postes: this file's office (its name and structure, which every envoi
carries) and what is shared with each partner office."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.validation import ValidationError
from ...store import exchange
from ...store.exchange import rules
from ..common.fields import PickList, TextField
from ..common.fieldset import page_fields


class OfficesPage(QWidget):
    """``save()`` writes the office's identity and the sharing chosen per office, and
    returns whether they were accepted; a refusal shows under its field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.fields = page_fields(self)
        name = self.fields.add("name", self.tr("&Name of this office:"), TextField(self))
        name.setPlaceholderText(self.tr("e.g. CRESS Amiens"))
        self.fields.add("structure", self.tr("&Structure:"), TextField(self))
        self.sharing = {None: self._sharing_box()}
        self.fields.form.addRow(self.tr("Shared with an office &not met yet:"), self.sharing[None])
        for office in exchange.partners():
            self.sharing[office.id] = self._sharing_box(office.sharing)
            self.fields.form.addRow(
                self.tr("Shared with « %1 »:").replace("%1", office.name),
                self.sharing[office.id],
            )
        me = exchange.own_identity()
        self.fields.fill({"name": me.name, "structure": me.structure})
        self.sharing[None].setCurrentIndex(self.sharing[None].findData(me.sharing))
        layout.addStretch(1)

    def _sharing_box(self, current: str = rules.DEFAULT_SHARING) -> QComboBox:
        box = PickList(self)
        box.addItem(self.tr("Everything"), "all")
        box.addItem(
            self.tr("Everything but the holders' contact details and the attachments"),
            "restricted",
        )
        box.setCurrentIndex(box.findData(current))
        return box

    def save(self) -> bool:
        values = {**self.fields.values(), "sharing": self.sharing[None].currentData()}
        self.fields.clear_errors()
        try:
            exchange.update_identity(values)
            for office_id, box in self.sharing.items():
                if office_id is not None:
                    exchange.set_sharing(office_id, box.currentData())
        except ValidationError as error:
            self.fields.show_errors(error.errors)
            return False
        return True
