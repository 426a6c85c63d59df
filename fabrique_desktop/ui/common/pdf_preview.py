"""Show a PDF inside the app, print it, or save it elsewhere.

Printing goes through QPrinter at 300 dpi: each page is rendered to an image of the
printer's resolution (Qt's HighResolution, 1200 dpi, needs over a gigabyte for two
pages of A4).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...dossiers.output import write_atomically
from . import plain

PRINT_DPI = 300


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(PRINT_DPI)
    return printer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, scaled to the page; return the count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer refused to start")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return document.pageCount()


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, content: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.content = content
        self.file_name = file_name
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
        buttons.addStretch()
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
        self.resize(900, 1000)

    def print_document(self) -> None:
        printer = make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self.file_name, "*.pdf"
        )
        if not name:
            return
        try:
            write_atomically(Path(name), self.content)
        except OSError as error:
            plain.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be written: %1").replace("%1", error.strerror or ""),
            )
