"""What users typed, shown as text: never read by Qt as HTML.

Qt's labels, message boxes and tooltips guess « rich text » from their content
(``Qt.AutoText``): a title ``<b>gras`` came out bold, and ``<img src='/etc/passwd'/>``
made Qt open that local file. Every label of the app is a :class:`PlainLabel`, every
message box comes from :func:`question`, :func:`warning`, :func:`information` or
:func:`critical`, and every tooltip that may quote a record goes through
:func:`tooltip`. Where a sentence of ours needs formatting (the « About » box), the
user's part is escaped with :func:`html.escape`.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


class PlainLabel(QLabel):
    """A QLabel that shows its text as typed, whatever characters it holds.

    The format is set before any text: a label first given rich text lays it out (and
    loads its images) as soon as its size is asked.
    """

    def __init__(self, *args, **kwargs):
        text = args[0] if args and isinstance(args[0], str) else None
        super().__init__(*args[1:] if text is not None else args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text is not None:
            self.setText(text)


def tooltip(text: str | None) -> str:
    """``text`` as a tooltip that Qt shows character for character (empty: no tooltip).

    Text that Qt would not take for HTML is kept as it is; the rest is converted to the
    HTML that displays it literally.
    """
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text or ""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """A message box whose text is plain: built empty, its format set, then filled."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(buttons)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def _ask(icon: QMessageBox.Icon, default_buttons: Button):
    def ask(
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: Button = default_buttons,
        default: Button = Button.NoButton,
    ) -> Button:
        box = message_box(icon, parent, title, text, buttons, default)
        return Button(box.exec())

    ask.__doc__ = f"Like ``QMessageBox.{icon.name.lower()}``, with the text shown as typed."
    return ask


# The four static functions of QMessageBox, same arguments, plain text.
question = _ask(QMessageBox.Icon.Question, Button.Yes | Button.No)
information = _ask(QMessageBox.Icon.Information, Button.Ok)
warning = _ask(QMessageBox.Icon.Warning, Button.Ok)
critical = _ask(QMessageBox.Icon.Critical, Button.Ok)
