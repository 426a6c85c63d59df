"""What users typed is shown as text by every screen, form, dialog and panel (issue 19).

Every text of every record starts with markup. The test walks each section of the main
window, opens a record of each list, presses each button of its form and looks into
each dialog that opens: every label, tooltip and list cell that shows a record's text
must show its exact characters, never bold « gras » nor an image Qt would load from
/etc/passwd.
"""

from __future__ import annotations

import pytest
from peewee import CharField, TextField, Value
from playhouse.fields import EnumField
from PySide6 import QtGui
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import models
from fabrique_desktop.ui.common import plain
from fabrique_desktop.ui.main_window import MainWindow

HOSTILE = "<b>gras</b><img src='/etc/passwd'/>"
#: Fields shown as typed but checked by the forms (rewriting them would only show errors),
#: and the server role, unique and never shown.
NOT_FREE_TEXT = {
    "email",
    "phone",
    "siret",
    "insee_code",
    "postal_code",
    "content",
    "filename",
    "login",
}


def shown(text: str, text_format: Qt.TextFormat) -> str:
    """What Qt displays for ``text`` in a label or tooltip of that format."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)  # parsed, never laid out: no image is loaded here
    return document.toPlainText()


class Inspector:
    """Looks at every text a widget tree shows that comes from a record."""

    def __init__(self):
        self.checked = 0
        self.failures: list[tuple[str, str]] = []

    def check(self, where: str, text: str, text_format=Qt.TextFormat.AutoText) -> None:
        if "gras" not in text:
            return
        self.checked += 1
        displayed = shown(text, text_format)
        # Shown as its characters (a plain label may show a part: « Bonjour <b>gras</b><img »),
        # or our own formatted sentence with the user's part escaped.
        if displayed != text and HOSTILE not in displayed:
            self.failures.append((where, text))

    def walk(self, top: QWidget) -> None:
        for widget in [top, *top.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName()} in {type(top).__name__}"
            if isinstance(widget, QLabel):
                self.check(where, widget.text(), widget.textFormat())
            self.check(f"tooltip of {where}", widget.toolTip())
            if isinstance(widget, QTreeWidget):
                for item in tree_items(widget):
                    for column in range(widget.columnCount()):
                        self.check(f"tooltip in {where}", item.toolTip(column))
            elif isinstance(widget, (QTableWidget, QListWidget)):
                for item in widget.findItems("", Qt.MatchFlag.MatchContains):
                    if item is not None:  # an item deleted while its table was refilled
                        self.check(f"tooltip in {where}", item.toolTip())
            # The lists' own table models give no tooltips (and PySide crashes when
            # asked from Python for roles a model leaves empty, again and again).


# PySide 6.12 drops a reference to None each time a call returns no object (no item at
# that cell, no modal dialog): thousands of such calls crash the interpreter at exit.
# The walk asks only for objects that exist.
def tree_items(tree: QTreeWidget):
    pending = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        yield item
        pending += [item.child(row) for row in range(item.childCount())]


@pytest.fixture
def hostile(db, staff):
    """A small demo whose every free text starts with markup."""
    build_demo(scale=30)
    for model in models.BaseModel.__subclasses__():
        texts = {
            field: Value(HOSTILE + " ").concat(field)
            for field in model._meta.sorted_fields
            if isinstance(field, (CharField, TextField))
            and not isinstance(field, EnumField)
            and field.name not in NOT_FREE_TEXT
        }
        if texts:
            model.update(texts).execute()


def close_dialogs(inspector: Inspector) -> None:
    """Inspect then dismiss (Escape: No, Cancel) each dialog that a click opened."""
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.isModal():
            inspector.walk(dialog)
            dialog.reject()


def test_every_screen_shows_what_was_typed_as_text(qtbot, session, hostile):
    session.staff = models.StaffMember.get_by_id(session.staff.id)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    inspector = Inspector()
    watcher = QTimer(interval=20)
    watcher.timeout.connect(lambda: close_dialogs(inspector))
    watcher.start()
    try:
        for section in range(window.navigation.count()):
            window.navigation.setCurrentRow(section)
            inspector.walk(window)
            for screen in window._lists_in(window.screen(section)):
                visit_records(qtbot, screen, inspector)
                inspector.walk(window)
    finally:
        watcher.stop()
    assert sorted(set(inspector.failures)) == []
    assert inspector.checked > 100, "the walk must have met the records' text"


def visit_records(qtbot, screen, inspector: Inspector) -> None:
    """Open the first record of the list and press every button of its form."""
    ids = screen.model.ids[:1]
    for record_id in ids:
        screen.open_record(record_id)
        inspector.walk(screen)
        count = len(buttons(screen.form))
        for number in range(count):
            screen.open_record(record_id)
            pressable = buttons(screen.form)
            if number < len(pressable):
                pressable[number].click()
                # Work it started in the background (the dossier) ends, and shows its result.
                QThreadPool.globalInstance().waitForDone(60_000)
                qtbot.wait(50)
                for top in QApplication.topLevelWidgets():
                    if top.isVisible():
                        inspector.walk(top)
                        if isinstance(top, QMessageBox) or top.isModal():
                            top.close()
        screen.form.load(None)


def buttons(form: QWidget) -> list[QPushButton]:
    return [
        button
        for button in form.findChildren(QPushButton)
        if button.isVisibleTo(form) and button.isEnabled() and button is not form.save_button
    ]


def test_message_boxes_and_labels_of_the_app_are_plain(qtbot):
    label = plain.PlainLabel(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = plain.message_box(QMessageBox.Icon.Question, None, "Titre", HOSTILE)
    qtbot.addWidget(box)
    assert shown(box.text(), box.textFormat()) == HOSTILE
    assert shown(plain.tooltip(HOSTILE), Qt.TextFormat.AutoText) == HOSTILE
    assert plain.tooltip("L'ordre du jour est vide.") == "L'ordre du jour est vide."
