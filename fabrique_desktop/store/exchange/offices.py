"""This file's office identity (name, structure), its Fabrique, and the partner offices
it exchanges with: what is shared with each and what each has acknowledged holding.

The identity is kept in the exchange's own tables, not in the Fabrique's settings: the
settings travel with every envoi, an office's name must not.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...domain.validation import Checker, refuse
from . import journal, rules
from .tables import ExchangeOffice

NAME, STRUCTURE = "office_name", "office_structure"
#: What an envoi for an office not met yet carries.
NEW_OFFICE_SHARING = "new_office_sharing"


@dataclass(frozen=True)
class Office:
    id: str | None
    name: str
    structure: str
    sharing: str


def own_identity() -> Office:
    """This office as the settings describe it (``id`` None until a first exchange)."""
    return Office(
        journal.setting(journal.OFFICE),
        journal.setting(NAME) or "",
        journal.setting(STRUCTURE) or "",
        journal.setting(NEW_OFFICE_SHARING) or rules.DEFAULT_SHARING,
    )


def update_identity(values: Mapping[str, Any]) -> Office:
    """Save this office's name and structure, and what a new office receives."""
    from ...domain.models import database

    check = Checker(values)
    name = check.text("name", max_length=120, required=True)
    structure = check.text("structure", max_length=200)
    sharing = values.get("sharing", rules.DEFAULT_SHARING)
    if sharing not in rules.SHARING:
        check.fail("sharing", "Choisissez ce qui est partagé.")
    check.raise_if_any()
    with database.atomic():
        journal.own_office_id()
        journal.put_setting(NAME, name)
        journal.put_setting(STRUCTURE, structure)
        journal.put_setting(NEW_OFFICE_SHARING, sharing)
    return own_identity()


def fabrique_id() -> str | None:
    return journal.setting(journal.FABRIQUE)


def ensure_fabrique_id() -> str:
    value = fabrique_id()
    if value is None:
        value = uuid.uuid4().hex
        journal.put_setting(journal.FABRIQUE, value)
    return value


def partners() -> list[Office]:
    return [
        Office(row.id, row.name, row.structure, row.sharing)
        for row in ExchangeOffice.select().order_by(ExchangeOffice.name)
    ]


def find_partner(text: str) -> Office:
    """The partner office named ``text`` (its name, or its id)."""
    for office in partners():
        if text in (office.id, office.name) or text.casefold() == office.name.casefold():
            return office
    known = ", ".join(f"« {office.name} »" for office in partners()) or "aucun"
    raise refuse(f"Aucun poste partenaire ne s'appelle « {text} » (connus : {known}).")


def set_sharing(office_id: str, sharing: str) -> None:
    if sharing not in rules.SHARING:
        raise refuse("Choisissez ce qui est partagé.", "sharing")
    ExchangeOffice.update(sharing=sharing).where(ExchangeOffice.id == office_id).execute()


def knows(office_id: str | None) -> dict[str, int]:
    """What ``office_id`` has acknowledged holding (nothing for an office not met)."""
    row = ExchangeOffice.get_or_none(ExchangeOffice.id == office_id) if office_id else None
    return {} if row is None else json.loads(row.knows)


def met(
    sender: Mapping[str, Any], acknowledged: Mapping[str, int], replaces: Sequence[str] = ()
) -> bool:
    """Record an envoi received from ``sender``: who it is, and what it holds (a newer
    acknowledgement never goes back, so an older envoi arriving late changes nothing).

    A sender met under an identity it ``replaces`` (a restored or copied file) keeps
    its settings, and what it holds is what it says now: it may hold less than before.
    Return whether that happened."""
    row = ExchangeOffice.get_or_none(ExchangeOffice.id == sender["id"])
    merged = dict(acknowledged)
    if row is None and replaces:
        former = ExchangeOffice.get_or_none(ExchangeOffice.id.in_(list(replaces)))
        if former is not None:
            ExchangeOffice.update(
                id=sender["id"],
                name=sender["name"],
                structure=sender["structure"],
                knows=json.dumps(merged, sort_keys=True),
                last_received_at=journal.now_text(),
            ).where(ExchangeOffice.id == former.id).execute()
            return True
    if row is None:
        ExchangeOffice.insert(
            id=sender["id"],
            name=sender["name"],
            structure=sender["structure"],
            sharing=journal.setting(NEW_OFFICE_SHARING) or rules.DEFAULT_SHARING,
            knows=json.dumps(merged, sort_keys=True),
            last_received_at=journal.now_text(),
        ).execute()
        return False
    for origin, seq in json.loads(row.knows).items():
        merged[origin] = max(seq, merged.get(origin, 0))
    ExchangeOffice.update(
        name=sender["name"],
        structure=sender["structure"],
        knows=json.dumps(merged, sort_keys=True),
        last_received_at=journal.now_text(),
    ).where(ExchangeOffice.id == sender["id"]).execute()
    return False


def sent(office_id: str | None) -> None:
    if office_id:
        ExchangeOffice.update(last_sent_at=journal.now_text()).where(
            ExchangeOffice.id == office_id
        ).execute()
