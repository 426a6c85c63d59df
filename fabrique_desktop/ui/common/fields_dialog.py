"""A dialog of labelled fields whose « Enregistrer » hands them to a domain service: a
refusal shows under its field and the dialog stays open with everything typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import ValidationError
from .fieldset import FieldSet
from .plain import PlainLabel
from .screen_fit import available_area


class FieldsDialog(QDialog):
    """A dialog of labelled fields whose Save calls a domain service (``apply``)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        # The fields scroll, the buttons stay: a grid is taller than a laptop at 150 %.
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        banner = PlainLabel(body)
        column.addWidget(banner)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
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
        self.fit_fields()

    def fit_fields(self) -> None:
        """As tall and wide as the fields (their messages too) where the screen allows:
        a scroll area alone asks little."""
        body, screen = self.scroll.widget().sizeHint(), available_area(self)
        self.scroll.setMinimumHeight(min(body.height() + 2, screen.height() * 2 // 3))
        # As wide as the fields too: a dialog of fields never scrolls sideways.
        self.scroll.setMinimumWidth(min(body.width() + 2, screen.width() * 9 // 10))

    def submit(self) -> None:
        try:
            self.apply(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            self.fit_fields()  # room for the messages under the fields, none cut
            return
        self.accept()

    def apply(self, values: dict) -> None:
        raise NotImplementedError
