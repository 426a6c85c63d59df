"""Printing a dossier: the range, copies and collation the print dialog asked for, under
the dossier's name, in the background; CUPS gets the PDF itself."""

from __future__ import annotations

import io
import os
import stat

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QPushButton
from reportlab.pdfgen import canvas

from fabrique_desktop.ui.common.pdf_preview import PdfPreviewDialog
from fabrique_desktop.ui.common.printing import (
    CUPS_OPTIONS,
    SpooledJob,
    draw_pdf,
    make_printer,
    page_set,
    sides,
    spool_pdf,
)

#: Page n of the test PDF is filled with this grey level: the printed pages say which
#: page they are even though they are pictures.
GREYS = (0, 50, 100, 150, 200)


@pytest.fixture(scope="module")
def five_pages() -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    for grey in GREYS:
        sheet.setFillColorRGB(grey / 255, grey / 255, grey / 255)
        sheet.rect(0, 0, 595, 842, fill=1, stroke=0)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def printed_greys(path) -> list[int]:
    """The grey in the middle of each printed page, in order."""
    buffer = QBuffer()
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    greys = []
    for page in range(document.pageCount()):
        image = document.render(page, QSize(60, 85))
        greys.append(image.pixelColor(30, 42).red())
    return greys


def nearest(greys: list[int]) -> list[int]:
    """Page numbers (from 1) of the printed greys (a picture is only nearly exact)."""
    return [min(range(5), key=lambda n: abs(GREYS[n] - grey)) + 1 for grey in greys]


def to_file(tmp_path, name="sortie.pdf") -> QPrinter:
    printer = make_printer("Dossier de comité 2026-12-03")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    return printer


def print_in_dialog(qtbot, preview: PdfPreviewDialog, printer: QPrinter) -> None:
    preview.start_printing(printer)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20000)


def pages_range(first: int, last: int) -> QPageRanges:
    ranges = QPageRanges()
    ranges.addRange(first, last)
    return ranges


@pytest.fixture
def preview(qtbot, five_pages):
    dialog = PdfPreviewDialog("Dossier", five_pages, "Dossier de comité 2026-12-03.pdf")
    qtbot.addWidget(dialog)
    return dialog


def test_pages_2_to_3_print_two_pages(qtbot, preview, tmp_path):
    printer = to_file(tmp_path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(pages_range(2, 3))
    print_in_dialog(qtbot, preview, printer)
    assert nearest(printed_greys(tmp_path / "sortie.pdf")) == [2, 3]
    assert preview.status.text() == "2 pages envoyées à l'imprimante."
    assert not preview.print_task.dialog.isVisible()


def test_copies_collated_or_not(qtbot, preview, tmp_path):
    for name, collate, expected in (
        ("assemble.pdf", True, [4, 5, 4, 5]),
        ("groupe.pdf", False, [4, 4, 5, 5]),
    ):
        printer = to_file(tmp_path, name)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(pages_range(4, 5))
        printer.setCopyCount(2)
        printer.setCollateCopies(collate)
        print_in_dialog(qtbot, preview, printer)
        assert nearest(printed_greys(tmp_path / name)) == expected


def test_every_page_when_no_range(qtbot, preview, tmp_path):
    print_in_dialog(qtbot, preview, to_file(tmp_path))
    assert nearest(printed_greys(tmp_path / "sortie.pdf")) == [1, 2, 3, 4, 5]


def test_cancel_stops_the_print(qtbot, preview, tmp_path):
    printer = to_file(tmp_path)
    preview.start_printing(printer)
    preview.print_task.dialog.findChild(QPushButton).click()  # « Annuler »
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    assert preview.status.text() == "Impression annulée."


def test_job_and_print_to_file_bear_the_dossier_name(qtbot, preview, tmp_path, monkeypatch):
    home = tmp_path / "maison"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    printer = make_printer(preview.job_name())
    assert printer.docName() == "Dossier de comité 2026-12-03"
    dialog = preview.print_dialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    proposed = [e.text() for e in dialog.findChildren(QLineEdit) if e.text().endswith(".pdf")]
    assert proposed == [str(home / "Documents" / "Dossier de comité 2026-12-03.pdf")]


def recording_lp(tmp_path, monkeypatch) -> None:
    """A fake ``lp`` first on the PATH, that keeps its arguments and the bytes it reads."""
    lp = tmp_path / "lp"
    lp.write_text(
        '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/arguments"\n'
        'cat > "$(dirname "$0")/received.pdf"\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")


def test_cups_gets_the_pdf_itself_with_range_and_copies(tmp_path, monkeypatch, five_pages):
    """A fake ``lp`` records what CUPS would be given: the exact bytes, and the options."""
    recording_lp(tmp_path, monkeypatch)
    job = SpooledJob("Bureau", "Dossier de comité 2026-12-03", 2, True, "2-3", False)
    spool_pdf(five_pages, job)
    assert (tmp_path / "received.pdf").read_bytes() == five_pages
    assert (tmp_path / "arguments").read_text().splitlines() == [
        "-d", "Bureau", "-t", "Dossier de comité 2026-12-03", "-n", "2",
        "-o", "collate=true", "-P", "2-3",
    ]  # fmt: skip


def test_cups_refusal_is_reported(tmp_path, monkeypatch, five_pages):
    lp = tmp_path / "lp"
    lp.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    with pytest.raises(OSError, match="does not exist"):
        spool_pdf(five_pages, SpooledJob("Absente", "x", 1, True, "", False))


def test_what_the_dialog_chose_becomes_lp_options(tmp_path):
    printer = make_printer("Relevé de décisions 2026-12-03")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(pages_range(2, 3))
    printer.setCopyCount(3)
    printer.setCollateCopies(False)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    job = SpooledJob.of(printer)
    assert job.lp_arguments()[3:] == [  # after « lp -d PRINTER »
        "-t", "Relevé de décisions 2026-12-03", "-n", "3", "-o", "collate=false",
        "-P", "2-3", "-o", "outputorder=reverse", "-o", "sides=one-sided",
    ]  # fmt: skip
    printer.setPrintRange(QPrinter.PrintRange.AllPages)  # « Toutes les pages »
    assert "-P" not in SpooledJob.of(printer).lp_arguments()


def test_odd_or_even_pages_only_on_the_raster_path(qtbot, tmp_path, five_pages):
    """CUPS counts odd and even in the document's page numbers, within the range."""
    assert draw_pdf(five_pages, to_file(tmp_path, "paires.pdf"), only="even") == 2
    assert nearest(printed_greys(tmp_path / "paires.pdf")) == [2, 4]
    printer = to_file(tmp_path, "impaires.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(pages_range(2, 5))
    draw_pdf(five_pages, printer, only="odd")
    assert nearest(printed_greys(tmp_path / "impaires.pdf")) == [3, 5]


def test_odd_pages_and_duplex_go_to_cups(tmp_path, monkeypatch, five_pages):
    recording_lp(tmp_path, monkeypatch)
    job = SpooledJob("Bureau", "Dossier", 1, True, "", False, "odd", "two-sided-long-edge")
    spool_pdf(five_pages, job)
    assert (tmp_path / "arguments").read_text().splitlines()[-4:] == [
        "-o", "page-set=odd", "-o", "sides=two-sided-long-edge",
    ]  # fmt: skip


class CupsEngine:
    """Qt's CUPS print engine keeps the dialog's « Jeu de pages » as CUPS options; there is
    no CUPS server offscreen, so this stands in for its ``property``."""

    def __init__(self, options):
        self.options = options

    def property(self, key):
        return self.options if key == CUPS_OPTIONS else None


class CupsPrinter:
    """A QPrinter on a CUPS queue (offscreen, Qt's PDF engine drops duplex and options)."""

    def __init__(self, options=(), duplex=QPrinter.DuplexMode.DuplexNone):
        self.engine = CupsEngine(list(options))
        self.mode = duplex

    def printEngine(self):
        return self.engine

    def duplex(self):
        return self.mode


def test_duplex_chosen_in_the_dialog_becomes_sides(qtbot):
    for mode, expected in (
        (QPrinter.DuplexMode.DuplexLongSide, "two-sided-long-edge"),
        (QPrinter.DuplexMode.DuplexAuto, "two-sided-long-edge"),
        (QPrinter.DuplexMode.DuplexShortSide, "two-sided-short-edge"),
        (QPrinter.DuplexMode.DuplexNone, "one-sided"),
    ):
        assert sides(CupsPrinter(duplex=mode)) == expected


def test_page_set_is_read_from_the_cups_options(qtbot):
    assert page_set(CupsPrinter(["number-up", "1", "page-set", "even"])) == "even"
    assert page_set(CupsPrinter(["page-set", "all"])) == ""
    assert page_set(make_printer("Dossier")) == ""  # no CUPS engine: every page
