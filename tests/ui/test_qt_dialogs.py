"""Qt's own dialogs speak French: the file dialog, the print dialog, the standard buttons
of message boxes and the unsaved-changes question."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from fabrique_desktop.ui.common.file_dialogs import QT_GAPS, file_dialog, pdf_filter
from fabrique_desktop.ui.common.form import RecordForm

#: Words spelt the same in both languages.
SAME_IN_FRENCH = {"OK", "Type", "Options", "Copies", "Pages", "Document", "Documents"}


class UntranslatedSpy(QTranslator):
    """Installed first, so asked last: sees only what no French catalogue answered."""

    def __init__(self):
        super().__init__()
        self.english: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.english.add(source.replace("&", ""))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def untranslated(qapp):
    # Installed translators are asked newest first: reinstalling ours puts the spy last.
    spy = UntranslatedSpy()
    translators = qapp.findChildren(QTranslator)
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.installTranslator(spy)
    for translator in translators:
        qapp.installTranslator(translator)
    yield spy.english
    qapp.removeTranslator(spy)


def visible_texts(dialog: QWidget) -> set[str]:
    """Every string the user can read in ``dialog``, mnemonics removed."""
    texts = {dialog.windowTitle()}
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not widget.isVisibleTo(dialog):
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            for column in range(model.columnCount(root)):
                texts.add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(root), 20)):
                    texts.add(str(model.index(row, column, root).data() or ""))
    return {re.sub(r"&(?!&)", "", text) for text in texts if re.search("[A-Za-z]", text)}


def english_left(dialog: QWidget, english: set[str]) -> set[str]:
    return {t for t in visible_texts(dialog) if t in english and t not in SAME_IN_FRENCH}


def test_file_dialog_is_french_and_starts_in_documents(qtbot, tmp_path, monkeypatch, untranslated):
    home = tmp_path / "maison"
    (home / "Documents" / "Comités").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = file_dialog(
        parent, "Enregistrer le PDF", QFileDialog.AcceptMode.AcceptSave, [pdf_filter()]
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Dossier" in visible_texts(dialog))  # the folder is listed
    assert dialog.directory().absolutePath() == str(home / "Documents")
    assert dialog.nameFilters() == ["Documents PDF (*.pdf)"]
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Regarder dans\u00a0:"
    assert english_left(dialog, untranslated) == set()


def test_print_dialog_is_french(qtbot, untranslated):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QPushButton) if "Options" in b.text())
    options.click()  # the page set, copies and collation
    assert "Jeu de pages\u00a0:" in visible_texts(dialog)
    assert english_left(dialog, untranslated) == set()


def test_standard_buttons_are_french(qtbot, untranslated):
    box = QMessageBox()
    qtbot.addWidget(box)
    every = QMessageBox.StandardButton
    for button in (every.Ok, every.Save, every.Discard, every.Cancel, every.Yes, every.No):
        box.addButton(button)
    box.addButton(every.Close)
    box.show()
    assert english_left(box, untranslated) == set()


def test_unsaved_changes_say_ne_pas_enregistrer(qtbot, dialogs):
    form = RecordForm()
    qtbot.addWidget(form)
    form._dirty = True  # what typing in a field does
    seen = []

    def answer(box: QMessageBox) -> None:
        seen.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    dialogs.next(answer)
    assert not form.confirm_leave()
    assert sorted(seen) == ["&Ne pas enregistrer", "Annuler", "Enregistrer"]


def test_every_gap_is_filled():
    for context, source, disambiguation in QT_GAPS:
        assert QCoreApplication.translate(context, source, disambiguation) != source


def test_save_as_proposes_the_dossier_in_documents(qtbot, tmp_path, monkeypatch, dialogs):
    from fabrique_desktop.ui.common.pdf_preview import PdfPreviewDialog

    home = tmp_path / "maison"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    content = b"%PDF-1.4\n%%EOF\n"
    preview = PdfPreviewDialog("Dossier", content, "Dossier de comité 2026-12-03.pdf")
    qtbot.addWidget(preview)
    seen = []

    def save(dialog: QFileDialog) -> None:
        seen.append((dialog.directory().absolutePath(), dialog.nameFilters()))
        seen.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        dialog.selectFile(str(home / "Documents" / "pour le comité"))  # typed without .pdf
        dialog.accept()

    dialogs.next(save)
    preview.save_button.click()
    assert seen == [
        (str(home / "Documents"), ["Documents PDF (*.pdf)"]),
        "Dossier de comité 2026-12-03.pdf",
    ]
    assert (home / "Documents" / "pour le comité.pdf").read_bytes() == content
