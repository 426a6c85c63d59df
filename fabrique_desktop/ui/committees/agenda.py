"""Adding a point to a committee's agenda: its purpose, then the record it is about."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from ...domain import choices
from ...domain.enums import AgendaPurpose
from ...domain.models import Committee
from ...domain.services import committees
from ...domain.validation import ValidationError
from ..common.fields import ChoiceField, LongTextField, TextField
from ..common.fieldset import FieldSet
from ..common.plain import PlainLabel

SUBJECT_FIELDS = ("need", "candidacy", "project")


class AgendaItemDialog(QDialog):
    def __init__(self, committee: Committee, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a point to the agenda"))
        self.committee = committee
        layout = QVBoxLayout(self)
        banner = PlainLabel(self)
        layout.addWidget(banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = FieldSet(form, banner)
        purpose = self.fields.add("purpose", self.tr("&Purpose:"), ChoiceField(self))
        purpose.set_enum(AgendaPurpose)
        for name, caption in (
            ("need", self.tr("&Need:")),
            ("candidacy", self.tr("&Candidacy:")),
            ("project", self.tr("P&roject:")),
        ):
            self.fields.add(name, caption, ChoiceField(self, empty_label="")).make_searchable()
        self.fields.add("title", self.tr("&Title:"), TextField(self))
        self.fields.add("notes", self.tr("N&ote for the committee:"), LongTextField(self, lines=3))
        self.form = form
        purpose.changed.connect(self.follow_purpose)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.follow_purpose()

    def follow_purpose(self) -> None:
        """Offer only the records the chosen purpose is about."""
        purpose = AgendaPurpose(self.fields.editors["purpose"].value())
        subject, offered = choices.agenda_subjects(purpose)
        for name in SUBJECT_FIELDS:
            editor = self.fields.editors[name]
            self.form.setRowVisible(editor.parentWidget(), name == subject)
            if name == subject:
                editor.set_choices(offered)

    def submit(self) -> None:
        values = self.fields.values()
        subject, _ = choices.agenda_subjects(AgendaPurpose(values["purpose"]))
        for name in SUBJECT_FIELDS:
            if name != subject:
                values.pop(name)
        try:
            committees.add_agenda_item(self.committee, values)
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return
        self.accept()
