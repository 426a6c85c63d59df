"""The partners chosen on a form (a need's first partners, a session's partners): read
from the form's ids, then the record's links made to match, one row per partner."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..models import Partner
from ..validation import Checker

GONE = "Un des partenaires choisis n'existe plus."


def chosen_partners(check: Checker, values: Mapping[str, Any]) -> list[Partner]:
    """The partners whose ids ``values["partners"]`` lists; one gone is an error.

    One query for all of them (a round trip each is what a save pays on a server).
    """
    keys = []
    for chosen in values.get("partners") or ():
        try:
            keys.append(uuid.UUID(str(getattr(chosen, "id", chosen))))
        except ValueError:
            check.fail("partners", GONE)
    found = {p.id: p for p in Partner.select().where(Partner.id.in_(keys))} if keys else {}
    if len(found) < len(set(keys)):
        check.fail("partners", GONE)
    return [found[key] for key in dict.fromkeys(keys) if key in found]


def match_links(links: Iterable, partners: Iterable[Partner], create: Callable[[Partner], Any]):
    """Delete the ``links`` (rows with a ``partner_id``) to partners no longer chosen,
    ``create`` one for each partner newly chosen."""
    wanted = {partner.id: partner for partner in partners}
    current = {link.partner_id: link for link in links}
    for partner_id, link in current.items():
        if partner_id not in wanted:
            link.delete_instance()
    for partner_id, partner in wanted.items():
        if partner_id not in current:
            create(partner)
