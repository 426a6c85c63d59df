"""A dialog of labelled fields whose « Enregistrer » hands them to a domain service: a
refusal shows under its field and the dialog stays open with everything typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from ...domain.validation import ValidationError
from .fieldset import FieldSet
from .plain import PlainLabel


class FieldsDialog(QDialog):
    """A dialog of labelled fields whose Save calls a domain service (``apply``)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        banner = PlainLabel(self)
        layout.addWidget(banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields = FieldSet(self.form, banner)
        self.body = layout

    def finish(self) -> None:
        """Add Save and Cancel below the subclass's fields (made after them, Tab reaches
        them after them)."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:
        try:
            self.apply(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            self.adjustSize()  # room for the messages under the fields, none cut
            return
        self.accept()

    def apply(self, values: dict) -> None:
        raise NotImplementedError
