"""The RGPD decisions a user records on screen: an opposition set and lifted from the
person's form, a retention extended from « Aujourd'hui », the whole register of requests
from Fichier → « Demandes RGPD… »."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from fabrique_desktop.domain.enums import RequestKind
from fabrique_desktop.domain.models import PersonalDataFlag, PersonalDataRequest
from fabrique_desktop.domain.rgpd import register
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.services import holders as holder_services
from fabrique_desktop.ui import holders

from ..factories import days_ago, person_values
from ..rgpd_scenario import past_retention
from .actions import click


def _fill(dialog, reason: str, choice=None):
    if choice is not None:
        dialog.choice.set_value(choice)
    dialog.reason.set_value(reason)


def test_an_opposition_is_set_from_the_form_hides_the_holder_and_is_lifted(qtbot, session, dialogs):
    holder = holder_services.create_holder(person_values())
    holder_services.create_holder(person_values(last_name="Delattre", email="d@exemple.fr"))
    screen = holders.build(session)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.open_record(holder.id)
    form = screen.form
    refused = []

    def first_without_reason(dialog):
        dialog.try_accept()  # no reason: refused under the field, the dialog stays
        refused.append(dialog.errors["reason"].text())
        _fill(dialog, "Ne souhaite plus être sollicitée.", RequestKind.OPPOSITION.value)
        dialog.try_accept()

    dialogs.next(first_without_reason)
    click(qtbot, form.restriction_button)

    assert refused and refused[0]
    flag = PersonalDataFlag.get(PersonalDataFlag.person_id == holder.id)
    assert flag.restricted and flag.restricted_on == dt.date.today()
    assert form.rgpd_status.text().startswith("En opposition ou limitation depuis le ")
    assert form.restriction_button.text() == "Lever l'opposition…"
    screen.reload()
    names = [screen.model.row(i)["last_name"] for i in range(screen.model.rowCount())]
    assert names == ["Delattre"]  # hidden from the list by default
    assert screen.show_restricted.text() == "Afficher les personnes en opposition"
    screen.show_restricted.setChecked(True)
    assert screen.model.rowCount() == 2

    dialogs.next(lambda d: (_fill(d, "A retiré son opposition."), d.try_accept()))
    click(qtbot, form.restriction_button)
    assert not PersonalDataFlag.get(PersonalDataFlag.person_id == holder.id).restricted
    assert form.rgpd_status.isHidden()
    kinds = [r.kind for r in PersonalDataRequest.select()]
    assert kinds == [RequestKind.OPPOSITION, RequestKind.OPPOSITION]


def test_a_retention_is_extended_from_home_with_a_reason_and_shown_on_the_person(
    qtbot, session, dialogs
):
    from fabrique_desktop.ui.home.screen import HomeScreen

    old = past_retention(holder_services.create_holder(person_values(last_name="Delattre")))
    home = HomeScreen(session, lambda *args: None)
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.review.setCurrentItem(home.review.topLevelItem(0))
    until = dt.date.today() + dt.timedelta(days=200)

    def extend(dialog):
        assert dialog.choice.currentText() == "Łucja Delattre (porteur de projet)"
        dialog.day.set_value(until)
        _fill(dialog, "Contentieux en cours avec un fournisseur.")
        dialog.try_accept()

    dialogs.next(extend)
    click(qtbot, home.findChild(QPushButton, "extend_retention"))

    assert home.review.topLevelItem(0).text(1) == "Aucune donnée à revoir."
    line = PersonalDataRequest.get()
    assert line.kind is RequestKind.RETENTION and line.answered_on == dt.date.today()
    assert "Contentieux en cours" in line.action_taken
    screen = holders.build(session)
    qtbot.addWidget(screen)
    screen.open_record(old.id)
    assert screen.form.rgpd_status.text() == (
        f"Conservation prolongée jusqu'au {until:%d/%m/%Y} : "
        "Contentieux en cours avec un fournisseur."
    )


def test_the_register_lists_every_request_with_its_status_and_filters(
    qtbot, session, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from fabrique_desktop.ui.common.requests_dialog import RequestsDialog
    from fabrique_desktop.ui.home.screen import HomeScreen

    late = holder_services.create_holder(person_values())
    soon = holder_services.create_holder(person_values(last_name="Delattre", email="d@ex.fr"))
    done = holder_services.create_holder(person_values(last_name="Moreau", email="m@ex.fr"))
    for holder, kind, received in (
        (late, RequestKind.ERASURE, days_ago(40)),
        (soon, RequestKind.ACCESS, register.add_months(dt.date.today(), -1) + dt.timedelta(3)),
        (done, RequestKind.PORTABILITY, days_ago(10)),
    ):
        register.record_request(
            person_of(holder), {"kind": kind, "received_on": received}, session.staff
        )
    answered = PersonalDataRequest.get(PersonalDataRequest.kind == RequestKind.PORTABILITY)
    register.answer_request(
        answered, {"answered_on": days_ago(2), "action_taken": "Fichier JSON envoyé."}
    )

    # « Aujourd'hui » shows the late one and the one due within a week, not the answered.
    home = HomeScreen(session, lambda *args: None)
    qtbot.addWidget(home)
    shown = [home.review.topLevelItem(i).text(1) for i in range(home.review.topLevelItemCount())]
    assert shown == [
        "Demande RGPD (effacement) : Łucja Kowalczyk",
        "Demande RGPD (accès) : Łucja Delattre",
    ]

    dialog = RequestsDialog(None, session.staff)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 500)
    rows = {
        dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i)
        for i in range(dialog.table.topLevelItemCount())
    }
    assert rows["Łucja Kowalczyk"].text(4) == "en retard"
    assert rows["Łucja Delattre"].text(4) == "en cours"
    assert rows["Łucja Moreau"].text(4) == f"traitée ({days_ago(2):%d/%m/%Y})"
    assert rows["Łucja Moreau"].text(5) == "Fichier JSON envoyé."

    dialog.status_filter.setCurrentIndex(dialog.status_filter.findText("en retard"))
    assert dialog.table.topLevelItemCount() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dossier volumineux", True))
    click(qtbot, dialog.findChild(QPushButton, "extend"))
    request = PersonalDataRequest.get(PersonalDataRequest.kind == RequestKind.ERASURE)
    assert request.extended_months == 2 and request.extension_reason == "Dossier volumineux"
    assert dialog.table.topLevelItemCount() == 0  # no longer late: in progress again
    dialog.status_filter.setCurrentIndex(0)
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findText("Effacement"))
    assert dialog.table.topLevelItem(0).text(3) == french_date(register.deadline(request))
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Données effacées.", True)
    )
    click(qtbot, dialog.findChild(QPushButton, "answer"))
    assert dialog.table.topLevelItem(0).text(4).startswith("traitée")
    target = tmp_path / "reponse.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, dialog.findChild(QPushButton, "letter"))
    assert target.read_bytes().startswith(b"%PDF")


def test_the_register_opens_from_the_file_menu(qtbot, session, dialogs):
    from fabrique_desktop.ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    seen = []
    dialogs.next(lambda d: (seen.append(d.windowTitle()), d.reject()))
    window.findChild(type(window.file_menu.menu.actions()[0]), "personal_data_requests").trigger()
    assert seen == ["Demandes RGPD"]


def french_date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"
