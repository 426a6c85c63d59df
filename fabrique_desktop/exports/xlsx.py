"""Tables as an XLSX workbook (openpyxl, write-only: 100,000 rows stream to the file
without being held in memory): one sheet per table, typed cells — dates as dates shown
jj/mm/aaaa, numbers as numbers —, a frozen header row, column widths and an autofilter.

Text is always typed as text: a value such as ``=HYPERLINK(…)`` is shown, never run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..domain.tabular import Kind, Table
from .cells import export_file, looks_like_formula, rows_with_progress

DATE_FORMAT = "DD/MM/YYYY"  # shown jj/mm/aaaa by a French spreadsheet
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
#: Numbers of other kinds keep the spreadsheet's own format (« Standard »).
NUMBER_FORMATS = {Kind.DECIMAL: "0.00", Kind.PERCENT: "0.0%"}
#: Rows read to size the columns, and the widest a column gets (in characters).
SAMPLE_ROWS, WIDEST = 200, 60
#: What Excel refuses in a sheet's name, and its longest.
SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31


def write_xlsx(path: Path, tables: Sequence[Table], report=None) -> Path:
    """Write one sheet per table to ``path`` (see :func:`~.cells.export_file`)."""
    book = Workbook(write_only=True)
    total = max(1, sum(len(table.rows) for table in tables))
    done = 0
    names: set[str] = set()
    try:
        for table in tables:
            sheet = book.create_sheet(_sheet_name(table.title, names))
            _write_sheet(sheet, table, rows_with_progress(table.rows, done, total, report))
            done += len(table.rows)
        with export_file(path) as stream:
            book.save(stream)
            if report is not None:
                report(1.0)  # the last moment a cancel still leaves no file
    except BaseException:
        _discard(book)
        raise
    return Path(path)


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


def _write_sheet(sheet, table: Table, rows) -> None:
    head = list(islice(rows, SAMPLE_ROWS))
    for position, column in enumerate(table.columns, 1):
        texts = [column.heading, *(_width_text(row[position - 1]) for row in head)]
        width = min(WIDEST, max(len(text) for text in texts) + 2)
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=_clean(column.heading))
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    # One reusable cell per column: the write-only sheet writes each row as it is appended.
    cells = [WriteOnlyCell(sheet) for _ in table.columns]
    count = 0
    for row in chain(head, rows):
        sheet.append(
            [_fill(cells[i], column.kind, row[i]) for i, column in enumerate(table.columns)]
        )
        count += 1
    last = get_column_letter(max(1, len(table.columns)))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"


def _fill(cell: WriteOnlyCell, kind: Kind, value):
    """The value to append: plain where openpyxl types it right by itself (the fast
    path: 100,000 rows in seconds), else ``cell`` set with its format or type."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if not looks_like_formula(value):
            return _clean(value)
        cell.value = _clean(value)
        cell.data_type = "s"  # openpyxl makes « =… » a formula: it stays text here
        return cell
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        cell.value = _local(value) if value.tzinfo is not None else value
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, int | float | Decimal):
        if kind in NUMBER_FORMATS:
            cell.value = value
            cell.number_format = NUMBER_FORMATS[kind]
            return cell
        return value
    return _clean(str(value))


def _local(moment: dt.datetime) -> dt.datetime:
    """A spreadsheet has no time zones: the time as the user reads it on screen."""
    return moment.astimezone().replace(tzinfo=None)


def _clean(text: str) -> str:
    """XML cannot hold control characters other than tab and line breaks."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _width_text(value) -> str:
    if isinstance(value, dt.datetime):
        return "00/00/0000 00:00"
    if isinstance(value, dt.date):
        return "00/00/0000"
    return "" if value is None else str(value)
