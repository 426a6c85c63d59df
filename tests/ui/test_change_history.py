"""« Historique… » in French: field labels as the form shows them (or the method's word
for the fields it does not show), values as displayed, no row where nothing changed,
and a sentence when a record has no history yet."""

import uuid

from PySide6.QtWidgets import QLabel

from fabrique_desktop.domain.enums import DecisionKind, Sector
from fabrique_desktop.domain.models import database
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store import history
from fabrique_desktop.ui.common.history import ChangeHistoryDialog
from fabrique_desktop.ui.needs.form import NeedForm

from ..factories import decision, need_values


def rows(dialog):
    tree = dialog.tree
    found = []
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        found.append(top.text(0))
        found += [tuple(top.child(i).text(c) for c in range(3)) for i in range(top.childCount())]
    return found


def test_the_history_reads_as_the_form_does(qtbot, session, territory, staff):
    history.set_actor(database, staff.id)
    need = needs.create_need(need_values(territory, title="Laverie solidaire", description=""))
    needs.update_need(
        need, need_values(territory, title="Laverie solidaire de Camon", sector=Sector.SERVICES)
    )
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(2), staff)
    form = NeedForm(session)
    qtbot.addWidget(form)
    form.load(need)
    dialog = ChangeHistoryDialog("Laverie", need.id, form.fields.captions, form)
    qtbot.addWidget(dialog)
    seen = rows(dialog)
    headings = [row for row in seen if isinstance(row, str)]
    assert [h.split(" — ")[1] for h in headings] == [
        "Modification par Claire Vasseur",
        "Modification par Claire Vasseur",
        "Création par Claire Vasseur",
    ]
    assert headings[0].startswith("Le ") and " à " in headings[0] and " h " in headings[0]
    changes = [row for row in seen if isinstance(row, tuple)]
    assert changes[0] == ("Statut", "Repéré", "Idée retenue")  # not « status »
    assert ("Titre", "Laverie solidaire", "Laverie solidaire de Camon") in changes
    assert ("Commune", "—", "Amiens") in changes  # the name, under the form's caption
    assert not [row for row in changes if row[1] == row[2]]  # no « — → — »
    assert not any(label.islower() or "_" in label for label, _, _ in changes)
    assert not dialog.findChild(QLabel, "no_changes").isVisibleTo(dialog)
    assert [dialog.tree.headerItem().text(c) for c in range(3)] == ["Champ", "Avant", "Après"]


def test_a_record_without_history_says_so(qtbot, db):
    dialog = ChangeHistoryDialog("Épicerie", uuid.uuid4(), {}, None)  # nothing noted
    qtbot.addWidget(dialog)
    said = dialog.findChild(QLabel, "no_changes")
    assert said.isVisibleTo(dialog)
    assert said.text() == "Aucune modification n'est encore notée pour cette fiche."
    assert not dialog.tree.isVisibleTo(dialog)
