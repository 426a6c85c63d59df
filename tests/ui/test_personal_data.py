"""« Exporter ses données » and « Effacer les données personnelles » on the holder's form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from fabrique_desktop.domain.enums import HolderKind
from fabrique_desktop.domain.models import Holder
from fabrique_desktop.domain.rgpd.erasure import erase_person
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.services import holders as holder_services
from fabrique_desktop.store import backups
from fabrique_desktop.ui import holders

from ..factories import person_values
from ..rgpd_scenario import past_retention
from .actions import click


def _open(qtbot, session, holder):
    screen = holders.build(session)
    qtbot.addWidget(screen)
    screen.open_record(holder.id)
    return screen


def _erase_confirming(qtbot, dialogs, form, purge: bool = False) -> str:
    """Click « Effacer les données personnelles… », confirm (purging the backups or
    not), close the outcome; return the confirmation's text."""
    seen = {}

    def confirm(dialog):
        seen["summary"] = dialog.findChild(QLabel, "erasure_summary").text()
        dialog.purge.setChecked(purge)
        dialog.accept()

    dialogs.next(confirm)
    dialogs.next(lambda box: box.accept())
    click(qtbot, form.erase_button)
    return seen["summary"]


def test_erasure_lists_what_goes_and_can_purge_the_backups(qtbot, session, db, db_path, dialogs):
    holder = holder_services.create_holder(
        person_values(notes="Aime les randonnées en baie de Somme")
    )
    backups.make_backup(db, db_path)
    screen = _open(qtbot, session, holder)
    form = screen.form

    summary = _erase_confirming(qtbot, dialogs, form, True)

    assert "Fiche du porteur" in summary and "courriel" in summary
    assert Holder.get_by_id(holder.id).display_name == "Porteur anonymisé n° 1"
    assert form.heading.text() == "Porteur anonymisé n° 1"
    assert all(b"randonn" not in b.path.read_bytes() for b in backups.list_backups(db_path))


def test_an_organisation_has_no_personal_data_actions(qtbot, session):
    organisation = holder_services.create_holder(
        person_values(kind=HolderKind.ORGANISATION, organisation_name="Régie de quartier")
    )
    screen = _open(qtbot, session, organisation)
    form = screen.form
    assert not form.erase_button.isEnabled()
    assert "personne physique" in form.erase_button.toolTip()


@pytest.mark.sqlite_only
def test_a_refusal_is_explained(qtbot, session, dialogs):
    holder = holder_services.create_holder(person_values())
    screen = _open(qtbot, session, holder)
    form = screen.form
    erase_person(person_of(holder), session.staff)
    messages = []
    dialogs.next(lambda box: (messages.append(box.text()), box.accept()))
    click(qtbot, form.erase_button)
    assert "déjà été effacées" in messages[0]


@pytest.mark.sqlite_only
def test_home_lists_people_past_retention_and_anonymises_them(qtbot, session, dialogs):
    from fabrique_desktop.ui.home.screen import HomeScreen

    old = past_retention(holder_services.create_holder(person_values(last_name="Delattre")))
    home = HomeScreen(session, lambda *args: None)
    qtbot.addWidget(home)
    home.resize(1100, 760)
    lines = [home.review.topLevelItem(i).text(1) for i in range(home.review.topLevelItemCount())]
    assert lines == ["Łucja Delattre"]

    messages = []
    dialogs.next(lambda box: box.button(box.StandardButton.Yes).click())
    dialogs.next(lambda box: (messages.append(box.text()), box.accept()))
    click(qtbot, home.findChild(QPushButton, "anonymise_due"))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)

    assert messages == ["1 personne anonymisée."]
    assert Holder.get_by_id(old.id).display_name == "Porteur anonymisé n° 1"
    assert home.review.topLevelItem(0).text(1) == "Aucune donnée à revoir."


def test_retention_periods_are_settings_with_their_source(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from fabrique_desktop.domain.rgpd.retention import retention_years
    from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog

    dialog = FabriqueSettingsDialog(tab="retention")
    qtbot.addWidget(dialog)
    dialog.show()  # laid out, so that a click lands on the button
    assert dialog.retention.spins["retention_holder_not_retained"].value() == 2
    dialog.retention.spins["retention_holder_not_retained"].setValue(1)
    assert dialog.retention.save()
    assert retention_years()["retention_holder_not_retained"] == 1
    target = tmp_path / "mention.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    click(qtbot, dialog.findChild(QPushButton, "information_notice"))
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only
def test_partner_contacts_and_staff_have_the_same_actions(qtbot, session, dialogs):
    from fabrique_desktop.domain.enums import PartnerKind
    from fabrique_desktop.domain.models import Partner
    from fabrique_desktop.domain.services import network as network_services
    from fabrique_desktop.ui.network.screen import NetworkScreen

    partner = network_services.create_partner(
        {
            "name": "Mairie de Longueau",
            "kind": PartnerKind.LOCAL_AUTHORITY,
            "contact_name": "Odile Cresson",
            "email": "o.cresson@exemple.fr",
        }
    )
    screen = NetworkScreen()
    qtbot.addWidget(screen)
    partners = screen.current_list()
    partners.open_record(partner.id)
    assert partners.form.erase_button.isEnabled()
    assert partners.form.export_button.isEnabled()
    dialogs.next(lambda dialog: dialog.accept())
    dialogs.next(lambda box: box.accept())
    click(qtbot, partners.form.erase_button)
    partner = Partner.get_by_id(partner.id)
    assert (partner.name, partner.contact_name, partner.email) == (
        "Mairie de Longueau",
        "Contact anonymisé n° 1",
        "",
    )


def test_the_holder_form_shows_the_last_contact(qtbot, session):
    from fabrique_desktop.domain import french

    from ..factories import TODAY

    holder = holder_services.create_holder(person_values())
    screen = _open(qtbot, session, holder)
    assert (
        screen.form.status_line.text()
        == f"Personne · dernier contact le {french.short_date(TODAY)}"
    )


def test_requests_are_recorded_extended_and_answered_from_the_form(
    qtbot, session, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from fabrique_desktop.domain.models import PersonalDataRequest
    from fabrique_desktop.ui.common.requests_dialog import RequestsDialog

    holder = holder_services.create_holder(person_values())
    dialog = RequestsDialog(person_of(holder), session.staff)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Effacement"))
    click(qtbot, dialog.findChild(QPushButton, "record"))
    row = dialog.table.topLevelItem(0)
    assert (row.text(1), row.text(4)) == ("Effacement", "en cours")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Pièces à réunir", True))
    click(qtbot, dialog.findChild(QPushButton, "extend"))
    assert PersonalDataRequest.get().extended_months == 2
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Données effacées.", True)
    )
    click(qtbot, dialog.findChild(QPushButton, "answer"))
    assert dialog.table.topLevelItem(0).text(4).startswith("traitée (")
    target = tmp_path / "reponse.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, dialog.findChild(QPushButton, "letter"))
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only  # the erasure and its search of mentions are SQLite's (README)
def test_the_confirmation_lists_the_other_records_naming_the_person(
    qtbot, session, dialogs, territory
):
    from fabrique_desktop.domain.models import Need
    from fabrique_desktop.domain.services import needs

    from ..factories import need_values

    holder = holder_services.create_holder(person_values())
    need = needs.create_need(need_values(territory, description="Signalé par Łucja Kowalczyk."))
    screen = _open(qtbot, session, holder)

    summary = _erase_confirming(qtbot, dialogs, screen.form)

    assert "Mentions dans le texte d'autres fiches (1)" in summary
    assert "Besoin — description : « Signalé par Łucja Kowalczyk. »" in summary
    assert Need.get_by_id(need.id).description == "Signalé par Porteur anonymisé n° 1."
