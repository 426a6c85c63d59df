"""« Données à revoir » on the home screen: RGPD requests late or due within a week, and
people past their retention date."""

from __future__ import annotations

import datetime as dt

from .. import french
from ..enums import PersonKind
from ..today import Entry
from .register import open_requests
from .retention import people_due

_SECTIONS = {
    PersonKind.HOLDER: "holders",
    PersonKind.PARTNER_CONTACT: "network",
    PersonKind.STAFF: "network",
}


def _record(kind: PersonKind, key):
    # The Réseau screen holds two lists in tabs: it opens on itself, not on a record.
    return key if kind is PersonKind.HOLDER else None


def review_entries(today: dt.date | None = None, limit: int = 50) -> list[Entry]:
    today = today or dt.date.today()
    entries = [
        Entry(
            _SECTIONS[request.person_kind],
            _record(request.person_kind, request.person_id),
            f"Demande RGPD ({request.kind.label.lower()}) : {request.person_label}",
            ("En retard depuis le " if late else "À répondre avant le ") + french.short_date(due),
            due,
        )
        for request, due, late in open_requests(today)
    ]
    entries += [
        Entry(
            _SECTIONS[due.person.kind],
            _record(due.person.kind, due.person.id),
            due.person.name,
            f"Conservation échue (dernier contact le {french.short_date(due.last_contact)})",
            due.due_on,
        )
        for due in people_due(today)
    ]
    return entries[:limit]
