"""Tables as an XLSX workbook (openpyxl, write-only: 100,000 rows stream to the file
without being held in memory): one sheet per table, typed cells — dates as dates shown
jj/mm/aaaa, numbers as numbers —, a bold frozen header row, column widths and an
autofilter.

Text is always written as text (an inline string): a value such as ``=HYPERLINK(…)`` is
shown, never run. Rows go to openpyxl's sheet writer as one XML element each, not as a
Cell object per value: that is what makes 100,000 rows take seconds, not a minute.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import Element, SubElement
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from ..domain.tabular import Kind, Table
from .cells import export_file, rows_with_progress

DATE_FORMAT = "DD/MM/YYYY"  # shown jj/mm/aaaa by a French spreadsheet
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
#: Numbers of other kinds keep the spreadsheet's own format (« Standard »).
NUMBER_FORMATS = {Kind.DECIMAL: "0.00", Kind.PERCENT: "0.0%"}
#: Rows read to size the columns, and the widest a column gets (in characters).
SAMPLE_ROWS, WIDEST = 200, 60
#: What Excel refuses in a sheet's name, and its longest.
SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def write_xlsx(path: Path, tables: Sequence[Table], report=None) -> Path:
    """Write one sheet per table to ``path`` (see :func:`~.cells.export_file`)."""
    book = Workbook(write_only=True)
    total = max(1, sum(len(table.rows) for table in tables))
    done = 0
    names: set[str] = set()
    try:
        for table in tables:
            sheet = RowsSheet(book, _sheet_name(table.title, names))
            book._add_sheet(sheet)
            sheet.write(table, rows_with_progress(table.rows, done, total, report))
            done += len(table.rows)
        with export_file(path) as stream:
            # openpyxl's own save leaves its zip open when a write fails (a full disk):
            # closed here, it cannot complain later about a file already gone.
            with ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True) as archive:
                ExcelWriter(book, archive).save()
            if report is not None:
                report(1.0)  # the last moment a cancel still leaves no file
    except BaseException:
        _discard(book)
        raise
    return Path(path)


class RowsSheet(WriteOnlyWorksheet):
    """A write-only sheet appended rows of plain values (str, numbers, dates, None)."""

    def _values_to_row(self, values, row_idx):
        return values  # written as they are by RowsWriter, without Cell objects

    def write(self, table: Table, rows) -> None:
        head = list(islice(rows, SAMPLE_ROWS))
        for position, column in enumerate(table.columns, 1):
            texts = [column.heading, *(_width_text(row[position - 1]) for row in head)]
            width = min(WIDEST, max(len(text) for text in texts) + 2)
            self.column_dimensions[get_column_letter(position)].width = width
        self.freeze_panes = "A2"
        self._writer = RowsWriter(self, table)
        self._writer.write_top()
        self.append(tuple(_clean(column.heading) for column in table.columns))
        count = 0
        for row in chain(head, rows):
            self.append(row)
            count += 1
        last = get_column_letter(max(1, len(table.columns)))
        self.auto_filter.ref = f"A1:{last}{count + 1}"


class RowsWriter(WorksheetWriter):
    """openpyxl's sheet writer, given each row as one ``<row>`` element."""

    def __init__(self, sheet: RowsSheet, table: Table):
        super().__init__(sheet)
        self.letters = [get_column_letter(n) for n in range(1, len(table.columns) + 1)]
        self.kinds = [column.kind for column in table.columns]
        self.epoch = sheet.parent.epoch
        self.bold = _style_id(sheet, font=Font(bold=True))
        self.date = _style_id(sheet, number_format=DATE_FORMAT)
        self.moment = _style_id(sheet, number_format=DATETIME_FORMAT)
        self.numbers = {
            kind: _style_id(sheet, number_format=code) for kind, code in NUMBER_FORMATS.items()
        }

    def write_row(self, xf, row, row_idx) -> None:
        element = Element("row", r=str(row_idx))
        header = row_idx == 1
        for letter, kind, value in zip(self.letters, self.kinds, row, strict=True):
            if value is None or value == "":
                continue
            cell = SubElement(element, "c", r=f"{letter}{row_idx}")
            if isinstance(value, bool):
                value = "oui" if value else "non"
            if not isinstance(value, int | float | Decimal | dt.date):
                _text(cell, str(value), self.bold if header else None)
                continue
            cell.set("t", "n")
            if isinstance(value, dt.datetime):
                if value.tzinfo is not None:  # a spreadsheet has no time zones
                    value = value.astimezone().replace(tzinfo=None)
                cell.set("s", self.moment)
                value = to_excel(value, self.epoch)
            elif isinstance(value, dt.date):
                cell.set("s", self.date)
                value = to_excel(value, self.epoch)
            elif kind in self.numbers:
                cell.set("s", self.numbers[kind])
            if isinstance(value, float) and not math.isfinite(value):
                element.remove(cell)
                continue
            SubElement(cell, "v").text = _number(value)
        xf.write(element)


def _text(cell, text: str, style: str | None) -> None:
    """An inline string: text a spreadsheet shows as it is, never evaluates."""
    cell.set("t", "inlineStr")
    if style is not None:
        cell.set("s", style)
    element = SubElement(SubElement(cell, "is"), "t")
    element.text = _clean(text)
    if text != text.strip():
        element.set(XML_SPACE, "preserve")


def _style_id(sheet, **style) -> str:
    """The workbook's index of a cell style (bold, a number format), as XML wants it."""
    cell = WriteOnlyCell(sheet)
    for name, value in style.items():
        setattr(cell, name, value)
    return str(cell.style_id)


def _number(value) -> str:
    return str(value) if isinstance(value, int | Decimal) else f"{value:.16g}"


def _discard(book: Workbook) -> None:
    """Remove the rows openpyxl has streamed to its temporary files (they hold personal
    data): a cancelled or failed export leaves nothing anywhere."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):  # a sheet never started has no file
            sheet.close()
            sheet._writer.cleanup()


def _sheet_name(title: str, taken: set[str]) -> str:
    base = SHEET_NAME_REFUSED.sub(" ", title).strip()[:SHEET_NAME_LENGTH] or "Feuille"
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name, number = base[: SHEET_NAME_LENGTH - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


def _clean(text: str) -> str:
    """XML cannot hold control characters other than tab and line breaks."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _width_text(value) -> str:
    if isinstance(value, dt.datetime):
        return "00/00/0000 00:00"
    if isinstance(value, dt.date):
        return "00/00/0000"
    return "" if value is None else str(value)
