"""``fabrique-desktop export LIST FICHIER --format xlsx|csv -o FILE``: a list (or the
dashboard's tables) as a spreadsheet, for scripts and the yearly reporting.

The file is opened read-only; the export is written whole or not at all, 0600. Exit 0
on success, 2 with one French line on refusal (never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .domain import french
from .server_cli import location

EXIT_OK, EXIT_REFUSED = 0, 2

#: The screens' lists, then the dashboard's tables and the Bilan d'activité's lists whole.
LISTS = (
    "needs",
    "studies",
    "projects",
    "holders",
    "committees",
    "partners",
    "indicators",
    "report-lists",
)
#: The lists of figures, which ``--territoire`` narrows.
OF_FIGURES = ("indicators", "report-lists")


class Refused(Exception):
    """The arguments cannot be honoured; the message says why, in French."""


def add_parser(commands) -> None:
    export = commands.add_parser("export", help="exporter une liste en tableur (XLSX ou CSV)")
    export.add_argument("list_name", choices=LISTS, metavar="LISTE", help=", ".join(LISTS))
    export.add_argument("path", type=location, metavar="FICHIER")
    export.add_argument("--format", dest="file_format", choices=("xlsx", "csv"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="EXPORT")
    export.add_argument("--from", dest="start", metavar="AAAA-MM-JJ")
    export.add_argument("--to", dest="end", metavar="AAAA-MM-JJ")
    export.add_argument(
        "--territoire",
        dest="area",
        choices=("qpv", "rural"),
        help="indicators, report-lists : seulement les communes marquées quartier prioritaire "
        "ou zone rurale",
    )


def _day(option: str, text: str | None) -> dt.date | None:
    """Read here rather than by argparse: a bad date is one French line, not a usage."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Refused(
            f"{option} « {text} » n'est pas une date AAAA-MM-JJ (par exemple 2026-01-31)."
        ) from None


def run(args: argparse.Namespace) -> int:
    from .exports import ExportFailed, write_export
    from .store import open_database

    try:
        start, end = _day("--from", args.start), _day("--to", args.end)
        if start and end and start > end:
            raise Refused("--from doit précéder --to.")
        if args.output.exists() and not args.output.is_file():
            raise Refused(
                f"« {args.output} » n'est pas un fichier ordinaire (un dossier, un "
                "périphérique…) : choisissez un nom de fichier ; rien n'a été remplacé."
            )
        open_database(args.path, read_only=True)
        if args.area and args.list_name not in OF_FIGURES:
            raise Refused(
                "--territoire ne s'applique qu'à « indicators » et « report-lists » (les chiffres)."
            )
        tables = _tables(args.list_name, start, end, args.area)
        written = write_export(args.output, tables, args.file_format)
    except (Refused, ExportFailed) as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return EXIT_REFUSED
    rows = sum(len(table.rows) for table in tables)
    print(f"{written} : {french.plural(rows, 'ligne exportée', 'lignes exportées')}")
    return EXIT_OK


def _tables(name: str, start: dt.date | None, end: dt.date | None, area: str | None) -> list:
    if name in OF_FIGURES:
        return figure_tables(name, start, end, area)
    from .domain.list_exports import ids_in_period, list_table

    return [list_table(name, ids_in_period(name, start, end))]


def figure_tables(
    name: str, start: dt.date | None, end: dt.date | None, area: str | None = None
) -> list:
    """The dashboard's tables (``indicators``) or the Bilan d'activité's lists uncapped
    (``report-lists``) for the period (``area``: « qpv » or « rural », its communes only);
    without dates, this year up to today (as the dashboard opens), so a yearly script
    needs only ``--from``."""
    from .domain.activity import indicator_tables
    from .domain.activity_records import report_lists
    from .domain.scope import Period, area_scope

    today = dt.date.today()
    start = start or dt.date(today.year, 1, 1)
    end = end or max(today, start)
    period, scope = Period(start, end), area_scope(area)
    if name == "indicators":
        return indicator_tables(period, scope)
    return [listed.table for listed in report_lists(period, scope)]
