"""Who attended a committee: présents, excusés, absents among the convened members,
guests who came without being convened; kept across saves, refused before the meeting."""

import sqlite3

import pytest

from fabrique_desktop.domain.enums import PartnerKind
from fabrique_desktop.domain.models import CommitteeKind
from fabrique_desktop.domain.services import committees, network
from fabrique_desktop.domain.validation import ValidationError

from ..factories import days_ago


@pytest.fixture
def partners(db):
    return [
        network.create_partner({"name": name, "kind": PartnerKind.FUNDER})
        for name in ("Avise", "Banque des Territoires", "France Active Picardie")
    ]


def meeting_values(day, partners, staff, **more):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    return {
        "kind": kind.id,
        "meeting_on": day,
        "partners": [p.id for p in partners],
        "staff": [staff.id],
        **more,
    }


def attendance_in_file(db_path):
    with sqlite3.connect(db_path) as connection:
        return sorted(
            connection.execute(
                "SELECT coalesce(p.name, s.name), m.convened, m.attendance"
                " FROM committee_member m LEFT JOIN partner p ON p.id = m.partner_id"
                " LEFT JOIN staff_member s ON s.id = m.staff_id"
            ).fetchall()
        )


def test_attendance_and_a_guest_land_in_the_file(db_path, partners, staff):
    avise, banque, france_active = partners
    meeting = committees.create_committee(meeting_values(days_ago(1), [avise, banque], staff))

    def save(attendance, **more):
        values = meeting_values(days_ago(1), [avise, banque], staff, guests=[france_active.id])
        committees.update_committee(meeting, values | {"attendance": attendance, **more})

    save(
        {
            f"partner:{avise.id}": "present",
            f"partner:{banque.id}": "excused",
            f"staff:{staff.id}": "present",
        }
    )
    assert attendance_in_file(db_path) == [
        ("Avise", 1, "present"),
        ("Banque des Territoires", 1, "excused"),
        ("Claire Vasseur", 1, "present"),
        ("France Active Picardie", 0, "present"),
    ]
    # Saving again without touching the members keeps their rows and their attendance.
    with sqlite3.connect(db_path) as connection:
        before = connection.execute("SELECT id FROM committee_member ORDER BY id").fetchall()
    save(
        {f"partner:{avise.id}": "present", f"partner:{banque.id}": "absent"},
        place="Salle du conseil",
    )
    with sqlite3.connect(db_path) as connection:
        after = connection.execute("SELECT id FROM committee_member ORDER BY id").fetchall()
    assert after == before
    assert ("Banque des Territoires", 1, "absent") in attendance_in_file(db_path)
    assert ("Claire Vasseur", 1, None) in attendance_in_file(db_path)


def test_attendance_waits_for_the_meeting_and_a_guest_is_not_convened(db_path, partners, staff):
    avise = partners[0]
    with pytest.raises(ValidationError) as refused:
        committees.create_committee(
            meeting_values(
                days_ago(-7), [avise], staff, attendance={f"partner:{avise.id}": "present"}
            )
        )
    assert refused.value.errors == {
        "attendance": "Les présences se saisissent le jour de la réunion ou après."
    }
    with pytest.raises(ValidationError) as refused:
        committees.create_committee(meeting_values(days_ago(1), [avise], staff, guests=[avise.id]))
    assert refused.value.errors == {"guests": "Avise est déjà parmi les membres convoqués."}
    with pytest.raises(ValidationError) as refused:
        committees.create_committee(
            meeting_values(days_ago(1), [avise], staff, attendance={f"partner:{avise.id}": "là"})
        )
    assert "Présence inconnue" in refused.value.errors["attendance"]
    assert attendance_in_file(db_path) == []
