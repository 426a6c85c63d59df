"""A set of labelled fields with their error messages, shared by forms and dialogs.

Errors from the domain arrive as ``{field: message}``: each message appears under its
field, in red, until the user changes that field; messages about the whole record
appear in a banner above the fields. Nothing the user typed is touched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.validation import RECORD
from .colours import ALERT
from .plain import PlainLabel

ERROR_STYLE = f"color: {ALERT.name()};"


class FieldSet(QObject):
    """Fields laid out in a QFormLayout, with ``values()``, ``fill()`` and ``show_errors()``."""

    changed = Signal()

    def __init__(self, form: QFormLayout | None, banner: QLabel):
        """``form`` receives the fields added with :meth:`add`; callers laying out their
        own fields (a grid of decisions) pass None and :meth:`register` them."""
        super().__init__(banner)
        self.form = form
        self.banner = banner
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}
        banner.setStyleSheet(ERROR_STYLE)
        banner.setWordWrap(True)
        banner.hide()

    def add(self, name: str, label: str, editor: QWidget, form: QFormLayout | None = None):
        """Add ``editor`` under ``label``; its error message will appear just below it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)  # field beside its label, not below
        column.addWidget(editor)
        message = PlainLabel(holder)
        message.setObjectName(f"error_{name}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        caption = PlainLabel(label)
        caption.setBuddy(editor)  # Alt+underlined letter jumps to the field
        # The label as plain words (no accelerator, no colon), for the change history.
        self.captions[name] = label.replace("&", "").rstrip(" :\u00a0")
        (form or self.form).addRow(caption, holder)
        self.register(name, editor, message)
        return editor

    def register(self, name: str, editor: QWidget, message: QLabel) -> None:
        """Track an editor laid out by the caller (e.g. a cell of a grid)."""
        editor.setObjectName(name)
        self.editors[name] = editor
        self.messages[name] = message
        editor.changed.connect(self.changed)
        # A message about a value the user has since changed is no longer true
        # (« Ce champ est obligatoire » under a filled field): it goes with the change.
        editor.changed.connect(message.hide)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def fill(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            if name in values:
                editor.set_value(values[name])
        self.clear_errors()

    def clear_errors(self) -> None:
        for message in self.messages.values():
            message.hide()
        self.banner.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message beside its field; focus the first field in error."""
        self.clear_errors()
        general = []
        first = None
        for field, text in errors.items():
            message = self.messages.get(field)
            if message is None or field == RECORD:
                general.append(text)
                continue
            message.setText(text)
            message.show()
            first = first or self.editors[field]
        if general:
            self.banner.setText("\n".join(general))
            self.banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self, field: str) -> str:
        """The error shown under ``field`` (empty when none): what a user reads."""
        label = self.messages[field]
        return "" if label.isHidden() else label.text()


def page_fields(page: QWidget) -> tuple[QVBoxLayout, FieldSet]:
    """A settings page's layout: a banner for what concerns the whole page, then a form
    whose fields grow with the dialog."""
    layout = QVBoxLayout(page)
    banner = PlainLabel(page)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(banner)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.addLayout(form)
    return layout, FieldSet(form, banner)
