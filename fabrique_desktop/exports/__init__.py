"""Spreadsheet exports of a :class:`~fabrique_desktop.domain.tabular.Table`: XLSX
(:mod:`.xlsx`) and CSV for French spreadsheets (:mod:`.french_csv`), written atomically
and readable by their owner only. No Qt: the GUI and the CLI both call these writers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..domain.tabular import Table
from .cells import ExportFailed

#: Called as the rows are written with the share done (0 to 1); may raise to cancel.
Report = Callable[[float], None]


def write_export(
    path: Path, tables: Sequence[Table], file_format: str, report: Report | None = None
) -> Path:
    """Write ``tables`` to ``path`` as ``file_format`` ("xlsx" or "csv")."""
    from . import french_csv, xlsx  # openpyxl is loaded only when an export is made

    writer = {"xlsx": xlsx.write_xlsx, "csv": french_csv.write_csv}[file_format]
    return writer(path, tables, report)


__all__ = ["ExportFailed", "Report", "write_export"]
