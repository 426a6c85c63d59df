"""Step 1's creativity sessions: recorded with their partners; needs point at them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import french
from ..models import CreativitySession, Partner, SessionPartner, StaffMember, Territory
from ..validation import Checker, refuse
from .base import current, transactional, update_record
from .partner_links import chosen_partners, match_links


def _clean(values: Mapping[str, Any]) -> tuple[dict, list[Partner]]:
    check = Checker(values)
    cleaned = {
        "held_on": check.date("held_on", required=True),
        "place": check.text("place", max_length=200),
        "territory": check.record("territory", Territory),
        "participants": check.number(
            "participants", minimum=0, maximum=100000, whole=True, required=True
        ),
        "staff": check.record("staff", StaffMember, required=False),
        "notes": check.text("notes", max_length=20000),
    }
    check.not_after(
        "held_on",
        cleaned["held_on"],
        dt.date.today(),
        "Une séance se saisit une fois tenue : sa date ne peut pas être dans le futur.",
    )
    partners = chosen_partners(check, values)
    check.raise_if_any()
    return cleaned, partners


def _link_partners(session: CreativitySession, partners: list[Partner]) -> None:
    match_links(
        session.partner_links,
        partners,
        lambda partner: SessionPartner.create(session=session, partner=partner),
    )


@transactional
def create_session(values: Mapping[str, Any]) -> CreativitySession:
    """Record a session held; ``values["partners"]`` lists the partners' ids."""
    cleaned, partners = _clean(values)
    session = CreativitySession.create(**cleaned)
    _link_partners(session, partners)
    return session


@transactional
def update_session(session: CreativitySession, values: Mapping[str, Any]) -> CreativitySession:
    cleaned, partners = _clean(values)
    session = update_record(current(session), cleaned)
    _link_partners(session, partners)
    return session


@transactional
def delete_session(session: CreativitySession) -> None:
    """Delete a session no need came out of (a need's origin is not erased in passing)."""
    session = current(session)
    count = session.needs.count()
    if count:
        raise refuse(
            f"{french.plural(count, 'besoin est issu', 'besoins sont issus')} de cette "
            f"séance : {'rattachez-le' if count == 1 else 'rattachez-les'} à une autre "
            f"séance ou changez {'sa' if count == 1 else 'leur'} source avant de la supprimer."
        )
    session.delete_instance()
