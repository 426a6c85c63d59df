"""Who is using the app? Asked once per file: that staff member signs every decision."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ..domain import choices
from ..domain.enums import Organisation
from ..domain.models import StaffMember
from ..domain.services import network
from ..domain.validation import ValidationError
from .common.fields import ChoiceField, TextField
from .common.fieldset import FieldSet
from .common.plain import PlainLabel


class WhoAreYouDialog(QDialog):
    """Pick yourself among the file's staff, or add yourself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using Fabrique Desktop?"))
        self.staff: StaffMember | None = None
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "Your name is recorded as the author of the decisions and changes you "
                "make in this file."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        banner = PlainLabel(self)
        layout.addWidget(banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = FieldSet(form, banner)
        existing = self.fields.add(
            "existing", self.tr("&I am:"), ChoiceField(self, empty_label=self.tr("Someone new"))
        )
        existing.set_choices(choices.staff_members())
        self.fields.add("name", self.tr("&Name:"), TextField(self))
        organisation = self.fields.add("organisation", self.tr("&Organisation:"), ChoiceField(self))
        organisation.set_enum(Organisation)
        self.fields.add("organisation_other", self.tr("Which &one:"), TextField(self))
        existing.changed.connect(self._follow_choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.submit)
        layout.addWidget(buttons)
        self._follow_choice()

    def _follow_choice(self) -> None:
        new = self.fields.editors["existing"].value() is None
        for name in ("name", "organisation", "organisation_other"):
            self.fields.editors[name].setEnabled(new)

    def submit(self) -> None:
        values = self.fields.values()
        if values["existing"] is not None:
            self.staff = StaffMember.get_by_id(values["existing"])
        else:
            try:
                self.staff = network.create_staff_member(values)
            except ValidationError as refused:
                self.fields.show_errors(refused.errors)
                return
        self.accept()
