"""What both writers share: the rows of a table walked with progress, text that must not
become a formula, and a failure told in French that leaves no file behind."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..dossiers.output import atomic_stream
from ..store.failures import os_cause

#: A text cell starting with one of these could run as a formula in a spreadsheet
#: (OWASP « CSV injection »): an XLSX cell stays typed as text, a CSV cell gets a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Rows written between two progress reports (each report may cancel the export).
REPORT_EVERY = 1000


class ExportFailed(Exception):
    """The export could not be written; the message says why, in French."""


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def rows_with_progress(
    rows, done_before: int, total: int, report: Callable[[float], None] | None
) -> Iterator[tuple]:
    """Each row of ``rows``, reporting the share of ``total`` done every few rows."""
    for number, row in enumerate(rows, done_before + 1):
        if report is not None and number % REPORT_EVERY == 0:
            report(number / total)
        yield row


@contextlib.contextmanager
def export_file(path: Path) -> Iterator[BinaryIO]:
    """The stream an export is written to; it becomes ``path`` only when complete (an
    error or a cancel leaves nothing), 0600 (exports carry personal data)."""
    try:
        with atomic_stream(path) as stream:
            yield stream
    except OSError as error:
        raise ExportFailed(
            f"L'export « {Path(path).name} » n'a pas pu être écrit : {os_cause(error)}. "
            "Aucun fichier n'a été créé ni modifié."
        ) from error
