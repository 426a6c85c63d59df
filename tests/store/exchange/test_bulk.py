"""A first envoi's creations are written many at a time (``exchange.bulk``): the result
is what applying them one by one gives, a refused creation still becomes its own
conflict, and later envois, deletions and conflicts behave as before.

That is how a file which cannot take the snapshot whole (it holds records of its own,
or is a server) receives a first envoi: here every receiving file is treated so; the
snapshot's load is tested in test_snapshot.py."""

from __future__ import annotations

import pytest

from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import Need, StaffMember, Territory
from fabrique_desktop.store import close_database, exchange
from fabrique_desktop.store.exchange import bulk, journal, snapshot

from .desks import Desk, dump, first_records, new_need


@pytest.fixture(autouse=True)
def change_by_change():
    # A patch of its own: the tests undo theirs (``monkeypatch.undo``) midway.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(snapshot, "takes_whole", lambda path: False)
        yield


@pytest.fixture
def cress(tmp_path):
    desk = Desk(tmp_path, "CRESS")
    territory, _ = first_records(desk)
    for number in range(30):
        new_need(f"Besoin {number}", territory.id)
    yield desk
    desk.close()
    close_database()


def _statements(monkeypatch, db) -> list[str]:
    """Record the statements ``db`` runs one at a time."""
    seen: list[str] = []
    original = db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    return seen


def test_a_first_envoi_is_written_in_batches_and_equals_the_careful_way(
    cress, tmp_path, monkeypatch
):
    envoi = cress.prepare(tmp_path)
    batched = Desk(tmp_path, "GRIEP")
    statements = _statements(monkeypatch, batched.db)
    received = batched.receive(envoi)
    creations = sum(1 for sql in statements if sql.startswith('INSERT INTO "need"'))
    monkeypatch.undo()
    assert statements and creations == 0  # the 30 needs went in through executemany
    assert received.outcome.applied["need", "INSERT"] == 30

    monkeypatch.setattr(bulk.Batch, "takes", lambda self, change, deleted: False)
    careful = Desk(tmp_path, "ADIE")
    careful.receive(envoi)
    monkeypatch.undo()
    assert dump(batched) == dump(careful) == dump(cress)
    # What the exchange keeps to relay and to detect conflicts is the same too, and the
    # history shows each creation, as it does for changes received one by one.
    cress.use()
    sender = journal.own_office_id()
    kept, histories = [], []
    for desk in (batched, careful):
        desk.use()
        received_here = journal.changes_after({})
        kept.append([change.as_json() for change in received_here if change.origin == sender])
        need = Need.get(Need.title == "Besoin 7")
        histories.append([(entry.action, entry.changes) for entry in record_history(need.id)])
    assert kept[0] == kept[1] and len(kept[0]) >= 32
    assert histories[0] == histories[1] and histories[0][0][0] == "Création"
    batched.close()
    careful.close()


def test_a_refused_creation_in_a_batch_becomes_its_own_conflict(cress, tmp_path):
    """GRIEP already has a commune with CRESS's INSEE code: that creation is refused,
    the needs pointing at it too; the staff member in the same batch is still created."""
    envoi = cress.prepare(tmp_path)
    griep = Desk(tmp_path, "GRIEP")
    Territory.create(name="Amiens (GRIEP)", insee_code="80021", postal_code="80000")
    received = griep.receive(envoi)
    assert received.outcome.refused == 31  # the commune and its 30 needs
    assert StaffMember.select().where(StaffMember.name == "Claire Vasseur").count() == 1
    assert Need.select().count() == 0
    refused = [c for c in exchange.open_conflicts() if c.kind == "refused"]
    assert {c.table for c in refused} == {"territory", "need"}
    assert "une fiche équivalente existe déjà sur ce poste" in next(
        c.message for c in refused if c.table == "territory"
    )
    griep.close()


def test_after_a_batched_first_envoi_edits_deletions_and_conflicts_still_travel(cress, tmp_path):
    griep = Desk(tmp_path, "GRIEP")
    griep.receive(cress.prepare(tmp_path))
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    cress.use()
    need = Need.get(Need.title == "Besoin 1")
    Need.update(title="Besoin 1 (CRESS)").where(Need.id == need.id).execute()
    Need.get(Need.title == "Besoin 2").delete_instance()
    griep.use()
    Need.update(title="Besoin 1 (GRIEP)").where(Need.id == need.id).execute()
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    griep.use()
    assert Need.select().where(Need.title == "Besoin 2").count() == 0
    [conflict] = exchange.open_conflicts()
    assert (conflict.mine, conflict.theirs) == ("Besoin 1 (GRIEP)", "Besoin 1 (CRESS)")
    # The deleted need does not come back with a repeated first envoi.
    griep.receive(cress.prepare(tmp_path))
    griep.use()
    assert Need.select().where(Need.title == "Besoin 2").count() == 0
    griep.close()
