"""The files attached to a need, a project, a holder or a committee: one box shared by
their four forms to add (file picker or drag and drop), open, save as and remove them.

Opening writes a private copy (0600, in a 0700 folder of this session) and hands it to
the system's viewer; the viewer is injected so that tests see what would be opened.
Every string a user typed or named (file names, messages) is shown as plain text.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import french
from ...domain.models import MAX_ATTACHMENT_BYTES, Attachment, BaseModel
from ...domain.services import attachments
from ...domain.validation import ValidationError
from ...dossiers.output import write_atomically
from . import plain
from .buttons import action_button
from .columns import fit_columns
from .decision import set_possible
from .fieldset import ERROR_STYLE
from .file_dialogs import all_files_filter, file_dialog
from .plain import PlainLabel

# What opens a file with the system's viewer; returns False when nothing can.
Opener = Callable[[QUrl], bool]

# The files an office attaches most: study reports, CVs, statutes, budgets, photos.
DOCUMENT_PATTERNS = (
    "*.pdf *.odt *.ods *.odp *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.rtf *.txt *.csv "
    "*.jpg *.jpeg *.png"
)
# Characters Windows refuses in a file name (and the path separators everywhere).
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]')

_private_folder: Path | None = None


def private_folder() -> Path:
    """This session's folder for copies handed to a viewer: 0700, removed at exit."""
    global _private_folder
    if _private_folder is None:
        _private_folder = Path(tempfile.mkdtemp(prefix="fabrique-pieces-jointes-"))
        # A viewer on Windows may still hold a copy open at exit: leave it then.
        atexit.register(shutil.rmtree, _private_folder, ignore_errors=True)
    return _private_folder


def write_private_copy(file_name: str, content: bytes) -> Path:
    """``content`` in a new 0600 file named like the attachment (the viewer goes by the
    extension), in its own 0700 folder so two files of the same name never collide."""
    safe_name = _UNSAFE_NAME.sub("_", file_name).strip(" .") or "piece-jointe"
    path = Path(tempfile.mkdtemp(dir=private_folder())) / safe_name
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    return path


class AttachmentsBox(QGroupBox):
    """The attached files of one record: name, size and date added, and their actions."""

    def __init__(self, parent: QWidget | None = None, opener: Opener = QDesktopServices.openUrl):
        super().__init__(parent)
        self.setTitle(self.tr("Attached files"))
        self.setObjectName("attachments")
        self.opener = opener
        self.owner: BaseModel | None = None
        column = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("attachment_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added on")])
        self.list.setMaximumHeight(150)
        fit_columns(self.list, 0)
        self.list.itemSelectionChanged.connect(self.refresh_actions)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        column.addWidget(self.list)
        self.message = PlainLabel(self)
        self.message.setObjectName("attachment_error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        row = QHBoxLayout()
        button = functools.partial(action_button, self, row)
        self.add_button = button(self.tr("Add a file…"), self.add, "add_attachment")
        self.open_button = button(self.tr("Open"), self.open_selected, "open_attachment")
        self.save_button = button(self.tr("Save as…"), self.save_selected, "save_attachment")
        row.addStretch()  # removal stands apart
        self.remove_button = button(self.tr("Remove…"), self.remove_selected, "remove_attachment")
        column.addLayout(row)
        hint = PlainLabel(
            self.tr("Files can also be dropped here, %1 MB at most each.").replace(
                "%1", french.number(MAX_ATTACHMENT_BYTES / attachments.MEBIBYTE)
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        column.addWidget(hint)

    # -- the list ------------------------------------------------------------------------
    def set_owner(self, owner: BaseModel | None) -> None:
        """Show the files of ``owner`` (None: a record not saved yet, nothing to attach to)."""
        self.owner = owner
        self.setAcceptDrops(owner is not None)
        self.message.hide()
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        if self.owner is not None:
            for attachment in attachments.attachments_of(self.owner):
                added = attachment.created_at.astimezone()
                item = QTreeWidgetItem(
                    self.list,
                    [
                        attachment.file_name,
                        self.size_text(attachment.size),
                        f"{french.short_date(added.date())} {added:%H:%M}",
                    ],
                )
                item.setData(0, Qt.ItemDataRole.UserRole, str(attachment.id))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        self.refresh_actions()

    def size_text(self, size: int) -> str:
        """``12 octets``, ``3,4 Ko``, ``1,2 Mo``: French figures, units a user knows."""
        if size < 1024:
            return self.tr("%n byte(s)", None, size)
        if size < attachments.MEBIBYTE:
            figure, unit = size / 1024, self.tr("KB")
        else:
            figure, unit = size / attachments.MEBIBYTE, self.tr("MB")
        return f"{french.number(figure, 1)}\u00a0{unit}"

    def selected(self) -> Attachment | None:
        items = self.list.selectedItems()
        if not items:
            return None
        chosen = items[0].data(0, Qt.ItemDataRole.UserRole)
        # Name and size are enough to ask about it; its bytes are read only when used.
        return (
            Attachment.select(Attachment.id, Attachment.file_name, Attachment.size)
            .where(Attachment.id == chosen)
            .first()
        )

    def refresh_actions(self) -> None:
        saved = self.owner is not None
        set_possible(self.add_button, saved, self.tr("Save the record first."))
        chosen = saved and bool(self.list.selectedItems())
        for button in (self.open_button, self.save_button, self.remove_button):
            set_possible(button, chosen, self.tr("Choose a file in the list."))

    def show_message(self, lines: list[str]) -> None:
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    # -- adding --------------------------------------------------------------------------
    def add(self) -> None:
        dialog = file_dialog(
            self,
            self.tr("Attach files"),
            QFileDialog.AcceptMode.AcceptOpen,
            [
                self.tr("Documents and images (%1)").replace("%1", DOCUMENT_PATTERNS),
                all_files_filter(),
            ],
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if dialog.exec():
            self.add_files([Path(name) for name in dialog.selectedFiles()])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file; the ones refused are listed with the reason, the others kept."""
        refusals = []
        for path in paths:
            try:
                content = self.read(path)
                attachments.attach_file(self.owner, path.name, content)
            except ValidationError as refused:
                refusals.append(" ".join(refused.errors.values()))
            except OSError as error:
                refusals.append(
                    self.tr("« %1 » could not be read: %2.")
                    .replace("%1", path.name)
                    .replace("%2", self.read_failure(error))
                )
        self.fill()
        self.show_message(refusals)

    @staticmethod
    def read(path: Path) -> bytes:
        """The file's bytes; a file over the limit is refused before it is read."""
        attachments.check_size(path.name, path.stat().st_size)
        with path.open("rb") as stream:
            return stream.read(MAX_ATTACHMENT_BYTES + 1)  # one byte more: a file that grew

    def read_failure(self, error: OSError) -> str:
        """Why the system would not give the file, in words a user acts on."""
        if isinstance(error, IsADirectoryError):
            return self.tr("it is a folder; attach the files inside it")
        if isinstance(error, FileNotFoundError):
            return self.tr("it no longer exists (moved or deleted?)")
        if isinstance(error, PermissionError):
            return self.tr("you are not allowed to read it")
        return self.tr("the system refused (%1)").replace("%1", error.strerror or str(error))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.owner is not None and paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- using ---------------------------------------------------------------------------
    def content(self, attachment: Attachment) -> bytes | None:
        try:
            return attachments.content_of(attachment)
        except ValidationError as refused:
            self.show_message(list(refused.errors.values()))
            return None

    def open_selected(self) -> None:
        attachment = self.selected()
        content = None if attachment is None else self.content(attachment)
        if content is None:
            return
        try:
            copy = write_private_copy(attachment.file_name, content)
        except OSError as error:
            self.show_message(
                [
                    self.tr("No temporary copy of « %1 » could be written: %2.")
                    .replace("%1", attachment.file_name)
                    .replace("%2", error.strerror or str(error))
                ]
            )
            return
        if not self.opener(QUrl.fromLocalFile(str(copy))):
            self.show_message(
                [
                    self.tr(
                        "No application of this computer opens « %1 »; use « Save as… » "
                        "and open it from there."
                    ).replace("%1", attachment.file_name)
                ]
            )
            return
        self.show_message([])

    def save_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        suffix = Path(attachment.file_name).suffix.lstrip(".")
        filters = [all_files_filter()]
        if suffix:
            filters.insert(0, self.tr("%1 files (*.%1)").replace("%1", suffix))
        dialog = file_dialog(
            self,
            self.tr("Save the file as"),
            QFileDialog.AcceptMode.AcceptSave,
            filters,
            attachment.file_name,
        )
        # We ask ourselves below: the same question whatever dialog the system shows.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if not dialog.exec():
            return
        target = Path(dialog.selectedFiles()[0])
        if target.exists() and not self.ask(
            self.tr("Save as"),
            self.tr("« %1 » already exists in this folder. Replace it?").replace("%1", target.name),
        ):
            return
        content = self.content(attachment)
        if content is None:
            return
        try:
            write_atomically(target, content)
        except OSError as error:
            self.show_message(
                [
                    self.tr("« %1 » could not be written (%2); nothing was changed.")
                    .replace("%1", str(target))
                    .replace("%2", error.strerror or str(error))
                ]
            )
            return
        self.show_message([])

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or not self.ask(
            self.tr("Remove the file"),
            self.tr(
                "Remove « %1 » (%2) from this record? The file is deleted from the "
                "database; copies saved elsewhere stay."
            )
            .replace("%1", attachment.file_name)
            .replace("%2", self.size_text(attachment.size)),
        ):
            return
        try:
            attachments.delete_attachment(attachment)
        except ValidationError as refused:
            self.show_message(list(refused.errors.values()))
            return
        self.fill()
        self.show_message([])

    # -- dialogs -------------------------------------------------------------------------
    def ask(self, title: str, question: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return plain.question(self, title, question, yes | no, no) == yes
