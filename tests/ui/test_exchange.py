"""Fichier → Échanger avec un autre poste…, driven as a user would: CRESS prepares an
envoi, GRIEP receives it (summary first, nothing written), sees the conflict on a
need's title on « Aujourd'hui » and decides it; the need shows the chosen value and
its history shows both."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import Need, StaffMember
from fabrique_desktop.store import close_database, exchange
from fabrique_desktop.ui.exchange.dialog import ExchangeDialog
from fabrique_desktop.ui.home.screen import HomeScreen
from fabrique_desktop.ui.needs.form import NeedForm
from fabrique_desktop.ui.session import Session
from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog

from ..store.exchange.desks import deleted_while_decided, two_offices


@pytest.fixture
def offices(tmp_path):
    cress, griep, _, _, [need] = two_offices(tmp_path, "Épicerie solidaire")
    cress.use()
    Need.update(title="Épicerie de la CRESS").where(Need.id == need.id).execute()
    griep.use()
    Need.update(title="Épicerie du GRIEP").where(Need.id == need.id).execute()
    yield cress, griep, need.id
    cress.close()
    griep.close()
    close_database()


def test_prepare_receive_and_decide_a_conflict(qtbot, offices, tmp_path):
    cress, griep, need_id = offices
    cress.use()
    sending = ExchangeDialog(cress.path)
    qtbot.addWidget(sending)
    assert sending.identity.text() == "Ce poste\u00a0: CRESS (Structure CRESS)."
    assert sending.recipient.currentText() == "GRIEP"
    assert sending.sharing.text() == "Partagé\u00a0: tout."
    assert exchange.envoi_name().startswith("CRESS-") and exchange.envoi_name().endswith(
        ".fabrique-echange"
    )
    envoi = tmp_path / exchange.envoi_name()
    sending.prepare_to(envoi)
    qtbot.waitUntil(lambda: "Envoi pour « GRIEP »" in sending.summary.text())

    griep.use()
    receiving = ExchangeDialog(griep.path)
    qtbot.addWidget(receiving)
    receiving.show()
    receiving.receive_from(envoi)
    qtbot.waitUntil(receiving.apply_button.isEnabled)
    summary = receiving.summary.text()
    assert summary.startswith("Rien n'a encore été écrit. Envoi de CRESS (Structure CRESS)")
    assert "1 conflit à trancher" in summary
    assert Need.get_by_id(need_id).title == "Épicerie du GRIEP"
    assert exchange.open_conflicts() == []  # the preview kept nothing

    qtbot.mouseClick(receiving.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receiving.summary.text().startswith("Reçu. "))
    assert receiving.conflicts.count() == 1
    assert receiving.conflicts.item(0).text() == (
        "Besoin « Épicerie du GRIEP » — Titre : modifié sur les deux postes depuis le "
        "dernier échange."
    )
    assert receiving.mine.text().startswith(
        "Garder la valeur de ce poste\u00a0: « Épicerie du GRIEP »"
    )
    assert receiving.theirs.text().startswith(
        "Prendre la valeur reçue\u00a0: « Épicerie de la CRESS »"
    )
    receiving.grab().save(str(tmp_path / "exchange.png"))
    session = Session(griep.path, StaffMember.get())
    home = HomeScreen(session, lambda *_: None)
    qtbot.addWidget(home)
    item = home.awaiting.topLevelItem(0)
    assert (item.text(1), item.text(2)) == (
        "Conflit d'échange : Besoin « Épicerie du GRIEP »",
        "Titre",
    )

    form = NeedForm(session)
    qtbot.addWidget(form)
    form.load(Need.get_by_id(need_id))
    assert form.conflict_line.text().endswith("avec un autre poste…)\u00a0: Titre")

    receiving.theirs.setChecked(True)
    qtbot.mouseClick(receiving.decide_button, Qt.MouseButton.LeftButton)
    assert receiving.conflicts.count() == 0
    form.load(Need.get_by_id(need_id))
    assert form.conflict_line.isHidden()
    assert form.fields.values()["title"] == "Épicerie de la CRESS"
    home.reload()
    assert (
        home.awaiting.topLevelItem(0).text(1)
        != "Conflit d'échange : Besoin « Épicerie de la CRESS »"
    )
    assert Need.get_by_id(need_id).title == "Épicerie de la CRESS"
    changes = [
        (change.old, change.new)
        for entry in record_history(need_id)
        for change in entry.changes
        if change.field == "title"
    ]
    assert ("Épicerie du GRIEP", "Épicerie de la CRESS") in changes
    assert ("Épicerie solidaire", "Épicerie du GRIEP") in changes


def test_the_offices_tab_names_this_office_and_chooses_what_is_shared(qtbot, offices):
    _, griep, _ = offices
    griep.use()
    dialog = FabriqueSettingsDialog(tab="offices")
    qtbot.addWidget(dialog)
    page = dialog.offices
    page.fields.fill({"name": "", "structure": "GRIEP"})
    assert not page.save()
    assert page.fields.message("name") == "Ce champ est obligatoire."
    page.fields.fill({"name": "GRIEP Amiens", "structure": "GRIEP"})
    [partner] = exchange.partners()
    box = page.sharing[partner.id]
    box.setCurrentIndex(box.findData("restricted"))
    assert page.save()
    assert exchange.own_identity().name == "GRIEP Amiens"
    assert exchange.partners()[0].sharing == "restricted"


def test_a_damaged_envoi_is_refused_without_freezing_the_window(qtbot, offices, tmp_path):
    """The envoi is checked off the GUI thread (a first envoi is a whole file): the
    refusal still reaches the summary, and « Recevoir cet envoi » stays disabled."""
    cress, griep, _ = offices
    envoi = cress.prepare(tmp_path, "GRIEP")
    damaged = tmp_path / "abime.fabrique-echange"
    damaged.write_bytes(envoi.read_bytes()[:-200])
    griep.use()
    receiving = ExchangeDialog(griep.path)
    qtbot.addWidget(receiving)
    receiving.show()
    receiving.receive_from(damaged)
    qtbot.waitUntil(lambda: "abîmé ou tronqué" in receiving.summary.text())
    assert receiving.summary.text().startswith("« abime.fabrique-echange » est abîmé")
    assert not receiving.apply_button.isEnabled()


def test_accept_the_deletion_of_a_need_this_office_decided_on(qtbot, tmp_path):
    """CRESS deleted a need on which GRIEP recorded a decision: GRIEP sees the refused
    deletion, accepts it, and the need and its decision are gone from its file."""
    cress, griep, _, _ = deleted_while_decided(tmp_path)
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    try:
        dialog = ExchangeDialog(griep.path)
        qtbot.addWidget(dialog)
        assert dialog.conflicts.item(0).text() == (
            "Besoin « Épicerie solidaire » — La suppression reçue est refusée : "
            "d'autres fiches de ce poste y renvoient."
        )
        assert dialog.mine.text() == (
            "Écarter la modification reçue\u00a0: ce poste garde ses fiches telles quelles"
        )
        assert dialog.theirs.isHidden() and not dialog.accept_deletion.isHidden()
        assert dialog.accept_deletion.text() == (
            "Accepter la suppression (supprimés ici aussi\u00a0: 1 besoins, 1 décisions)"
        )
        dialog.resize(1366, 768)
        dialog.grab().save(str(tmp_path / "deletion.png"))
        dialog.accept_deletion.setChecked(True)
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
        assert dialog.conflicts.count() == 0 and dialog.decide_box.isHidden()
        with sqlite3.connect(griep.path) as connection:
            assert connection.execute("SELECT count(*) FROM need").fetchone() == (0,)
            assert connection.execute("SELECT count(*) FROM decision").fetchone() == (0,)
    finally:
        cress.close()
        griep.close()
        close_database()


def test_conflict_times_are_shown_in_local_time(qtbot, offices, tmp_path, monkeypatch):
    """Stored in UTC, shown as the workstation's clock in France reads them."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        cress, griep, _ = offices
        griep.receive(cress.prepare(tmp_path, "GRIEP"))
        [conflict] = exchange.open_conflicts()
        at = dt.datetime.fromisoformat(conflict.theirs_at)
        paris = at + dt.timedelta(hours=2 if 4 <= at.month <= 10 else 1)
        expected = f"{paris:%d/%m/%Y} à {paris:%H:%M}"
        dialog = ExchangeDialog(griep.path)
        qtbot.addWidget(dialog)
        assert (
            dialog.theirs.text()
            == f"Prendre la valeur reçue\u00a0: « Épicerie de la CRESS » (—, {expected})"
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_file_without_partners_says_how_to_start_and_how_to_name_itself(
    qtbot, db, db_path, dialogs
):
    dialog = ExchangeDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.identity.text() == (
        "Nommez d'abord ce poste\u00a0: chaque envoi dit de quel poste il vient."
    )
    assert not dialog.prepare_button.isEnabled()  # an envoi must say who sends it
    assert dialog.how_to_start.isVisible()
    assert dialog.how_to_start.text().startswith("Aucun poste partenaire pour l'instant.")
    # Nothing on screen without its words: no choice without a text.
    shown = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert [b for b in shown if not b.text()] == []

    def name_it(settings):
        assert settings.tabs.currentWidget() is settings.offices
        settings.offices.fields.fill({"name": "CRESS Amiens", "structure": "CRESS"})
        settings.submit()

    dialogs.next(name_it)
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    assert dialog.identity.text() == "Ce poste\u00a0: CRESS Amiens (CRESS)."
    assert dialog.prepare_button.isEnabled()
    assert not dialog.name_button.isVisible()
