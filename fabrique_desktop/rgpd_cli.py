"""``fabrique-desktop rgpd …``: the RGPD commands for the person in charge of data
protection and for scripts (export, erase, due), with the GUI's rules and refusals.

PERSONNE is a record's key or a person's e-mail address. Exit 0 on success, 2 with one
French line on refusal. A command that writes takes the file's lock first, as the
application does: while a colleague has the file open it refuses and writes nothing.
``--db`` may name a server (``postgresql://…``): no lock there (the server serves
several people at once), and its backups are its admin's (the erasure says so).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from .server_cli import location

EXIT_OK, EXIT_REFUSED = 0, 2
#: The subcommands that write to the file: they hold its lock while they run.
WRITING = {"erase"}


#: A user's first guess is the person's name: say what the command looks for instead.
PERSON_HELP = "son adresse de courriel, ou l'identifiant de sa fiche"


def add_parser(commands) -> None:
    rgpd = commands.add_parser("rgpd", help="données personnelles (RGPD)")
    rgpd.add_argument(
        "--db",
        dest="rgpd_db",
        type=location,
        metavar="FICHIER",
        help="la base, ou l'adresse d'un serveur (défaut : celle de l'application)",
    )
    actions = rgpd.add_subparsers(dest="rgpd_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="exporter les données d'une personne")
    export.add_argument("person", metavar="PERSONNE", help=PERSON_HELP)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DOSSIER", help="où écrire ses données"
    )
    erase = actions.add_parser("erase", help="effacer les données d'une personne")
    erase.add_argument("person", metavar="PERSONNE", help=PERSON_HELP)
    erase.add_argument("--yes", action="store_true", help="confirmer l'effacement")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="supprimer aussi les sauvegardes qui gardent ces données (une nouvelle est faite)",
    )
    actions.add_parser("due", help="les personnes dont la durée de conservation est passée")


def run(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from .domain.validation import ValidationError
    from .store import close_database, open_database
    from .store.failures import cause
    from .store.paths import default_database_path

    args.rgpd_db = args.rgpd_db or Path(getattr(args, "db", None) or default_database_path())
    on_server = isinstance(args.rgpd_db, str)
    writing = args.rgpd_command in WRITING
    # A colleague's lock raises FileLocked: cli.main says who holds the file, exit 2.
    lock = _locked(args.rgpd_db) if writing and not on_server else None
    try:
        open_database(args.rgpd_db, read_only=not writing)
        return {"export": _export, "erase": _erase, "due": _due}[args.rgpd_command](args)
    except ValidationError as error:
        print(f"Erreur : {' '.join(error.errors.values())}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        print(f"Erreur : écriture impossible ({error.strerror or error}).", file=sys.stderr)
        return EXIT_REFUSED
    except (sqlite3.DatabaseError, DatabaseError) as error:
        print(f"Erreur : l'opération a échoué ({cause(error, args.rgpd_db)}).", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        close_database()
        if lock is not None:
            lock.release()


def _locked(path: Path):
    """The file's lock, taken as the application takes it (a lock this user left here by
    a process that ended is taken back); raises FileLocked when someone else holds it."""
    import getpass

    from .store.lock import FileLock

    lock = FileLock(path.absolute(), f"{getpass.getuser()} (ligne de commande)")
    lock.acquire()
    return lock


def _export(args) -> int:
    from .domain import french
    from .domain.rgpd.export import gather_export
    from .domain.rgpd.persons import find_person
    from .domain.rgpd.retention import describe_retention
    from .domain.services.settings import fabrique_settings
    from .dossiers.personal_export import write_export

    person = find_person(args.person)
    written = write_export(
        gather_export(person),
        args.output,
        fabrique_settings()["fabrique_name"],
        describe_retention(person.kind),
        fabrique_settings()["address"],
    )
    print(
        f"Données de {person.describe()} exportées : "
        f"{french.plural(len(written), 'fichier')} dans {args.output}"
    )
    return EXIT_OK


def _erase(args) -> int:
    from .domain import french
    from .domain.models import database
    from .domain.rgpd.erasure import SERVER_COPIES, erase_person, erasure_plan, note_backups
    from .domain.rgpd.persons import find_person
    from .domain.validation import refuse
    from .store import scrub

    person = find_person(args.person)
    plan = erasure_plan(person, None)
    if plan.refusal:
        raise refuse(plan.refusal)
    if not args.yes:
        raise refuse(
            f"Effacer les données de {person.describe()} est définitif : relancez avec --yes."
        )
    name = person.describe()
    erasure = erase_person(person, None)
    print(f"Données de {name} effacées (effacement n° {erasure.number}).")
    if isinstance(args.rgpd_db, str):  # a server: its copies are its admin's to purge
        print(SERVER_COPIES)
        return EXIT_OK
    holding = scrub.backups_holding(
        args.rgpd_db.absolute(), person.record._meta.table_name, person.id.hex
    )
    if holding and args.purge_backups:
        taken = scrub.purge_backups(database, args.rgpd_db.absolute(), holding)
        note_backups(erasure, None, True)
        deleted = french.plural(len(holding), "sauvegarde supprimée", "sauvegardes supprimées")
        print(f"{deleted} ; nouvelle sauvegarde : {taken}")
    elif holding:
        until = scrub.last_copy_gone_on(holding)
        note_backups(erasure, until, False)
        print(
            f"{french.plural(len(holding), 'sauvegarde garde', 'sauvegardes gardent')} "
            "ces données jusqu'au "
            f"{french.long_date(until)} au plus tard (--purge-backups pour les supprimer)."
        )
    return EXIT_OK


def _due(args) -> int:
    from .domain import french
    from .domain.rgpd.retention import people_due

    due = people_due()
    for item in due:
        print(
            f"{item.person.id.hex}\t{item.person.describe()}\tdernier contact "
            f"{french.short_date(item.last_contact)}\t"
            f"à revoir depuis {french.short_date(item.due_on)}"
        )
    if not due:
        print("Aucune donnée à revoir : personne n'a dépassé sa durée de conservation.")
    return EXIT_OK
