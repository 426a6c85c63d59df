"""The « Réseau » staff form links a person to their server role (« Identifiant
serveur », migration 0028): what signs their changes on a server."""

from __future__ import annotations

from fabrique_desktop.domain.enums import Organisation
from fabrique_desktop.domain.models import StaffMember
from fabrique_desktop.domain.services import network
from fabrique_desktop.ui.network.screen import NetworkScreen

from .actions import click, type_into


def staff_form(qtbot, staff):
    """The Réseau screen on its staff tab, ``staff`` open in the form."""
    screen = NetworkScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.setCurrentIndex(1)  # « Chargé·es de mission »
    staff_list = screen.current_list()
    staff_list.open_record(staff.id)
    return screen, staff_list.form


def test_the_server_login_is_typed_in_the_staff_form(qtbot, staff):
    screen, form = staff_form(qtbot, staff)
    assert form.fields.editors["login"].value() == ""
    type_into(qtbot, form.fields.editors["login"], "claire")
    click(qtbot, form.save_button)
    assert StaffMember.get_by_id(staff.id).login == "claire"
    assert network.staff_member_for_login("claire") == staff
    screen.show()


def test_a_login_already_linked_is_refused_beside_the_field(qtbot, staff):
    network.update_staff_member(
        other := network.create_staff_member(
            {"name": "Julien Morel", "organisation": Organisation.GRIEP}
        ),
        {"name": "Julien Morel", "organisation": Organisation.GRIEP, "login": "julien"},
    )
    _, form = staff_form(qtbot, staff)
    type_into(qtbot, form.fields.editors["login"], "julien")
    click(qtbot, form.save_button)
    assert form.fields.message("login") == "Cet identifiant est déjà celui de Julien Morel."
    assert form.fields.editors["login"].value() == "julien"  # what was typed stays
    assert StaffMember.get_by_id(staff.id).login == ""
    assert StaffMember.get_by_id(other.id).login == "julien"


def test_a_form_without_the_field_keeps_the_link(staff):
    network.update_staff_member(
        staff, {"name": "Claire Vasseur", "organisation": Organisation.CRESS, "login": "claire"}
    )
    network.update_staff_member(staff, {"name": "Claire Vasseur", "organisation": "cress"})
    assert StaffMember.get_by_id(staff.id).login == "claire"


def test_a_link_once_made_is_changed_by_the_administrator_only(qtbot, staff):
    """Every staff role saves this form: moving a colleague's link to one's own role would
    let one sign as that colleague, so the form refuses to change or clear a link."""
    network.update_staff_member(
        staff, {"name": "Claire Vasseur", "organisation": Organisation.CRESS, "login": "claire"}
    )
    _, form = staff_form(qtbot, staff)
    editor = form.fields.editors["login"]
    editor.clear()
    type_into(qtbot, editor, "julien")
    click(qtbot, form.save_button)
    assert form.fields.message("login") == (
        "Claire Vasseur est déjà lié·e à l'identifiant « claire » : seul l'administrateur "
        "du serveur peut changer ce lien."
    )
    assert editor.value() == "julien"  # what was typed stays, for the user to see
    assert StaffMember.get_by_id(staff.id).login == "claire"
