"""The change history: every create, update, delete and decision, with who and old → new;
bulk demo generation leaves none; nothing in the app edits it."""

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.enums import DecisionKind, Sector
from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import Decision, database
from fabrique_desktop.domain.services import needs, network
from fabrique_desktop.store import history

from ..factories import decision, need_values


def test_create_update_and_decision_are_recorded_with_their_author(territory, staff):
    history.set_actor(database, staff.id)
    need = needs.create_need(need_values(territory, title="Laverie solidaire"))
    needs.update_need(
        need, need_values(territory, title="Laverie solidaire de Camon", sector=Sector.SERVICES)
    )
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(2), staff)
    entries = record_history(need.id)
    assert [(e.action, e.author) for e in entries] == [
        ("Création", "Claire Vasseur"),
        ("Modification", "Claire Vasseur"),
        ("Modification", "Claire Vasseur"),
    ]
    created = {c.field: c.new for c in entries[0].changes}
    assert created["title"] == "Laverie solidaire"
    assert created["territory"] == "Amiens"  # a name, not a key
    assert created["sector"] == "Alimentation et circuits courts"  # a label, not a code
    edited = {c.field: (c.old, c.new) for c in entries[1].changes}
    assert edited == {
        "title": ("Laverie solidaire", "Laverie solidaire de Camon"),
        "sector": ("Alimentation et circuits courts", "Services aux habitants"),
    }
    assert {c.field: (c.old, c.new) for c in entries[2].changes} == {
        "status": ("Repéré", "Idée retenue")
    }
    recorded = Decision.get(Decision.need == need)
    assert [e.action for e in record_history(recorded.id)] == ["Création"]


def test_deletion_is_recorded_and_keeps_the_last_values(territory, staff):
    history.set_actor(database, staff.id)
    partner = network.create_partner({"name": "Avise", "kind": "expert"})
    network.delete_partner(partner)
    entries = record_history(partner.id)
    assert [e.action for e in entries] == ["Création", "Suppression"]
    assert {c.field: c.old for c in entries[1].changes}["name"] == "Avise"


def test_unknown_author_when_nobody_signed_in(territory):
    need = needs.create_need(need_values(territory))
    assert record_history(need.id)[0].author == "—"


def test_demo_generation_writes_no_history(db):
    build_demo(scale=60)
    assert history.last_change(database) == 0


def test_history_grows_with_every_change(territory):
    before = history.last_change(database)
    needs.create_need(need_values(territory))
    assert history.last_change(database) > before
