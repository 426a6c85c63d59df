"""A date and a reason, and a choice when there is one: what the RGPD's decisions ask
for (an opposition set or lifted, a retention extended). The domain validates; each
message shows under its field and what was typed stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ...domain.validation import RECORD, ValidationError
from .colours import ALERT
from .fields import ChoiceField, DateField, LongTextField


class DateReasonDialog(QDialog):
    """``submit(values)`` is called on OK with ``choice``, ``on`` and ``reason``; the
    dialog closes when it returns, stays open with the messages when it refuses."""

    def __init__(
        self,
        title: str,
        date_label: str,
        day: dt.date,
        submit: Callable[[Mapping[str, Any]], Any],
        choices: Sequence[tuple[Any, str]] = (),
        choice_label: str = "",
        intro: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("date_reason_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.submit = submit
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.choice = ChoiceField(self)
        self.choice.setObjectName("choice")
        self.choice.set_choices(list(choices))
        if choices:
            self._row(form, choice_label, self.choice, "choice")
        self.day = DateField(self)
        self.day.setObjectName("day")
        self.day.set_value(day)
        self._row(form, date_label, self.day, "on")
        self.reason = LongTextField(self, lines=3)
        self.reason.setObjectName("reason")
        self._row(form, self.tr("Reason"), self.reason, "reason")
        layout.addLayout(form)
        self.errors[RECORD] = self._error_label()
        layout.addWidget(self.errors[RECORD])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ALERT.name()};")
        label.hide()
        return label

    def _row(self, form: QFormLayout, label: str, editor, name: str) -> None:
        form.addRow(label, editor)
        self.errors[name] = self._error_label()
        form.addRow("", self.errors[name])

    def values(self) -> dict[str, Any]:
        return {
            "choice": self.choice.value(),
            "on": self.day.value(),
            "reason": self.reason.value(),
        }

    def try_accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            self.submit(self.values())
        except ValidationError as error:
            for name, message in error.errors.items():
                label = self.errors.get(name, self.errors[RECORD])
                label.setText(message)
                label.show()
            return
        self.accept()
