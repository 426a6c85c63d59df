"""Forms: errors shown beside their fields with nothing lost, the unsaved-changes guard,
and deletion that asks first and says what goes."""

import pytest
from PySide6.QtWidgets import QMessageBox

from fabrique_desktop.domain.models import Holder, Need
from fabrique_desktop.domain.services import needs as need_services
from fabrique_desktop.ui import holders, needs

from ..factories import need_values
from .actions import answer, choose, click, type_into


def build(qtbot, module, session):
    screen = module.build(session)
    qtbot.addWidget(screen)
    return screen


def test_error_appears_next_to_the_field_and_typed_text_stays(qtbot, session, territory):
    screen = build(qtbot, needs, session)
    form = screen.form
    screen.new_record()
    type_into(qtbot, form.fields.editors["description"], "Une épicerie à double tarif.")
    choose(form.fields.editors["territory"], "Amiens")
    click(qtbot, form.save_button)
    assert form.fields.message("title") == "Ce champ est obligatoire."
    assert form.fields.message("sector") == "Ce champ est obligatoire."
    assert form.fields.message("territory") == ""
    assert form.fields.editors["description"].value() == "Une épicerie à double tarif."
    assert form.fields.editors["territory"].currentText() == "Amiens"
    assert Need.select().count() == 0
    assert form.is_dirty()


def test_a_field_message_goes_as_soon_as_the_field_is_changed(qtbot, session, territory):
    screen = build(qtbot, needs, session)
    form = screen.form
    screen.new_record()
    click(qtbot, form.save_button)
    assert form.fields.message("title") == "Ce champ est obligatoire."
    type_into(qtbot, form.fields.editors["title"], "Épicerie solidaire")
    # Filled: its message is gone before any new « Enregistrer »; the others stay.
    assert form.fields.message("title") == ""
    assert form.fields.message("sector") == "Ce champ est obligatoire."
    assert Need.select().count() == 0


def test_rgpd_message_for_a_person_without_lawful_basis(qtbot, session):
    screen = build(qtbot, holders, session)
    form = screen.form
    screen.new_record()
    type_into(qtbot, form.fields.editors["first_name"], "Jiří")
    type_into(qtbot, form.fields.editors["last_name"], "Dvořák")
    type_into(qtbot, form.fields.editors["email"], "jiri.dvorak@")
    click(qtbot, form.save_button)
    assert form.fields.message("consent_basis") == (
        "Indiquez sur quelle base légale ces données sont conservées."
    )
    assert form.fields.message("email").startswith("Adresse e-mail invalide")
    assert form.fields.editors["last_name"].value() == "Dvořák"
    assert Holder.select().count() == 0


def test_organisation_fields_replace_person_fields(qtbot, session):
    screen = build(qtbot, holders, session)
    form = screen.form
    screen.new_record()
    choose(form.fields.editors["kind"], "Structure existante")
    assert form.fields.editors["organisation_name"].isVisibleTo(form)
    assert not form.fields.editors["first_name"].isVisibleTo(form)
    assert not form.fields.editors["consent_on"].isVisibleTo(form)


def test_unsaved_changes_guard(qtbot, session, territory, dialogs):
    first = need_services.create_need(need_values(territory, title="Garage solidaire"))
    second = need_services.create_need(need_values(territory, title="Laverie solidaire"))
    screen = build(qtbot, needs, session)
    screen.open_record(first.id)
    type_into(qtbot, screen.form.fields.editors["title"], "Garage solidaire et mobile")

    questions = []

    def cancel(box):
        questions.append(box.text())
        answer(box, QMessageBox.StandardButton.Cancel)

    dialogs.next(cancel)
    screen.open_record(second.id)
    assert questions == [
        "Cette fiche contient des modifications non enregistrées. Les enregistrer ?"
    ]
    assert screen.form.record.id == first.id
    assert screen.form.fields.editors["title"].value() == "Garage solidaire et mobile"

    dialogs.next(lambda box: answer(box, QMessageBox.StandardButton.Discard))
    screen.open_record(second.id)
    assert screen.form.record.id == second.id
    assert Need.get_by_id(first.id).title == "Garage solidaire"

    type_into(qtbot, screen.form.fields.editors["title"], "Laverie solidaire de Camon")
    dialogs.next(lambda box: answer(box, QMessageBox.StandardButton.Save))
    screen.open_record(first.id)
    assert Need.get_by_id(second.id).title == "Laverie solidaire de Camon"


def test_delete_asks_first_and_says_what_goes(qtbot, session, territory, dialogs):
    need = need_services.create_need(need_values(territory, title="Tiers-lieu rural"))
    screen = build(qtbot, needs, session)
    screen.open_record(need.id)
    questions = []

    def refuse(box):
        questions.append(box.text())
        answer(box, QMessageBox.StandardButton.No)

    dialogs.next(refuse)
    screen.delete_current()
    assert "Supprimer le besoin « Tiers-lieu rural » ?" in questions[0]
    assert "liens avec les partenaires" in questions[0]
    assert Need.select().count() == 1

    dialogs.next(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    screen.delete_current()
    assert Need.select().count() == 0
    assert screen.count.text() == "0 besoin"


def test_history_shows_who_changed_which_field(qtbot, session, territory, dialogs):
    from fabrique_desktop.domain.models import database
    from fabrique_desktop.store import history

    history.set_actor(database, session.staff.id)
    screen = build(qtbot, needs, session)
    need = need_services.create_need(need_values(territory, title="Garage solidaire"))
    screen.open_record(need.id)
    type_into(qtbot, screen.form.fields.editors["title"], "Garage solidaire de Dury")
    click(qtbot, screen.form.save_button)
    seen = []

    def read(dialog):
        top = dialog.tree.topLevelItem(0)  # newest first
        seen.append(top.text(0).split(" — ")[1])  # « Le jj/mm/aaaa à HH h MM — … »
        seen.append([top.child(0).text(c) for c in range(3)])
        dialog.reject()

    dialogs.next(read)
    click(qtbot, screen.form.history_button)
    assert seen == [
        "Modification par Claire Vasseur",
        ["Titre", "Garage solidaire", "Garage solidaire de Dury"],
    ]


@pytest.mark.sqlite_only
def test_full_disk_message_keeps_what_was_typed(qtbot, session, territory):
    from fabrique_desktop.domain.models import database

    screen = build(qtbot, needs, session)
    form = screen.form
    screen.new_record()
    type_into(qtbot, form.fields.editors["title"], "Épicerie solidaire")
    choose(form.fields.editors["territory"], "Amiens")
    choose(form.fields.editors["sector"], "Alimentation et circuits courts")
    choose(form.fields.editors["source"], "Habitants")
    form.fields.editors["description"].setPlainText("x" * 20000)  # pasted, not typed
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    click(qtbot, form.save_button)
    banner = form.findChild(type(form.heading), "error_banner")
    assert banner.text().startswith("L'enregistrement a échoué : le disque est plein.")
    assert form.fields.editors["title"].value() == "Épicerie solidaire"
    assert len(form.fields.editors["description"].value()) == 20000
    assert Need.select().count() == 0
