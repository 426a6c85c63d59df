"""Show a PDF inside the app, print it in the background, or save it elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...dossiers.output import write_atomically
from . import plain
from .background import ProgressTask
from .file_dialogs import documents_folder, file_to_save, pdf_filter
from .plain import PlainLabel
from .printing import make_printer, print_pdf


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, content: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.content = content
        self.file_name = file_name
        self.print_task: ProgressTask | None = None
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(content))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        buttons = QHBoxLayout()
        self.status = PlainLabel(self)
        self.status.setObjectName("print_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status, 1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(900, 1000)  # A4 at a readable size; a smaller screen gets less

    def job_name(self) -> str:
        """The print job's and the proposed file's name: the dossier's, without « .pdf »."""
        return Path(self.file_name).stem

    def print_dialog(self, printer: QPrinter) -> QPrintDialog:
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        # « Print to file » would propose the current folder, or print.pdf: propose the
        # dossier's name in Documents (the field is Qt's own, found by its name).
        output = dialog.findChild(QLineEdit, "filename")
        if output is not None:
            output.setText(str(Path(documents_folder()) / self.file_name))
        return dialog

    def print_document(self) -> None:
        printer = make_printer(self.job_name())
        if self.print_dialog(printer).exec() == QDialog.DialogCode.Accepted:
            self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> None:
        """Print in the background, with the pages' progress and « Annuler »."""
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        content = self.content
        self.print_task = ProgressTask(
            self,
            self.tr("Print"),
            self.tr("Printing « %1 »…").replace("%1", self.job_name()),
            lambda report: print_pdf(content, printer, report),
            self.printed,
            self.print_failed,
        )
        self.print_task.dialog.canceled.connect(self.print_cancelled)

    def printed(self, pages: int) -> None:
        self.print_button.setEnabled(True)
        if pages:
            self.status.setText(self.tr("%n page(s) sent to the printer.", "", pages))
        else:
            self.status.setText(self.tr("Sent to the printer."))

    def print_cancelled(self) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("Printing cancelled."))

    def print_failed(self, message: str) -> None:
        self.print_button.setEnabled(True)
        self.status.setText("")
        plain.warning(
            self,
            self.windowTitle(),
            self.tr("The printer refused the document: %1").replace("%1", message),
        )

    def save_as(self) -> None:
        path = file_to_save(self, self.tr("Save the PDF"), pdf_filter(), self.file_name)
        if path is None:
            return
        try:
            write_atomically(path, self.content)
        except OSError as error:
            plain.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be written: %1").replace("%1", error.strerror or ""),
            )
