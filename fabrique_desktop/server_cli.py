"""``fabrique-desktop server …``: a Fabrique on a PostgreSQL server, for its admin.

- ``init ADRESSE``: create the schema (or bring it to this version);
- ``import FICHIER ADRESSE``: move an office's file to the server, idempotent, checked;
- ``export ADRESSE FICHIER``: write the server's data to a new file (offline, archive);
- ``roles``: the SQL that gives staff and read-only partners their rights;
- ``login ADRESSE``: ask a staff member's password once and keep it in the vault, for
  the other commands given the address instead of a FICHIER (``check``, ``info``,
  ``dossier``, ``export``, ``report``, ``rgpd --db``; ``backup`` and ``restore`` say
  that on a server they are its admin's work, and print the ``pg_dump`` command).

ADRESSE is ``postgresql://utilisateur@hôte:port/base``, without the password: it comes
from the system's vault, or is asked for once and kept there. TLS is required unless the
address says otherwise (``?sslmode=…``). Exit 0 on success, 2 with one French line on
refusal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED = 0, 2


def add_parser(commands) -> None:
    server = commands.add_parser("server", help="une Fabrique sur un serveur PostgreSQL")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="créer ou mettre à jour le schéma sur le serveur")
    init.add_argument("address", metavar="ADRESSE")
    upload = actions.add_parser("import", help="importer un fichier Fabrique sur le serveur")
    upload.add_argument("path", type=Path, metavar="FICHIER")
    upload.add_argument("address", metavar="ADRESSE")
    download = actions.add_parser("export", help="écrire les données du serveur dans un fichier")
    download.add_argument("address", metavar="ADRESSE")
    download.add_argument("path", type=Path, metavar="FICHIER")
    login = actions.add_parser("login", help="garder le mot de passe d'une adresse")
    login.add_argument("address", metavar="ADRESSE")
    roles = actions.add_parser("roles", help="le SQL des droits des chargé·es et des partenaires")
    roles.add_argument("--staff", default="fabrique_staff", metavar="RÔLE")
    roles.add_argument("--partner", default="fabrique_partenaire", metavar="RÔLE")


def run(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from .store import DatabaseRefused
    from .store.postgres.database import first_line

    # argparse's ``path`` is read by cli.main's handler of damaged files.
    args.path = getattr(args, "path", None)
    try:
        return {
            "init": _init,
            "import": _import,
            "export": _export,
            "roles": _roles,
            "login": _login,
        }[args.server_command](args)
    except DatabaseRefused as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return EXIT_REFUSED
    except DatabaseError as error:  # refused by the server midway: rolled back
        print(
            f"Erreur : le serveur a refusé ({first_line(error)}). Rien n'a été écrit.",
            file=sys.stderr,
        )
        return EXIT_REFUSED


def location(text: str) -> Path | str:
    """A FICHIER argument: a file's path, or a server's address kept as it is typed
    (``Path`` would fold its ``//``)."""
    from .store.postgres.address import is_server_address

    return text if is_server_address(text) else Path(text)


def location_line(place: Path | str, db) -> str:
    """The first line of ``info``: the file and its size, or the server and its size."""
    from .domain import french
    from .store.postgres.address import is_server_address
    from .store.schema import applied_version

    if is_server_address(place):
        size = db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0]
        where = f"Serveur : {db.label}"
    else:
        size, where = place.stat().st_size, f"Fichier : {place}"
    megabytes = french.number(size / 1024 / 1024, 1)
    return f"{where} ({megabytes} Mo, schéma {applied_version(db)})"


def refuse_backup(address: str, restoring: bool = False) -> None:
    """On a server, backing up and restoring are its admin's work (``pg_dump``): say
    so, with the command for this address (its password never in it)."""
    import datetime as dt
    import shlex

    from .store import DatabaseRefused
    from .store.postgres.database import connection_address

    target = shlex.quote(connection_address(address))
    if restoring:
        raise DatabaseRefused(
            "Sur un serveur, la restauration est le travail de son administrateur : "
            f"pg_restore --clean -d {target} SAUVEGARDE.dump ; rien n'a été modifié."
        )
    raise DatabaseRefused(
        "Sur un serveur, les sauvegardes sont le travail de son administrateur (chaque "
        f"nuit) : pg_dump -Fc -f fabrique-{dt.date.today():%Y-%m-%d}.dump {target} ; "
        "aucune sauvegarde n'a été faite ici."
    )


def connect(address: str):
    """Open the server at ``address`` with the password from the vault, asking for it
    (and keeping it there) when the server wants one and none is kept."""
    from .store.postgres.address import require_server_extra

    require_server_extra()
    from .store.postgres import credentials
    from .store.postgres.database import open_server, password_wanted

    credentials.refuse_password_in(address)
    password = credentials.stored_password(address)
    try:
        return open_server(address, password=password)
    except Exception as error:
        if password is not None or not password_wanted(error) or not sys.stdin.isatty():
            raise
    import getpass

    password = getpass.getpass("Mot de passe : ")
    db = open_server(address, password=password)
    credentials.remember_password(address, password)
    return db


def _init(args) -> int:
    from .store.schema import applied_version

    db = connect(args.address)
    print(f"Schéma prêt sur « {db.label} » (version {applied_version(db)}).")
    return EXIT_OK


def _import(args) -> int:
    from .domain import french
    from .store.postgres.transfer import import_file

    db = connect(args.address)
    report = import_file(args.path, db)
    print(
        f"« {args.path.name} » importé sur « {db.label} » : "
        f"{french.plural(report.added, 'ligne ajoutée', 'lignes ajoutées')} "
        f"sur {french.number(report.total)}, contenu vérifié identique."
    )
    return EXIT_OK


def _export(args) -> int:
    from .domain import french
    from .store.postgres.transfer import export_file

    db = connect(args.address)
    report = export_file(db, args.path)
    print(
        f"Données de « {db.label} » écrites dans « {args.path} » : "
        f"{french.plural(report.total, 'ligne')}, contenu vérifié identique."
    )
    return EXIT_OK


def _login(args) -> int:
    db = connect(args.address)
    print(f"Connexion à « {db.label} » réussie : les autres commandes acceptent cette adresse.")
    return EXIT_OK


def _roles(args) -> int:
    from .store.postgres.roles import partner_grants, staff_grants

    print("-- Chargé·es de mission (chaque personne : CREATE ROLE … LOGIN IN ROLE …)")
    print(f'CREATE ROLE "{args.staff}" NOLOGIN;')
    for statement in staff_grants(args.staff):
        print(f"{statement};")
    print("-- Partenaires en lecture seule : les faits, aucune donnée personnelle")
    print(f'CREATE ROLE "{args.partner}" NOLOGIN;')
    for statement in partner_grants(args.partner):
        print(f"{statement};")
    return EXIT_OK
