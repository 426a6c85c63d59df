"""``fabrique-desktop exchange …``: exchange changes with another office by file.

``prepare FICHIER -o ENVOI [--for POSTE]`` writes an envoi; ``receive FICHIER ENVOI``
checks it, backs the file up, applies what has no conflict and keeps the conflicts for
the application; ``office FICHIER NOM`` names this file's office. Exit 0 on success, 2
with one French line when refused (and then nothing was written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED = 0, 2


def register(commands, handlers: dict) -> None:
    """Add the ``exchange`` command to the CLI's parser and its handler to ``handlers``."""
    exchange = commands.add_parser("exchange", help="échanger avec un autre poste par fichier")
    actions = exchange.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    prepare = actions.add_parser("prepare", help="préparer un envoi pour un autre poste")
    prepare.add_argument("path", type=Path, metavar="FICHIER")
    prepare.add_argument("-o", "--output", type=Path, required=True, metavar="ENVOI")
    prepare.add_argument(
        "--for",
        dest="recipient",
        metavar="POSTE",
        help="le poste partenaire (défaut : le seul connu, ou un nouveau poste)",
    )
    receive = actions.add_parser("receive", help="recevoir un envoi d'un autre poste")
    receive.add_argument("path", type=Path, metavar="FICHIER")
    receive.add_argument("envoi", type=Path, metavar="ENVOI")
    office = actions.add_parser("office", help="nommer le poste de ce fichier")
    office.add_argument("path", type=Path, metavar="FICHIER")
    office.add_argument("name", metavar="NOM")
    office.add_argument("--structure", default="", help="la structure (CRESS, GRIEP…)")
    handlers["exchange"] = run


def run(args: argparse.Namespace) -> int:
    from .domain.validation import ValidationError
    from .store import exchange, open_database

    try:
        open_database(args.path)
        return {"prepare": _prepare, "receive": _receive, "office": _office}[args.exchange_command](
            args, exchange
        )
    except (exchange.EnvoiRefused, ValidationError) as error:
        text = " ".join(error.errors.values()) if isinstance(error, ValidationError) else error
        print(f"Erreur : {text}", file=sys.stderr)
        return EXIT_REFUSED


def _prepare(args, exchange) -> int:
    from .domain.validation import refuse

    recipient = args.recipient
    if recipient is None:
        known = exchange.partners()
        if len(known) > 1:
            names = ", ".join(f"« {office.name} »" for office in known)
            raise refuse(f"Plusieurs postes partenaires ({names}) : précisez --for POSTE.")
        recipient = known[0].id if known else None
    if args.output.exists():
        raise refuse(
            f"« {args.output} » existe déjà : choisissez un autre nom, rien n'a été écrit."
        )
    print(exchange.prepare(args.output, recipient, _progress("Préparation")).describe())
    return EXIT_OK


def _receive(args, exchange) -> int:
    envoi = exchange.read(args.envoi, _progress("Vérification"))
    received = exchange.receive(envoi, args.path, _progress("Réception"))
    print(received.describe())
    from .domain.history import field_label
    from .store.exchange.conflicts import record_name

    for conflict in received.conflicts:
        if conflict.kind == "refused":
            print(f"  Conflit : {record_name(conflict)} — {conflict.message}")
            continue
        print(
            f"  Conflit : {record_name(conflict)}, {field_label(conflict.field)} — ici "
            f"{conflict.mine_side()}, reçu {conflict.theirs_side()}. {conflict.message}"
        )
    return EXIT_OK


def _progress(doing: str):
    """On a terminal, how far a long envoi (a whole file) has gone; nothing in scripts."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done + 1000 >= total else ""
        print(
            f"\r{doing} : {done:,} / {total:,} modifications".replace(",", "\u202f"),
            end=end,
            file=sys.stderr,
            flush=True,
        )

    return show


def _office(args, exchange) -> int:
    office = exchange.update_identity({"name": args.name, "structure": args.structure})
    print(f"Ce fichier est le poste « {office.name} ».")
    return EXIT_OK
