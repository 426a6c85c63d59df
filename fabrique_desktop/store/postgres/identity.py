"""Who is connected to a server: the PostgreSQL role (``current_user``), and whether it
may write (staff) or only read the method's facts (a partner, :mod:`.roles`).

On a server the app does not ask who uses it: the role says it, and the staff member
whose ``login`` is that role signs the changes (migration 0028)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import Database

if TYPE_CHECKING:
    from .database import ServerDatabase

#: A table every staff role writes and no partner does: its privilege tells them apart.
WRITTEN_BY_STAFF = "need"


@dataclass(frozen=True)
class Connected:
    role: str
    #: False for a read-only role (a partner): nothing can be saved.
    writes: bool


def connected(db: Database) -> Connected:
    role, writes = db.execute_sql(
        "SELECT current_user, has_table_privilege(%s, 'INSERT')", (WRITTEN_BY_STAFF,)
    ).fetchone()
    return Connected(role, bool(writes))


def read_as_partner(db: ServerDatabase) -> None:
    """Reconnect ``db`` read-only, reading through the partner's views (personal columns
    emptied) when the admin created them (``fabrique-desktop server roles``)."""
    from .roles import PARTNER_VIEWS

    views = db.execute_sql("SELECT to_regnamespace(%s)", (PARTNER_VIEWS,)).fetchone()[0]
    db.close()
    db.read_only = True
    db.search_first = PARTNER_VIEWS if views is not None else None
    db.connect()


def unlinked_role(role: str) -> str:
    """The refusal for a role that writes but names no staff member, and the admin's fix."""
    return (
        f"Le rôle « {role} » n'est lié à aucun·e chargé·e de mission de cette base\u00a0: "
        "un·e collègue déjà lié·e le saisit dans sa fiche (Réseau → Chargé·es de mission, "
        "« Identifiant serveur »), ou l'administrateur du serveur en SQL "
        f"(UPDATE staff_member SET login = '{role}' WHERE name = 'Prénom Nom';), "
        "puis vous vous reconnectez."
    )
