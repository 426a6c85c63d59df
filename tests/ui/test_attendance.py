"""Recording who came in the committee form: a row per convened member as they are
checked, présent / excusé / absent, a guest who was not convened; saved in the file."""

import sqlite3

from PySide6.QtCore import Qt

from fabrique_desktop.domain.enums import PartnerKind
from fabrique_desktop.domain.models import CommitteeKind
from fabrique_desktop.domain.services import committees, network
from fabrique_desktop.ui import committees as committee_screen

from ..factories import days_ago
from .actions import choose, click


def check(field, name):
    for row in range(field.count()):
        if field.item(row).text() == name:
            field.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"« {name} » is not offered")


def test_attendance_is_recorded_in_the_committee_form(qtbot, session, staff, db_path):
    for name in ("Avise", "Banque des Territoires", "France Active Picardie"):
        network.create_partner({"name": name, "kind": PartnerKind.FUNDER})
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(1)})
    screen = committee_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(meeting.id)
    form = screen.form
    attendance = form.attendance
    assert attendance.empty.isVisibleTo(form)
    check(form.fields.editors["partners"], "Avise")
    check(form.fields.editors["partners"], "Banque des Territoires")
    check(form.fields.editors["staff"], "Claire Vasseur")
    names = [label.text() for label, _ in attendance.rows.values()]
    assert names == ["Avise", "Banque des Territoires", "Claire Vasseur"]
    assert not attendance.empty.isVisibleTo(form)
    choices = list(attendance.rows.values())
    assert [choices[0][1].itemText(i) for i in range(4)] == [
        "— non indiquée —",
        "Présent",
        "Excusé",
        "Absent",
    ]
    choose(choices[0][1], "Présent")
    choose(choices[1][1], "Excusé")
    choose(choices[2][1], "Présent")
    check(form.fields.editors["guests"], "France Active Picardie")
    click(qtbot, form.save_button)
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT coalesce(p.name, s.name), m.convened, m.attendance FROM committee_member m"
            " LEFT JOIN partner p ON p.id = m.partner_id"
            " LEFT JOIN staff_member s ON s.id = m.staff_id ORDER BY 1"
        ).fetchall()
    assert rows == [
        ("Avise", 1, "present"),
        ("Banque des Territoires", 1, "excused"),
        ("Claire Vasseur", 1, "present"),
        ("France Active Picardie", 0, "present"),
    ]
    # Opened again, the form shows what was recorded, and nothing is left to save.
    screen.open_record(meeting.id)
    assert [c.currentText() for _, c in form.attendance.rows.values()] == [
        "Présent",
        "Excusé",
        "Présent",
    ]
    assert not form.is_dirty()


def test_attendance_before_the_meeting_is_refused_beside_the_field(qtbot, session, staff):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(-10)})
    screen = committee_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(meeting.id)
    form = screen.form
    check(form.fields.editors["staff"], "Claire Vasseur")
    [(_, choice)] = form.attendance.rows.values()
    choose(choice, "Présent")
    click(qtbot, form.save_button)
    assert form.fields.message("attendance") == (
        "Les présences se saisissent le jour de la réunion ou après."
    )
    assert choice.currentText() == "Présent"  # what was chosen stays
