"""What a user does with the widgets: type, pick from a list, click, confirm a dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox, QWidget


def type_into(qtbot, editor, text: str) -> None:
    """Type ``text`` key by key, accented letters included.

    QTest.keyClicks only knows ASCII keys; each character is sent here as the key event
    a French keyboard produces (the text it carries is what the widget inserts).
    """
    editor.clear()
    editor.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0  # a new line is the Return key
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
    qtbot.wait(1)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"« {text} » is not offered"
    combo.setCurrentIndex(index)


def click(qtbot, button: QWidget) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def confirm(dialog: QWidget) -> None:
    """Press OK (or Save) in a dialog."""
    buttons = dialog.findChild(QDialogButtonBox)
    for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = buttons.button(role)
        if button is not None:
            button.click()
            return
    raise AssertionError("no OK or Save button")


def answer(dialog: QMessageBox, which: QMessageBox.StandardButton) -> None:
    dialog.button(which).click()


def answer_noting(which: QMessageBox.StandardButton, questions: list):
    """For ``dialogs.next``: note the question (its text format and text), then press ``which``."""

    def act(box: QMessageBox) -> None:
        questions.append((box.textFormat(), box.text()))
        answer(box, which)

    return act
