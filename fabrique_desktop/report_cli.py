"""``fabrique-desktop report FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ -o BILAN.pdf``:
the « Bilan d'activité » of a period, without the GUI.

Refusals (a date badly written, a period backwards, a file that is not a Fabrique file,
an output that is not a regular file) are one French line on stderr, exit 2; the file
is opened read-only and the PDF is written whole or not at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from .server_cli import location


def add_parser(commands) -> None:
    report = commands.add_parser("report", help="écrire le bilan d'activité d'une période en PDF")
    report.add_argument("path", type=location, metavar="FICHIER")
    report.add_argument("--from", dest="start", required=True, metavar="AAAA-MM-JJ")
    report.add_argument("--to", dest="end", required=True, metavar="AAAA-MM-JJ")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="BILAN.pdf")
    report.add_argument(
        "--territoire",
        dest="area",
        choices=("qpv", "rural"),
        help="seulement les communes marquées quartier prioritaire ou zone rurale",
    )


def _day(text: str, option: str) -> dt.date:
    from .store import DatabaseRefused

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DatabaseRefused(
            f"{option} « {text} » n'est pas une date : écrivez-la AAAA-MM-JJ (ex. 2025-01-31)."
        ) from None


def run(args: argparse.Namespace) -> int:
    from .domain import french
    from .domain.scope import Period, area_scope
    from .dossiers.activity_report import prepare
    from .dossiers.output import write_atomically
    from .store import DatabaseRefused, open_database

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start > end:
        raise DatabaseRefused(
            f"La période finit ({end:%d/%m/%Y}) avant de commencer ({start:%d/%m/%Y})."
        )
    if args.output.exists() and not args.output.is_file():
        raise DatabaseRefused(
            f"« {args.output} » n'est pas un fichier ordinaire (un dossier, un périphérique…) : "
            "choisissez un nom de fichier PDF ; rien n'a été remplacé."
        )
    open_database(args.path, read_only=True)
    written = write_atomically(args.output, prepare(Period(start, end), area_scope(args.area)))
    print(f"{written} ({french.number(written.stat().st_size / 1024)} Ko)")
    return 0
