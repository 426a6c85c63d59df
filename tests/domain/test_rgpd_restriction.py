"""Opposition and restriction: set and cleared with a date and a reason, recorded in the
register, honoured by the lists (a holder hidden, a partner's contact masked) unless
the user asks to see them."""

from __future__ import annotations

import pytest

from fabrique_desktop.domain import listing
from fabrique_desktop.domain.enums import PartnerKind, RequestKind
from fabrique_desktop.domain.listing import ListFilter
from fabrique_desktop.domain.models import PersonalDataRequest
from fabrique_desktop.domain.rgpd import restriction
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.services import holders, network
from fabrique_desktop.domain.validation import ValidationError

from ..factories import days_ago, person_values


def _oppose(record, staff, reason="Ne souhaite plus être sollicitée.", kind=RequestKind.OPPOSITION):
    return restriction.set_restriction(
        person_of(record), {"kind": kind, "on": days_ago(3), "reason": reason}, staff
    )


def test_setting_and_clearing_is_recorded_with_its_date_and_reason(db, staff):
    holder = holders.create_holder(person_values())
    person = person_of(holder)

    _oppose(holder, staff)
    assert restriction.describe(person) == (
        f"En opposition ou limitation depuis le {days_ago(3):%d/%m/%Y} : "
        "Ne souhaite plus être sollicitée."
    )
    restriction.clear_restriction(
        person,
        {"kind": RequestKind.OPPOSITION, "on": days_ago(1), "reason": "Nouvelle candidature."},
        staff,
    )

    assert restriction.describe(person) == ""
    lines = list(PersonalDataRequest.select().order_by(PersonalDataRequest.created_at))
    assert [(r.kind, r.received_on, r.answered_on) for r in lines] == [
        (RequestKind.OPPOSITION, days_ago(3), days_ago(3)),
        (RequestKind.OPPOSITION, days_ago(1), days_ago(1)),
    ]
    assert "Ne souhaite plus être sollicitée." in lines[0].action_taken
    assert lines[1].action_taken == "Opposition levée. Motif : Nouvelle candidature."
    assert all(r.staff_id == staff.id for r in lines)


def test_a_reason_a_date_and_a_person_are_required(db, staff):
    holder = holders.create_holder(person_values())
    with pytest.raises(ValidationError) as refused:
        restriction.set_restriction(
            person_of(holder), {"kind": RequestKind.RESTRICTION, "reason": " "}, staff
        )
    assert set(refused.value.errors) == {"on", "reason"}
    with pytest.raises(ValidationError) as refused:
        restriction.set_restriction(person_of(staff), {}, staff)
    assert "chargé·e de mission" in " ".join(refused.value.errors.values())
    with pytest.raises(ValidationError, match="n'est pas en opposition"):
        restriction.clear_restriction(
            person_of(holder),
            {"kind": RequestKind.RESTRICTION, "on": days_ago(0), "reason": "x"},
            staff,
        )
    assert PersonalDataRequest.select().count() == 0


def test_lists_leave_out_a_holder_and_mask_a_partners_contact_by_default(db, staff):
    kept = holders.create_holder(person_values(last_name="Delattre", email="d@exemple.fr"))
    opposed = holders.create_holder(person_values())
    partner = network.create_partner(
        {
            "name": "France Active Picardie",
            "kind": PartnerKind.FUNDER,
            "contact_name": "Hélène Dupré",
            "email": "helene.dupre@exemple.fr",
            "phone": "03 22 11 22 33",
        }
    )
    _oppose(opposed, staff)
    _oppose(partner, staff, kind=RequestKind.RESTRICTION)

    assert [r["id"] for r in listing.holders()] == [kept.id]
    assert listing.HOLDERS.ids(ListFilter()) == [kept.id.hex]
    shown = ListFilter(restricted_shown=True)
    assert {r["id"] for r in listing.holders(shown)} == {kept.id, opposed.id}
    assert set(listing.HOLDERS.page([opposed.id.hex], shown)) == {opposed.id.hex}

    (row,) = listing.partners()
    assert row["name"] == "France Active Picardie"  # the organisation stays listed
    assert (row["contact_name"], row["email"], row["phone"]) == (restriction.MASK,) * 3
    masked = listing.PARTNERS.page([partner.id.hex])[partner.id.hex]
    assert masked["email"] == restriction.MASK
    (row,) = listing.partners(shown)
    assert row["contact_name"] == "Hélène Dupré"


def test_mask_restricted_is_what_an_export_calls(db, staff):
    from fabrique_desktop.domain.models import Holder

    opposed = holders.create_holder(person_values(notes="Préfère le téléphone."))
    other = holders.create_holder(person_values(last_name="Delattre"))
    _oppose(opposed, staff)
    restricted = restriction.restricted_ids()
    rows = [
        restriction.mask_restricted(Holder, r, restricted)
        for r in Holder.select().order_by(Holder.last_name).dicts()
    ]
    assert rows[0]["last_name"] == "Delattre" and rows[0]["email"]
    assert rows[1]["last_name"] == rows[1]["email"] == rows[1]["notes"] == restriction.MASK
    assert rows[1]["territory"] == opposed.territory_id  # facts stay
    assert other.id not in restricted
