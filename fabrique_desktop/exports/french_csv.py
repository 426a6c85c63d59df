"""Tables as CSV for a French spreadsheet: « ; » between cells, UTF-8 with a BOM (so
Excel reads the accents), dates jj/mm/aaaa, a decimal comma, numbers without a thousands
separator (so they are read back as numbers).

A text cell that a spreadsheet would run as a formula (OWASP « CSV injection ») is
written after a « ' »; numbers, negative ones too, stay numbers.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from ..domain.tabular import Kind, Table
from .cells import export_file, looks_like_formula, rows_with_progress

DELIMITER = ";"
DECIMALS = {Kind.DECIMAL: 2, Kind.PERCENT: 1}


def write_csv(path: Path, tables: Sequence[Table], report=None) -> Path:
    """Write ``tables`` to ``path``; several tables follow each other, each after its
    title and separated by an empty line (a single table is the header and its rows)."""
    total = max(1, sum(len(table.rows) for table in tables))
    done = 0
    with export_file(path) as stream:
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        text.write(codecs.BOM_UTF8.decode("utf-8"))
        writer = csv.writer(text, delimiter=DELIMITER, lineterminator="\r\n")
        for number, table in enumerate(tables):
            if len(tables) > 1:
                if number:
                    writer.writerow([])
                writer.writerow([_text(table.title)])
            writer.writerow([_text(column.heading) for column in table.columns])
            kinds = [column.kind for column in table.columns]
            for row in rows_with_progress(table.rows, done, total, report):
                writer.writerow(
                    [_cell(kind, value) for kind, value in zip(kinds, row, strict=True)]
                )
            done += len(table.rows)
        text.flush()
        text.detach()  # the stream is the export file's: it is synced and renamed after
        if report is not None:
            report(1.0)  # the last moment a cancel still leaves no file
    return Path(path)


def _cell(kind: Kind, value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        moment = value.astimezone() if value.tzinfo is not None else value
        return moment.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        if kind is Kind.PERCENT:
            return f"{value * 100:.{DECIMALS[kind]}f}%".replace(".", ",")
        digits = DECIMALS.get(kind, 2)
        return f"{value:.{digits}f}".replace(".", ",")
    return _text(str(value))


def _text(text: str) -> str:
    return "'" + text if looks_like_formula(text) else text
