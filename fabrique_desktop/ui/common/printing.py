"""Printing a PDF we made (a committee dossier, minutes) as the print dialog asked: the
page range, odd or even pages only, the copies and their collation, both sides of the
sheet, under the dossier's name.

Where the system's print service takes PDF itself (CUPS on Linux, through ``lp``), the
file goes as it is: text and lines stay vector, a few hundred kilobytes. Elsewhere each
page is drawn at 300 dpi through QPrinter (Qt's HighResolution, 1200 dpi, needs over a
gigabyte for two pages of A4). Both run off the GUI thread and report each page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

from .background import Cancelled

PRINT_DPI = 300
#: A print service that has not taken the file after this long will not.
LP_TIMEOUT_SECONDS = 120
#: Where Qt's CUPS print engine keeps the options its dialog set as CUPS options (the
#: « Jeu de pages » odd/even among them): a private key, ``PPK_CupsOptions`` in qcups_p.h.
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)
#: The CUPS ``sides`` value of each duplex mode; « auto » binds on the long edge, the
#: right side for our portrait pages.
SIDES = {
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def make_printer(doc_name: str) -> QPrinter:
    """A printer whose job (and « print to file » proposal) bears ``doc_name``."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(doc_name)
    return printer


def page_set(printer: QPrinter) -> str:
    """« odd », « even », or "" for every page, as the print dialog's « Jeu de pages » set it."""
    options = printer.printEngine().property(CUPS_OPTIONS) or []
    chosen = dict(zip(options[::2], options[1::2], strict=False)).get("page-set", "")
    return chosen if chosen in ("odd", "even") else ""


def sides(printer: QPrinter) -> str:
    """The CUPS ``sides`` of the print dialog's « Recto verso » choice."""
    return SIDES.get(printer.duplex(), "one-sided")


def pages_to_print(printer: QPrinter, page_count: int, only: str = "") -> list[int]:
    """The pages (from 0) in the order they go out, copies included when the printer
    does not make them itself; ``only`` is the page set, « odd » or « even »."""
    pages = list(range(page_count))
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        pages = [page for page in pages if ranges.contains(page + 1)]
    # Like CUPS, odd and even are the document's page numbers, not positions in the range.
    parity = {"odd": 1, "even": 0}.get(only)
    if parity is not None:
        pages = [page for page in pages if (page + 1) % 2 == parity]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def draw_pdf(
    content: bytes,
    printer: QPrinter,
    report: Callable[[float], None] = lambda _: None,
    only: str = "",
) -> int:
    """Draw the pages of the PDF ``content`` on ``printer`` (``only`` the odd or even
    ones when asked); return the pages sent.

    Any thread: the document is opened here, and a cancelled report aborts the job.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = pages_to_print(printer, document.pageCount(), only)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer refused to start")
    try:
        for done, page in enumerate(pages):
            report(done / max(1, len(pages)))
            if done:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
        report(1)
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return len(pages)


@dataclass(frozen=True)
class SpooledJob:
    """What the print dialog asked, for a print service that takes the PDF itself."""

    printer_name: str
    title: str
    copies: int
    collate: bool
    page_ranges: str  # "2-3,5"; empty: every page
    last_page_first: bool
    page_set: str = ""  # "odd", "even"; empty: every page
    sides: str = ""  # "one-sided", "two-sided-long-edge"…; empty: the printer's default

    @classmethod
    def of(cls, printer: QPrinter) -> SpooledJob:
        ranges = printer.pageRanges()
        chosen = printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty()
        return cls(
            printer.printerName(),
            printer.docName(),
            max(1, printer.copyCount()),
            printer.collateCopies(),
            ranges.toString() if chosen else "",
            printer.pageOrder() == QPrinter.PageOrder.LastPageFirst,
            page_set(printer),
            sides(printer),
        )

    def lp_arguments(self) -> list[str]:
        arguments = ["lp", "-d", self.printer_name, "-t", self.title, "-n", str(self.copies)]
        arguments += ["-o", f"collate={'true' if self.collate else 'false'}"]
        if self.page_ranges:
            arguments += ["-P", self.page_ranges]
        if self.last_page_first:
            arguments += ["-o", "outputorder=reverse"]
        if self.page_set:
            arguments += ["-o", f"page-set={self.page_set}"]
        if self.sides:
            arguments += ["-o", f"sides={self.sides}"]
        return arguments  # no file named: lp reads the PDF on its standard input


def takes_pdf(printer: QPrinter) -> bool:
    """Does this printer's service take our PDF as it is? (CUPS, through ``lp``.)"""
    return (
        sys.platform.startswith("linux")
        and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and bool(printer.printerName())
        and shutil.which("lp") is not None
    )


def spool_pdf(content: bytes, job: SpooledJob) -> None:
    """Hand the PDF to CUPS; its refusal is raised as OSError with CUPS's own words."""
    try:
        result = subprocess.run(
            job.lp_arguments(), input=content, capture_output=True, timeout=LP_TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired as error:
        raise OSError("lp did not answer") from error
    if result.returncode:
        raise OSError(result.stderr.decode(errors="replace").strip() or "lp failed")


def print_pdf(
    content: bytes, printer: QPrinter, report: Callable[[float], None] = lambda _: None
) -> int:
    """Print ``content`` as ``printer`` was set up; return the pages sent (0 when the
    print service takes the whole file and does the range and copies itself)."""
    if takes_pdf(printer):
        report(0)
        spool_pdf(content, SpooledJob.of(printer))
        report(1)
        return 0
    return draw_pdf(content, printer, report, page_set(printer))
