"""Fichier → Paramètres de la Fabrique, driven as a user would: the identity, the
communes, the support templates, the kinds of committee; refusals said in French."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from fabrique_desktop.domain.models import CommitteeKind, MilestoneTemplateStep, Need, Territory
from fabrique_desktop.domain.services import settings, territories
from fabrique_desktop.ui.settings.communes import (
    Column,
    CommuneDialog,
    CommuneTableModel,
    OfficialCommunesDialog,
)
from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog

from .actions import answer, click, confirm, type_into


@pytest.fixture
def dialog(qtbot, db):
    shown = FabriqueSettingsDialog()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def button(page, name: str) -> QPushButton:
    return page.findChild(QPushButton, name)


def test_identity_and_committee_kinds(qtbot, dialog, monkeypatch, tmp_path):
    fields = dialog.identity.fields.editors
    type_into(qtbot, fields["fabrique_name"], "Fabrique à initiatives de l'Oise")
    type_into(qtbot, fields["territory_name"], "Beauvais")
    type_into(qtbot, fields["operator_name"], "CRESS Hauts-de-France")
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Comité d'attribution", True)
    )
    button(dialog.kinds, "add_kind").click()
    assert CommitteeKind.select().where(CommitteeKind.name == "Comité d'attribution").exists()
    assert dialog.kinds.kinds.count() == 4
    confirm(dialog)
    assert settings.fabrique_settings() == {
        "fabrique_name": "Fabrique à initiatives de l'Oise",
        "territory_name": "Beauvais",
        "operator_name": "CRESS Hauts-de-France",
        "address": "",
    }


def test_a_refused_name_keeps_the_dialog_and_what_was_typed(qtbot, dialog):
    fields = dialog.identity.fields.editors
    type_into(qtbot, fields["fabrique_name"], "")
    type_into(qtbot, fields["operator_name"], "GRIEP")
    dialog.tabs.setCurrentWidget(dialog.communes)
    confirm(dialog)
    assert dialog.tabs.currentWidget() is dialog.identity
    assert dialog.identity.fields.message("fabrique_name") == "Ce champ est obligatoire."
    assert fields["operator_name"].text() == "GRIEP"
    assert settings.fabrique_settings()["operator_name"] == ""


def test_a_name_the_workstation_fixes_is_refused_next_to_the_field(qtbot, db, no_machine_config):
    no_machine_config.write_text(
        "[fabrique-desktop]\nfabrique_name = Fabrique du Pays de Bray\nusers_may_change = non\n",
        encoding="utf-8",
    )
    shown = FabriqueSettingsDialog()
    qtbot.addWidget(shown)
    shown.show()
    fields = shown.identity.fields.editors
    assert fields["fabrique_name"].text() == "Fabrique du Pays de Bray"
    type_into(qtbot, fields["fabrique_name"], "Autre nom")
    confirm(shown)
    assert shown.identity.fields.message("fabrique_name") == (
        "Le nom de la Fabrique est fixé pour ce poste par son administrateur : "
        "« Fabrique du Pays de Bray »."
    )
    assert settings.fabrique_settings()["fabrique_name"] == "Fabrique du Pays de Bray"


def test_a_logo_is_chosen_and_a_bad_one_refused(dialog, tmp_path):
    page = dialog.identity
    not_a_picture = tmp_path / "statuts.pdf"
    not_a_picture.write_bytes(b"%PDF-1.7")
    assert not page.use_logo(not_a_picture)
    assert page.logo_message.text() == (
        "Ce fichier n'est pas une image lisible : choisissez un logo PNG ou JPEG."
    )
    assert page.use_logo(tmp_path / "absent.png") is False
    assert page.logo_message.text().startswith("Ce fichier ne peut pas être lu")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (0, 90, 160)).save(logo)
    assert page.use_logo(logo)
    assert page.logo_message.isHidden()
    assert not page.logo_preview.pixmap().isNull()
    with Image.open(io.BytesIO(settings.logo())) as kept:
        assert kept.size == (300, 100)
    page.remove_logo_button.click()
    assert settings.logo() is None


def test_communes_from_the_official_list(qtbot, dialog, dialogs):
    page = dialog.communes
    seen = []

    def pick(chooser: OfficialCommunesDialog) -> None:
        type_into(qtbot, chooser.picker.search, "80440")  # Boves, Blangy-Tronville…
        chooser.picker.show_results()
        results = chooser.picker.results
        for row in range(results.count()):
            if results.item(row).text().startswith("Boves"):
                results.item(row).setCheckState(Qt.CheckState.Checked)
        dialogs.next(lambda box: (seen.append(box.text()), box.accept()))
        click(qtbot, chooser.add_button)

    dialogs.next(pick)
    click(qtbot, button(page, "add_official"))
    assert seen == ["1 commune ajoutée."]
    boves = Territory.get(Territory.insee_code == "80131")
    assert (boves.name, boves.postal_code, boves.department) == ("Boves", "80440", "80")
    assert page.count.text() == "1 commune"


def test_a_commune_by_hand_refused_then_saved(qtbot, db, dialogs):
    dialog = CommuneDialog(None)
    qtbot.addWidget(dialog)
    fields = dialog.fields.editors
    type_into(qtbot, fields["name"], "Hameau des Près")
    type_into(qtbot, fields["insee_code"], "8021")
    confirm(dialog)
    assert dialog.fields.message("insee_code") == (
        "Le code INSEE compte 5 caractères (exemple : 80021)."
    )
    assert dialog.fields.message("postal_code") == "Ce champ est obligatoire."
    assert fields["name"].text() == "Hameau des Près"
    type_into(qtbot, fields["insee_code"], "80999")
    type_into(qtbot, fields["postal_code"], "80000")
    confirm(dialog)
    assert Territory.get(Territory.insee_code == "80999").name == "Hameau des Près"


def test_a_commune_is_marked_priority_or_rural_for_the_dashboard(qtbot, territory):
    dialog = CommuneDialog(None, territory)
    qtbot.addWidget(dialog)
    priority = dialog.fields.editors["priority_area"]
    assert priority.text() == "Compte un quartier p&rioritaire (QPV)" and not priority.isChecked()
    priority.setChecked(True)
    confirm(dialog)
    saved = Territory.get_by_id(territory.id)
    assert (saved.priority_area, saved.rural_area) == (True, False)
    model = CommuneTableModel()
    model.reload()
    assert model.index(0, Column.AREA).data() == "quartier prioritaire"


def test_retire_merge_and_delete_say_what_happens(qtbot, dialog, need, territory, dialogs):
    page = dialog.communes
    boves = territories.create_territory(
        {"name": "Boves", "insee_code": "80131", "postal_code": "80440"}
    )
    page.reload()
    # A commune in use cannot be deleted: said at once, where it is used, no question.
    page.select(territory)
    messages = []
    dialogs.next(lambda box: (messages.append(box.text()), box.accept()))
    click(qtbot, button(page, "delete"))
    assert messages == [
        "La commune « Amiens » est utilisée (1 besoin) : elle ne peut pas être supprimée. "
        "Retirez-la de la liste, ou fusionnez-la avec une autre commune."
    ]
    # Retired: the need keeps it; brought back with the same button.
    page.select(territory)
    click(qtbot, button(page, "retire"))
    assert not Territory.get_by_id(territory.id).active
    assert Need.get_by_id(need.id).territory_id == territory.id
    assert button(page, "retire").text() == "&Remettre en usage"
    click(qtbot, button(page, "retire"))
    assert Territory.get_by_id(territory.id).active
    # Merged: the need now names Boves, and Amiens is gone.
    page.select(territory)
    questions = []
    dialogs.next(
        lambda box: (questions.append(box.text()), answer(box, QMessageBox.StandardButton.Yes))
    )
    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(lambda *args, **kwargs: ("Boves", True))
    try:
        click(qtbot, button(page, "merge"))
    finally:
        QInputDialog.getItem = original
    assert questions == [
        "«\u00a0Amiens\u00a0» sera supprimée et ses fiches (1 besoin) nommeront "
        "«\u00a0Boves\u00a0». Fusionner\u00a0?"
    ]
    assert Need.get_by_id(need.id).territory_id == boves.id
    assert not Territory.select().where(Territory.id == territory.id).exists()
    assert page.count.text() == "1 commune"


def test_support_template_steps_are_edited_and_checked(qtbot, dialog):
    page = dialog.templates
    dialog.tabs.setCurrentWidget(page)
    assert page.steps.rowCount() == 9
    page.steps.item(0, 1).setText("45")
    page.steps.setCurrentCell(8, 0)
    click(qtbot, button(page, "step_up"))
    assert page.steps.item(7, 0).text() == "Démarrage de l'activité"
    click(qtbot, button(page, "add_step"))
    page.steps.item(9, 0).setText("Bilan à un an")
    page.steps.item(9, 1).setText("abc")
    click(qtbot, button(page, "save_template"))
    # Refused: the step is named, what was typed stays, nothing is written.
    assert page.message.text() == "Étape 10\u00a0: Nombre invalide (exemple : 2,5)."
    assert page.steps.item(9, 0).text() == "Bilan à un an"
    assert MilestoneTemplateStep.select().count() == 9
    page.steps.item(9, 1).setText("730")
    click(qtbot, button(page, "save_template"))
    steps = list(MilestoneTemplateStep.select().order_by(MilestoneTemplateStep.position))
    assert [(s.title, s.offset_days) for s in steps][:1] == [("Étude de faisabilité", 45)]
    assert steps[7].title == "Démarrage de l'activité"
    assert (steps[-1].title, steps[-1].offset_days) == ("Bilan à un an", 730)


def test_a_new_template_and_a_refused_name(qtbot, dialog, monkeypatch, dialogs):
    from fabrique_desktop.domain.models import MilestoneTemplate

    page = dialog.templates
    dialog.tabs.setCurrentWidget(page)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Accompagnement court", True))
    click(qtbot, button(page, "new_template"))
    assert page.templates.currentText() == "Accompagnement court"
    assert page.steps.rowCount() == 1
    assert MilestoneTemplate.select().count() == 2
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Accompagnement standard", True))
    seen = []
    dialogs.next(lambda box: (seen.append(box.text()), box.accept()))
    click(qtbot, button(page, "rename_template"))
    assert seen == ["Un modèle porte déjà ce nom."]
    assert sorted(t.name for t in MilestoneTemplate.select()) == [
        "Accompagnement court",
        "Accompagnement standard",
    ]


def test_the_official_list_offers_the_fabrique_s_departement_before_typing(qtbot, territory):
    from fabrique_desktop.ui.settings.official_picker import OfficialPicker

    picker = OfficialPicker()
    qtbot.addWidget(picker)
    offered = [picker.results.item(row).text() for row in range(picker.results.count())]
    assert offered[0] == "Somme (80) — département, 771 communes"
    assert offered[1] == "Amiens — 80000 (80)"  # its largest commune next
    assert len(offered) == 61 and all(text.endswith("(80)") for text in offered[1:])
    assert picker.hint.text() == (
        "Votre département et ses communes les plus peuplées ; tapez pour chercher dans "
        "toute la liste."
    )
    type_into(qtbot, picker.search, "Lille")  # still searchable, in the whole list
    picker.show_results()
    found = [picker.results.item(row).text() for row in range(picker.results.count())]
    assert "Lille — 59000 (59)" in found and not any(t.endswith("(80)") for t in found)
    assert picker.hint.isHidden()


def test_without_a_commune_the_largest_of_france_are_offered(qtbot, db):
    from fabrique_desktop.ui.settings.official_picker import OfficialPicker

    picker = OfficialPicker()
    qtbot.addWidget(picker)
    assert picker.results.item(0).text().startswith("Paris — 75001 (75)")
    assert picker.results.count() == 60
