"""The ``fabrique-desktop`` command: the GUI by default, headless subcommands otherwise.

Headless commands never import Qt, so they run on a server or in CI without a display.
Exit codes: 0 success, 1 the check found problems, 2 the file or the arguments were refused.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .domain import french  # no model, no peewee: light enough to load before the window
from .store.postgres.address import is_server_address

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED = 0, 1, 2


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the window (no command): what the GUI is started with."""
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="afficher la version puis quitter",
    )
    parser.add_argument("--db", type=Path, help="ouvrir ce fichier de base de données")
    parser.add_argument("--server", metavar="ADRESSE", help="ouvrir la base de ce serveur")
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir la base de démonstration (créée au besoin)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="démarrer hors écran sur une base de démonstration temporaire, puis quitter",
    )


def build_parser() -> argparse.ArgumentParser:
    # The headless commands' modules, only when a command is asked for: the window is
    # painted before anything it does not need is imported (see launch.py).
    from . import exchange_cli, export_cli, report_cli, rgpd_cli, server_cli
    from .cli_parser import FrenchArgumentParser

    parser = FrenchArgumentParser(
        prog="fabrique-desktop",
        description="Fabrique Desktop : suivi d'une Fabrique à initiatives.",
    )
    _add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    init = commands.add_parser("init", help="créer une base vide")
    init.add_argument("path", type=Path, metavar="FICHIER")

    demo = commands.add_parser("demo", help="créer une base de démonstration")
    demo.add_argument("path", type=Path, metavar="FICHIER")
    demo.add_argument("--scale", type=_positive, default=None, help="nombre de besoins")
    demo.add_argument("--seed", type=int, default=1, help="graine du tirage (défaut : 1)")

    check = commands.add_parser("check", help="vérifier l'intégrité d'une base")
    check.add_argument("path", type=server_cli.location, metavar="FICHIER")

    info = commands.add_parser("info", help="résumer le contenu d'une base")
    info.add_argument("path", type=server_cli.location, metavar="FICHIER")

    backup = commands.add_parser("backup", help="sauvegarder une base (API de sauvegarde SQLite)")
    backup.add_argument("path", type=server_cli.location, metavar="FICHIER")
    backup.add_argument("--to", type=Path, metavar="DOSSIER", help="dossier des sauvegardes")

    restore = commands.add_parser("restore", help="remplacer une base par une sauvegarde")
    restore.add_argument("backup", type=Path, metavar="SAUVEGARDE")
    restore.add_argument("path", type=server_cli.location, metavar="FICHIER")
    restore.add_argument(
        "--take-over",
        action="store_true",
        help="reprendre la main sur un verrou abandonné (jamais sur un fichier ouvert)",
    )

    dossier = commands.add_parser("dossier", help="imprimer le dossier d'un comité en PDF")
    dossier.add_argument("path", type=server_cli.location, metavar="FICHIER")
    which = dossier.add_mutually_exclusive_group(required=True)
    which.add_argument("--committee", metavar="ID", help="identifiant du comité")
    which.add_argument("--next", action="store_true", help="le prochain comité")
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="PDF")
    dossier.add_argument(
        "--minutes", action="store_true", help="le relevé de décisions plutôt que le dossier"
    )
    rgpd_cli.add_parser(commands)
    exchange_cli.register(commands, COMMANDS)
    export_cli.add_parser(commands)
    report_cli.add_parser(commands)
    server_cli.add_parser(commands)
    COMMANDS.update(
        rgpd=rgpd_cli.run, export=export_cli.run, report=report_cli.run, server=server_cli.run
    )
    return parser


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """The window's options when no command is given (then argparse alone is loaded
    before the window paints), else None. ``-h`` and mistakes go to the whole parser."""
    parser = argparse.ArgumentParser(prog="fabrique-desktop", add_help=False, exit_on_error=False)
    _add_window_options(parser)
    try:
        options, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # a window option misused: the whole parser says it
        return None
    return None if rest else options


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("doit être un entier positif")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and is_server_address(argv[0]):  # « fabrique-desktop postgresql://… »
        argv = ["--server", *argv]
    window = _window_only(argv)
    args = window if window is not None else build_parser().parse_args(argv)
    if window is not None or args.command is None:
        from .launch import run_gui  # Qt is loaded only when the GUI is wanted

        return run_gui(
            db_path=args.db, demo=args.demo, smoke_test=args.smoke_test, server=args.server
        )
    import sqlite3

    from peewee import DatabaseError

    from .store import DatabaseRefused, close_database
    from .store.failures import os_cause, refusal

    try:
        return COMMANDS[args.command](args)
    except DatabaseRefused as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return EXIT_REFUSED
    except (sqlite3.DatabaseError, DatabaseError) as error:  # damage met past the opening
        print(f"Erreur : {refusal(args.path, error)}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # the reader (head, less) stopped reading: nothing failed
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error
        return EXIT_OK
    except OSError as error:  # a folder without access, a full disk, a name too long…
        where = f"« {error.filename} » : " if error.filename else ""
        print(f"Erreur : {where}{os_cause(error)}. Rien n'a été modifié.", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        close_database()


def cmd_init(args: argparse.Namespace) -> int:
    from .store import open_database

    _refuse_existing(args.path)
    open_database(args.path, create=True)
    print(f"Base créée : {args.path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import build_demo
    from .demo.generator import DEFAULT_NEEDS
    from .store import open_database

    _refuse_existing(args.path)
    open_database(args.path, create=True)
    scale = args.scale or DEFAULT_NEEDS
    build_demo(scale=scale, seed=args.seed)
    print(f"Base de démonstration créée : {args.path} ({french.number(scale)} besoins)")
    return EXIT_OK


def _refuse_existing(path: Path) -> None:
    """A new file goes into a folder that exists, under a name not yet taken."""
    from .store import DatabaseRefused

    if path.exists() and (path.stat().st_size > 0 or not path.is_file()):
        raise DatabaseRefused(
            f"« {path} » existe déjà : choisissez un autre nom, rien n'a été écrit."
        )
    # A mistyped folder would be made silently, with every missing folder above it: say
    # it. (The default place, on a first launch, still makes its private folders.)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise DatabaseRefused(
            f"Le dossier « {folder} » n'existe pas : créez-le d'abord ou choisissez-en un "
            "autre ; rien n'a été écrit."
        )


def cmd_check(args: argparse.Namespace) -> int:
    from .domain.consistency import findings
    from .store import open_database
    from .store.integrity import STRUCTURE, integrity_problems

    open_database(args.path, read_only=True)
    problems = integrity_problems()
    if not problems or not problems[0].startswith(STRUCTURE):
        problems += findings()  # rules are not read through damaged pages
    if not problems:
        print(f"{args.path} : aucun problème trouvé.")
        return EXIT_OK
    print(f"{args.path} : {french.plural(len(problems), 'problème trouvé', 'problèmes trouvés')}.")
    for problem in problems:
        print(f"  - {problem}")
    return EXIT_PROBLEMS


def cmd_info(args: argparse.Namespace) -> int:
    from . import server_cli  # commands' modules load with their command (see build_parser)
    from .domain.indicators import overview
    from .store import open_database

    db = open_database(args.path, read_only=True)
    summary = overview()
    print(server_cli.location_line(args.path, db))
    _print_counts("Besoins", summary.needs, summary.needs_by_status)
    _print_counts("Projets", summary.projects, summary.projects_by_stage)
    print(f"Porteurs : {french.number(summary.holders)}")
    print(f"Candidatures : {french.number(summary.candidacies)}")
    print(
        f"Jalons : {french.number(summary.milestones)}, "
        f"dont {french.number(summary.late_milestones)} en retard"
    )
    print(f"Emplois créés : {french.number(summary.jobs_created, 1)} ETP")
    print(f"Comités : {french.number(summary.committees)}")
    if summary.next_committee:
        key, day, kind = summary.next_committee
        print(f"  prochain : {kind}, {french.long_date(day)} (identifiant {key})")
    print(f"Décisions : {french.number(summary.decisions)}")
    return EXIT_OK


def _print_counts(title: str, total: int, by_status: dict) -> None:
    print(f"{title} : {french.number(total)}")
    for status, count in by_status.items():
        print(f"  {status.label} : {french.number(count)}")


def cmd_backup(args: argparse.Namespace) -> int:
    from .store import backups, open_database

    if isinstance(args.path, str):  # a server's address
        from . import server_cli

        server_cli.refuse_backup(args.path)
    db = open_database(args.path, read_only=True, require_current=False)
    taken = backups.make_backup(db, args.path.absolute(), args.to)
    print(f"Sauvegarde créée : {taken}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    import getpass

    from .store import DatabaseDamaged, DatabaseRefused, backups, close_database, open_database
    from .store.lock import FileLock, FileLocked

    if isinstance(args.path, str):  # a server's address
        from . import server_cli

        server_cli.refuse_backup(args.path, restoring=True)
    target = args.path.absolute()
    if target.exists() and args.backup.exists() and args.backup.samefile(target):
        raise DatabaseRefused(
            f"« {args.backup} » est la base elle-même : choisissez une de ses sauvegardes."
        )
    # Refuses anything but a sound Fabrique file (an older version is upgraded on opening).
    open_database(args.backup, read_only=True, require_current=False)
    close_database()
    # Replacing a file someone has open would lose their work: take its lock first.
    lock = FileLock(target, f"{getpass.getuser()} (ligne de commande)")
    try:
        lock.acquire(take_over=args.take_over)
    except FileLocked as locked:
        if locked.stale and not args.take_over:
            raise DatabaseRefused(f"{locked} Relancez avec --take-over.") from None
        raise
    try:
        if target.exists():
            try:
                current = open_database(target, read_only=True, require_current=False)
                kept = backups.make_backup(current, target)
                print(f"Base actuelle sauvegardée : {kept}")
            except DatabaseDamaged:
                # The case restoring exists for: the damaged file is kept, renamed.
                close_database()
                print(f"Base endommagée mise de côté : {backups.set_aside(target)}")
            close_database()
        backups.restore(args.backup, target)
    finally:
        lock.release()
    print(f"Base restaurée depuis {args.backup}")
    return EXIT_OK


def cmd_dossier(args: argparse.Namespace) -> int:
    import datetime as dt

    from .domain.models import Committee
    from .dossiers.committee import CommitteeDossier
    from .dossiers.content import gather
    from .store import DatabaseRefused, open_database

    if args.output.exists() and not args.output.is_file():
        raise DatabaseRefused(
            f"« {args.output} » n'est pas un fichier ordinaire (un dossier, un périphérique…) : "
            "choisissez un nom de fichier PDF ; rien n'a été remplacé."
        )
    open_database(args.path, read_only=True)
    if args.next:
        committee = (
            Committee.select()
            .where(Committee.meeting_on >= dt.date.today())
            .order_by(Committee.meeting_on)
            .first()
        )
        if committee is None:
            raise DatabaseRefused("Aucun comité n'est prévu dans ce fichier.")
    else:
        try:
            committee = Committee.get_by_id(args.committee)
        except (Committee.DoesNotExist, ValueError):
            raise DatabaseRefused(
                f"Aucun comité ne porte l'identifiant {args.committee}."
            ) from None
    written = CommitteeDossier(gather(committee), minutes=args.minutes).write(args.output)
    print(f"{written} ({french.number(written.stat().st_size / 1024)} Ko)")
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "info": cmd_info,
    "dossier": cmd_dossier,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
