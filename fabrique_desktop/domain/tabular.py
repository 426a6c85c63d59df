"""A table of figures or records as the domain hands it to an export or a report.

The dashboard's tables, the « Bilan d'activité » and the list exports all speak this
shape, so one writer (XLSX, CSV, PDF) serves them all and a figure and its export can
never disagree: both come from the same :class:`Table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """How a column's values are typed in a spreadsheet."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    PERCENT = "percent"


@dataclass(frozen=True)
class Column:
    heading: str  # in French, as on screen
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    title: str  # in French; a sheet's name in XLSX, a file name's stem in CSV
    columns: tuple[Column, ...]
    rows: Sequence[tuple]  # one value per column: str, int, float/Decimal, datetime.date or None
