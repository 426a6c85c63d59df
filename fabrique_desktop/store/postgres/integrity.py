"""The checks of ``fabrique-desktop check`` on a server, in French (empty: sound).

A file's checks read its pages, indexes and foreign keys (:mod:`..integrity`); a server
keeps those sound itself (and its admin has ``amcheck``). What can go wrong with our
schema there is what an admin with the owner's rights may have changed: a migration
missing or from a newer version, a history trigger dropped or disabled, the history
function or the log's guard rewritten, the erasure's rewrite function left open to
everyone. The method's own rules (:func:`...domain.consistency.findings`) are checked by
the command on both backends.
"""

from __future__ import annotations

from peewee import Database

from ...domain import french
from .. import schema
from . import history

#: How a schema finding begins, as SQLite's findings begin with ``STRUCTURE``.
SCHEMA = "Schéma : "


def problems(db: Database) -> list[str]:
    found = schema_problems(db)
    if found:  # the checks below know this version's schema only
        return found
    found += history.problems(db)
    found += seal_problems(db)
    return found


def schema_problems(db: Database) -> list[str]:
    newer = schema.unknown_applied_migrations(db)
    if newer:
        return [
            f"{SCHEMA}la base a des migrations que cette version ne connaît pas "
            f"({', '.join(newer)}) : mettez l'application à jour."
        ]
    pending = schema.pending_migrations(db)
    if pending:
        return [
            f"{SCHEMA}{french.plural(len(pending), 'migration')} à appliquer "
            f"({', '.join(pending)}) : "
            "l'administrateur met la base à jour (fabrique-desktop server init)."
        ]
    return []


def _body(db: Database, name: str) -> str | None:
    row = db.execute_sql(
        "SELECT prosrc FROM pg_proc WHERE proname = %s "
        "AND pronamespace = current_schema()::regnamespace",
        (name,),
    ).fetchone()
    return None if row is None else row[0]


def seal_problems(db: Database) -> list[str]:
    """The guard and the erasure's rewrite function as migration 0029 left them."""
    found = []
    if _body(db, "fabrique_refuse_log_change") != history.GUARD_FUNCTION.split("$$")[1]:
        found.append(
            "Historique : la fonction qui le protège a été modifiée ou supprimée "
            "(fabrique_refuse_log_change)."
        )
    if _body(db, "fabrique_rewrite_log_entry") != history.REWRITE_FUNCTION.split("$$")[1]:
        found.append(
            "Historique : la fonction de l'effacement RGPD a été modifiée ou supprimée "
            "(fabrique_rewrite_log_entry)."
        )
    elif db.execute_sql(
        "SELECT has_function_privilege('public', %s, 'EXECUTE')", (history.REWRITE_SIGNATURE,)
    ).fetchone()[0]:
        found.append(
            "Historique : tout rôle peut réécrire ses valeurs (fabrique_rewrite_log_entry "
            "est ouverte à PUBLIC) : seul le groupe des chargé·es doit pouvoir l'exécuter."
        )
    return found
