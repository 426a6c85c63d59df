"""Qt's own dialogs in French: file dialogs that start in the user's Documents folder
with French name filters, and the few strings Qt's French catalogues miss.

``QT_GAPS`` lists those strings in Qt's own contexts: pyside6-lupdate collects them into
our catalogue, which is installed after Qt's and so answers Qt's widgets for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# (context, source, disambiguation) of Qt's strings that qtbase_fr leaves in English.
QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), None),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"), None),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"), None),
    # Qt asks with a disambiguation, then without: the plain entry answers it.
    (
        "QAbstractFileIconProvider",
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
        "All other platforms",
    ),
)


def pdf_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "PDF documents (*.pdf)")


def all_files_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "All files (*)")


def documents_folder() -> str:
    """Where file dialogs start: the user's Documents folder, or home when there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def file_dialog(
    parent: QWidget,
    title: str,
    mode: QFileDialog.AcceptMode,
    filters: list[str],
    file_name: str = "",
    folder: str = "",
) -> QFileDialog:
    """A file dialog in ``folder`` (the Documents folder by default) with French filters;
    a file name to save under is proposed there."""
    dialog = QFileDialog(parent, title, folder or documents_folder())
    dialog.setAcceptMode(mode)
    dialog.setNameFilters(filters)
    if file_name:
        dialog.selectFile(file_name)
    return dialog


def file_to_save(parent: QWidget, title: str, filter_: str, file_name: str) -> Path | None:
    """Where the user chose to save ``file_name`` (its suffix added to a name typed
    without one), or None."""
    dialog = file_dialog(parent, title, QFileDialog.AcceptMode.AcceptSave, [filter_], file_name)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    if not dialog.exec():
        return None
    return Path(dialog.selectedFiles()[0])
