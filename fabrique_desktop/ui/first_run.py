"""Who is using the app? Asked once per file: that staff member signs every decision.

The question is a form of its own, shown in a dialog on a file that already has staff,
and as a page of the set-up assistant on a new file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import choices
from ..domain.enums import Organisation
from ..domain.models import StaffMember
from ..domain.services import network
from ..domain.validation import ValidationError
from .common import plain
from .common.fields import ChoiceField, TextField
from .common.fieldset import FieldSet
from .common.plain import PlainLabel


class WhoAreYouForm(QWidget):
    """Pick yourself among the file's staff, or add yourself; ``submit()`` returns the
    staff member, or None with the refusals shown under their fields."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.added: StaffMember | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = intro = PlainLabel(
            self.tr(
                "Your name is recorded as the author of the decisions and changes you "
                "make in this file."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        banner = PlainLabel(self)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(banner)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = FieldSet(form, banner)
        existing = self.fields.add(
            "existing", self.tr("&I am:"), ChoiceField(self, empty_label=self.tr("Someone new"))
        )
        existing.set_choices(choices.staff_members())
        # On a new file there is nobody to pick: the list would only be in the way.
        existing.setVisible(existing.count() > 1)
        form.labelForField(existing.parentWidget()).setVisible(existing.count() > 1)
        self.fields.add("name", self.tr("&Name:"), TextField(self))
        organisation = self.fields.add("organisation", self.tr("&Organisation:"), ChoiceField(self))
        organisation.set_enum(Organisation)
        self.fields.add("organisation_other", self.tr("Which &one:"), TextField(self))
        existing.changed.connect(self._follow_choice)
        organisation.changed.connect(self._follow_choice)
        layout.addStretch(1)
        self._follow_choice()

    def _follow_choice(self) -> None:
        new = self.fields.editors["existing"].value() is None
        for name in ("name", "organisation"):
            self.fields.editors[name].setEnabled(new)
        other = self.fields.editors["organisation"].value() == Organisation.OTHER.value
        self.fields.editors["organisation_other"].setEnabled(new and other)

    def submit(self) -> StaffMember | None:
        """The person picked, or the one typed: added the first time, corrected after
        (back to this form and on again never adds the same person twice)."""
        values = self.fields.values()
        if values["existing"] is not None:
            return StaffMember.get_by_id(values["existing"])
        try:
            if self.added is None:
                self.added = network.create_staff_member(values)
            else:
                self.added = network.update_staff_member(self.added, values)
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return None
        self.fields.clear_errors()
        return self.added


class WhoAreYouDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using Fabrique Desktop?"))
        self.staff: StaffMember | None = None
        layout = QVBoxLayout(self)
        self.form = WhoAreYouForm(self)
        self.fields = self.form.fields
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.submit)
        layout.addWidget(buttons)
        # Wide enough for its title in the title bar (window managers cut it otherwise).
        title_width = self.fontMetrics().horizontalAdvance(self.windowTitle())
        self.setMinimumWidth(max(480, title_width + 200))

    def submit(self) -> None:
        self.staff = self.form.submit()
        if self.staff is not None:
            self.accept()

    def reject(self) -> None:
        """Closing the question closes the file: say so, and let the user come back."""
        answer = plain.question(
            self,
            self.windowTitle(),
            self.tr(
                "Every decision recorded in this file is signed by the person using it: "
                "without your name the file cannot be opened. Close it?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Close:
            super().reject()
